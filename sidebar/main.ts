/**
 * The sidebar's DOM wiring: holds the one current state (state.ts), turns each control's handler into a state
 * change, calls the server actions (actions.ts) and redraws with view.ts. The form is drawn as soon as the
 * sheet list and the saved model are in; the preview's data follows on its own ("Load data asynchronously,
 * not in templates": https://developers.google.com/apps-script/guides/html/best-practices).
 */
import { sameConfig, type Axis, type ConfigProblem, type KamConfig } from "../src/core/config";
import type { Language } from "../src/core/language";
import { matrixReadiness, type DataTable, type Evaluation } from "../src/core/model";
import type { QuadrantKey } from "../src/core/quadrant";
import { canGenerate, generateMatrix, loadPreviewData, loadStart, saveModel } from "./actions";
import { h, replaceChildren } from "./dom";
import { axisShares, checkDraft, fieldIdOf, type DraftCheck } from "./draft";
import { translator, uiLanguage, type Translate } from "./i18n";
import { blankCriterion, criterionFromPreset, PRESETS, standardCriteria } from "./presets";
import { evaluate, pointsKey, ranksOf, reweigh, summarise, type PreviewSummary } from "./preview";
import { errorText } from "./server";
import {
  attractivenessShare,
  headersOf,
  languageChoice,
  previewConfig,
  previewNoteOf,
  previewRequest,
  scaleWarningsByCriterion,
  sliderMax,
  startingState,
  tableOf,
  withAttractivenessShare,
  withColumnsChecked,
  withCriterionAdded,
  withCriterionField,
  withCriterionMoved,
  withCriterionRemoved,
  withCriteria,
  withEdgeOpen,
  withExplained,
  withPlanQuadrant,
  withPreviewData,
  withSaved,
  withSetting,
  withTouched,
  type CriterionField,
  type SidebarState,
  type TextSetting,
} from "./state";
import {
  axisShareText,
  monoWarning,
  relabelCard,
  renderCounts,
  renderForm,
  renderPreview,
  shareText,
  showScaleWarnings,
  type FormHandlers,
  type FormModel,
  type PreviewControls,
} from "./view";

declare global {
  /** Written by showSidebar into an inline script of the page: the user's locale, e.g. "de_DE". */
  var kamUserLocale: string | undefined;
}

type StatusKind = "info" | "busy" | "success" | "error";

const root = document.getElementById("app") as HTMLElement;
/** The user's locale as showSidebar wrote it into the page, else the browser's language. */
const userLocale = globalThis.kamUserLocale || navigator.language || "en";

let state: SidebarState = startingState([], null);
let language: Language = uiLanguage("", userLocale);
let t: Translate = translator(language);
let busy = false;

const countsHost = h("div", { id: "counts-host" });
const monoHost = h("div", { id: "mono-host" });
const formHost = h("div", { id: "form-host" });
const previewHost = h("section", { id: "preview", class: "block", "aria-labelledby": "h-preview" });
const statusLine = h("div", { id: "status", role: "status", "aria-live": "polite" });
const saveButton = h("button", { type: "button", class: "action", id: "save", onclick: () => void save() });
const generateButton = h("button", { type: "button", id: "generate", onclick: () => void generate() });

function setLanguage(): void {
  language = uiLanguage(languageChoice(state), userLocale);
  t = translator(language);
  document.documentElement.lang = language;
}

function setStatus(kind: StatusKind, text: string): void {
  statusLine.className = `status ${kind}`;
  replaceChildren(statusLine, text);
}

function setBusy(next: boolean, text?: string): void {
  busy = next;
  document.body.setAttribute("aria-busy", String(busy));
  saveButton.disabled = busy;
  generateButton.disabled = busy;
  if (busy && text) setStatus("busy", text);
}

