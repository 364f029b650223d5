import type { Axis } from "../src/core/config";
import type { Language } from "../src/core/language";
import { QUADRANT_KEYS, type QuadrantKey } from "../src/core/quadrant";
import { midpoint } from "../src/core/points";
import { h, select, type Child } from "./dom";
import type { Draft, DraftCriterion } from "./draft";
import { formatNumber, formatPercent, formatScore, quadrantLabel, type Translate } from "./i18n";
import { PRESETS } from "./presets";
import type { EdgeAccount, PreviewSummary, TopAccount } from "./preview";
import type { CriterionField, PreviewNote, TextSetting } from "./state";

/** What the form's controls do; main.ts supplies them, each control calls its own. */
export interface FormHandlers {
  /** `committed`: the change event (a choice made, a field left), not each keystroke. */
  setting(key: TextSetting, value: string, committed: boolean): void;
  criterion(id: string, field: CriterionField, value: string, committed: boolean): void;
  /** The weight slider of a criterion. */
  slider(id: string, value: string): void;
  add(axis: Axis, presetKey: string): void;
  standard(): void;
  move(id: string, step: -1 | 1): void;
  remove(id: string): void;
  attractivenessShare(percent: string, committed: boolean): void;
  planQuadrant(quadrant: QuadrantKey, included: boolean): void;
}

/** Calls `handler` with the control's value on each input (text fields) and on change. */
function onValue<E extends HTMLInputElement | HTMLSelectElement>(
  element: E,
  handler: (value: string, committed: boolean) => void,
): E {
  if (element instanceof HTMLInputElement)
    element.addEventListener("input", () => handler(element.value, false));
  element.addEventListener("change", () => handler(element.value, true));
  return element;
}

/** What the form is drawn from. */
export interface FormModel {
  t: Translate;
  language: Language;
  draft: Draft;
  sheets: string[];
  headers: string[];
  shares: Map<string, number | null>;
  sliderMax: number;
  /** Attractiveness's share of the KAM score in percent; null while the typed shares are invalid. */
  attractivenessShare: number | null;
  on: FormHandlers;
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
  const { t, draft, on } = model;
  const setting = (key: TextSetting) => (value: string, committed: boolean) =>
    on.setting(key, value, committed);
  const choice = (
    key: "dataSheet" | "accountColumn" | "revenueColumn",
    choices: { value: string; label: string }[],
  ) => field(`f-${key}`, t(key), onValue(select({}, choices, draft[key]), setting(key)));
  return h(
    "section",
    { class: "block", "aria-labelledby": "h-data" },
    h("h2", { id: "h-data" }, t("sectionData")),
    choice("dataSheet", options(model.sheets)),
    field(
      "f-headerRow",
      t("headerRow"),
      onValue(
        h("input", { type: "number", min: 1, step: 1, inputmode: "numeric", value: draft.headerRow }),
        setting("headerRow"),
      ),
    ),
    choice("accountColumn", columnOptions(model, t("chooseColumn"))),
    choice("revenueColumn", columnOptions(model, t("none"))),
  );
}

function moreSettings(model: FormModel): HTMLElement {
  const { t, draft, on } = model;
  const numberInput = (key: TextSetting, value: string, extra: Record<string, string | number> = {}) =>
    onValue(h("input", { type: "number", step: "any", value, ...extra }), (v, committed) =>
      on.setting(key, v, committed),
    );
  const scale = Number(draft.scaleMax);
  const cut = formatNumber(model.language, midpoint(Number.isFinite(scale) && scale >= 2 ? scale : 10), 2);
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
      onValue(
        select(
          {},
          [
            { value: "", label: t("languageAuto") },
            { value: "en", label: "English" },
            { value: "de", label: "Deutsch" },
          ],
          draft.language,
        ),
        (value, committed) => on.setting("language", value, committed),
      ),
    ),
    planChoice(model),
  );
}

