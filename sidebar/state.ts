/**
 * The sidebar's state and every change to it, as pure functions: no DOM, no server. main.ts holds the one
 * current state, calls these on each event and redraws; jest tests them directly (test/sidebar/state.test.ts).
 */
import { parseCriterion, validateConfig, type Axis, type KamConfig } from "../src/core/config";
import type { Language } from "../src/core/language";
import { findColumn, type DataTable } from "../src/core/model";
import { guessRevenueColumn } from "../src/core/presets";
import { QUADRANT_KEYS, type QuadrantKey } from "../src/core/quadrant";
import {
  draftFromConfig,
  draftToInput,
  emptyDraft,
  moveCriterion,
  type Draft,
  type DraftCriterion,
} from "./draft";

export interface SheetInfo {
  name: string;
  headerRow: number;
  headers: string[];
}

/** The preview's data: asked for, arrived, or failed (with what failed). */
export type PreviewData =
  | { kind: "none" }
  | { kind: "loading"; request: string }
  | { kind: "ready"; request: string; table: DataTable; totalRows: number }
  | { kind: "error"; request: string; message: string };

/** A line about the preview's data: loading, failed (saying what), or cut at the server's limit. */
export type PreviewNote =
  | { kind: "loading" }
  | { kind: "error"; sheet: string; message: string }
  | { kind: "capped"; shown: number; total: number }
  | null;

export function previewNoteOf(state: SidebarState): PreviewNote {
  const { data } = state;
  if (data.kind === "loading") return { kind: "loading" };
  if (data.kind === "error") return { kind: "error", sheet: state.draft.dataSheet, message: data.message };
  if (data.kind === "ready" && data.totalRows > data.table.rows.length) {
    return { kind: "capped", shown: data.table.rows.length, total: data.totalRows };
  }
  return null;
}

export interface SidebarState {
  sheets: SheetInfo[];
  saved: KamConfig | null;
  draft: Draft;
  data: PreviewData;
  /** After the first save attempt, problems show beside the fields as they change. */
  touched: boolean;
  /** The data row of the top-10 account whose contributions are shown; null: none. */
  explained: number | null;
  /** The preview's list of accounts on the edge is open. */
  edgeOpen: boolean;
}

/**
 * Settings typed as text in the form: the draft's fields but the criteria, the axis shares and the plan, which
 * have their own changes. A setting added to Draft is one here too.
 */
export type TextSetting = Exclude<keyof Draft, "criteria" | "axisWeights" | "planQuadrants">;

/** Criterion fields edited as text or chosen from a list. */
export type CriterionField = "name" | "column" | "weight" | "axis" | "direction" | "input" | "low" | "high";

const AXES: readonly Axis[] = ["attractiveness", "strength"];
const DIRECTIONS: readonly DraftCriterion["direction"][] = ["higher", "lower"];
const INPUTS: readonly DraftCriterion["input"][] = ["points", "linear", "log", "rank"];
const LANGUAGES: readonly Draft["language"][] = ["", "en", "de"];

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((v) => v === value);
}

export function startingState(sheets: SheetInfo[], saved: KamConfig | null): SidebarState {
  return {
    sheets,
    saved,
    draft: saved ? draftFromConfig(saved) : startingDraft(sheets),
    data: { kind: "none" },
    touched: false,
    explained: null,
    edgeOpen: false,
  };
}

/** A first draft for a spreadsheet with no saved model: the first sheet with headers, its first column. */
export function startingDraft(sheets: readonly SheetInfo[]): Draft {
  const sheet = sheets.find((s) => s.headers.some((x) => x !== "")) ?? sheets[0];
  const draft = emptyDraft(sheet?.name ?? "", sheet?.headerRow ?? 1);
  const columns = sheet?.headers.filter((x) => x !== "") ?? [];
  draft.accountColumn = columns[0] ?? "";
  draft.revenueColumn = guessRevenueColumn(columns);
  return draft;
}

