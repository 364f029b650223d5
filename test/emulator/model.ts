/** The plain state of an emulated spreadsheet. Service classes are views over it; dump() serialises it. */

/** A constant cell value. Blank cells hold no value at all. */
export type Scalar = number | string | boolean | Date;

/** 1-based grid rectangle on one sheet. */
export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ValidationState {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface Cell {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  note?: string;
  validation?: ValidationState;
}

export interface GradientPoint {
  type: string;
  value: string;
  color: string;
}

export interface ConditionalRuleState {
  ranges: Array<{ sheetId: number; rect: GridRect }>;
  boolean?: {
    criteria: string;
    values: unknown[];
    background?: string;
    fontColor?: string;
    bold?: boolean;
  };
  gradient?: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint };
}

export interface ChartState {
  id: number;
  type: string;
  ranges: Array<{ sheetId: number; rect: GridRect }>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  hiddenDimensionStrategy?: string;
  mergeStrategy?: string;
  numHeaders?: number;
  transposeRowsAndColumns?: boolean;
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  /** Sparse, 0-based rows of 0-based cells. */
  rows: Array<Array<Cell | undefined> | undefined>;
  merges: GridRect[];
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  conditionalRules: ConditionalRuleState[];
  charts: ChartState[];
  hidden: boolean;
  tabColor: string | null;
}

export type MetadataLocation =
  | { type: "SPREADSHEET" }
  | { type: "SHEET"; sheetId: number }
  | { type: "ROW" | "COLUMN"; sheetId: number; start: number; count: number };

export interface MetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetadataLocation;
}

export interface ProtectionState {
  id: number;
  type: "RANGE" | "SHEET";
  sheetId: number;
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
  /** False until the script narrows the editors: until then a protection mirrors the file's sharing. */
  restricted: boolean;
  editors: string[];
  unprotected: GridRect[];
}

export interface NamedRangeState {
  name: string;
  sheetId: number;
  rect: GridRect;
}

export interface WorkbookState {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  owner: string;
  sheets: SheetState[];
  activeSheetId: number;
  nextId: number;
  namedRanges: NamedRangeState[];
  metadata: MetadataState[];
  protections: ProtectionState[];
  documentProperties: Map<string, string>;
  scriptProperties: Map<string, string>;
  userProperties: Map<string, Map<string, string>>;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
/** Sheets' limit on cells per spreadsheet. */
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;

export function newSheetState(
  id: number,
  name: string,
  rows = DEFAULT_ROWS,
  cols = DEFAULT_COLUMNS,
): SheetState {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    rows: [],
    merges: [],
    columnWidths: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    conditionalRules: [],
    charts: [],
    hidden: false,
    tabColor: null,
  };
}

export function cellAt(sheet: SheetState, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/** The cell at a 1-based position, created when missing. */
export function cellFor(sheet: SheetState, row: number, col: number): Cell {
  let line = sheet.rows[row - 1];
  if (!line) {
    line = [];
    sheet.rows[row - 1] = line;
  }
  let cell = line[col - 1];
  if (!cell) {
    cell = {};
    line[col - 1] = cell;
  }
  return cell;
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.formula !== undefined || cell.value !== undefined);
}

export function rectContains(rect: GridRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}

export function rectsIntersect(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}