/** Which quadrants' accounts go into the Key Account Plan: one checkbox per quadrant. */
function planChoice(model: FormModel): HTMLElement {
  const { t, draft, on } = model;
  return h(
    "fieldset",
    { class: "form-group plan", id: "f-plan", tabindex: -1 },
    h("legend", {}, t("planQuadrants")),
    QUADRANT_KEYS.map((key) => {
      const box = h("input", {
        type: "checkbox",
        id: `f-plan-${key}`,
        checked: draft.planQuadrants.includes(key),
        onchange: () => on.planQuadrant(key, box.checked),
      });
      return h("label", { class: "check", for: `f-plan-${key}` }, box, quadrantLabel(model.language, key));
    }),
    h("div", { class: "hint" }, t("planHint")),
  );
}

/** The text of the KAM score's split, e.g. "KAM score: attractiveness 50% / relative strength 50%". */
export function axisShareText(model: Pick<FormModel, "t" | "language" | "attractivenessShare">): string {
  const a = model.attractivenessShare;
  const percent = (value: number | null) =>
    value === null ? "–" : formatPercent(model.language, value / 100);
  return model.t("kamScoreSplit", { a: percent(a), s: percent(a === null ? null : 100 - a) });
}

/** The KAM score's split between the two axes: one slider, attractiveness's share; strength has the rest. */
function axisShareControl(model: FormModel): HTMLElement {
  const { t, on } = model;
  const share = model.attractivenessShare;
  const slider = onValue(
    h("input", {
      type: "range",
      min: 0,
      max: 100,
      step: 5,
      value: share === null ? 50 : Math.round(share),
      "aria-valuetext": axisShareText(model),
    }),
    (value, committed) => on.attractivenessShare(value, committed),
  );
  return h(
    "section",
    { class: "block axis-share", "aria-labelledby": "h-axis-share" },
    field("f-axisWeights", t("kamScoreAxes"), slider, t("kamScoreHint")),
    h("output", { id: "axis-share-text", for: "f-axisWeights", class: "share" }, axisShareText(model)),
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
  const { t, on } = model;
  const id = (part: string) => `c-${c.id}-${part}`;
  // data-field and data-action name the controls for tests and styles; events come through handlers.
  const data = (fieldName: string) => ({ "data-field": fieldName });
  const edit = (fieldName: CriterionField) => (value: string, committed: boolean) =>
    on.criterion(c.id, fieldName, value, committed);
  // A field chosen from a list: its label, its select and its handler, all named by the criterion's field.
  const choice = (
    fieldName: "column" | "axis" | "input" | "direction",
    choices: { value: string; label: string }[],
  ) =>
    field(
      id(fieldName),
      t(fieldName),
      onValue(select(data(fieldName), choices, c[fieldName]), edit(fieldName)),
    );
  const label = c.name.trim() || t("criterion", { n: position });
  const labels = cardLabels(t, label);
  const iconButton = (action: string, text: string, symbol: string, disabled: boolean, onclick: () => void) =>
    h(
      "button",
      {
        type: "button",
        class: "icon",
        "data-action": action,
        "aria-label": text,
        title: text,
        disabled,
        onclick,
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
      field(
        id("name"),
        t("name"),
        onValue(h("input", { type: "text", value: c.name, ...data("name") }), edit("name")),
      ),
      h(
        "div",
        { class: "card-actions" },
        iconButton("up", labels.up, "↑", first, () => on.move(c.id, -1)),
        iconButton("down", labels.down, "↓", last, () => on.move(c.id, 1)),
        iconButton("remove", labels.remove, "×", false, () => on.remove(c.id)),
      ),
    ),
    choice("column", columnOptions(model, t("chooseColumn"))),
    h("div", { class: "scale-slot", id: id("scale") }),
    h(
      "div",
      { class: "weight-row" },
      field(
        id("weight"),
        t("weight"),
        onValue(
          h("input", {
            type: "number",
            min: 0,
            step: "any",
            value: c.weight,
            class: "weight",
            ...data("weight"),
          }),
          edit("weight"),
        ),
      ),
      onValue(
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
        (value) => on.slider(c.id, value),
      ),
      h("output", { id: id("share"), for: id("weight"), class: "share" }, shareText(model, c.id)),
    ),
    h(
      "div",
      { class: "two-columns" },
      choice("axis", [
        { value: "attractiveness", label: t("axisAttractiveness") },
        { value: "strength", label: t("axisStrength") },
      ]),
      choice("input", [
        { value: "points", label: t("inputPoints", { max: Number.isFinite(scale) ? scale : 10 }) },
        { value: "linear", label: t("inputLinear") },
        { value: "log", label: t("inputLog") },
        { value: "rank", label: t("inputRank") },
      ]),
    ),
    choice("direction", [
      { value: "higher", label: t("higher") },
      { value: "lower", label: t("lower") },
    ]),
    c.input === "linear"
      ? h(
          "div",
          { class: "two-columns anchors" },
          field(
            id("low"),
            t("low"),
            onValue(h("input", { type: "number", step: "any", value: c.low, ...data("low") }), edit("low")),
          ),
          field(
            id("high"),
            t("high"),
            onValue(
              h("input", { type: "number", step: "any", value: c.high, ...data("high") }),
              edit("high"),
            ),
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
  const presetSelect = select(
    { id: presetId },
    [
      { value: "", label: t("presetBlank") },
      ...presets.map((p) => ({ value: p.key, label: p.names[model.language] })),
    ],
    "",
  );
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
      presetSelect,
      h(
        "button",
        {
          type: "button",
          "data-action": "add",
          "data-axis": axis,
          onclick: () => model.on.add(axis, presetSelect.value),
        },
        t("addCriterion"),
      ),
    ),
  );
}

export function renderForm(model: FormModel): HTMLElement {
  const standard =
    model.draft.criteria.length === 0
      ? h(
          "button",
          { type: "button", class: "create", "data-action": "standard", onclick: () => model.on.standard() },
          model.t("standardModel"),
        )
      : null;
  return h(
    "div",
    { id: "form" },
    dataSection(model),
    moreSettings(model),
    standard ? h("div", { class: "block" }, standard) : null,
    axisSection(model, "attractiveness"),
    axisSection(model, "strength"),
    axisShareControl(model),
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

function previewNote(t: Translate, language: Language, note: PreviewNote): HTMLElement | null {
  if (!note) return null;
  if (note.kind === "loading") {
    return h("p", { class: "hint loading", id: "preview-loading", role: "status" }, t("previewLoading"));
  }
  if (note.kind === "error") {
    return h(
      "p",
      { class: "error", id: "preview-error", role: "alert" },
      t("previewFailed", { sheet: note.sheet, message: note.message }),
    );
  }
  return h(
    "p",
    { class: "notice", id: "preview-capped" },
    t("previewCapped", {
      n: formatNumber(language, note.shown, 0),
      total: formatNumber(language, note.total, 0),
    }),
  );
}

/** What the preview's own controls show and do: the explained account and the list of accounts on the edge. */
export interface PreviewControls {
  explained: number | null;
  edgeOpen: boolean;
  explain(sheetRow: number): void;
  toggleEdge(open: boolean): void;
}

const NO_CONTROLS: PreviewControls = {
  explained: null,
  edgeOpen: false,
  explain: () => {},
  toggleEdge: () => {},
};

/** Accounts listed when the edge list opens; the rest are counted, so a big sheet keeps the frame short. */
const EDGE_LISTED = 20;

/**
 * "3 accounts are on the edge": a disclosure button (Enter or Space opens it) over the list of what would
 * flip each, closest first.
 */
function edgeSection(
  t: Translate,
  language: Language,
  edge: readonly EdgeAccount[],
  controls: PreviewControls,
): HTMLElement | null {
  if (edge.length === 0) return null;
  const open = controls.edgeOpen;
  const toggle = h(
    "button",
    {
      type: "button",
      class: "disclosure",
      id: "edge-toggle",
      "aria-expanded": String(open),
      "aria-controls": "edge-list",
      onclick: () => controls.toggleEdge(!open),
    },
    edge.length === 1 ? t("edgeOne") : t("edgeMany", { n: formatNumber(language, edge.length, 0) }),
  );
  const list = h(
    "div",
    { id: "edge-list", hidden: !open },
    h("p", { class: "hint" }, t("edgeHint")),
    h(
      "ul",
      { class: "edge" },
      edge.slice(0, EDGE_LISTED).map((e) =>
        h(
          "li",
          { "data-row": e.sheetRow },
          h("span", { class: "account" }, e.account),
          " ",
          t("edgeItem", {
            flip: e.flip,
            margin: e.margin === null ? "–" : formatNumber(language, e.margin, 3),
          }),
        ),
      ),
    ),
    edge.length > EDGE_LISTED
      ? h("p", { class: "hint" }, t("edgeMore", { n: formatNumber(language, edge.length - EDGE_LISTED, 0) }))
      : null,
  );
  return h("div", { class: "edge-block", id: "edge" }, toggle, list);
}

/** What each criterion contributes to the explained account's score, largest first, with the total. */
function explanation(t: Translate, language: Language, top: TopAccount): HTMLElement {
  return h(
    "div",
    { class: "explain", id: "explain", "data-row": top.sheetRow },
    h("h3", {}, t("explainTitle", { account: top.account })),
    h(
      "table",
      { class: "contributions" },
      h(
        "tbody",
        {},
        top.contributions.map((c) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, c.criterion),
            h("td", { class: "num" }, formatNumber(language, c.value, 2)),
          ),
        ),
      ),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "row" }, t("explainTotal")),
          h("td", { class: "num" }, formatNumber(language, top.score, 2)),
        ),
      ),
    ),
  );
}

