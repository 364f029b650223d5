import type { Axis } from "../src/core/config";
import type { Language } from "../src/core/language";
import { defaultCut, QUADRANT_KEYS } from "../src/core/quadrant";
import { h, select, type Child } from "./dom";
import type { Draft, DraftCriterion } from "./draft";
import { formatNumber, formatPercent, formatScore, quadrantLabel, type Translate } from "./i18n";
import { PRESETS } from "./presets";
import type { PreviewSummary, TopAccount } from "./preview";

/** What the form is drawn from. */
export interface FormModel {
  t: Translate;
  language: Language;
  draft: Draft;
  sheets: string[];
  headers: string[];
  shares: Map<string, number | null>;
  sliderMax: number;
}

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute("aria-describedby", hintId);
  return h(
    "div",
    { class: "form-group", "data-for": id },
    h("label", { for: id }, label),
    control,
    hint ? h("div", { class: "hint", id: hintId }, hint) : null,
  );
}

const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));

function columnOptions(model: FormModel, placeholder: string) {
  return [{ value: "", label: placeholder }, ...options(model.headers.filter((x) => x.trim() !== ""))];
}

function dataSection(model: FormModel): HTMLElement {
  const { t, draft } = model;
  return h(
    "section",
    { class: "block", "aria-labelledby": "h-data" },
    h("h2", { id: "h-data" }, t("sectionData")),
    field(
      "f-dataSheet",
      t("dataSheet"),
      select({ "data-setting": "dataSheet" }, options(model.sheets), draft.dataSheet),
    ),
    field(
      "f-headerRow",
      t("headerRow"),
      h("input", {
        type: "number",
        min: 1,
        step: 1,
        inputmode: "numeric",
        "data-setting": "headerRow",
        value: draft.headerRow,
      }),
    ),
    field(
      "f-accountColumn",
      t("accountColumn"),
      select(
        { "data-setting": "accountColumn" },
        columnOptions(model, t("chooseColumn")),
        draft.accountColumn,
      ),
    ),
    field(
      "f-revenueColumn",
      t("revenueColumn"),
      select({ "data-setting": "revenueColumn" }, columnOptions(model, t("none")), draft.revenueColumn),
    ),
  );
}

function numberInput(setting: string, value: string, extra: Record<string, string | number> = {}) {
  return h("input", { type: "number", step: "any", "data-setting": setting, value, ...extra });
}

function moreSettings(model: FormModel): HTMLElement {
  const { t, draft } = model;
  const scale = Number(draft.scaleMax);
  const cut = formatNumber(model.language, defaultCut(Number.isFinite(scale) && scale >= 2 ? scale : 10), 2);
  return h(
    "details",
    { class: "block more" },
    h("summary", {}, t("sectionMore")),
    field(
      "f-totalRevenue",
      t("totalRevenue"),
      numberInput("totalRevenue", draft.totalRevenue, { min: 0 }),
      t("totalRevenueHint"),
    ),
    field(
      "f-scaleMax",
      t("scaleMax"),
      numberInput("scaleMax", draft.scaleMax, { min: 2, max: 1000, step: 1 }),
    ),
    field(
      "f-cutAttractiveness",
      t("cutAttractiveness"),
      numberInput("cutAttractiveness", draft.cutAttractiveness, { placeholder: cut }),
      t("cutHint", { cut }),
    ),
    field(
      "f-cutStrength",
      t("cutStrength"),
      numberInput("cutStrength", draft.cutStrength, { placeholder: cut }),
      t("cutHint", { cut }),
    ),
    field(
      "f-language",
      t("language"),
      select(
        { "data-setting": "language" },
        [
          { value: "", label: t("languageAuto") },
          { value: "en", label: "English" },
          { value: "de", label: "Deutsch" },
        ],
        draft.language,
      ),
    ),
  );
}

export function shareText(model: FormModel, id: string): string {
  const share = model.shares.get(id);
  return model.t("ofAxis", {
    share: share === null || share === undefined ? "–" : formatPercent(model.language, share),
  });
}

/** The accessible names that carry a criterion's name; relabelCard keeps them current while it is typed. */
export function cardLabels(t: Translate, name: string) {
  return {
    legend: name,
    up: t("moveUp", { name }),
    down: t("moveDown", { name }),
    remove: t("remove", { name }),
    slider: `${t("weightSlider")}: ${name}`,
  };
}