const handlers: FormHandlers = {
  setting: onSetting,
  criterion: onCriterionField,
  slider(id, value) {
    state = withCriterionField(state, id, "weight", value);
    const number = document.getElementById(`c-${id}-weight`);
    if (number instanceof HTMLInputElement) number.value = value;
    updateShares();
    afterEdit();
  },
  add: addCriterion,
  standard() {
    state = withCriteria(state, standardCriteria(language, headersOf(state)));
    renderAll();
  },
  move(id, step) {
    state = withCriterionMoved(state, id, step);
    renderAll();
    const action = step < 0 ? "up" : "down";
    const again = document.querySelector(`#c-${id} button[data-action="${action}"]`);
    const target =
      again instanceof HTMLButtonElement && !again.disabled ? again : document.getElementById(`c-${id}-name`);
    target?.focus();
  },
  remove(id) {
    const index = state.draft.criteria.findIndex((c) => c.id === id);
    state = withCriterionRemoved(state, id);
    renderAll();
    const next = state.draft.criteria[Math.min(index, state.draft.criteria.length - 1)];
    (next ? document.getElementById(`c-${next.id}-name`) : saveButton)?.focus();
  },
  attractivenessShare(percent) {
    state = withAttractivenessShare(state, percent);
    const text = axisShareText(formModel());
    const output = document.getElementById("axis-share-text");
    if (output) replaceChildren(output, text);
    document.getElementById("f-axisWeights")?.setAttribute("aria-valuetext", text);
    afterEdit();
  },
  planQuadrant(quadrant: QuadrantKey, included: boolean) {
    state = withPlanQuadrant(state, quadrant, included);
    afterEdit();
  },
};

function formModel(): FormModel {
  return {
    t,
    language,
    draft: state.draft,
    sheets: state.sheets.map((s) => s.name),
    headers: headersOf(state),
    shares: axisShares(state.draft.criteria),
    sliderMax: sliderMax(state.draft.criteria),
    attractivenessShare: attractivenessShare(state.draft),
    on: handlers,
  };
}

/** Rebuilds the form (after a structural change) and puts the focus back where it was. */
function renderAll(): void {
  const focused = document.activeElement?.id;
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  const open = formHost.querySelector("details.more")?.hasAttribute("open") ?? false;
  setLanguage();
  replaceChildren(formHost, renderForm(formModel()));
  if (open) formHost.querySelector("details.more")?.setAttribute("open", "");
  replaceChildren(saveButton, t("save"));
  replaceChildren(generateButton, t("generate"));
  showProblems();
  recompute();
  if (focused) document.getElementById(focused)?.focus();
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
}

function onSetting(key: TextSetting, value: string, committed: boolean): void {
  if (key === "dataSheet" || key === "headerRow") {
    // A new sheet or header row is asked for when the choice is made, not on each keystroke.
    if (key === "headerRow") state = withSetting(state, key, value);
    if (!committed) return;
    if (key === "dataSheet") state = withSetting(state, key, value);
    requestPreviewData();
    renderAll();
    return;
  }
  state = withSetting(state, key, value);
  if (key === "language" || (key === "scaleMax" && committed)) renderAll();
  else afterEdit();
}

function onCriterionField(id: string, field: CriterionField, value: string): void {
  state = withCriterionField(state, id, field, value);
  if (field === "axis" || field === "input") {
    renderAll();
    return;
  }
  const c = state.draft.criteria.find((x) => x.id === id);
  if (!c) return;
  if (field === "weight") {
    const slider = document.getElementById(`c-${id}-slider`);
    if (slider instanceof HTMLInputElement && value.trim() !== "") slider.value = value;
    updateShares();
  }
  if (field === "name") {
    const card = document.getElementById(`c-${id}`);
    const position = state.draft.criteria.filter((x) => x.axis === c.axis).indexOf(c) + 1;
    if (card) relabelCard(t, card, c.name.trim() || t("criterion", { n: position }));
  }
  afterEdit();
}

function addCriterion(axis: Axis, presetKey: string): void {
  const preset = PRESETS.find((p) => p.key === presetKey);
  const added = preset
    ? criterionFromPreset(preset, language, state.draft.criteria, headersOf(state))
    : blankCriterion(axis, t("newCriterion"), state.draft.criteria);
  state = withCriterionAdded(state, added);
  renderAll();
  document.getElementById(`c-${added.id}-name`)?.focus();
}

