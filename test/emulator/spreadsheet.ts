import { parseA1, resolveA1 } from "./a1";
import type { Env } from "./env";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose, unwrap } from "./expose";
import { assertSheetEditable } from "./guard";
import { addMetadata, MetadataFinder, metadataAt } from "./metadata";
import { newSheetState, type NamedRangeState } from "./model";
import { protectionsOf } from "./protection";
import { makeRange, Range } from "./range";
import { Sheet, makeSheet } from "./sheet";

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** Google's rule for named-range names: letters, digits, underscores; not a cell reference; not TRUE/FALSE. */
export function isValidRangeName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 250 &&
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

type Supported = Pick<
  GasSpreadsheet,
  | "getId"
  | "getName"
  | "rename"
  | "getUrl"
  | "getSheets"
  | "getNumSheets"
  | "getSheetByName"
  | "getSheetById"
  | "insertSheet"
  | "deleteSheet"
  | "getActiveSheet"
  | "setActiveSheet"
  | "moveActiveSheet"
  | "getRange"
  | "getRangeByName"
  | "setNamedRange"
  | "getNamedRanges"
  | "removeNamedRange"
  | "toast"
  | "getSpreadsheetLocale"
  | "setSpreadsheetLocale"
  | "getSpreadsheetTimeZone"
  | "setSpreadsheetTimeZone"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "createDeveloperMetadataFinder"
  | "getProtections"
  | "getOwner"
>;

export function makeSpreadsheet(env: Env): GasSpreadsheet {
  return asGas<GasSpreadsheet>(expose(env, "Spreadsheet", new Spreadsheet(env), true));
}

export class Spreadsheet implements Supported {
  constructor(private readonly env: Env) {}