export function relabelCard(t: Translate, card: Element, name: string): void {
  const labels = cardLabels(t, name);
  const legend = card.querySelector("legend");
  if (legend) legend.textContent = labels.legend;
  for (const action of ["up", "down", "remove"] as const) {
    const button = card.querySelector(`button[data-action="${action}"]`);
    button?.setAttribute("aria-label", labels[action]);
    button?.setAttribute("title", labels[action]);
  }
  card.querySelector("input[type=range]")?.setAttribute("aria-label", labels.slider);
}

function criterionCard(model: FormModel, c: DraftCriterion, position: number, first: boolean, last: boolean) {
  const { t } = model;
  const id = (part: string) => `c-${c.id}-${part}`;
  const data = (fieldName: string) => ({ "data-id": c.id, "data-field": fieldName });
  const label = c.name.trim() || t("criterion", { n: position });
  const labels = cardLabels(t, label);
  const iconButton = (action: string, text: string, symbol: string, disabled: boolean) =>
    h(
      "button",
      {
        type: "button",
        class: "icon",
        "data-action": action,
        "data-id": c.id,
        "aria-label": text,
        title: text,
        disabled,
      },
      symbol,
    );
  const scale = Number(model.draft.scaleMax);
  const weight = Number(c.weight);
  return h(
    "fieldset",
    { class: "criterion", id: `c-${c.id}` },
    h("legend", { class: "visually-hidden" }, labels.legend),
    h(
      "div",
      { class: "criterion-head" },
      field(id("name"), t("name"), h("input", { type: "text", value: c.name, ...data("name") })),
      h(
        "div",
        { class: "card-actions" },
        iconButton("up", labels.up, "↑", first),
        iconButton("down", labels.down, "↓", last),
        iconButton("remove", labels.remove, "×", false),
      ),
    ),
    field(
      id("column"),
      t("column"),
      select(data("column"), columnOptions(model, t("chooseColumn")), c.column),
    ),
    h(
      "div",
      { class: "weight-row" },
      field(
        id("weight"),
        t("weight"),
        h("input", {
          type: "number",
          min: 0,
          step: "any",
          value: c.weight,
          class: "weight",
          ...data("weight"),
        }),
      ),
      h("input", {
        type: "range",
        min: 0,
        max: model.sliderMax,
        step: model.sliderMax > 10 ? 1 : 0.5,
        value: Number.isFinite(weight) ? Math.min(weight, model.sliderMax) : 0,
        id: id("slider"),
        "aria-label": labels.slider,
        ...data("slider"),
      }),
      h("output", { id: id("share"), for: id("weight"), class: "share" }, shareText(model, c.id)),
    ),
    h(
      "div",
      { class: "two-columns" },
      field(
        id("axis"),
        t("axis"),
        select(
          data("axis"),
          [
            { value: "attractiveness", label: t("axisAttractiveness") },
            { value: "strength", label: t("axisStrength") },
          ],
          c.axis,
        ),
      ),
      field(
        id("input"),
        t("input"),
        select(
          data("input"),
          [
            { value: "points", label: t("inputPoints", { max: Number.isFinite(scale) ? scale : 10 }) },
            { value: "linear", label: t("inputLinear") },
            { value: "log", label: t("inputLog") },
            { value: "rank", label: t("inputRank") },
          ],
          c.input,
        ),
      ),
    ),
    field(
      id("direction"),
      t("direction"),
      select(
        data("direction"),
        [
          { value: "higher", label: t("higher") },
          { value: "lower", label: t("lower") },
        ],
        c.direction,
      ),
    ),
    c.input === "linear"
      ? h(
          "div",
          { class: "two-columns anchors" },
          field(
            id("low"),
            t("low"),
            h("input", { type: "number", step: "any", value: c.low, ...data("low") }),
          ),
          field(
            id("high"),
            t("high"),
            h("input", { type: "number", step: "any", value: c.high, ...data("high") }),
          ),
          h("div", { class: "hint span" }, t("anchorsHint")),
        )
      : null,
  );
}

