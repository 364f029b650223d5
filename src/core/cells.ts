import type { Language } from "./language";
import { coreMessages } from "./messages";

/** What a spreadsheet cell can hold when Apps Script hands it to us. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = CellValue[][];
/** What we hand back: a number, a label, a flag, or "" for a blank result. */
export type ResultValue = string | number | boolean;
export type ResultGrid = ResultValue[][];

/** Prefix of every per-row error text, as Sheets shows #VALUE! in ARRAYFORMULA results. */
export const VALUE_ERROR_PREFIX = "#VALUE! ";

/** A missing value: Sheets passes an empty cell as "". */
export function isBlank(value: CellValue): boolean {
  return value === "" || value === null || value === undefined;
}

export function isValidNumber(value: CellValue): value is number {
  // x - x is 0 only for finite numbers; faster than Number.isFinite on hot paths.
  return typeof value === "number" && value - value === 0;
}

/** Plain-language description of a cell that is not a usable number, as the subject of a sentence. */
export function describeInvalid(value: CellValue, language: Language = "en"): string {
  const m = coreMessages(language);
  if (typeof value === "string") {
    if (/^#[A-Z0-9/!?]+$/.test(value.trim())) return m.error(value.trim());
    return m.text(value.length > 40 ? value.slice(0, 37) + "..." : value);
  }
  if (typeof value === "boolean") return m.bool(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return m.invalidDate;
    // Sheets passes a date as local midnight, so the UTC day (toISOString) would name the day before in
    // time zones east of UTC, such as Europe/Berlin: the local calendar day is the one the sheet shows.
    const pad = (n: number) => String(n).padStart(2, "0");
    return m.date(String(value.getFullYear()), pad(value.getMonth() + 1), pad(value.getDate()));
  }
  return m.value(String(value));
}

/**
 * An account name as the spreadsheet shows it: a date as its calendar day (yyyy-mm-dd, the local day Sheets
 * passes as local midnight), a boolean as TRUE/FALSE, a number as typed; never JavaScript's Date text
 * ("Mon Jan 15 2024 ...").
 */
export function accountText(value: CellValue): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value ?? "").trim();
}

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "21st": an English ordinal. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}

/** "the 3rd column of the range", or a named argument as it is. */
function placeInRange(where: number | string): string {
  return typeof where === "number" ? `the ${ordinal(where)} column of the range` : where;
}

/**
 * The per-row text for a cell that should hold a number. It is text, not an error value (a custom function
 * cannot return an error in one cell of an array), so it says in words where the value sits and what it is.
 */
export function notANumber(where: number | string, value: CellValue): string {
  return `${VALUE_ERROR_PREFIX}${placeInRange(where)} holds ${describeInvalid(value)}, not a number.`;
}

export function negativeNotAllowed(column: number, value: number, what: string): string {
  return `${VALUE_ERROR_PREFIX}${placeInRange(column)} holds ${what} ${value}, which is negative.`;
}

/**
 * A problem with the arguments as a whole. The custom-function layer prefixes the function's name,
 * so the core stays free of spreadsheet function names.
 */
export class ArgumentProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgumentProblem";
  }
}
