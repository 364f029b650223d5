import type { ExecutionClock } from "./budget";
import { MESSAGES } from "./errors";
import { Faults } from "./faults";
import { Ledger } from "./ledger";
import type { FormulaEngine } from "./formulas";
import type { SheetState, WorkbookState } from "./model";
import { HOST_REALM, type Realm } from "./realm";

/** What the person at the screen has been shown. */
export interface UiLog {
  menus: Array<{
    title: string;
    items: Array<{ caption: string; functionName: string } | { separator: true }>;
  }>;
  sidebars: Array<{ title: string; html: string; width: number }>;
  dialogs: Array<{ title: string; html: string; width: number; height: number; modal: boolean }>;
  alerts: Array<{ title?: string; prompt: string; buttons: string }>;
  toasts: Array<{ message: string; title: string; timeoutSeconds: number }>;
}

export interface LockStateShared {
  /** Locks held by executions other than the current one (simulated by tests). */
  heldElsewhere: Set<"document" | "script" | "user">;
}

/**
 * Everything the service classes share: the state, the realm of the calling script, the ledger, the user.
 * One Env per Emulator.
 */
export class Env {
  realm: Realm = HOST_REALM;
  readonly ledger = new Ledger();
  /** Service failures planned by a test (Emulator.failOn). */
  readonly faults = new Faults();
  /** True while a custom function runs: Sheets lets custom functions read, never write. */
  customFunctionMode = false;
  /** The execution's auth mode; onOpen in an add-on that is not yet used runs with NONE. */
  authMode = "FULL";
  readonly ui: UiLog = { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] };
  /** Answers the emulated person gives to the next alerts, in order; OK otherwise. */
  readonly alertAnswers: string[] = [];
  /** When set, an alert with a choice and no queued answer stops the run so a person can be asked (playground). */
  askPerson = false;
  /** The question that stopped the run, in askPerson mode. */
  pendingQuestion: { title?: string; prompt: string; buttons: string } | null = null;
  readonly locks: LockStateShared = { heldElsewhere: new Set() };
  /** Bumped on every write so derived data (formula results) can be recomputed lazily. */
  version = 0;
  /** Extra places sheet writes must notify (the formula engine). */
  readonly onWrite: Array<() => void> = [];

  /** Wired by the Emulator; kept here so the service classes need not import each other in a cycle. */
  formulas!: FormulaEngine;
  makeSheet!: (sheetId: number) => GoogleAppsScript.Spreadsheet.Sheet;
  makeSheetRange!: (
    sheet: SheetState,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ) => GoogleAppsScript.Spreadsheet.Range;
  makeSpreadsheet!: () => GoogleAppsScript.Spreadsheet.Spreadsheet;
  makeUser!: (email: string) => GoogleAppsScript.Base.User;

  readonly logs: string[] = [];
  /** Total simulated waiting (Utilities.sleep, lock waits) since the emulator was made. */
  sleptMs = 0;
  /** The simulated time of the running execution; null outside the runner (a test's own calls are not timed). */
  clock: ExecutionClock | null = null;
  /** Simulated milliseconds the last script run (not custom function) used. */
  lastRunMs = 0;
  /** The name Sheets shows for the add-on's menu under Extensions. */
  addonName = "Add-on";
  /** The vm context of the running execution, so HTML templates can see the script's globals. */
  currentContext: object | undefined;

  constructor(
    public state: WorkbookState,
    public user: string,
    public userLocale: string,
    public distDir: string,
  ) {}

  /** An Apps Script exception: realm-local Error named "Exception", so String(e) reads "Exception: ...". */
  error(message: string): Error {
    const error = new this.realm.Error(message);
    error.name = "Exception";
    return error;
  }

  list<T>(items: readonly T[]): T[] {
    const out = new this.realm.Array<T>();
    for (const item of items) out.push(item);
    return out;
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** Advances the running execution's clock; throws Apps Script's timeout error past the limit. */
  spend(ms: number): void {
    this.clock?.advance(ms, (message) => this.error(message));
  }

  /** Simulated waiting: counts as sleep and as execution time. */
  wait(ms: number): void {
    this.sleptMs += ms;
    this.spend(ms);
  }

  touched(): void {
    this.version++;
    for (const listener of this.onWrite) listener();
  }

  sheetById(id: number): SheetState {
    const sheet = this.state.sheets.find((s) => s.id === id);
    if (!sheet) throw this.error("The sheet has been deleted.");
    return sheet;
  }

  nextId(): number {
    return this.state.nextId++;
  }

  /** Classes an add-on may use while Sheets runs it with AuthMode.NONE (onOpen before the add-on was used). */
  private static readonly NONE_ALLOWED = new Set([
    "Ui",
    "Menu",
    "Logger",
    "Utilities",
    "HtmlOutput",
    "HtmlTemplate",
  ]);
  private static readonly NONE_METHODS = new Set([
    "SpreadsheetApp.getUi",
    "Session.getActiveUserLocale",
    "ScriptApp.getAuthMode",
  ]);

  /** Refuses what the current execution may not call: most services under AuthMode.NONE, the UI in custom functions. */
  checkAccess(className: string, method: string): void {
    // A run past its time limit is over: nothing it still tries reaches a service.
    if (this.clock?.exceeded) throw this.error(this.clock.message());
    if (this.authMode === "NONE" && !Env.NONE_ALLOWED.has(className) && !Env.NONE_METHODS.has(method)) {
      throw this.error(MESSAGES.permission(method));
    }
    if (this.customFunctionMode && (className === "Ui" || method === "SpreadsheetApp.getUi")) {
      throw this.error(MESSAGES.permission(method));
    }
  }

  /** Custom functions run with read-only access, as in Sheets. */
  assertMayWrite(method: string): void {
    if (this.customFunctionMode) throw this.error(MESSAGES.permission(method));
  }
}
