import {
  DEFAULT_PLAN_QUADRANTS,
  validateConfig,
  type Axis,
  type ConfigProblem,
  type Criterion,
  type KamConfig,
} from "../src/core/config";
import type { Language } from "../src/core/language";
import { findColumn } from "../src/core/model";
import { QUADRANT_KEYS, type QuadrantKey } from "../src/core/quadrant";
import { midpoint } from "../src/core/points";

/**
 * The sidebar's form state. Numbers are kept as typed (text) so a half-typed "1." or a blank survives a
 * re-render; draftToInput turns them into the config the shared schema validates.
 */
export interface DraftCriterion {
  /** Stable identity for the form fields while criteria move around. */
  id: string;
  name: string;
  column: string;
  axis: Axis;
  weight: string;
  direction: "higher" | "lower";
  input: Criterion["input"];
  low: string;
  high: string;
}

export interface Draft {
  dataSheet: string;
  headerRow: string;
  accountColumn: string;
  revenueColumn: string;
  totalRevenue: string;
  scaleMax: string;
  cutAttractiveness: string;
  cutStrength: string;
  language: "" | Language;
  /** Each axis's share of the KAM score as typed; blank: the default (both alike). */
  axisWeights: { attractiveness: string; strength: string };
  /** The quadrants whose accounts are in the Key Account Plan, in the matrix's order. */
  planQuadrants: QuadrantKey[];
  criteria: DraftCriterion[];
}

let nextId = 1;
export function newCriterionId(): string {
  return `k${nextId++}`;
}

const numberText = (value: number | undefined) => (value === undefined ? "" : String(value));

export function draftFromConfig(config: KamConfig): Draft {
  const cut = midpoint(config.scaleMax);
  return {
    dataSheet: config.dataSheet,
    headerRow: String(config.headerRow),
    accountColumn: config.accountColumn,
    revenueColumn: config.revenueColumn ?? "",
    totalRevenue: numberText(config.totalRevenue),
    scaleMax: String(config.scaleMax),
    // A cut at the scale's middle is left blank, so it follows the scale when that changes.
    cutAttractiveness: config.cuts.attractiveness === cut ? "" : String(config.cuts.attractiveness),
    cutStrength: config.cuts.strength === cut ? "" : String(config.cuts.strength),
    language: config.language ?? "",
    axisWeights: {
      attractiveness: String(config.axisWeights.attractiveness),
      strength: String(config.axisWeights.strength),
    },
    planQuadrants: [...config.plan.quadrants],
    criteria: config.criteria.map((c) => ({
      id: newCriterionId(),
      name: c.name,
      column: c.column,
      axis: c.axis,
      weight: String(c.weight),
      direction: c.direction,
      input: c.input,
      low: numberText(c.low),
      high: numberText(c.high),
    })),
  };
}

export function emptyDraft(dataSheet = "", headerRow = 1): Draft {
  return {
    dataSheet,
    headerRow: String(headerRow),
    accountColumn: "",
    revenueColumn: "",
    totalRevenue: "",
    scaleMax: "10",
    cutAttractiveness: "",
    cutStrength: "",
    language: "",
    axisWeights: { attractiveness: "", strength: "" },
    planQuadrants: [...DEFAULT_PLAN_QUADRANTS],
    criteria: [],
  };
}

/** A typed number, or the text itself so that the schema reports "must be a number". */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return trimmed !== "" && Number.isFinite(value) ? value : text;
}

/** A field that may be left empty: undefined when blank, else as numberOrText. */
function numberOrTextUnlessBlank(text: string): number | string | undefined {
  return text.trim() === "" ? undefined : numberOrText(text);
}

/**
 * The draft as input for the shared schema: typed numbers as numbers, anything else as the text itself, so
 * it is not yet a KamConfigInput; validateConfig decides.
 */
export type DraftInput = Record<string, unknown> & { criteria: Record<string, unknown>[] };

