import type { Axis, AXES, DIRECTIONS, INPUTS, KamConfigInput } from "./config";
import type { Language } from "./language";

/**
 * The ready-made criteria, one list read by the sidebar ("Add" menu, "Use the standard criteria"), the
 * sample data (its columns and criteria) and the revenue-column guess. Attractiveness: the source text's
 * five (revenue split into current and potential); relative strength: the usual measures of how the
 * customer sees us (docs/REFERENCE.md). Adding a preset is one entry here; the sample gives it a column
 * only once `src/core/sampleData.ts` has a value generator for its key.
 */
export interface CriterionPreset {
  /** Stable identifier: the sidebar's menu value and the sample's generator key. Never shown. */
  key: string;
  axis: (typeof AXES)[number];
  /** Criterion name, and the sample's column header, per language. */
  names: Readonly<Record<Language, string>>;
  weight: number;
  direction: (typeof DIRECTIONS)[number];
  input: (typeof INPUTS)[number];
  /** Fixed anchors (value at 1 point, value at the top of the scale); absent: the data's min and max. */
  low?: number;
  high?: number;
  /** Lower-case parts of header texts that suggest the column, best first. */
  keywords: readonly string[];
  /** The number format of a data column holding it (the sample's columns). */
  format: string;
  /** The revenue criterion: its column is also the model's revenue column (shares, concentration). */
  revenue?: true;
}

/*
 * Revenue and potential use "log": on the sample's long-tailed revenue, linear points leave 36 of 40
 * accounts at 2 points or less, log points 11 and rank 5; log keeps how many times larger an account is
 * (rank keeps only the order) and does not move an account's points when another account changes within
 * the range. README "Sample data" gives the figures and the command.
 */
const LIST = [
  {
    key: "currentRevenue",
    axis: "attractiveness",
    names: { en: "Current revenue", de: "Aktueller Umsatz" },
    weight: 30,
    direction: "higher",
    input: "log",
    keywords: ["current revenue", "revenue", "umsatz", "sales"],
    format: "#,##0",
    revenue: true,
  },
  {
    key: "potentialRevenue",
    axis: "attractiveness",
    names: { en: "Revenue potential", de: "Umsatzpotenzial" },
    weight: 20,
    direction: "higher",
    input: "log",
    keywords: ["potential", "potenzial"],
    format: "#,##0",
  },
  {
    key: "orderStability",
    axis: "attractiveness",
    names: { en: "Order stability", de: "Stabilität der Aufträge" },
    weight: 15,
    direction: "higher",
    input: "points",
    keywords: ["stabil"],
    format: "0",
  },
  {
    key: "costToServe",
    axis: "attractiveness",
    names: { en: "Cost to serve", de: "Betreuungskosten" },
    weight: 10,
    direction: "lower",
    input: "linear",
    keywords: ["cost", "kosten"],
    format: "#,##0",
  },
  {
    key: "need",
    axis: "attractiveness",
    names: { en: "Need for the product", de: "Bedarf am Produkt" },
    weight: 15,
    direction: "higher",
    input: "points",
    keywords: ["need", "bedarf"],
    format: "0",
  },
  {
    key: "reputation",
    axis: "attractiveness",
    names: { en: "Reputation", de: "Ruf im Markt" },
    weight: 10,
    direction: "higher",
    input: "points",
    keywords: ["reputation", "ruf", "image"],
    format: "0",
  },
  {
    // "Share of wallet" is the established KAM term (and the sample's header since the start); the
    // sidebar's longer "Share of the customer's purchases" had drifted from it.
    key: "shareOfWallet",
    axis: "strength",
    names: { en: "Share of wallet", de: "Lieferanteil beim Kunden" },
    weight: 30,
    direction: "higher",
    input: "linear",
    keywords: ["share of wallet", "wallet", "lieferanteil", "share of purchases"],
    format: "0%",
  },
  {
    key: "satisfaction",
    axis: "strength",
    names: { en: "Customer satisfaction", de: "Kundenzufriedenheit" },
    weight: 30,
    direction: "higher",
    input: "points",
    keywords: ["satisf", "zufrieden"],
    format: "0",
  },
  {
    key: "relationshipStage",
    axis: "strength",
    names: { en: "Relationship stage", de: "Beziehungsstufe" },
    weight: 20,
    direction: "higher",
    input: "linear",
    low: 1,
    high: 5,
    keywords: ["relationship", "beziehung", "stage", "stufe"],
    format: "0",
  },
  {
    key: "productFit",
    axis: "strength",
    names: { en: "Product fit", de: "Produktpassung" },
    weight: 20,
    direction: "higher",
    input: "points",
    keywords: ["fit", "passung"],
    format: "0",
  },
] as const satisfies readonly CriterionPreset[];

export type PresetKey = (typeof LIST)[number]["key"];
export type Preset = CriterionPreset & { key: PresetKey };

export const PRESETS: readonly Preset[] = LIST;

export function presetByKey(key: PresetKey): Preset {
  return PRESETS.find((p) => p.key === key) as Preset;
}

export function presetsOnAxis(axis: Axis): Preset[] {
  return PRESETS.filter((p) => p.axis === axis);
}

/** The preset as a criterion of the model on a column named like it in `language` (the sample's columns). */
export function presetCriterion(
  preset: CriterionPreset,
  language: Language,
): KamConfigInput["criteria"][number] {
  return {
    name: preset.names[language],
    column: preset.names[language],
    axis: preset.axis,
    weight: preset.weight,
    direction: preset.direction,
    input: preset.input,
    ...(preset.low !== undefined ? { low: preset.low } : {}),
    ...(preset.high !== undefined ? { high: preset.high } : {}),
  };
}

/** The preset whose column is also the revenue column. */
export const REVENUE_PRESET: Preset = PRESETS.find((p) => "revenue" in p && p.revenue === true) as Preset;

/** Every keyword has a letter (test/core/presets.test.ts), so a blank header never matches. */
function matches(header: string, keyword: string): boolean {
  return header.toLowerCase().includes(keyword);
}

/** The header that best matches the preset's keywords, preferring one no other criterion uses yet. */
export function guessColumn(preset: Preset, headers: readonly string[], used: ReadonlySet<string>): string {
  for (const keyword of preset.keywords) {
    const free = headers.find((h) => matches(h, keyword) && !used.has(h.toLowerCase()));
    if (free) return free;
  }
  return "";
}

/**
 * The revenue column's guess: a header matching the revenue preset's keywords and no other preset's, so
 * "Umsatzpotenzial" (potential) or "Cost of sales" (cost to serve) is never taken for the revenue.
 */
export function guessRevenueColumn(headers: readonly string[]): string {
  const others = PRESETS.filter((p) => p !== REVENUE_PRESET).flatMap((p) => p.keywords);
  const candidates = headers.filter((h) => !others.some((k) => matches(h, k)));
  return guessColumn(REVENUE_PRESET, candidates, new Set());
}