/** The scale warnings in the preview: the core's text naming the column and range, and that saving works. */
function scaleWarnings(t: Translate, summary: PreviewSummary): HTMLElement | null {
  if (summary.scaleWarnings.length === 0) return null;
  return h(
    "div",
    { class: "warning", id: "preview-scale" },
    summary.scaleWarnings.map((w) => h("p", {}, w.message)),
    h("p", {}, t("scaleWarningAllowed")),
  );
}

/** The preview below the criteria: top 10 with movement, the mono-customer warning, skipped cells. */
export function renderPreview(
  t: Translate,
  language: Language,
  summary: PreviewSummary | null,
  message: string,
  note: PreviewNote = null,
  controls: PreviewControls = NO_CONTROLS,
): HTMLElement[] {
  const noted = previewNote(t, language, note);
  if (!summary) return noted ? [noted] : [h("p", { class: "hint" }, message)];
  const parts: HTMLElement[] = [
    h(
      "p",
      { class: "hint", id: "preview-size" },
      t("previewOf", { n: formatNumber(language, summary.accounts, 0) }),
    ),
  ];
  if (noted) parts.push(noted);
  if (summary.needsAxes) parts.push(h("p", { class: "notice" }, t("previewNeedsAxes")));
  const scale = scaleWarnings(t, summary);
  if (scale) parts.push(scale);
  const edge = summary.needsAxes ? null : edgeSection(t, language, summary.edge, controls);
  if (edge) parts.push(edge);
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
              h(
                "td",
                { class: "account", title: a.account },
                h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    "aria-expanded": String(controls.explained === a.sheetRow),
                    "aria-controls": "explain",
                    "aria-label": t("explainButton", { account: a.account }),
                    onclick: () => controls.explain(a.sheetRow),
                  },
                  a.account,
                ),
              ),
              h("td", { class: "num" }, formatScore(language, a.score)),
              movementCell(t, a),
            ),
          ),
        ),
      ),
    );
  }
  if (summary.top.length > 0) {
    const explained = summary.top.find((a) => a.sheetRow === controls.explained);
    parts.push(explained ? explanation(t, language, explained) : h("p", { class: "hint" }, t("explainHint")));
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

/** Fills each criterion's scale-warning slot (empty when its column fits the points scale). */
export function showScaleWarnings(t: Translate, root: ParentNode, byId: ReadonlyMap<string, string>): void {
  for (const slot of Array.from(root.querySelectorAll<HTMLElement>(".scale-slot"))) {
    const id = slot.id.replace(/^c-/, "").replace(/-scale$/, "");
    const message = byId.get(id);
    const text = message ? `${message} ${t("scaleWarningAllowed")}` : "";
    if (slot.textContent === text) continue;
    slot.replaceChildren();
    if (message) slot.appendChild(h("p", { class: "warning scale-warning", role: "status" }, text));
  }
}
