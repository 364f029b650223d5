import type { CellValue } from "../../src/core/cells";
import { parseConfig } from "../../src/core/config";
import { evaluateAccounts } from "../../src/core/model";
import { SAMPLE_SHEET_NAME } from "../../src/core/sampleData";
import { concentrationDifferences, differences } from "../core/sql/compare";
import { loadCsvTable, openDuckDb, query } from "../core/sql/duckdb";
import { escapeHtml } from "../../src/server/menu";
import { EXAMPLE_TABLE } from "../../src/server/modelSql";
import { AppsScriptRunner, Emulator } from "../emulator";

function withSample(locale = "en") {
  const emulator = Emulator.fromFixture({ sheets: [{ name: "Sheet1" }] }, { locale });
  const runner = new AppsScriptRunner(emulator);
  runner.run("insertSampleData");
  return { emulator, runner };
}

describe("getModelSql", () => {
  it("gives a query that DuckDB runs over the sample sheet exported as CSV, with the matrix's numbers", async () => {
    const { emulator, runner } = withSample();
    const scores = runner.run("getModelSql", "duckdb", SAMPLE_SHEET_NAME) as string;
    const concentration = runner.run("getModelSql", "duckdb", SAMPLE_SHEET_NAME, "concentration") as string;
    const sheet = emulator.dump().sheets.find((s) => s.name === SAMPLE_SHEET_NAME)!;
    const [headers, ...rows] = sheet.values as CellValue[][];
    const config = parseConfig(runner.run("getConfig"));
    const table = { headers: (headers ?? []).map(String), rows, headerRow: 1 };
    const expected = evaluateAccounts(config, table);
    const db = await openDuckDb();
    try {
      await loadCsvTable(db.connection, SAMPLE_SHEET_NAME, table.headers, rows);
      const result = await query(db.connection, scores);
      expect(result.length).toBeGreaterThan(0);
      expect(differences(config, expected, result, "en")).toEqual([]);
      expect(concentrationDifferences(expected, await query(db.connection, concentration), "en")).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("gives GoogleSQL for bigquery over a dataset path, and reads only the criteria sheet", () => {
    const { emulator, runner } = withSample();
    emulator.ledger.reset();
    const sql = runner.run("getModelSql", "bigquery", "my-project.sales.accounts") as string;
    expect(sql).toContain("FROM `my-project`.`sales`.`accounts`");
    expect(sql).toContain("SAFE_CAST(");
    expect(emulator.ledger.calls().some((c) => /^Range\.set/.test(c))).toBe(false);
  });

  it("says what is wrong in the user's language: unknown dialect, empty table, no saved model", () => {
    const { runner } = withSample("de_DE");
    expect(() => runner.run("getModelSql", "postgres", "t")).toThrow(/Unbekannter SQL-Dialekt „postgres“/);
    expect(() => runner.run("getModelSql", "duckdb", " ")).toThrow(/Tabellenname/);
    expect(() => runner.run("getModelSql", "duckdb", "t", "everything")).toThrow(/Unbekannte Abfrage/);
    const empty = new AppsScriptRunner(Emulator.fromFixture({ sheets: [{ name: "Sheet1" }] }));
    expect(() => empty.run("getModelSql", "duckdb", "t")).toThrow(/no saved model yet/);
  });
});

describe("showSqlDialog", () => {
  it("opens a modal, self-contained dialog in the user's language that asks getModelSql for the query", () => {
    const { emulator, runner } = withSample("de_DE");
    runner.run("showSqlDialog");
    const dialog = emulator.ui.dialogs.at(-1)!;
    expect(dialog.modal).toBe(true);
    expect(dialog.title).toBe("Das Modell als SQL");
    expect(dialog.html).toContain('data-language="de"');
    expect(dialog.html).toContain("getModelSql");
    expect(dialog.html).toContain("Mit BigQuery verbinden");
    expect(dialog.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    // The first query is in the page already, escaped as text, so the dialog shows it before any call.
    const query = runner.run("getModelSql", "bigquery", EXAMPLE_TABLE) as string;
    expect(query).toContain("'Schlüsselkunde'");
    expect(dialog.html).toContain(escapeHtml(query));
    expect(dialog.html.match(/<\/textarea>/g)).toHaveLength(1);
  });
});
