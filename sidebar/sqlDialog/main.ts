import type { Language } from "../../src/core/language";
import { errorText, run } from "../server";
import { DIALOG_TEXTS, type DialogTexts } from "./texts";

/**
 * Export model as SQL: asks the server for the saved model's query (getModelSql) whenever the dialect, the
 * table or the query kind changes, and copies it. Every text is set as text, never as HTML.
 */
type Dialect = "bigquery" | "duckdb";
type QueryKind = "scores" | "concentration";
/** The table name of the query showSqlDialog puts into the page (and of the dialog's placeholder). */
const INITIAL_TABLE = "project.dataset.accounts";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return element("label", {}, [text, control]);
}

function choice(options: [string, string][], value: string): HTMLSelectElement {
  const select = element("select");
  for (const [key, text] of options) select.append(element("option", { value: key, textContent: text }));
  select.value = value;
  return select;
}

function start(t: DialogTexts): void {
  const app = document.getElementById("app") as HTMLElement;
  const dialect = choice(
    [
      ["bigquery", "BigQuery (GoogleSQL)"],
      ["duckdb", "DuckDB"],
    ],
    "bigquery",
  );
  const table = element("input", { type: "text", value: "", placeholder: t.tablePlaceholder });
  const kind = choice(
    [
      ["scores", t.queries.scores],
      ["concentration", t.queries.concentration],
    ],
    "scores",
  );
  // showSqlDialog writes the BigQuery query for the example table into the page, so it shows at once.
  const text = document.getElementById("query") as HTMLTextAreaElement;
  text.setAttribute("aria-label", t.query);
  const status = element("div", { id: "status" });
  status.setAttribute("role", "status");
  const copy = element("button", { type: "button", textContent: t.copy });
  const howTo = element(
    "ol",
    {},
    t.howTo.map((line) => element("li", { textContent: line })),
  );
  app.append(
    element("div", { className: "row" }, [
      labelled(t.dialect, dialect),
      labelled(t.table, table),
      labelled(t.query, kind),
    ]),
    text,
    element("div", { className: "row" }, [copy, status]),
    howTo,
  );

  let request = 0;
  const refresh = () => {
    const mine = ++request;
    status.className = "";
    status.textContent = t.loading;
    const name = table.value.trim() || INITIAL_TABLE;
    run("getModelSql", dialect.value as Dialect, name, kind.value as QueryKind)
      .then((sql) => {
        if (mine !== request) return;
        text.value = sql;
        status.textContent = "";
      })
      .catch((error: unknown) => {
        if (mine !== request) return;
        text.value = "";
        status.className = "error";
        status.textContent = errorText(error);
      });
  };
  copy.addEventListener("click", () => {
    text.select();
    const done = (ok: boolean) => {
      status.className = ok ? "" : "error";
      status.textContent = ok ? t.copied : t.copyFailed;
    };
    if (navigator.clipboard)
      navigator.clipboard.writeText(text.value).then(
        () => done(true),
        () => done(document.execCommand("copy")),
      );
    else done(document.execCommand("copy"));
  });
  dialect.addEventListener("change", refresh);
  kind.addEventListener("change", refresh);
  table.addEventListener("change", refresh);
  // The first query is already in the page; ask the server only when something changes.
}

const language = document.documentElement.getAttribute("data-language") === "de" ? "de" : "en";
document.documentElement.lang = language;
start(DIALOG_TEXTS[language as Language]);
