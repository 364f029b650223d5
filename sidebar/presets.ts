import type { Axis } from "../src/core/config";
import type { Language } from "../src/core/language";
import { guessColumn, PRESETS, type Preset } from "../src/core/presets";
import { newCriterionId, uniqueName, type DraftCriterion } from "./draft";

/** The ready-made criteria live in one core list (`src/core/presets.ts`); here they become draft criteria. */
export { guessColumn, guessRevenueColumn, PRESETS, type Preset } from "../src/core/presets";

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