function updateShares(): void {
  const model = formModel();
  for (const c of state.draft.criteria) {
    const output = document.getElementById(`c-${c.id}-share`);
    if (output) replaceChildren(output, shareText(model, c.id));
  }
}

function afterEdit(): void {
  if (state.touched) showProblems();
  if (statusLine.classList.contains("success")) setStatus("info", "");
  schedulePreview();
}

/** Asks for the preview's data; the form stays usable meanwhile and the preview says it is loading. */
function requestPreviewData(): void {
  const request = previewRequest(state.draft);
  state = withPreviewData(state, request ? { kind: "loading", request } : { kind: "none" });
  savedRanks = null;
  if (!request) return;
  void loadPreviewData(state.draft).then((data) => {
    const before = state;
    state = withPreviewData(state, data);
    if (state === before) return; // an answer for a sheet no longer chosen
    if (data.kind === "ready") {
      state = withColumnsChecked(state);
      evaluateSaved();
    }
    renderAll();
  });
}

let frame = 0;
/** Coalesces the changes of one frame (a dragged slider fires many) into one recompute. */
function schedulePreview(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    recompute();
  });
}

/** Ranks under the saved model, for the movement column. */
let savedRanks: Map<number, number> | null = null;
/** The last full evaluation, reused while only weights change. */
let base: { key: string; table: DataTable; evaluation: Evaluation } | null = null;

function evaluateDraft(config: KamConfig, table: DataTable): Evaluation {
  const key = `${language}\u0000${pointsKey(config)}`;
  if (base && base.key === key && base.table === table) return reweigh(base.evaluation, config);
  const evaluation = evaluate(config, table, language);
  base = { key, table, evaluation };
  return evaluation;
}

function evaluateSaved(): void {
  const { saved } = state;
  const table = tableOf(state);
  savedRanks = null;
  if (!saved || !table || saved.dataSheet !== state.draft.dataSheet || saved.headerRow !== table.headerRow)
    return;
  try {
    savedRanks = ranksOf(evaluate(saved, table, language));
  } catch {
    // The saved model no longer fits the data (a column was renamed): no movement to show.
  }
}

/** The preview's own controls: they redraw the preview at once and keep the focus on the control used. */
function previewControls(): PreviewControls {
  return {
    explained: state.explained,
    edgeOpen: state.edgeOpen,
    explain(sheetRow) {
      state = withExplained(state, sheetRow);
      recompute();
      previewHost.querySelector<HTMLElement>(`#top10 tr[data-row="${sheetRow}"] button`)?.focus();
    },
    toggleEdge(open) {
      state = withEdgeOpen(state, open);
      recompute();
      document.getElementById("edge-toggle")?.focus();
    },
  };
}

/** Evaluates the draft in the browser with src/core and redraws the preview; times itself. */
function recompute(): void {
  const started = performance.now();
  let summary: PreviewSummary | null = null;
  let message = t("previewNoData");
  const table = tableOf(state);
  const config = table ? previewConfig(state.draft, table.headers) : null;
  if (config && table) {
    try {
      summary = summarise(evaluateDraft(config, table), config, savedRanks, language);
    } catch (error) {
      message = errorText(error);
    }
  } else if (table) {
    message = t("fixFields");
  }
  replaceChildren(countsHost, renderCounts(t, language, summary));
  replaceChildren(monoHost, monoWarning(t, language, summary));
  replaceChildren(
    previewHost,
    h("h2", { id: "h-preview" }, t("sectionPreview")),
    renderPreview(t, language, summary, message, previewNoteOf(state), previewControls()),
  );
  showScaleWarnings(t, formHost, scaleWarningsByCriterion(state.draft, summary?.scaleWarnings ?? []));
  previewHost.dataset.recomputeMs = (performance.now() - started).toFixed(2);
}

/** The draft checked against the loaded header row, worded in the sidebar's language. */
function checkCurrentDraft(): DraftCheck {
  const table = tableOf(state);
  return checkDraft(state.draft, table ? table.headers : null, t("columnMissing"), language);
}

function currentProblems(): ConfigProblem[] {
  const check = checkCurrentDraft();
  return check.ok ? [] : check.problems;
}