/** The header texts the form offers: the loaded table's, else the sheet list's. */
export function headersOf(state: SidebarState): string[] {
  if (state.data.kind === "ready") return state.data.table.headers;
  return state.sheets.find((s) => s.name === state.draft.dataSheet)?.headers ?? [];
}

/** The table the preview evaluates, once it has arrived for the current sheet and header row. */
export function tableOf(state: SidebarState): DataTable | null {
  return state.data.kind === "ready" && state.data.request === previewRequest(state.draft)
    ? state.data.table
    : null;
}

/** What getPreviewData is asked for; "" when the draft names no sheet or no valid header row. */
export function previewRequest(draft: Draft): string {
  const headerRow = Number(draft.headerRow);
  if (!draft.dataSheet || !Number.isInteger(headerRow) || headerRow < 1) return "";
  return `${draft.dataSheet}\u0000${headerRow}`;
}

export function withDraft(state: SidebarState, draft: Draft): SidebarState {
  return { ...state, draft };
}

/** A typed setting. A data sheet chosen takes that sheet's detected header row. */
export function withSetting(state: SidebarState, key: TextSetting, value: string): SidebarState {
  if (key === "language") {
    const language = oneOf(LANGUAGES, value);
    return language === undefined ? state : withDraft(state, { ...state.draft, language });
  }
  if (key === "dataSheet") {
    const sheet = state.sheets.find((s) => s.name === value);
    return withDraft(state, { ...state.draft, dataSheet: value, headerRow: String(sheet?.headerRow ?? 1) });
  }
  return withDraft(state, { ...state.draft, [key]: value });
}

/** After new columns arrived: an account or revenue column they lack is replaced by a fitting one. */
export function withColumnsChecked(state: SidebarState): SidebarState {
  const columns = headersOf(state).filter((x) => x !== "");
  const draft = { ...state.draft };
  if (findColumn(columns, draft.accountColumn) < 0) draft.accountColumn = columns[0] ?? "";
  if (draft.revenueColumn && findColumn(columns, draft.revenueColumn) < 0) {
    draft.revenueColumn = guessRevenueColumn(columns);
  }
  return withDraft(state, draft);
}

export function withCriterionField(
  state: SidebarState,
  id: string,
  field: CriterionField,
  value: string,
): SidebarState {
  const criteria = state.draft.criteria.map((c) => {
    if (c.id !== id) return c;
    if (field === "axis") return { ...c, axis: oneOf(AXES, value) ?? c.axis };
    if (field === "direction") return { ...c, direction: oneOf(DIRECTIONS, value) ?? c.direction };
    if (field === "input") return { ...c, input: oneOf(INPUTS, value) ?? c.input };
    return { ...c, [field]: value };
  });
  return withDraft(state, { ...state.draft, criteria });
}

export function withCriterionAdded(state: SidebarState, added: DraftCriterion): SidebarState {
  return withDraft(state, { ...state.draft, criteria: [...state.draft.criteria, added] });
}

export function withCriteria(state: SidebarState, criteria: DraftCriterion[]): SidebarState {
  return withDraft(state, { ...state.draft, criteria });
}

export function withCriterionMoved(state: SidebarState, id: string, step: -1 | 1): SidebarState {
  return withCriteria(state, moveCriterion(state.draft.criteria, id, step));
}

export function withCriterionRemoved(state: SidebarState, id: string): SidebarState {
  return withCriteria(
    state,
    state.draft.criteria.filter((c) => c.id !== id),
  );
}

/**
 * The KAM score's split between the axes from one percentage for attractiveness (0 to 100); relative
 * strength gets the rest.
 */
export function withAttractivenessShare(state: SidebarState, percent: string): SidebarState {
  const value = Number(percent);
  if (percent.trim() === "" || !Number.isFinite(value)) return state;
  const a = Math.min(100, Math.max(0, Math.round(value)));
  return withDraft(state, {
    ...state.draft,
    axisWeights: { attractiveness: String(a), strength: String(100 - a) },
  });
}

