import type { Scalar } from "./model";
import { isDate } from "./realm";
import { dateToSerial, separators, zonedParts } from "./values";

/** English and German month and day names, shared with Utilities.formatDate. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTHS_DE = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];
export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAYS_DE = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

/** Splits a format into its ";" sections, ignoring separators inside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** Format text without quoted literals and escapes, to look at its placeholders. */
function placeholders(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

export function isDateFormat(format: string): boolean {
  const p = placeholders(format);
  return /[yd]|m|h|s/i.test(p) && !/[0#?]/.test(p);
}

function formatNumberSection(value: number, section: string, locale: string): string {
  const { decimal, group } = separators(locale);
  const core = placeholders(section);
  const percent = core.includes("%");
  let v = percent ? value * 100 : value;
  const dot = core.indexOf(".");
  const intPart = (dot >= 0 ? core.slice(0, dot) : core).replace(/[^0#?,]/g, "");
  const fracPart = dot >= 0 ? core.slice(dot + 1).replace(/[^0#?]/g, "") : "";
  const maxDecimals = fracPart.length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(intPart);
  const minInt = (intPart.match(/0/g) ?? []).length;
  v = Math.abs(v);
  let text = v.toFixed(maxDecimals);
  let [int = "0", frac = ""] = text.split(".");
  while (frac.length > minDecimals && frac.endsWith("0")) frac = frac.slice(0, -1);
  int = int.replace(/^0+/, "");
  while (int.length < minInt) int = "0" + int;
  if (grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  text = int + (frac ? decimal + frac : "");
  // Re-insert literal text around the number: everything before the first placeholder and after the last.
  let out = "";
  let inserted = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? "";
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
      continue;
    }
    if (ch === "\\") {
      out += section[i + 1] ?? "";
      i++;
      continue;
    }
    if ("0#?,.".includes(ch)) {
      if (!inserted) {
        out += text;
        inserted = true;
      }
      continue;
    }
    if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
      continue;
    }
    if (ch === "_" || ch === "*") {
      i++;
      continue;
    }
    out += ch;
  }
  return inserted ? out : out + text;
}

/** Formats a number the way a cell with this number format shows it. */
export function formatNumber(value: number, format: string, locale: string): string {
  const parts = sections(format);
  const [pos = "", neg, zero] = parts;
  if (value < 0 && neg !== undefined) return formatNumberSection(value, neg, locale);
  if (value === 0 && zero !== undefined) return formatNumberSection(value, zero, locale);
  const text = formatNumberSection(value, pos, locale);
  return value < 0 ? "-" + text : text;
}

/** Sheets' default ("automatic") display of a number: up to 10 significant digits, no grouping. */
export function formatGeneral(value: number, locale: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return text.replace(".", separators(locale).decimal);
}

/** Formats a date with a Sheets date pattern (yyyy, mm, dd, hh, mm after h, ss, mmm, ddd, am/pm). */
export function formatDatePattern(date: Date, format: string, timeZone: string, locale: string): string {
  const p = zonedParts(date, timeZone);
  const de = locale.toLowerCase().startsWith("de");
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const tokens =
    format.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|AM\/PM|./gi) ?? [];
  const twelveHour = tokens.some((t) => /^am\/pm$/i.test(t));
  let out = "";
  let lastWasHour = false;
  tokens.forEach((token, index) => {
    const lower = token.toLowerCase();
    const nextIsSeconds =
      tokens
        .slice(index + 1)
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase()
        .startsWith("s") ?? false;
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith("\\")) out += token.slice(1);
    else if (lower === "yyyy") out += pad(p.year, 4);
    else if (lower === "yy") out += pad(p.year % 100, 2);
    else if (lower === "mmmm") out += (de ? MONTHS_DE : MONTHS)[p.month - 1];
    else if (lower === "mmm") out += ((de ? MONTHS_DE : MONTHS)[p.month - 1] ?? "").slice(0, 3);
    else if (lower === "mm" || lower === "m") {
      const minute = lastWasHour || nextIsSeconds;
      out += pad(minute ? p.minute : p.month, lower.length);
    } else if (lower === "dddd") out += (de ? DAYS_DE : DAYS)[weekday];
    else if (lower === "ddd") out += ((de ? DAYS_DE : DAYS)[weekday] ?? "").slice(0, 3);
    else if (lower === "dd" || lower === "d") out += pad(p.day, lower.length);
    else if (lower === "hh" || lower === "h") {
      const hour = twelveHour ? ((p.hour + 11) % 12) + 1 : p.hour;
      out += pad(hour, lower.length);
    } else if (lower === "ss" || lower === "s") out += pad(p.second, lower.length);
    else if (lower === "am/pm") out += p.hour < 12 ? "AM" : "PM";
    else out += token;
    if (/^[a-z]/i.test(token)) lastWasHour = lower === "hh" || lower === "h";
  });
  return out;
}

function defaultDateFormat(date: Date, timeZone: string, locale: string): string {
  const p = zonedParts(date, timeZone);
  const hasTime = p.hour !== 0 || p.minute !== 0 || p.second !== 0;
  const de = locale.toLowerCase().startsWith("de");
  const day = de ? "dd.mm.yyyy" : locale.toLowerCase() === "en_us" ? "m/d/yyyy" : "yyyy-mm-dd";
  return formatDatePattern(date, hasTime ? `${day} hh:mm:ss` : day, timeZone, locale);
}

/** The text a person sees in a cell holding `value` with number format `format`. */
export function displayText(
  value: Scalar | undefined,
  format: string | undefined,
  locale: string,
  timeZone: string,
): string {
  if (value === undefined || value === "") return "";
  const fmt = format && format !== "General" ? format : undefined;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") {
    const textSection = fmt ? sections(fmt)[3] : undefined;
    return textSection ? textSection.replace(/@/g, value).replace(/"/g, "") : value;
  }
  if (isDate(value)) {
    if (fmt && isDateFormat(fmt)) return formatDatePattern(value, fmt, timeZone, locale);
    if (fmt && fmt !== "@") return formatNumber(dateToSerial(value, timeZone), fmt, locale);
    return defaultDateFormat(value, timeZone, locale);
  }
  if (!fmt || fmt === "@") return formatGeneral(value, locale);
  if (isDateFormat(fmt)) {
    const ms = Date.UTC(1899, 11, 30) + value * 86_400_000;
    return formatDatePattern(new Date(ms), fmt, "UTC", locale);
  }
  return formatNumber(value, fmt, locale);
}
