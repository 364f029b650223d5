import type { Scalar } from "./model";
import { isDate } from "./realm";

/** Sheets counts days from 1899-12-30. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Wall-clock parts of an instant in a time zone. */
export function zonedParts(
  date: Date,
  timeZone: string,
): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** The serial number Sheets keeps for a date: its wall-clock time in the spreadsheet's zone. */
export function dateToSerial(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, date.getUTCMilliseconds());
  return (wall - EPOCH_MS) / DAY_MS;
}

/** The instant whose wall-clock time in `timeZone` is the given date and time. */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const p = zonedParts(new Date(guess), timeZone);
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - guess;
  return new Date(guess - offset);
}

export type ParsedInput =
  | { kind: "blank" }
  | { kind: "formula"; formula: string }
  | { kind: "value"; value: Scalar; format?: string };

/** Decimal and thousands separators of a spreadsheet locale (only the two families the add-on meets). */
const COMMA_DECIMAL = { decimal: ",", group: "." };
const DOT_DECIMAL = { decimal: ".", group: "," };

export function separators(locale: string): { decimal: string; group: string } {
  return /^(de|fr|es|it|nl|pt|da|sv|nb|fi|pl|cs|ru|tr)/i.test(locale) ? COMMA_DECIMAL : DOT_DECIMAL;
}

/** Characters a typed string must start with (after spaces) to be anything but text. */
const MAYBE_NOT_TEXT = /^\s*[-+.,0-9tTfF=']/;

const numberPatterns = new Map<string, { plain: RegExp; grouped: RegExp }>();

function patternsFor(decimal: string, group: string): { plain: RegExp; grouped: RegExp } {
  const cached = numberPatterns.get(decimal + group);
  if (cached) return cached;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const made = {
    plain: new RegExp(`^[+-]?(\\d+(${esc(decimal)}\\d*)?|${esc(decimal)}\\d+)([eE][+-]?\\d+)?$`),
    grouped: new RegExp(`^[+-]?\\d{1,3}(${esc(group)}\\d{3})+(${esc(decimal)}\\d*)?$`),
  };
  numberPatterns.set(decimal + group, made);
  return made;
}

function parseNumberText(text: string, locale: string): { value: number; format?: string } | null {
  const { decimal, group } = separators(locale);
  const { plain, grouped } = patternsFor(decimal, group);
  let body = text;
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  let format: string | undefined;
  if (grouped.test(body)) {
    format = body.includes(decimal) ? "#,##0.00" : "#,##0";
    body = body.split(group).join("");
  } else if (!plain.test(body)) {
    return null;
  }
  const value = Number(body.replace(decimal, "."));
  if (!Number.isFinite(value)) return null;
  if (percent) return { value: value / 100, format: body.includes(decimal) ? "0.00%" : "0%" };
  return format ? { value, format } : { value };
}

/**
 * What Sheets makes of a string typed into a cell (Apps Script's setValue parses like the UI does):
 * "=..." is a formula, numbers, percentages, TRUE/FALSE and ISO dates become values, a leading
 * apostrophe forces text (and is not part of the value), and a cell formatted as plain text ("@")
 * keeps the string exactly. A leading "+" or "-" that is not a number starts a formula, as in Sheets
 * and Excel, which is how "-foo" ends up as a #NAME? or #ERROR! cell.
 */
export function parseInput(
  text: string,
  cellFormat: string | undefined,
  locale: string,
  timeZone: string,
): ParsedInput {
  if (text === "") return { kind: "blank" };
  if (cellFormat === "@") return { kind: "value", value: text };
  if (!MAYBE_NOT_TEXT.test(text)) return { kind: "value", value: text };
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return rest === "" ? { kind: "blank" } : { kind: "value", value: rest };
  }
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  const number = parseNumberText(trimmed, locale);
  if (number)
    return number.format
      ? { kind: "value", value: number.value, format: number.format }
      : { kind: "value", value: number.value };
  if ((trimmed.startsWith("+") || trimmed.startsWith("-")) && trimmed.length > 1) {
    return { kind: "formula", formula: `=${trimmed}` };
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: trimmed.toUpperCase() === "TRUE" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = zonedInstant(timeZone, y, m, d);
    const back = zonedParts(date, timeZone);
    if (back.year === y && back.month === m && back.day === d)
      return { kind: "value", value: date, format: "yyyy-mm-dd" };
  }
  return { kind: "value", value: text };
}

/** Copies a stored value for a caller, as getValues does (fresh Dates every time). */
export function copyScalar(value: Scalar, makeDate: (ms: number) => Date): Scalar {
  return isDate(value) ? makeDate(value.getTime()) : value;
}

export function describeScalar(value: Scalar | undefined): string {
  if (value === undefined) return "";
  if (isDate(value)) return value.toISOString();
  return String(value);
}
