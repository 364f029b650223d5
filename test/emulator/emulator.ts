import path from "node:path";
import { parseA1, resolveA1 } from "./a1";
import { displayedCell, dumpState, type Displayed } from "./dump";
import { Env } from "./env";
import { AuthMode, ChartType } from "./enums";
import { asGas, expose } from "./expose";
import { csvRows, workbookFromFixture, type SpreadsheetFixture } from "./fixtures";
import { SERVICE_FAILURE } from "./faults";
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

  get ledger(): Pick<Ledger, "total" | "count" | "byMethod" | "reset" | "calls"> {
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
