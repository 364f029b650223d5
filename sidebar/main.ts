import {
  CriterionSchema,
  validateConfig,
  type Axis,
  type ConfigProblem,
  type KamConfig,
} from "../src/core/config";
import type { Language } from "../src/core/language";
import { findColumn, matrixReadiness, type DataTable, type Evaluation } from "../src/core/model";
import { h, replaceChildren } from "./dom";
import {
  axisShares,
  checkDraft,
  draftFromConfig,
  draftToInput,
  emptyDraft,
  fieldIdOf,
  moveCriterion,
  problemsFromMessage,
  type Draft,
  type DraftCheck,
  type DraftCriterion,
} from "./draft";
import { translator, uiLanguage, type MessageKey, type Translate } from "./i18n";
import {
  blankCriterion,
  criterionFromPreset,
  guessRevenueColumn,
  PRESETS,
  standardCriteria,
} from "./presets";
import { evaluate, pointsKey, ranksOf, reweigh, summarise, type PreviewSummary } from "./preview";
import { errorText, hasServerFunction, NotAvailableError, run } from "./server";
import {
  monoWarning,
  relabelCard,
  renderCounts,
  renderForm,
  renderPreview,
  shareText,
  type FormModel,
} from "./view";

interface SheetInfo {
  name: string;
  headerRow: number;
  headers: string[];
}

type StatusKind = "info" | "busy" | "success" | "error";

interface State {
  language: Language;
  t: Translate;
  sheets: SheetInfo[];
  saved: KamConfig | null;
  draft: Draft;
  table: DataTable | null;
  tableError: string;
  /** Ranks under the saved model, for the movement column. */
  savedRanks: Map<number, number> | null;
  /** After the first save attempt, problems show beside the fields as they change. */
  touched: boolean;
  busy: boolean;
}

const root = document.getElementById("app") as HTMLElement;
/** The user's locale as showSidebar wrote it into the page, else the browser's language. */
const browserLocale = document.documentElement.dataset.userLocale || navigator.language || "en";
const state: State = {
  language: uiLanguage("", browserLocale),
  t: translator(uiLanguage("", browserLocale)),
  sheets: [],
  saved: null,
  draft: emptyDraft(),
  table: null,
  tableError: "",
  savedRanks: null,
  touched: false,
  busy: false,
};

const countsHost = h("div", { id: "counts-host" });
const monoHost = h("div", { id: "mono-host" });
const formHost = h("div", { id: "form-host" });
const previewHost = h("section", { id: "preview", class: "block", "aria-labelledby": "h-preview" });
const statusLine = h("div", { id: "status", role: "status", "aria-live": "polite" });
const saveButton = h("button", { type: "button", class: "action", id: "save", "data-action": "save" });
const generateButton = h("button", { type: "button", id: "generate", "data-action": "generate" });

function setLanguage(): void {
  state.language = uiLanguage(state.draft.language || state.saved?.language, browserLocale);
  state.t = translator(state.language);
  document.documentElement.lang = state.language;
}

function setStatus(kind: StatusKind, text: string): void {
  statusLine.className = `status ${kind}`;
  replaceChildren(statusLine, text);
}

function headers(): string[] {
  if (state.table) return state.table.headers;
  return state.sheets.find((s) => s.name === state.draft.dataSheet)?.headers ?? [];
}

function sliderMax(criteria: readonly DraftCriterion[]): number {
  const largest = Math.max(0, ...criteria.map((c) => Number(c.weight)).filter(Number.isFinite));
  return largest <= 10 ? 10 : largest <= 100 ? 100 : 10 ** Math.ceil(Math.log10(largest));
}

function formModel(): FormModel {
  return {
    t: state.t,
    language: state.language,
    draft: state.draft,
    sheets: state.sheets.map((s) => s.name),
    headers: headers(),
    shares: axisShares(state.draft.criteria),
    sliderMax: sliderMax(state.draft.criteria),
  };
}

/** Rebuilds the form (after a structural change) and puts the focus back where it was. */
function renderAll(): void {
  const focused = document.activeElement?.id;
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  setLanguage();
  replaceChildren(formHost, renderForm(formModel()));
  replaceChildren(saveButton, state.t("save"));
  replaceChildren(generateButton, state.t("generate"));
  showProblems();
  recompute();
  if (focused) document.getElementById(focused)?.focus();
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
}

