import type { Axis } from "../src/core/config";
import type { Language } from "../src/core/i18n";
import { newCriterionId, uniqueName, type DraftCriterion } from "./draft";

/**
 * Ready-made criteria. Attractiveness: the five of the source text (revenue split into current and
 * potential); relative strength: the usual measures of how the customer sees us (KAM.md).
 */
export interface Preset {
  key: string;
  axis: Axis;
  names: Record<Language, string>;
  weight: number;
  direction: "higher" | "lower";
  input: "points" | "linear" | "log" | "rank";
  low?: number;
  high?: number;
  /** Lower-case parts of header texts that suggest the column. */
  keywords: string[];
}

export const PRESETS: readonly Preset[] = [
  {
    key: "currentRevenue",
    axis: "attractiveness",
    names: { en: "Current revenue", de: "Aktueller Umsatz" },
    weight: 30,
    direction: "higher",
    input: "linear",
    keywords: ["current revenue", "revenue", "umsatz", "sales"],
  },
  {
    key: "potentialRevenue",
    axis: "attractiveness",
    names: { en: "Revenue potential", de: "Umsatzpotenzial" },
    weight: 20,
    direction: "higher",
    input: "linear",
    keywords: ["potential", "potenzial"],
  },
  {
    key: "orderStability",
    axis: "attractiveness",
    names: { en: "Order stability", de: "Stabilität der Aufträge" },
    weight: 15,
    direction: "higher",
    input: "points",
    keywords: ["stabil"],
  },
  {
    key: "costToServe",
    axis: "attractiveness",
    names: { en: "Cost to serve", de: "Betreuungskosten" },
    weight: 10,
    direction: "lower",
    input: "linear",
    keywords: ["cost", "kosten"],
  },
  {
    key: "need",
    axis: "attractiveness",
    names: { en: "Need for the product", de: "Bedarf am Produkt" },
    weight: 15,
    direction: "higher",
    input: "points",
    keywords: ["need", "bedarf"],
  },
  {
    key: "reputation",
    axis: "attractiveness",
    names: { en: "Reputation", de: "Ruf im Markt" },
    weight: 10,
    direction: "higher",
    input: "points",
    keywords: ["reputation", "ruf", "image"],
  },
  {
    key: "shareOfWallet",
    axis: "strength",
    names: { en: "Share of the customer's purchases", de: "Lieferanteil beim Kunden" },
    weight: 30,
    direction: "higher",
    input: "linear",
    keywords: ["share of wallet", "wallet", "lieferanteil", "share of purchases"],
  },
  {
    key: "satisfaction",
    axis: "strength",
    names: { en: "Customer satisfaction", de: "Kundenzufriedenheit" },
    weight: 30,
    direction: "higher",
    input: "points",
    keywords: ["satisf", "zufrieden"],
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
  },
  {
    key: "productFit",
    axis: "strength",
    names: { en: "Product fit", de: "Produktpassung" },
    weight: 20,
    direction: "higher",
    input: "points",
    keywords: ["fit", "passung"],
  },
];

/** The header that best matches the preset's keywords, preferring one no other criterion uses yet. */
export function guessColumn(preset: Preset, headers: readonly string[], used: ReadonlySet<string>): string {
  for (const keyword of preset.keywords) {
    const matches = headers.filter((h) => h.trim() !== "" && h.toLowerCase().includes(keyword));
    const free = matches.find((h) => !used.has(h.toLowerCase()));
    if (free) return free;
  }
  return "";
}

export function criterionFromPreset(
  preset: Preset,
  language: Language,
  existing: readonly DraftCriterion[],
  headers: readonly string[],
): DraftCriterion {
  const used = new Set(existing.map((c) => c.column.toLowerCase()));
  return {
    id: newCriterionId(),
    name: uniqueName(existing, preset.names[language]),
    column: guessColumn(preset, headers, used),
    axis: preset.axis,
    weight: String(preset.weight),
    direction: preset.direction,
    input: preset.input,
    low: preset.low === undefined ? "" : String(preset.low),
    high: preset.high === undefined ? "" : String(preset.high),
  };
}

export function blankCriterion(
  axis: Axis,
  name: string,
  existing: readonly DraftCriterion[],
): DraftCriterion {
  return {
    id: newCriterionId(),
    name: uniqueName(existing, name),
    column: "",
    axis,
    weight: "1",
    direction: "higher",
    input: "points",
    low: "",
    high: "",
  };
}

/** Every preset, in order, with guessed columns: a starting model for a spreadsheet without one. */
export function standardCriteria(language: Language, headers: readonly string[]): DraftCriterion[] {
  const criteria: DraftCriterion[] = [];
  for (const preset of PRESETS) criteria.push(criterionFromPreset(preset, language, criteria, headers));
  return criteria;
}
