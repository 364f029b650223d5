import { randomUUID } from "node:crypto";
import type { Env } from "./env";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose } from "./expose";
import { isDate } from "./realm";
import { DAYS, MONTHS } from "./numberFormat";
import { zonedParts } from "./values";

function offsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wall - (date.getTime() - date.getUTCMilliseconds())) / 60_000);
}

/** Java SimpleDateFormat patterns, the subset people use: y M d H h m s S E a Z X and 'quoted text'. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const tokens = pattern.match(/'[^']*'|''|y+|M+|d+|H+|h+|m+|s+|S+|E+|a+|Z+|X+|z+|./g) ?? [];
  return tokens
    .map((token) => {
      const ch = token[0];
      const n = token.length;
      const pad = (v: number) => String(v).padStart(n, "0");
      if (token === "''") return "'";
      if (ch === "'") return token.slice(1, -1);
      switch (ch) {
        case "y":
          return n === 2 ? String(p.year % 100).padStart(2, "0") : pad(p.year);
        case "M":
          return n >= 4
            ? (MONTHS[p.month - 1] ?? "")
            : n === 3
              ? (MONTHS[p.month - 1] ?? "").slice(0, 3)
              : pad(p.month);
        case "d":
          return pad(p.day);
        case "H":
          return pad(p.hour);
        case "h":
          return pad(((p.hour + 11) % 12) + 1);
        case "m":
          return pad(p.minute);
        case "s":
          return pad(p.second);
        case "S":
          return String(date.getUTCMilliseconds()).padStart(3, "0").slice(0, Math.max(n, 3));
        case "E":
          return n >= 4 ? (DAYS[weekday] ?? "") : (DAYS[weekday] ?? "").slice(0, 3);
        case "a":
          return p.hour < 12 ? "AM" : "PM";
        case "Z":
        case "X":
        case "z": {
          const off = offsetMinutes(date, timeZone);
          if (ch === "X" && off === 0) return "Z";
          const sign = off < 0 ? "-" : "+";
          const hh = String(Math.floor(Math.abs(off) / 60)).padStart(2, "0");
          const mm = String(Math.abs(off) % 60).padStart(2, "0");
          if (ch === "z") return `GMT${sign}${hh}:${mm}`;
          return ch === "X" && n >= 3 ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
        }
        default:
          return token;
      }
    })
    .join("");
}

export class Utilities implements Pick<
  GoogleAppsScript.Utilities.Utilities,
  "formatDate" | "sleep" | "getUuid" | "formatString"
> {
  constructor(private readonly env: Env) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw this.env.error(
        MESSAGES.parameters(describeArgs([date, timeZone, format]), "Utilities.formatDate"),
      );
    }
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
    } catch {
      throw this.env.error(`Invalid argument: timeZone ${timeZone}`);
    }
    return formatJavaDate(date as unknown as Date, timeZone, format);
  }
  /** Sleeping is instant in the emulator; it counts as execution time, and the total is kept for tests. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== "number" || !Number.isFinite(milliseconds) || milliseconds < 0)
      throw this.env.error(MESSAGES.parameters(describeArgs([milliseconds]), "Utilities.sleep"));
    this.env.wait(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sdif%]/g, (m) => (m === "%%" ? "%" : String(args[i++])));
  }
}

export function makeUtilities(env: Env): GoogleAppsScript.Utilities.Utilities {
  return asGas(expose(env, "Utilities", new Utilities(env), false));
}

/** Logger and console write to the emulator's log instead of the terminal. */
export function makeLogger(env: Env): GoogleAppsScript.Base.Logger {
  const logger = {
    // Logger.log(format, values...) fills %s placeholders, as Apps Script does.
    log: (...args: unknown[]) => {
      const [first, ...rest] = args;
      const text =
        typeof first === "string" && rest.length > 0 && first.includes("%s")
          ? rest.reduce<string>(
              (out, v) => out.replace("%s", typeof v === "string" ? v : JSON.stringify(v)),
              first,
            )
          : args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
      env.logs.push(text);
      return logger;
    },
    getLog: () => env.logs.join("\n"),
    clear: () => {
      env.logs.length = 0;
    },
  };
  return asGas(expose(env, "Logger", logger, false));
}

export function makeConsole(env: Env): Pick<Console, "log" | "info" | "warn" | "error"> {
  const write =
    (level: string) =>
    (...args: unknown[]): void => {
      env.logs.push(
        `${level}: ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`,
      );
    };
  return { log: write("log"), info: write("info"), warn: write("warn"), error: write("error") };
}