function axisSection(model: FormModel, axis: Axis): HTMLElement {
  const { t, draft } = model;
  const onAxis = draft.criteria.filter((c) => c.axis === axis);
  const headingId = `h-${axis}`;
  const presetId = `add-${axis}`;
  const presets = PRESETS.filter((p) => p.axis === axis);
  const cards: Child[] = onAxis.map((c, i) =>
    criterionCard(model, c, i + 1, i === 0, i === onAxis.length - 1),
  );
  return h(
    "section",
    { class: "block axis", "aria-labelledby": headingId, "data-axis": axis },
    h("h2", { id: headingId }, axis === "attractiveness" ? t("sectionAttractiveness") : t("sectionStrength")),
    h("p", { class: "hint" }, axis === "attractiveness" ? t("hintAttractiveness") : t("hintStrength")),
    cards.length > 0 ? cards : h("p", { class: "empty" }, t("noCriteria")),
    h(
      "div",
      { class: "add-row" },
      h("label", { for: presetId, class: "visually-hidden" }, t("preset")),
      select(
        { id: presetId, "data-preset-for": axis },
        [
          { value: "", label: t("presetBlank") },
          ...presets.map((p) => ({ value: p.key, label: p.names[model.language] })),
        ],
        "",
      ),
      h("button", { type: "button", "data-action": "add", "data-axis": axis }, t("addCriterion")),
    ),
  );
}

export function renderForm(model: FormModel): HTMLElement {
  const standard =
    model.draft.criteria.length === 0
      ? h("button", { type: "button", class: "create", "data-action": "standard" }, model.t("standardModel"))
      : null;
  return h(
    "div",
    { id: "form" },
    dataSection(model),
    moreSettings(model),
    standard ? h("div", { class: "block" }, standard) : null,
    axisSection(model, "attractiveness"),
    axisSection(model, "strength"),
  );
}

/** The four quadrant counts, kept in view at the top while weights change. */
export function renderCounts(t: Translate, language: Language, summary: PreviewSummary | null): HTMLElement {
  return h(
    "div",
    { class: "counts", role: "group", "aria-label": t("quadrantCounts") },
    QUADRANT_KEYS.map((key) =>
      h(
        "div",
        { class: `count q-${key}`, "data-quadrant": key },
        h(
          "span",
          { class: "count-value" },
          summary && !summary.needsAxes ? String(summary.quadrantCounts[key]) : "–",
        ),
        h("span", { class: "count-label" }, quadrantLabel(language, key)),
      ),
    ),
  );
}

function movementCell(t: Translate, top: TopAccount): HTMLElement {
  const m = top.movement;
  if (m === undefined) return h("td", { class: "move" }, "");
  if (m === null) return h("td", { class: "move new" }, t("new"));
  if (m === 0) return h("td", { class: "move same", "aria-label": t("same") }, "=");
  return m > 0
    ? h("td", { class: "move up", "aria-label": t("up", { n: m }) }, `▲${m}`)
    : h("td", { class: "move down", "aria-label": t("down", { n: -m }) }, `▼${-m}`);
}

/** The preview below the criteria: top 10 with movement, the mono-customer warning, skipped cells. */
export function renderPreview(
  t: Translate,
  language: Language,
  summary: PreviewSummary | null,
  message: string,
): HTMLElement[] {
  if (!summary) return [h("p", { class: "hint" }, message)];
  const parts: HTMLElement[] = [
    h(
      "p",
      { class: "hint", id: "preview-size" },
      t("previewOf", { n: formatNumber(language, summary.accounts, 0) }),
    ),
  ];
  if (summary.needsAxes) parts.push(h("p", { class: "notice" }, t("previewNeedsAxes")));
  if (summary.top.length > 0) {
    parts.push(
      h(
        "table",
        { class: "top", id: "top10" },
        h("caption", {}, t("top10")),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "#"),
            h("th", { scope: "col" }, t("account")),
            h("th", { scope: "col" }, t("score")),
            h("th", { scope: "col", title: t("movementHint") }, t("movement")),
          ),
        ),
        h(
          "tbody",
          {},
          summary.top.map((a) =>
            h(
              "tr",
              { "data-row": a.sheetRow },
              h("td", {}, String(a.rank)),
              h("td", { class: "account", title: a.account }, a.account),
              h("td", { class: "num" }, formatScore(language, a.score)),
              movementCell(t, a),
            ),
          ),
        ),
      ),
    );
  }
  if (summary.warnings > 0)
    parts.push(h("p", { class: "hint" }, t("previewWarnings", { n: summary.warnings })));
  return parts;
}

export function monoWarning(
  t: Translate,
  language: Language,
  summary: PreviewSummary | null,
): HTMLElement | null {
  if (!summary?.mono) return null;
  return h(
    "p",
    { class: "warning", role: "alert", id: "mono" },
    t("mono", { account: summary.mono.account, share: formatPercent(language, summary.mono.share) }),
  );
}