  getId(): string {
    return this.env.state.id;
  }
  getName(): string {
    return this.env.state.name;
  }
  rename(newName: string): void {
    this.env.assertMayWrite("rename");
    this.env.state.name = String(newName);
    this.env.touched();
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.env.state.id}/edit`;
  }
  getSheets(): GasSheet[] {
    return this.env.list(this.env.state.sheets.map((s) => makeSheet(this.env, s.id)));
  }
  getNumSheets(): number {
    return this.env.state.sheets.length;
  }
  getSheetByName(name: string): GasSheet | null {
    const sheet = this.env.state.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
    return sheet ? makeSheet(this.env, sheet.id) : null;
  }
  getSheetById(id: number): GasSheet | null {
    const sheet = this.env.state.sheets.find((s) => s.id === id);
    return sheet ? makeSheet(this.env, sheet.id) : null;
  }

  /** insertSheet([name], [index]): the index is 0-based, the new sheet becomes active. */
  insertSheet(nameOrIndex?: unknown, indexOrOptions?: unknown, options?: unknown): GasSheet {
    const env = this.env;
    env.assertMayWrite("insertSheet");
    let name: string | undefined;
    let index: number | undefined;
    let rest: unknown[] = [nameOrIndex, indexOrOptions, options];
    if (typeof rest[0] === "string") {
      name = rest[0];
      rest = rest.slice(1);
    }
    if (typeof rest[0] === "number") {
      index = rest[0];
      rest = rest.slice(1);
    }
    if (rest[0] !== undefined && (rest[0] === null || typeof rest[0] !== "object")) {
      throw env.error(
        MESSAGES.parameters(
          describeArgs([nameOrIndex, indexOrOptions, options].filter((a) => a !== undefined)),
          "SpreadsheetApp.Spreadsheet.insertSheet",
        ),
      );
    }
    if (rest[0] && (rest[0] as { template?: unknown }).template !== undefined)
      throw env.error(MESSAGES.notEmulated("Spreadsheet.insertSheet with a template"));
    const sheets = env.state.sheets;
    if (name === undefined) {
      let n = sheets.length + 1;
      while (sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw env.error(MESSAGES.sheetExists(name));
    if (name.trim() === "") throw env.error("Sheet names cannot be empty.");
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > sheets.length)) {
      throw env.error(`The sheet index ${index} is out of bounds (0 to ${sheets.length}).`);
    }
    const state = newSheetState(env.nextId(), name);
    sheets.splice(index ?? sheets.length, 0, state);
    env.state.activeSheetId = state.id;
    env.touched();
    return makeSheet(env, state.id);
  }

  deleteSheet(sheet: GasSheet): void {
    const env = this.env;
    const target = unwrap(sheet, Sheet);
    if (!target)
      throw env.error(MESSAGES.parameters(describeArgs([sheet]), "SpreadsheetApp.Spreadsheet.deleteSheet"));
    const state = env.sheetById(target._id);
    assertSheetEditable(env, state, "deleteSheet");
    if (env.state.sheets.length === 1) throw env.error(MESSAGES.lastSheet);
    const index = env.state.sheets.indexOf(state);
    env.state.sheets.splice(index, 1);
    env.state.namedRanges = env.state.namedRanges.filter((n) => n.sheetId !== state.id);
    env.state.metadata = env.state.metadata.filter(
      (m) => m.location.type === "SPREADSHEET" || m.location.sheetId !== state.id,
    );
    env.state.protections = env.state.protections.filter((p) => p.sheetId !== state.id);
    if (env.state.activeSheetId === state.id)
      env.state.activeSheetId = (env.state.sheets[Math.max(0, index - 1)] ?? env.state.sheets[0])?.id ?? 0;
    env.touched();
  }

  getActiveSheet(): GasSheet {
    const env = this.env;
    const active = env.state.sheets.find((s) => s.id === env.state.activeSheetId) ?? env.state.sheets[0];
    if (!active) throw env.error("The spreadsheet has no sheets.");
    return makeSheet(env, active.id);
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    const target = unwrap(sheet, Sheet);
    if (!target)
      throw this.env.error(
        MESSAGES.parameters(describeArgs([sheet]), "SpreadsheetApp.Spreadsheet.setActiveSheet"),
      );
    this.env.sheetById(target._id).hidden = false;
    this.env.state.activeSheetId = target._id;
    return makeSheet(this.env, target._id);
  }

  /** Moves the active sheet to a 1-based position among the sheets. */
  moveActiveSheet(pos: number): void {
    const env = this.env;
    const sheets = env.state.sheets;
    if (!Number.isInteger(pos) || pos < 1 || pos > sheets.length)
      throw env.error(`The sheet position ${pos} is out of bounds (1 to ${sheets.length}).`);
    const active = sheets.find((s) => s.id === env.state.activeSheetId) ?? sheets[0];
    if (!active) return;
    assertSheetEditable(env, active, "moveActiveSheet");
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(pos - 1, 0, active);
    env.touched();
  }

  getRange(a1Notation: string): GasRange {
    const env = this.env;
    const ref = typeof a1Notation === "string" ? parseA1(a1Notation) : null;
    if (!ref) throw env.error(MESSAGES.rangeNotFound);
    const sheet =
      ref.sheetName === undefined
        ? env.sheetById(
            (env.state.sheets.find((s) => s.id === env.state.activeSheetId) ?? env.state.sheets[0])?.id ?? -1,
          )
        : env.state.sheets.find((s) => s.name === ref.sheetName);
    if (!sheet) throw env.error(MESSAGES.rangeNotFound);
    const rect = resolveA1(ref, sheet.maxRows, sheet.maxCols);
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols)
      throw env.error(MESSAGES.outsideSheet);
    return makeRange(env, sheet.id, rect);
  }

  getRangeByName(name: string): GasRange | null {
    const found = this.env.state.namedRanges.find((n) => n.name.toLowerCase() === String(name).toLowerCase());
    return found ? makeRange(this.env, found.sheetId, found.rect) : null;
  }

  setNamedRange(name: string, range: GasRange): void {
    const env = this.env;
    env.assertMayWrite("setNamedRange");
    const target = unwrap(range, Range);
    if (typeof name !== "string" || !target)
      throw env.error(
        MESSAGES.parameters(describeArgs([name, range]), "SpreadsheetApp.Spreadsheet.setNamedRange"),
      );
    if (!isValidRangeName(name)) throw env.error(MESSAGES.invalidName(name));
    const entry: NamedRangeState = { name, sheetId: target._sheetId, rect: { ...target._rect } };
    const existing = env.state.namedRanges.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
    if (existing >= 0) env.state.namedRanges[existing] = entry;
    else env.state.namedRanges.push(entry);
    env.touched();
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.env.list(this.env.state.namedRanges.map((n) => NamedRange.make(this.env, n)));
  }

  removeNamedRange(name: string): void {
    this.env.assertMayWrite("removeNamedRange");
    this.env.state.namedRanges = this.env.state.namedRanges.filter(
      (n) => n.name.toLowerCase() !== String(name).toLowerCase(),
    );
    this.env.touched();
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.env.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? "" : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  getSpreadsheetLocale(): string {
    return this.env.state.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.env.state.locale = String(locale);
    this.env.touched();
  }
  getSpreadsheetTimeZone(): string {
    return this.env.state.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.env.state.timeZone = String(timezone);
    this.env.touched();
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GasSpreadsheet {
    addMetadata(this.env, { type: "SPREADSHEET" }, key, valueOrVisibility, visibility);
    return asGas(this);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this.env, { spreadsheetOnly: true });
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return MetadataFinder.make(this.env, {});
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return protectionsOf(this.env, String(type));
  }
  getOwner(): GoogleAppsScript.Base.User {
    return this.env.makeUser(this.env.state.owner);
  }
}

export class NamedRange implements Pick<
  GoogleAppsScript.Spreadsheet.NamedRange,
  "getName" | "getRange" | "remove" | "setName" | "setRange"
> {
  static make(env: Env, state: NamedRangeState): GoogleAppsScript.Spreadsheet.NamedRange {
    return asGas(expose(env, "NamedRange", new NamedRange(env, state), true));
  }

  constructor(
    private readonly env: Env,
    private readonly state: NamedRangeState,
  ) {}

  getName(): string {
    return this.state.name;
  }
  getRange(): GasRange {
    return makeRange(this.env, this.state.sheetId, this.state.rect);
  }
  remove(): void {
    this.env.assertMayWrite("remove");
    this.env.state.namedRanges = this.env.state.namedRanges.filter((n) => n !== this.state);
    this.env.touched();
  }
  setName(name: string): GoogleAppsScript.Spreadsheet.NamedRange {
    if (!isValidRangeName(name)) throw this.env.error(MESSAGES.invalidName(name));
    if (
      this.env.state.namedRanges.some((n) => n !== this.state && n.name.toLowerCase() === name.toLowerCase())
    )
      throw this.env.error(MESSAGES.nameExists(name));
    this.state.name = name;
    this.env.touched();
    return asGas(this);
  }
  setRange(range: GasRange): GoogleAppsScript.Spreadsheet.NamedRange {
    const target = unwrap(range, Range);
    if (!target)
      throw this.env.error(MESSAGES.parameters(describeArgs([range]), "SpreadsheetApp.NamedRange.setRange"));
    this.state.sheetId = target._sheetId;
    this.state.rect = { ...target._rect };
    this.env.touched();
    return asGas(this);
  }
}
