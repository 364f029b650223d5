import type { QuadrantKey } from "../quadrant";

/**
 * The generated sheets as plain data: each sheet is one rectangle of values with its number formats,
 * backgrounds and font weights, plus its rules, charts, filter and settings. The adapter
 * (src/adapters/matrixSheet.ts) writes a layout in a fixed number of calls, however many accounts there are.
 */
export type LayoutValue = string | number | boolean;

/** 1-based rectangle. */
export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type RuleDescriptor =
  | {
      kind: "gradient";
      ranges: GridRect[];
      min: { value: number; color: string };
      mid: { value: number; color: string };
      max: { value: number; color: string };
    }
  | { kind: "textEqualTo"; ranges: GridRect[]; text: string; background: string }
  | { kind: "numberGreaterThan"; ranges: GridRect[]; value: number; background: string; bold: boolean }
  | {
      kind: "numberGreaterThanOrEqualTo";
      ranges: GridRect[];
      value: number;
      background: string;
      bold: boolean;
    };

export interface ChartDescriptor {
  /** Header row plus one row per bubble: label, x (strength), y (attractiveness), quadrant, size (revenue). */
  range: GridRect;
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  /** Only options Google documents for bubble charts (see chart.ts for the page of each). */
  options: Record<string, unknown>;
}

export type SheetRole = "overview" | "scores";

export interface SheetLayout {
  role: SheetRole;
  /** The name for a new sheet in the layout's language; an existing (possibly renamed) sheet keeps its own. */
  sheetName: string;
  numRows: number;
  numColumns: number;
  values: LayoutValue[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  fontWeights: ("bold" | "normal")[][];
  frozenRows: number;
  frozenColumns: number;
  /** Every column's width, grouped: consecutive columns of one width are one call. */
  columnWidths: Array<{ col: number; count: number; width: number }>;
  /** In priority order: the first matching rule colours a cell. Written in one call. */
  rules: RuleDescriptor[];
  charts: ChartDescriptor[];
  /** The range a filter is put on (header row included), or null. */
  filter: GridRect | null;
  protectionDescription: string;
}

export interface OverviewLayout extends SheetLayout {
  role: "overview";
  /** Per quadrant, the cells of its block (name and count, strategy, accounts). */
  quadrantBlocks: Record<QuadrantKey, GridRect>;
  /** Each area's first row and the rows it used, by area id, in sheet order (for tests and hooks). */
  areas: Array<{ id: string; row: number; rows: number }>;
}

export interface ScoresLayout extends SheetLayout {
  role: "scores";
  /** The ranked table, header row included. */
  table: GridRect;
}

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
export const SCORE_FORMAT = "0.0";
export const SHARE_FORMAT = "0.0%";
export const PERCENT_FORMAT = "0%";
export const REVENUE_FORMAT = "#,##0";
export const INTEGER_FORMAT = "0";
export const CUT_FORMAT = "0.0##";
/** A margin to a cut: small distances matter, so up to three decimals. */
export const MARGIN_FORMAT = "0.0##";
/** A criterion's contribution to the KAM score (a part of it, so finer than the score). */
export const CONTRIBUTION_FORMAT = "0.00";

/** Sheets' default column width and row height in pixels (font Arial 10). */
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

/** A blank rectangle that cells are placed into. */
export class Canvas {
  readonly values: LayoutValue[][] = [];
  readonly formats: string[][] = [];
  readonly backgrounds: (string | null)[][] = [];
  readonly weights: ("bold" | "normal")[][] = [];

  constructor(readonly cols: number) {}

  get rows(): number {
    return this.values.length;
  }

  /** Makes sure row `row` exists (rows grow as areas are drawn). */
  private ensure(row: number): void {
    while (this.values.length < row) {
      this.values.push(new Array<LayoutValue>(this.cols).fill(""));
      this.formats.push(new Array<string>(this.cols).fill(GENERAL_FORMAT));
      this.backgrounds.push(new Array<string | null>(this.cols).fill(null));
      this.weights.push(new Array<"bold" | "normal">(this.cols).fill("normal"));
    }
  }

  /** Places a value; text always gets the plain-text format so that nothing in it is read as a formula. */
  put(row: number, col: number, value: LayoutValue | null, format?: string): void {
    this.ensure(row);
    const v = value ?? "";
    (this.values[row - 1] as LayoutValue[])[col - 1] = v;
    (this.formats[row - 1] as string[])[col - 1] =
      typeof v === "string" ? (v === "" ? GENERAL_FORMAT : TEXT_FORMAT) : (format ?? GENERAL_FORMAT);
  }

  fill(rect: GridRect, background: string | null, bold?: boolean): void {
    this.ensure(rect.row + rect.numRows - 1);
    for (let r = rect.row - 1; r < rect.row - 1 + rect.numRows; r++) {
      for (let c = rect.col - 1; c < rect.col - 1 + rect.numCols; c++) {
        (this.backgrounds[r] as (string | null)[])[c] = background;
        if (bold !== undefined) (this.weights[r] as ("bold" | "normal")[])[c] = bold ? "bold" : "normal";
      }
    }
  }

  bold(row: number, col: number, numCols = 1): void {
    this.ensure(row);
    for (let c = col - 1; c < col - 1 + numCols; c++)
      (this.weights[row - 1] as ("bold" | "normal")[])[c] = "bold";
  }

  /** Pads to at least `rows` rows. */
  extend(rows: number): void {
    this.ensure(rows);
  }
}

/** Consecutive columns of one width as one group each (one setColumnWidths call per group). */
export function groupWidths(widths: readonly number[]): Array<{ col: number; count: number; width: number }> {
  const groups: Array<{ col: number; count: number; width: number }> = [];
  widths.forEach((width, i) => {
    const last = groups[groups.length - 1];
    if (last && last.width === width) last.count++;
    else groups.push({ col: i + 1, count: 1, width });
  });
  return groups;
}

export function blank<T>(value: T | null): T | "" {
  return value === null ? "" : value;
}