/** Shows each problem beside its field; returns the problems that have no field. */
function showProblems(problems: ConfigProblem[] = state.touched ? currentProblems() : []): ConfigProblem[] {
  for (const old of Array.from(formHost.querySelectorAll(".field-error"))) old.remove();
  for (const invalid of Array.from(formHost.querySelectorAll("[aria-invalid]"))) {
    invalid.removeAttribute("aria-invalid");
    const described = (invalid.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter((x) => !x.endsWith("-error"));
    if (described.length > 0) invalid.setAttribute("aria-describedby", described.join(" "));
    else invalid.removeAttribute("aria-describedby");
  }
  const unplaced: ConfigProblem[] = [];
  const shown = new Set<string>();
  for (const problem of problems) {
    const id = fieldIdOf(problem.path, state.draft);
    const control = id ? document.getElementById(id) : null;
    if (!control) {
      unplaced.push(problem);
      continue;
    }
    if (shown.has(id)) continue;
    shown.add(id);
    const errorId = `${id}-error`;
    control.setAttribute("aria-invalid", "true");
    const described = control.getAttribute("aria-describedby");
    control.setAttribute("aria-describedby", described ? `${described} ${errorId}` : errorId);
    const group = control.closest(".form-group") ?? control.parentElement;
    group?.appendChild(h("div", { class: "field-error error", id: errorId }, problem.message));
  }
  return unplaced;
}

function showRefusal(problems: ConfigProblem[]): void {
  const unplaced = showProblems(problems);
  setStatus("error", unplaced.length > 0 ? unplaced.map((p) => p.message).join(" ") : t("fixFields"));
}

/** Validates in the browser with the shared schema, then saves; the server's problems go beside their fields. */
async function save(): Promise<boolean> {
  if (busy) return false;
  state = withTouched(state);
  const check = checkCurrentDraft();
  if (!check.ok) {
    showRefusal(check.problems);
    formHost.querySelector<HTMLElement>("[aria-invalid]")?.focus();
    return false;
  }
  setBusy(true, t("saving"));
  const outcome = await saveModel(check.config);
  setBusy(false);
  if (outcome.kind === "saved") {
    state = withSaved(state, outcome.config);
    evaluateSaved();
    setStatus("success", t("saved", { sheet: "KAM Criteria" }));
    recompute();
    return true;
  }
  if (outcome.kind === "refused") showRefusal(outcome.problems);
  else setStatus("error", t("failed", { message: outcome.message }));
  return false;
}

async function generate(): Promise<void> {
  if (busy) return;
  if (!canGenerate()) {
    setStatus("error", t("generateUnavailable"));
    return;
  }
  const check = checkCurrentDraft();
  if (check.ok && matrixReadiness(check.config).length > 0) {
    setStatus("error", t("previewNeedsAxes"));
    return;
  }
  if (!check.ok || !sameConfig(check.config, state.saved)) {
    if (!(await save())) return;
  }
  setBusy(true, t("generating"));
  const outcome = await generateMatrix();
  setBusy(false);
  if (outcome.kind === "generated") {
    setStatus("success", t("generated", { sheet: outcome.sheetName, n: outcome.accounts }));
  } else if (outcome.kind === "explained") setStatus("error", t("generateFailed"));
  else if (outcome.kind === "unavailable") setStatus("error", t("generateUnavailable"));
  else setStatus("error", t("failed", { message: outcome.message }));
}

async function start(): Promise<void> {
  replaceChildren(
    root,
    h("div", { class: "sticky" }, countsHost, monoHost),
    h("main", { class: "sidebar" }, formHost, previewHost),
    h("footer", { class: "bottom" }, h("div", { class: "buttons" }, saveButton, generateButton), statusLine),
  );
  setBusy(true, t("loading"));
  const { sheets, saved, problem } = await loadStart();
  state = startingState(sheets, saved);
  setBusy(false);
  // The form first; the preview's data is asked for at once and fills the preview when it comes.
  requestPreviewData();
  renderAll();
  if (problem) setStatus("error", `${t("configBroken")} ${problem}`);
  else setStatus("info", "");
  root.dataset.ready = "true";
}

void start();
