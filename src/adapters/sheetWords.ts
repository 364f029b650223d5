import { isBlank, type CellValue } from "../core/cells";
import { AXES, DIRECTIONS, INPUTS, type Axis } from "../core/config";
import { QUADRANT_KEYS, type QuadrantKey } from "../core/quadrant";

/**
 * The words the add-on reads back from the `KAM Criteria` sheet: labels of the settings rows, the criteria
 * header, the choice words. These are not display texts (those are `SHEET_TEXTS` and `CHOICE_WORDS` in
 * configLayout.ts, free to be reworded): a sheet someone saved years ago still holds the words of its day,
 * so every word ever written stays here as an accepted alias. Rewording a display text means adding its new
 * wording here (a test fails until you do) and never removing the old one (the frozen sheets in
 * test/fixtures fail if you do). Matching is trimmed and case-insensitive.
 */

/** Every settings row, in sheet order. Rows after `language` came with the axis shares and the plan. */
export const SETTING_KEYS = [
  "dataSheet",
  "headerRow",
  "accountColumn",
  "revenueColumn",
  "totalRevenue",
  "scaleMax",
  "cutAttractiveness",
  "cutStrength",
  "language",
  "axisShareAttractiveness",
  "axisShareStrength",
  "planQuadrants",
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Accepted labels of each settings row (column A): English, German, then older spellings. */
export const SETTING_LABEL_WORDS: Record<SettingKey, readonly string[]> = {
  dataSheet: ["Data sheet", "Datenblatt"],
  headerRow: ["Header row", "Kopfzeile"],
  accountColumn: ["Account column", "Spalte Kunde"],
  revenueColumn: ["Revenue column", "Spalte Umsatz"],
  totalRevenue: ["Total revenue", "Gesamtumsatz"],
  scaleMax: ["Points scale (1 to ...)", "Punkteskala (1 bis ...)"],
  cutAttractiveness: ["Cut: attractiveness", "Schwelle Attraktivität"],
  cutStrength: ["Cut: relative strength", "Schwelle relative Stärke"],
  language: ["Language", "Sprache"],
  axisShareAttractiveness: ["KAM score: attractiveness share", "KAM-Score: Anteil Attraktivität"],
  axisShareStrength: ["KAM score: relative strength share", "KAM-Score: Anteil relative Stärke"],
  planQuadrants: ["Plan: quadrants", "Plan: Quadranten"],
};

/** Accepted texts of the criteria table's first header cell (column A), which marks where the table starts. */
export const CRITERIA_HEADER_WORDS: readonly string[] = ["Criterion", "Kriterium"];

/** Accepted words of each choice field, per config value (the value itself is always accepted too). */
export const CHOICE_READ_WORDS = {
  axis: {
    attractiveness: ["attractiveness", "Attraktivität"],
    strength: ["strength", "Stärke"],
  } satisfies Record<Axis, readonly string[]>,
  direction: {
    higher: ["higher", "höher"],
    lower: ["lower", "niedriger"],
  } satisfies Record<(typeof DIRECTIONS)[number], readonly string[]>,
  input: {
    points: ["points", "Punkte"],
    linear: ["linear"],
    log: ["log", "logarithmisch"],
    rank: ["rank", "Rang"],
  } satisfies Record<(typeof INPUTS)[number], readonly string[]>,
  quadrant: {
    keyAccount: ["Key account", "Schlüsselkunde"],
    keyDevelopment: ["Key development", "Entwicklungskunde"],
    maintenance: ["Maintenance", "Pflegekunde"],
    opportunistic: ["Opportunistic", "Gelegenheitskunde"],
  } satisfies Record<QuadrantKey, readonly string[]>,
} as const;

export type ChoiceField = keyof typeof CHOICE_READ_WORDS;

const CHOICE_VALUES: Record<ChoiceField, readonly string[]> = {
  axis: AXES,
  direction: DIRECTIONS,
  input: INPUTS,
  quadrant: QUADRANT_KEYS,
};

/** The words that say "no quadrant" in the plan's cell (an empty plan; a blank cell means the default). */
export const NO_QUADRANT_WORDS: readonly string[] = ["none", "keine"];

function normalised(text: string): string {
  return text.trim().toLowerCase();
}

/** Whether a cell holds one of `words` (trimmed, case-insensitive). */
export function isWord(cell: CellValue, words: readonly string[]): boolean {
  if (typeof cell !== "string") return false;
  const typed = normalised(cell);
  return words.some((word) => normalised(word) === typed);
}

/** The setting whose label a cell holds, or null. */
export function settingOfLabel(cell: CellValue): SettingKey | null {
  return SETTING_KEYS.find((key) => isWord(cell, SETTING_LABEL_WORDS[key])) ?? null;
}

/** Every word accepted for one config value of a choice field, the value first. */
export function acceptedWords(field: ChoiceField, value: string): string[] {
  const words = (CHOICE_READ_WORDS[field] as Record<string, readonly string[]>)[value] ?? [];
  const all = [value, ...words];
  return all.filter((w, i) => all.findIndex((o) => normalised(o) === normalised(w)) === i);
}

/** The config value a word typed in the sheet stands for, or undefined. */
export function choiceOfWord(field: ChoiceField, cell: CellValue): string | undefined {
  if (isBlank(cell)) return undefined;
  return CHOICE_VALUES[field].find((value) => isWord(cell, acceptedWords(field, value)));
}