/** Attractiveness's share of the KAM score in percent, from the draft's axis weights (blank: 1 each). */
export function attractivenessShare(draft: Draft): number | null {
  const weight = (text: string) => (text.trim() === "" ? 1 : Number(text));
  const a = weight(draft.axisWeights.attractiveness);
  const s = weight(draft.axisWeights.strength);
  if (!Number.isFinite(a) || !Number.isFinite(s) || a < 0 || s < 0 || a + s <= 0) return null;
  return (100 * a) / (a + s);
}

export function withPlanQuadrant(
  state: SidebarState,
  quadrant: QuadrantKey,
  included: boolean,
): SidebarState {
  const chosen = new Set(state.draft.planQuadrants);
  if (included) chosen.add(quadrant);
  else chosen.delete(quadrant);
  return withDraft(state, { ...state.draft, planQuadrants: QUADRANT_KEYS.filter((q) => chosen.has(q)) });
}

export function withPreviewData(state: SidebarState, data: PreviewData): SidebarState {
  // An answer for a sheet or header row no longer chosen is dropped: a later request is under way.
  if (data.kind !== "none" && data.kind !== "loading" && data.request !== previewRequest(state.draft)) {
    return state;
  }
  return { ...state, data };
}

export function withSaved(state: SidebarState, saved: KamConfig): SidebarState {
  return { ...state, saved };
}

/** Clicking an account in the top 10 shows its contributions; clicking it again hides them. */
export function withExplained(state: SidebarState, sheetRow: number): SidebarState {
  return { ...state, explained: state.explained === sheetRow ? null : sheetRow };
}

export function withEdgeOpen(state: SidebarState, open: boolean): SidebarState {
  return { ...state, edgeOpen: open };
}

/**
 * Each scale warning beside the draft criterion it is about, by criterion id. The preview's config holds the
 * complete criteria only, with unique names (previewConfig), so the name finds the draft's criterion.
 */
export function scaleWarningsByCriterion(
  draft: Draft,
  warnings: readonly { criterion: string; message: string }[],
): Map<string, string> {
  const byId = new Map<string, string>();
  for (const w of warnings) {
    const key = w.criterion.trim().toLowerCase();
    const c = draft.criteria.find((x) => x.name.trim().toLowerCase() === key);
    if (c && !byId.has(c.id)) byId.set(c.id, w.message);
  }
  return byId;
}

export function withTouched(state: SidebarState): SidebarState {
  return { ...state, touched: true };
}

/** The sidebar's language: the draft's choice, else the saved model's, else the user's locale. */
export function languageChoice(state: SidebarState): "" | Language {
  return state.draft.language || state.saved?.language || "";
}

/** The top of the weight slider: 10, 100, or the next power of ten above the largest weight. */
export function sliderMax(criteria: readonly DraftCriterion[]): number {
  const largest = Math.max(0, ...criteria.map((c) => Number(c.weight)).filter(Number.isFinite));
  return largest <= 10 ? 10 : largest <= 100 ? 100 : 10 ** Math.ceil(Math.log10(largest));
}

/** The part of the draft that can be evaluated now: criteria that are complete and name a real column. */
export function previewConfig(draft: Draft, columns: readonly string[]): KamConfig | null {
  const input = draftToInput(draft);
  const names = new Set<string>();
  input.criteria = input.criteria.filter((c) => {
    const parsed = parseCriterion(c);
    if (!parsed || findColumn(columns, parsed.column) < 0) return false;
    const key = parsed.name.toLowerCase();
    if (names.has(key)) return false;
    names.add(key);
    return true;
  });
  if (typeof input.revenueColumn === "string" && findColumn(columns, input.revenueColumn) < 0) {
    delete input.revenueColumn;
  }
  // A half-typed axis share must not blank the preview: the default split stands in.
  if (!validateConfig({ ...input, criteria: [] }).ok) delete input.axisWeights;
  const result = validateConfig(input);
  return result.ok && findColumn(columns, result.config.accountColumn) >= 0 ? result.config : null;
}
