import path from "node:path";
import { parseA1, resolveA1 } from "./a1";
import { displayedCell, dumpState, type Displayed } from "./dump";
import { Env } from "./env";
import { AuthMode, ChartType } from "./enums";
import { asGas, expose } from "./expose";
import { csvRows, workbookFromFixture, type SpreadsheetFixture } from "./fixtures";
import { SERVICE_FAILURE } from "./faults";
import { isDate, isPlainObject } from "./realm";
import { FormulaEngine } from "./formulas";
import { makeHtmlService } from "./html";
import { makeLockService } from "./lock";
import type { Ledger } from "./ledger";
import { makePropertiesService } from "./properties";
import { BundleCustomFunctions } from "./runner";
import { Session, makeUser } from "./session";
import { makeSheet, sheetRange } from "./sheet";
import { makeSpreadsheet } from "./spreadsheet";
import { makeSpreadsheetApp } from "./spreadsheetApp";
import { makeConsole, makeLogger, makeUtilities } from "./utilities";

export interface EmulatorOptions {
  /** The email of the person running the scripts; default the owner. */
  user?: string;
  /** The spreadsheet's owner; default owner@example.com. */
  owner?: string;
  /** The user's locale as Session.getActiveUserLocale reports it ("en", "de", ...); default "en". */
  locale?: string;
  /** Where Code.js and the HTML files are; default <repo>/dist. */
  distDir?: string;
  /** The title of the add-on's menu under Extensions. */
  addonName?: string;
}

/**
 * A deep copy of the workbook state: plain objects, arrays, Maps, Sets and Dates are copied; anything else
 * (a service object a data validation refers to, say) is kept as it is, since the state never changes it.
 */
function copyState<T>(value: T): T {
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (isDate(v)) return new Date(v.getTime());
    if (Array.isArray(v)) return v.map(copy);
    if (v instanceof Map) return new Map([...v.entries()].map(([k, x]) => [k, copy(x)]));
    if (v instanceof Set) return new Set([...v].map(copy));
    if (!isPlainObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = copy(x);
    return out;
  };
  return copy(value) as T;
}

export const DEFAULT_DIST = path.resolve(__dirname, "../../dist");

/** One emulated Google environment: a spreadsheet, its services, what the user saw, and a call ledger. */
export class Emulator {
  readonly _env: Env;

  static fromFixture(fixture: SpreadsheetFixture, options: EmulatorOptions = {}): Emulator {
    const owner = options.owner ?? "owner@example.com";
    return new Emulator(workbookFromFixture(fixture, owner), options);
  }

  static fromCsv(
    sheetName: string,
    csvText: string,
    options: EmulatorOptions & { spreadsheetLocale?: string; timeZone?: string } = {},
  ): Emulator {
    const locale = options.spreadsheetLocale ?? "en_US";
    const timeZone = options.timeZone ?? "Etc/UTC";
    return Emulator.fromFixture(
      { locale, timeZone, sheets: [{ name: sheetName, rows: csvRows(csvText, locale, timeZone) }] },
      options,
    );
  }

  private constructor(state: ReturnType<typeof workbookFromFixture>, options: EmulatorOptions) {
    const distDir = options.distDir ?? DEFAULT_DIST;
    const env = new Env(state, options.user ?? state.owner, options.locale ?? "en", distDir);
    if (options.addonName) env.addonName = options.addonName;
    env.makeSheet = (id) => makeSheet(env, id);
    env.makeSheetRange = (sheet, row, col, numRows, numCols) =>
      sheetRange(env, sheet, row, col, numRows, numCols);
    env.makeSpreadsheet = () => makeSpreadsheet(env);
    env.makeUser = (email) => makeUser(env, email);
    env.formulas = new FormulaEngine(
      env,
      new BundleCustomFunctions(env, () => this.globals(), path.join(distDir, "Code.js")),
    );
    this._env = env;
  }

  get distDir(): string {
    return this._env.distDir;
  }

