import type { Env } from "./env";
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName } from "./enums";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose } from "./expose";
import type { GridRect, MetadataLocation, MetadataState } from "./model";
import { makeRange } from "./range";

type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Where a lookup looks: the whole file, one sheet (optionally only its sheet-level entries), or a range. */
export interface MetadataScope {
  sheetId?: number;
  sheetOnly?: boolean;
  spreadsheetOnly?: boolean;
  rect?: GridRect;
  /** For Range.getDeveloperMetadata: only entries on exactly these rows or columns. */
  exact?: boolean;
}

export function addMetadata(
  env: Env,
  location: MetadataLocation,
  key: unknown,
  valueOrVisibility: unknown,
  visibility: unknown,
): void {
  env.assertMayWrite("addDeveloperMetadata");
  if (typeof key !== "string" || key === "") {
    throw env.error(MESSAGES.parameters(describeArgs([key]), "SpreadsheetApp.addDeveloperMetadata"));
  }
  let value: string | null = null;
  let vis = "DOCUMENT";
  const asVisibility = enumName(valueOrVisibility, "DeveloperMetadataVisibility");
  if (valueOrVisibility !== undefined && typeof valueOrVisibility === "object" && asVisibility)
    vis = asVisibility;
  else if (typeof valueOrVisibility === "string") value = valueOrVisibility;
  else if (valueOrVisibility !== undefined) {
    throw env.error(
      MESSAGES.parameters(describeArgs([key, valueOrVisibility]), "SpreadsheetApp.addDeveloperMetadata"),
    );
  }
  if (visibility !== undefined) {
    const name = enumName(visibility, "DeveloperMetadataVisibility");
    if (!name)
      throw env.error(
        MESSAGES.parameters(describeArgs([key, value, visibility]), "SpreadsheetApp.addDeveloperMetadata"),
      );
    vis = name;
  }
  env.state.metadata.push({ id: env.nextId(), key, value, visibility: vis, location: { ...location } });
  env.touched();
}

function inScope(entry: MetadataState, scope: MetadataScope): boolean {
  const loc = entry.location;
  if (scope.spreadsheetOnly) return loc.type === "SPREADSHEET";
  if (scope.sheetId === undefined) return true;
  if (loc.type === "SPREADSHEET" || loc.sheetId !== scope.sheetId) return false;
  if (scope.sheetOnly) return loc.type === "SHEET";
  const rect = scope.rect;
  if (!rect) return true;
  if (loc.type === "SHEET") return false;
  const [start, count] = loc.type === "ROW" ? [rect.row, rect.numRows] : [rect.col, rect.numCols];
  if (scope.exact) return loc.start === start && loc.count === count;
  return loc.start < start + count && start < loc.start + loc.count;
}

export function metadataAt(env: Env, scope: MetadataScope): GasMetadata[] {
  return env.list(
    env.state.metadata.filter((m) => inScope(m, scope)).map((m) => DeveloperMetadata.make(env, m)),
  );
}

export class DeveloperMetadata implements Pick<
  GasMetadata,
  | "getId"
  | "getKey"
  | "getValue"
  | "getVisibility"
  | "getLocation"
  | "setKey"
  | "setValue"
  | "setVisibility"
  | "remove"
> {
  static make(env: Env, state: MetadataState): GasMetadata {
    return asGas(expose(env, "DeveloperMetadata", new DeveloperMetadata(env, state), true));
  }

  constructor(
    private readonly env: Env,
    readonly _state: MetadataState,
  ) {}

  getId(): number {
    return this._state.id;
  }
  getKey(): string {
    return this._state.key;
  }
  getValue(): string | null {
    return this._state.value;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return DeveloperMetadataVisibility[
      this._state.visibility as "DOCUMENT"
    ] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return asGas(
      expose(
        this.env,
        "DeveloperMetadataLocation",
        new MetadataLocationView(this.env, this._state.location),
        true,
      ),
    );
  }
  setKey(key: string): GasMetadata {
    this.env.assertMayWrite("setKey");
    this._state.key = String(key);
    this.env.touched();
    return asGas(this);
  }
  setValue(value: string): GasMetadata {
    this.env.assertMayWrite("setValue");
    this._state.value = String(value);
    this.env.touched();
    return asGas(this);
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GasMetadata {
    const name = enumName(visibility, "DeveloperMetadataVisibility");
    if (!name)
      throw this.env.error(
        MESSAGES.parameters(describeArgs([visibility]), "SpreadsheetApp.DeveloperMetadata.setVisibility"),
      );
    this._state.visibility = name;
    this.env.touched();
    return asGas(this);
  }
  remove(): void {
    this.env.assertMayWrite("remove");
    this.env.state.metadata = this.env.state.metadata.filter((m) => m !== this._state);
    this.env.touched();
  }
}

class MetadataLocationView implements Pick<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
  "getLocationType" | "getSheet" | "getRow" | "getColumn" | "getSpreadsheet"
> {
  constructor(
    private readonly env: Env,
    private readonly location: MetadataLocation,
  ) {}

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return DeveloperMetadataLocationType[
      this.location.type
    ] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    if (this.location.type === "SPREADSHEET") return null as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    return this.env.makeSheet(this.location.sheetId);
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return (
      this.location.type === "SPREADSHEET" ? this.env.makeSpreadsheet() : null
    ) as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range {
    const loc = this.location;
    if (loc.type !== "ROW") return null as unknown as GoogleAppsScript.Spreadsheet.Range;
    const sheet = this.env.sheetById(loc.sheetId);
    return makeRange(this.env, loc.sheetId, {
      row: loc.start,
      col: 1,
      numRows: loc.count,
      numCols: sheet.maxCols,
    });
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range {
    const loc = this.location;
    if (loc.type !== "COLUMN") return null as unknown as GoogleAppsScript.Spreadsheet.Range;
    const sheet = this.env.sheetById(loc.sheetId);
    return makeRange(this.env, loc.sheetId, {
      row: 1,
      col: loc.start,
      numRows: sheet.maxRows,
      numCols: loc.count,
    });
  }
}

export class MetadataFinder implements Pick<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  "withKey" | "withValue" | "withId" | "withLocationType" | "withVisibility" | "find"
> {
  static make(env: Env, scope: MetadataScope): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return asGas(expose(env, "DeveloperMetadataFinder", new MetadataFinder(env, scope), true));
  }

  private readonly filters: Array<(m: MetadataState) => boolean> = [];

  constructor(
    private readonly env: Env,
    private readonly scope: MetadataScope,
  ) {}

  withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.key === key);
    return asGas(this);
  }
  withValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.value === value);
    return asGas(this);
  }
  withId(id: number): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.id === id);
    return asGas(this);
  }
  withLocationType(
    type: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  ): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const name = enumName(type, "DeveloperMetadataLocationType");
    this.filters.push((m) => m.location.type === name);
    return asGas(this);
  }
  withVisibility(
    visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const name = enumName(visibility, "DeveloperMetadataVisibility");
    this.filters.push((m) => m.visibility === name);
    return asGas(this);
  }
  find(): GasMetadata[] {
    return this.env.list(
      this.env.state.metadata
        .filter((m) => inScope(m, this.scope) && this.filters.every((f) => f(m)))
        .map((m) => DeveloperMetadata.make(this.env, m)),
    );
  }
}