export function draftToInput(draft: Draft): DraftInput {
  const input: DraftInput = {
    version: 1,
    dataSheet: draft.dataSheet,
    headerRow: numberOrText(draft.headerRow),
    accountColumn: draft.accountColumn,
    scaleMax: draft.scaleMax.trim() === "" ? 10 : numberOrText(draft.scaleMax),
    criteria: draft.criteria.map((c) => {
      const criterion: Record<string, unknown> = {
        name: c.name,
        column: c.column,
        axis: c.axis,
        weight: numberOrText(c.weight),
        direction: c.direction,
        input: c.input,
      };
      if (c.input === "linear") {
        const low = numberOrTextUnlessBlank(c.low);
        const high = numberOrTextUnlessBlank(c.high);
        if (low !== undefined) criterion.low = low;
        if (high !== undefined) criterion.high = high;
      }
      return criterion;
    }),
  };
  if (draft.language) input.language = draft.language;
  if (draft.revenueColumn.trim() !== "") input.revenueColumn = draft.revenueColumn;
  const total = numberOrTextUnlessBlank(draft.totalRevenue);
  if (total !== undefined) input.totalRevenue = total;
  const cutA = numberOrTextUnlessBlank(draft.cutAttractiveness);
  const cutS = numberOrTextUnlessBlank(draft.cutStrength);
  const axisA = numberOrTextUnlessBlank(draft.axisWeights.attractiveness);
  const axisS = numberOrTextUnlessBlank(draft.axisWeights.strength);
  if (axisA !== undefined || axisS !== undefined)
    input.axisWeights = { attractiveness: axisA ?? 1, strength: axisS ?? 1 };
  input.plan = { quadrants: QUADRANT_KEYS.filter((q) => draft.planQuadrants.includes(q)) };
  if (cutA !== undefined || cutS !== undefined) {
    const scale = typeof input.scaleMax === "number" ? input.scaleMax : 10;
    input.cuts = { attractiveness: cutA ?? midpoint(scale), strength: cutS ?? midpoint(scale) };
  }
  return input;
}

export type DraftCheck = { ok: true; config: KamConfig } | { ok: false; problems: ConfigProblem[] };

/**
 * The shared schema's verdict in `language`, plus the columns the loaded header row lacks (the server checks
 * the same before it saves).
 */
export function checkDraft(
  draft: Draft,
  headers: readonly string[] | null,
  missing: string,
  language: Language = "en",
): DraftCheck {
  const result = validateConfig(draftToInput(draft), language);
  const problems: ConfigProblem[] = result.ok ? [] : [...result.problems];
  if (headers) {
    const absent = (column: string) => column.trim() !== "" && findColumn(headers, column) < 0;
    const message = (column: string) => missing.replace("{column}", column);
    if (absent(draft.accountColumn)) {
      problems.push({ path: ["accountColumn"], message: message(draft.accountColumn) });
    }
    if (absent(draft.revenueColumn)) {
      problems.push({ path: ["revenueColumn"], message: message(draft.revenueColumn) });
    }
    draft.criteria.forEach((c, i) => {
      if (absent(c.column)) problems.push({ path: ["criteria", i, "column"], message: message(c.column) });
    });
  }
  if (problems.length > 0 || !result.ok) return { ok: false, problems };
  return { ok: true, config: result.config };
}

/** Each criterion's weight as a share of the total weight on its axis; null when the axis has none. */
export function axisShares(criteria: readonly DraftCriterion[]): Map<string, number | null> {
  const weightOf = (c: DraftCriterion) => {
    const w = Number(c.weight);
    return c.weight.trim() !== "" && Number.isFinite(w) && w > 0 ? w : 0;
  };
  const totals: Record<Axis, number> = { attractiveness: 0, strength: 0 };
  for (const c of criteria) totals[c.axis] += weightOf(c);
  return new Map(
    criteria.map((c) => [c.id, totals[c.axis] > 0 ? weightOf(c) / totals[c.axis] : null] as const),
  );
}

/** Moves a criterion up (-1) or down (+1) past the neighbouring criterion on the same axis. */
export function moveCriterion(criteria: DraftCriterion[], id: string, step: -1 | 1): DraftCriterion[] {
  const from = criteria.findIndex((c) => c.id === id);
  const moving = criteria[from];
  if (!moving) return criteria;
  let to = from + step;
  while (to >= 0 && to < criteria.length && criteria[to]?.axis !== moving.axis) to += step;
  if (to < 0 || to >= criteria.length) return criteria;
  const next = [...criteria];
  next[from] = next[to] as DraftCriterion;
  next[to] = moving;
  return next;
}

/** A name not yet used (case-insensitive): "New criterion", "New criterion 2", ... */
export function uniqueName(criteria: readonly DraftCriterion[], base: string): string {
  const taken = new Set(criteria.map((c) => c.name.trim().toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/** Where a problem belongs in the form: a field id, or "" for the status line. */
export function fieldIdOf(path: readonly (string | number)[], draft: Draft): string {
  if (path[0] === "criteria" && typeof path[1] === "number") {
    const criterion = draft.criteria[path[1]];
    const field = typeof path[2] === "string" ? path[2] : "name";
    return criterion ? `c-${criterion.id}-${field}` : "";
  }
  if (path[0] === "cuts") return path[1] === "strength" ? "f-cutStrength" : "f-cutAttractiveness";
  if (path[0] === "axisWeights") return "f-axisWeights";
  if (path[0] === "plan") return "f-plan";
  if (typeof path[0] === "string" && path[0] !== "version" && path[0] !== "criteria") return `f-${path[0]}`;
  return "";
}
