import { isValidNumber } from "./cells";
import type { Criterion, KamConfig } from "./config";
import type { Language } from "./language";
import { coreMessages } from "./messages";
import { findColumn, type DataTable } from "./table";

/**
 * A "points" column whose ratings do not match the points scale: values outside 1..scaleMax (5-95 ratings on
 * a 1-10 scale; those cells are not used, never clamped), or values all within 1..10 while the scale goes
 * higher (ratings left at 1-10 after the scale was changed to 100).
 */
export type ScaleWarningKind = "outsideScale" | "tenPointScale";

export interface ScaleWarning {
  /** The criterion, in config order. */
  criterionIndex: number;
  /** Its data column's header text. */
  column: string;
  /** The smallest and largest number found in the column. */
  min: number;
  max: number;
  kind: ScaleWarningKind;
  /** The warning in the caller's language, naming the column and the range found. */
  message: string;
}

/** The warning for one criterion's column with numbers from `min` to `max`, or null when they fit. */
export function scaleWarningOf(
  criterion: Criterion,
  criterionIndex: number,
  min: number,
  max: number,
  scaleMax: number,
  language: Language,
): ScaleWarning | null {
  if (criterion.input !== "points" || !(min <= max)) return null;
  const m = coreMessages(language);
  const base = { criterionIndex, column: criterion.column, min, max };
  if (min < 1 || max > scaleMax) {
    return {
      ...base,
      kind: "outsideScale",
      message: m.columnOutsideScale(criterion.column, min, max, scaleMax),
    };
  }
  if (scaleMax > 10 && max <= 10) {
    return {
      ...base,
      kind: "tenPointScale",
      message: m.columnOnTenPointScale(criterion.column, min, max, scaleMax),
    };
  }
  return null;
}

/**
 * The scale warnings of a config on a data table, for the sidebar to show before saving. Columns the header
 * row lacks are left out (the sidebar names them elsewhere); rows with a blank account name take no part.
 */
export function scaleWarningsFor(
  config: KamConfig,
  table: DataTable,
  // Stryker disable next-line StringLiteral: coreMessages words anything but "de" in English.
  language: Language = "en",
): ScaleWarning[] {
  const accountIndex = findColumn(table.headers, config.accountColumn);
  const warnings: ScaleWarning[] = [];
  config.criteria.forEach((criterion, j) => {
    // Stryker disable next-line ConditionalExpression: scaleWarningOf gives null for other inputs; this skips the scan.
    if (criterion.input !== "points") return;
    const column = findColumn(table.headers, criterion.column);
    // Stryker disable next-line ConditionalExpression: row[-1] is undefined, no number, so no warning either.
    if (column < 0) return;
    let min = Infinity;
    let max = -Infinity;
    for (const row of table.rows) {
      if (accountIndex >= 0 && String(row[accountIndex] ?? "").trim() === "") continue;
      const cell = row[column];
      if (!isValidNumber(cell)) continue;
      // Stryker disable next-line EqualityOperator: taking an equal minimum again changes nothing.
      if (cell < min) min = cell;
      // Stryker disable next-line EqualityOperator: taking an equal maximum again changes nothing.
      if (cell > max) max = cell;
    }
    const warning = scaleWarningOf(criterion, j, min, max, config.scaleMax, language);
    if (warning) warnings.push(warning);
  });
  return warnings;
}
