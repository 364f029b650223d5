import type { Env } from "./env";
import { enumName, ProtectionType } from "./enums";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose, unwrap } from "./expose";
import { assertEditable, canEdit } from "./guard";
import type { GridRect, ProtectionState } from "./model";
import { makeRange, Range } from "./range";
import { makeUser } from "./session";

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

/** Range.protect() / Sheet.protect(): a sheet has at most one sheet protection, protect() returns it. */
export function makeProtection(
  env: Env,
  sheetId: number,
  type: "RANGE" | "SHEET",
  rect: GridRect | null,
): GasProtection {
  const sheet = env.sheetById(sheetId);
  if (type === "SHEET") {
    const existing = env.state.protections.find((p) => p.sheetId === sheetId && p.type === "SHEET");
    if (existing) return wrap(env, existing);
  }
  assertEditable(
    env,
    sheet,
    rect ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols },
    "protect",
  );
  const state: ProtectionState = {
    id: env.nextId(),
    type,
    sheetId,
    rect,
    description: "",
    warningOnly: false,
    restricted: false,
    editors: [],
    unprotected: [],
  };
  env.state.protections.push(state);
  env.touched();
  return wrap(env, state);
}

function wrap(env: Env, state: ProtectionState): GasProtection {
  return asGas(expose(env, "Protection", new Protection(env, state), true));
}

export function protectionsOf(env: Env, type: string, sheetId?: number): GasProtection[] {
  const name = enumName(type, "ProtectionType");
  if (!name)
    throw env.error(MESSAGES.parameters(describeArgs([type]), "SpreadsheetApp.Sheet.getProtections"));
  return env.list(
    env.state.protections
      .filter((p) => p.type === name && (sheetId === undefined || p.sheetId === sheetId))
      .map((p) => wrap(env, p)),
  );
}

type Supported = Pick<
  GasProtection,
  | "getDescription"
  | "setDescription"
  | "isWarningOnly"
  | "setWarningOnly"
  | "getRange"
  | "getProtectionType"
  | "getEditors"
  | "addEditor"
  | "addEditors"
  | "removeEditor"
  | "removeEditors"
  | "canEdit"
  | "canDomainEdit"
  | "setDomainEdit"
  | "remove"
  | "getUnprotectedRanges"
  | "setUnprotectedRanges"
>;

export class Protection implements Supported {
  constructor(
    private readonly env: Env,
    readonly _state: ProtectionState,
  ) {}

  private live(): ProtectionState {
    if (!this.env.state.protections.includes(this._state))
      throw this.env.error("This protection has been removed.");
    return this._state;
  }

  private change(): void {
    const state = this.live();
    if (!canEdit(this.env, { ...state, warningOnly: false }) && state.restricted)
      throw this.env.error(MESSAGES.protectedCell);
    this.env.touched();
  }

  getDescription(): string {
    return this.live().description;
  }

  setDescription(description: string): GasProtection {
    this.change();
    this._state.description = String(description);
    return asGas(this);
  }

  isWarningOnly(): boolean {
    return this.live().warningOnly;
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.change();
    if (warningOnly && this._state.restricted && this._state.editors.length > 0) {
      throw this.env.error("You can't set a protected range to warning only while it has editors.");
    }
    this._state.warningOnly = warningOnly === true;
    return asGas(this);
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const state = this.live();
    const sheet = this.env.sheetById(state.sheetId);
    return makeRange(
      this.env,
      state.sheetId,
      state.rect ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols },
    );
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.live().type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  private emails(): string[] {
    const state = this.live();
    const owner = this.env.state.owner;
    const list = state.restricted ? [owner, ...state.editors] : [owner, this.env.user];
    return [...new Set(list.map((e) => e.toLowerCase()))];
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this.env.list(this.emails().map((e) => makeUser(this.env, e)));
  }

  private email(user: unknown): string {
    if (typeof user === "string") return user.toLowerCase();
    if (user && typeof user === "object" && "getEmail" in user)
      return String((user as { getEmail(): string }).getEmail()).toLowerCase();
    throw this.env.error(MESSAGES.parameters(describeArgs([user]), "SpreadsheetApp.Protection.addEditor"));
  }

  private setEditors(emails: string[]): void {
    this.change();
    const state = this._state;
    const owner = this.env.state.owner.toLowerCase();
    state.restricted = true;
    state.editors = [...new Set(emails.filter((e) => e !== owner))];
    if (state.warningOnly) state.warningOnly = false;
  }

  addEditor(emailOrUser: string | GoogleAppsScript.Base.User): GasProtection {
    this.setEditors([...this.emails(), this.email(emailOrUser)]);
    return asGas(this);
  }

  addEditors(emailAddresses: string[]): GasProtection {
    this.setEditors([...this.emails(), ...emailAddresses.map((e) => this.email(e))]);
    return asGas(this);
  }

  removeEditor(emailOrUser: string | GoogleAppsScript.Base.User): GasProtection {
    return this.removeEditors([emailOrUser] as string[]);
  }

  /** The owner and the user running the script cannot remove themselves, as in Sheets. */
  removeEditors(emailsOrUsers: string[] | GoogleAppsScript.Base.User[]): GasProtection {
    const remove = new Set((emailsOrUsers as unknown[]).map((u) => this.email(u)));
    remove.delete(this.env.user.toLowerCase());
    this.setEditors(this.emails().filter((e) => !remove.has(e)));
    return asGas(this);
  }

  canEdit(): boolean {
    const state = this.live();
    return canEdit(this.env, { ...state, warningOnly: false });
  }

  canDomainEdit(): boolean {
    return !this.live().restricted;
  }

  setDomainEdit(editable: boolean): GasProtection {
    this.change();
    if (!editable) this._state.restricted = true;
    return asGas(this);
  }

  remove(): void {
    this.change();
    this.env.state.protections = this.env.state.protections.filter((p) => p !== this._state);
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.env.list(
      this.live().unprotected.map((rect) => makeRange(this.env, this._state.sheetId, rect)),
    );
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GasProtection {
    this.change();
    if (this._state.type !== "SHEET")
      throw this.env.error("Unprotected ranges can only be set on a sheet protection.");
    this._state.unprotected = ranges.map((r) => {
      const range = unwrap(r, Range);
      if (!range || range._sheetId !== this._state.sheetId)
        throw this.env.error("Unprotected ranges must be on the protected sheet.");
      return { ...range._rect };
    });
    return asGas(this);
  }
}