/** The part of the draft that can be evaluated now: criteria that are complete and name a real column. */
function previewConfig(): KamConfig | null {
  const columns = headers();
  const input = draftToInput(state.draft);
  const names = new Set<string>();
  input.criteria = input.criteria.filter((c) => {
    const parsed = CriterionSchema.safeParse(c);
    if (!parsed.success || findColumn(columns, parsed.data.column) < 0) return false;
    const key = parsed.data.name.toLowerCase();
    if (names.has(key)) return false;
    names.add(key);
    return true;
  });
  if (typeof input.revenueColumn === "string" && findColumn(columns, input.revenueColumn) < 0) {
    delete input.revenueColumn;
  }
  const result = validateConfig(input);
  return result.ok && findColumn(columns, result.config.accountColumn) >= 0 ? result.config : null;
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

/** The last full evaluation, reused while only weights change. */
let base: { key: string; table: DataTable; evaluation: Evaluation } | null = null;

function evaluateDraft(config: KamConfig, table: DataTable): Evaluation {
  const key = pointsKey(config);
  if (base && base.key === key && base.table === table) return reweigh(base.evaluation, config);
  const evaluation = evaluate(config, table, state.language);
  base = { key, table, evaluation };
  return evaluation;
}

/** Evaluates the draft in the browser with src/core and redraws the preview; times itself. */
function recompute(): void {
  const started = performance.now();
  const { t, language } = state;
  let summary: PreviewSummary | null = null;
  let message = state.tableError || t("previewNoData");
  const config = state.table ? previewConfig() : null;
  if (config && state.table) {
    try {
      summary = summarise(evaluateDraft(config, state.table), config, state.savedRanks);
    } catch (error) {
      message = errorText(error);
    }
  } else if (state.table) {
    message = t("fixFields");
  }
  replaceChildren(countsHost, renderCounts(t, language, summary));
  replaceChildren(monoHost, monoWarning(t, language, summary));
  replaceChildren(
    previewHost,
    h("h2", { id: "h-preview" }, t("sectionPreview")),
    renderPreview(t, language, summary, message),
  );
  previewHost.dataset.recomputeMs = (performance.now() - started).toFixed(2);
}

/** The draft checked against the loaded header row, worded in the sidebar's language. */
function checkCurrentDraft(): DraftCheck {
  const headers = state.table ? state.table.headers : null;
  return checkDraft(state.draft, headers, state.t("columnMissing"), state.language);
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

let loadingTable = "";

async function loadTable(): Promise<void> {
  const { dataSheet } = state.draft;
  const headerRow = Number(state.draft.headerRow);
  state.table = null;
  state.tableError = "";
  state.savedRanks = null;
  if (!dataSheet || !Number.isInteger(headerRow) || headerRow < 1) return;
  const request = `${dataSheet}\u0000${headerRow}`;
  loadingTable = request;
  try {
    const data = await run("getPreviewData", dataSheet, headerRow);
    if (loadingTable !== request) return;
    state.table = { headers: data.headers, rows: data.rows, headerRow };
    evaluateSaved();
  } catch (error) {
    if (loadingTable === request) state.tableError = state.t("loadFailed", { message: errorText(error) });
  }
}

function evaluateSaved(): void {
  const { saved, table } = state;
  state.savedRanks = null;
  if (!saved || !table || saved.dataSheet !== state.draft.dataSheet || saved.headerRow !== table.headerRow)
    return;
  try {
    state.savedRanks = ranksOf(evaluate(saved, table, state.language));
  } catch {
    // The saved model no longer fits the data (a column was renamed): no movement to show.
  }
}

function startingDraft(): Draft {
  const sheet = state.sheets.find((s) => s.headers.some((x) => x !== "")) ?? state.sheets[0];
  const draft = emptyDraft(sheet?.name ?? "", sheet?.headerRow ?? 1);
  const columns = sheet?.headers.filter((x) => x !== "") ?? [];
  draft.accountColumn = columns[0] ?? "";
  draft.revenueColumn = guessRevenueColumn(columns);
  return draft;
}

async function changeDataSheet(name: string): Promise<void> {
  const sheet = state.sheets.find((s) => s.name === name);
  state.draft.dataSheet = name;
  state.draft.headerRow = String(sheet?.headerRow ?? 1);
  await reloadTable();
}

async function reloadTable(): Promise<void> {
  setBusy(true);
  await loadTable();
  const columns = headers().filter((x) => x !== "");
  if (findColumn(columns, state.draft.accountColumn) < 0) state.draft.accountColumn = columns[0] ?? "";
  if (state.draft.revenueColumn && findColumn(columns, state.draft.revenueColumn) < 0) {
    state.draft.revenueColumn = guessRevenueColumn(columns);
  }
  setBusy(false);
  renderAll();
}

function setBusy(busy: boolean, text?: string): void {
  state.busy = busy;
  document.body.setAttribute("aria-busy", String(busy));
  saveButton.disabled = busy;
  generateButton.disabled = busy;
  if (busy && text) setStatus("busy", text);
}

function criterion(id: string | undefined): DraftCriterion | undefined {
  return state.draft.criteria.find((c) => c.id === id);
}

function onValueChange(target: HTMLInputElement | HTMLSelectElement, committed: boolean): void {
  const setting = target.dataset.setting as keyof Draft | undefined;
  if (setting) {
    if (setting === "dataSheet") {
      if (committed) void changeDataSheet(target.value);
      return;
    }
    if (setting === "headerRow") {
      state.draft.headerRow = target.value;
      if (committed) void reloadTable();
      return;
    }
    (state.draft as unknown as Record<string, string>)[setting] = target.value;
    if (setting === "language" || (setting === "scaleMax" && committed)) renderAll();
    else afterEdit();
    return;
  }
  const c = criterion(target.dataset.id);
  const fieldName = target.dataset.field;
  if (!c || !fieldName) return;
  if (fieldName === "slider") {
    c.weight = target.value;
    const number = document.getElementById(`c-${c.id}-weight`) as HTMLInputElement | null;
    if (number) number.value = target.value;
  } else {
    (c as unknown as Record<string, string>)[fieldName] = target.value;
  }
  if (fieldName === "axis" || fieldName === "input") {
    renderAll();
    return;
  }
  if (fieldName === "weight") {
    const slider = document.getElementById(`c-${c.id}-slider`) as HTMLInputElement | null;
    if (slider && target.value.trim() !== "") slider.value = target.value;
  }
  if (fieldName === "weight" || fieldName === "slider") updateShares();
  if (fieldName === "name") {
    const card = document.getElementById(`c-${c.id}`);
    const position = state.draft.criteria.filter((x) => x.axis === c.axis).indexOf(c) + 1;
    if (card) relabelCard(state.t, card, c.name.trim() || state.t("criterion", { n: position }));
  }
  afterEdit();
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

function addCriterion(axis: Axis): void {
  const presetSelect = formHost.querySelector<HTMLSelectElement>(`[data-preset-for="${axis}"]`);
  const preset = PRESETS.find((p) => p.key === presetSelect?.value);
  const added = preset
    ? criterionFromPreset(preset, state.language, state.draft.criteria, headers())
    : blankCriterion(axis, state.t("newCriterion"), state.draft.criteria);
  state.draft.criteria = [...state.draft.criteria, added];
  renderAll();
  document.getElementById(`c-${added.id}-name`)?.focus();
}

function onClick(button: HTMLButtonElement): void {
  const action = button.dataset.action;
  const id = button.dataset.id;
  if (action === "add") addCriterion(button.dataset.axis as Axis);
  else if (action === "standard") {
    state.draft.criteria = standardCriteria(state.language, headers());
    renderAll();
  } else if (action === "up" || action === "down") {
    state.draft.criteria = moveCriterion(state.draft.criteria, id ?? "", action === "up" ? -1 : 1);
    renderAll();
    const again = document.querySelector<HTMLButtonElement>(`[data-action="${action}"][data-id="${id}"]`);
    (again && !again.disabled ? again : document.getElementById(`c-${id}-name`))?.focus();
  } else if (action === "remove") {
    const index = state.draft.criteria.findIndex((c) => c.id === id);
    state.draft.criteria = state.draft.criteria.filter((c) => c.id !== id);
    renderAll();
    const next = state.draft.criteria[Math.min(index, state.draft.criteria.length - 1)];
    (next ? document.getElementById(`c-${next.id}-name`) : saveButton)?.focus();
  } else if (action === "save") void save();
  else if (action === "generate") void generate();
}

function sameConfig(a: KamConfig | null, b: KamConfig | null): boolean {
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
          )
        : v,
    );
  return stable(a) === stable(b);
}

/** Validates in the browser with the shared schema, then saves; server problems go beside their fields. */
async function save(): Promise<boolean> {
  state.touched = true;
  const check = checkCurrentDraft();
  if (!check.ok) {
    const unplaced = showProblems(check.problems);
    setStatus("error", unplaced.length > 0 ? unplaced.map((p) => p.message).join(" ") : state.t("fixFields"));
    formHost.querySelector<HTMLElement>("[aria-invalid]")?.focus();
    return false;
  }
  setBusy(true, state.t("saving"));
  try {
    state.saved = await run("saveConfig", check.config);
    evaluateSaved();
    setBusy(false);
    setStatus("success", state.t("saved", { sheet: "KAM Criteria" }));
    recompute();
    return true;
  } catch (error) {
    setBusy(false);
    const unplaced = showProblems(problemsFromMessage(errorText(error)));
    setStatus("error", unplaced.length > 0 ? unplaced.map((p) => p.message).join(" ") : state.t("fixFields"));
    return false;
  }
}

async function generate(): Promise<void> {
  if (!hasServerFunction("generateKaismMatrix")) {
    setStatus("error", state.t("generateUnavailable"));
    return;
  }
  const check = checkCurrentDraft();
  if (check.ok && matrixReadiness(check.config).length > 0) {
    setStatus("error", state.t("previewNeedsAxes"));
    return;
  }
  if (!check.ok || !sameConfig(check.config, state.saved)) {
    if (!(await save())) return;
  }
  setBusy(true, state.t("generating"));
  try {
    const result = await run("generateKaismMatrix");
    setBusy(false);
    // The server explains a failure in a dialog of its own and returns null.
    if (result) setStatus("success", state.t("generated", { sheet: result.sheetName, n: result.accounts }));
    else setStatus("error", state.t("generateFailed"));
  } catch (error) {
    setBusy(false);
    const key: MessageKey = error instanceof NotAvailableError ? "generateUnavailable" : "failed";
    setStatus("error", state.t(key, { message: errorText(error) }));
  }
}

function listen(): void {
  root.addEventListener("input", (event) => {
    const target = event.target as HTMLInputElement;
    if (target.matches("input")) onValueChange(target, false);
  });
  root.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.dataset.presetFor) return;
    onValueChange(target, true);
  });
  root.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-action]");
    if (button && !button.disabled) onClick(button);
  });
}

async function start(): Promise<void> {
  replaceChildren(
    root,
    h("div", { class: "sticky" }, countsHost, monoHost),
    h("main", { class: "sidebar" }, formHost, previewHost),
    h("footer", { class: "bottom" }, h("div", { class: "buttons" }, saveButton, generateButton), statusLine),
  );
  listen();
  setBusy(true, state.t("loading"));
  let brokenConfig = "";
  const [sheets, saved] = await Promise.all([
    run("listDataSheets").catch((error: unknown) => {
      brokenConfig = errorText(error);
      return [];
    }),
    run("getConfig").catch((error: unknown) => {
      brokenConfig = errorText(error);
      return null;
    }),
  ]);
  state.sheets = sheets;
  state.saved = saved;
  state.draft = saved ? draftFromConfig(saved) : startingDraft();
  setLanguage();
  await loadTable();
  setBusy(false);
  renderAll();
  if (brokenConfig) setStatus("error", `${state.t("configBroken")} ${brokenConfig}`);
  else setStatus("info", "");
  root.dataset.ready = "true";
}

void start();