  /** The active spreadsheet, as a script would get it (calls on it are counted in the ledger). */
  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return makeSpreadsheet(this._env);
  }

  /**
   * Makes a counted Spreadsheet-service call throw Sheets' service error: the `nth` call of `method`
   * ("Range.setValues", or "*" for any counted call) from now on, and the `times - 1` after it
   * (`times: Infinity` for every one). Default: the next call of that method, once.
   */
  failOn(method: string, options: { nth?: number; times?: number; message?: string } = {}): void {
    const message = options.message ?? SERVICE_FAILURE(this._env.state.id);
    this._env.faults.plan(method, options.nth ?? 1, options.times ?? 1, message);
  }

  /** Removes every planned failure. */
  clearFaults(): void {
    this._env.faults.clear();
  }

  get ledger(): Pick<Ledger, "total" | "count" | "byMethod" | "reset" | "calls" | "readsAfterFirstWrite"> {
    return this._env.ledger;
  }

  /** Simulated waiting so far (Utilities.sleep, lock waits): nothing really sleeps. */
  get sleptMs(): number {
    return this._env.sleptMs;
  }

  /** Simulated execution time of the last script run, in ms (costs in test/emulator/budget.ts). */
  get lastRunMs(): number {
    return this._env.lastRunMs;
  }

  get ui() {
    return this._env.ui;
  }

  get logs(): readonly string[] {
    return this._env.logs;
  }

  get user(): string {
    return this._env.user;
  }

  /** Later runs act as this person (for protections and user properties). */
  setUser(email: string): void {
    this._env.user = email;
  }

  /** Queues the buttons the person clicks in the next alerts ("OK", "CANCEL", "YES", "NO", "CLOSE"). */
  answerAlerts(...buttons: string[]): void {
    this._env.alertAnswers.push(...buttons);
  }

  /** Forgets answers queued by answerAlerts that no alert used. */
  clearAlertAnswers(): void {
    this._env.alertAnswers.length = 0;
  }

  /**
   * Ask instead of answering: while on, an alert with a choice (YES_NO, OK_CANCEL, ...) and no queued
   * answer stops the run and is kept in `pendingQuestion`, so a caller with a person at the screen (the
   * playground) can show it, go back to a checkpoint and run again with the answer queued.
   */
  askPersonInstead(on: boolean): void {
    this._env.askPerson = on;
    this._env.pendingQuestion = null;
  }

  get pendingQuestion(): { title?: string; prompt: string; buttons: string } | null {
    return this._env.pendingQuestion;
  }

  /**
   * Remembers the spreadsheet and what the person was shown; the returned function goes back to it
   * (state, UI log, logs, queued answers), as if the runs since had not happened.
   */
  checkpoint(): () => void {
    const env = this._env;
    const state = copyState(env.state);
    const ui = {
      menus: env.ui.menus.length,
      sidebars: env.ui.sidebars.length,
      dialogs: env.ui.dialogs.length,
      alerts: env.ui.alerts.length,
      toasts: env.ui.toasts.length,
    };
    const logs = env.logs.length;
    return () => {
      env.state = copyState(state);
      for (const key of Object.keys(ui) as (keyof typeof ui)[]) env.ui[key].length = ui[key];
      env.logs.length = logs;
      env.alertAnswers.length = 0;
      env.pendingQuestion = null;
      env.touched();
    };
  }

  /** Simulates another execution holding a lock, so waitLock throws and tryLock returns false. */
  holdLock(kind: "document" | "script" | "user" = "document"): void {
    this._env.locks.heldElsewhere.add(kind);
  }

  releaseHeldLock(kind: "document" | "script" | "user" = "document"): void {
    this._env.locks.heldElsewhere.delete(kind);
  }

  /** The Apps Script globals for a V8 context; a fresh set of service objects on every call. */
  globals(): Record<string, unknown> {
    const env = this._env;
    return {
      SpreadsheetApp: makeSpreadsheetApp(env),
      HtmlService: makeHtmlService(env),
      PropertiesService: makePropertiesService(env),
      LockService: makeLockService(env),
      Session: asGas(expose(env, "Session", new Session(env), false)),
      Utilities: makeUtilities(env),
      Charts: asGas(expose(env, "Charts", { ChartType }, false)),
      Logger: makeLogger(env),
      console: makeConsole(env),
      ScriptApp: asGas(
        expose(env, "ScriptApp", { AuthMode, getAuthMode: () => AuthMode[env.authMode as "FULL"] }, false),
      ),
    };
  }

  /** What a person sees in a cell: the formatted text and the background after conditional formatting. */
  displayed(sheetName: string, a1: string): Displayed {
    const sheet = this._env.state.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`emulator: no sheet named ${sheetName}`);
    const ref = parseA1(a1);
    if (!ref) throw new Error(`emulator: ${a1} is not A1 notation`);
    const rect = resolveA1(ref, sheet.maxRows, sheet.maxCols);
    return displayedCell(this._env, sheet, rect.row, rect.col);
  }

  /** The whole state as plain JSON: sheets, cells, formats, rules, charts, protections, names, metadata, properties. */
  dump(): ReturnType<typeof dumpState> {
    return dumpState(this._env);
  }
}
