import {
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  MAX_CELLS,
  newSheetState,
  type Cell,
  type WorkbookState,
} from "./model";
import { parseCsv } from "../../scripts/csv";
import { isDate } from "./realm";
import { parseInput } from "./values";

/** A small description of a spreadsheet: sheets with rows of values; a string starting with "=" is a formula. */
export interface SpreadsheetFixture {
  name?: string;
  locale?: string;
  timeZone?: string;
  sheets: Array<{ name: string; rows?: unknown[][] }>;
}

export function fixtureCell(value: unknown): Cell | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "string")
    return value.startsWith("=") && value.length > 1 ? { formula: value } : { value };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`fixture: ${value} is not a finite number`);
    return { value };
  }
  if (typeof value === "boolean") return { value };
  if (isDate(value)) return { value: new Date(value.getTime()) };
  throw new Error(`fixture: cannot put ${Object.prototype.toString.call(value)} in a cell`);
}

export function workbookFromFixture(fixture: SpreadsheetFixture, owner: string): WorkbookState {
  if (!fixture.sheets || fixture.sheets.length === 0)
    throw new Error("fixture: a spreadsheet needs at least one sheet");
  const state: WorkbookState = {
    id: "emulated-spreadsheet",
    name: fixture.name ?? "Untitled spreadsheet",
    locale: fixture.locale ?? "en_US",
    timeZone: fixture.timeZone ?? "Etc/UTC",
    owner,
    sheets: [],
    activeSheetId: 0,
    nextId: 1,
    namedRanges: [],
    metadata: [],
    protections: [],
    documentProperties: new Map(),
    scriptProperties: new Map(),
    userProperties: new Map(),
  };
  let cells = 0;
  for (const spec of fixture.sheets) {
    if (state.sheets.some((s) => s.name.toLowerCase() === spec.name.toLowerCase()))
      throw new Error(`fixture: duplicate sheet ${spec.name}`);
    const rows = spec.rows ?? [];
    const width = rows.reduce((w, r) => Math.max(w, r.length), DEFAULT_COLUMNS);
    const sheet = newSheetState(state.nextId++, spec.name, Math.max(DEFAULT_ROWS, rows.length), width);
    cells += sheet.maxRows * sheet.maxCols;
    rows.forEach((row, r) => {
      const line: Array<Cell | undefined> = [];
      row.forEach((value, c) => (line[c] = fixtureCell(value)));
      sheet.rows[r] = line;
    });
    state.sheets.push(sheet);
  }
  if (cells > MAX_CELLS)
    throw new Error(`fixture: ${cells} cells is more than Sheets' limit of ${MAX_CELLS}`);
  state.activeSheetId = state.sheets[0]?.id ?? 0;
  return state;
}

/** A CSV imported as Sheets imports it: every field parsed as if typed (numbers, TRUE/FALSE, dates, formulas). */
export function csvRows(text: string, locale: string, timeZone: string): unknown[][] {
  return parseCsv(text).map((row) =>
    row.map((field) => {
      const parsed = parseInput(field, undefined, locale, timeZone);
      if (parsed.kind === "blank") return "";
      if (parsed.kind === "formula") return parsed.formula;
      return parsed.value;
    }),
  );
}
