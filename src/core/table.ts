import { isBlank, type CellValue } from "./cells";

/** How many rows from the top a header row is looked for. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The 1-based row that most looks like a header: the first row, among the top ten, whose cells are mostly
 * text and which is followed by a row with at least one number. Falls back to the first non-empty row, or 1.
 */
export function detectHeaderRow(grid: readonly CellValue[][]): number {
  let firstNonEmpty = 0;
  for (const [i, row] of grid.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const filled = row.filter((c) => !isBlank(c));
    if (filled.length === 0) continue;
    if (firstNonEmpty === 0) firstNonEmpty = i + 1;
    const allText = filled.every((c) => typeof c === "string");
    const numberBelow = grid[i + 1]?.some((c) => typeof c === "number") === true;
    if (filled.length >= 2 && allText && numberBelow) return i + 1;
  }
  return firstNonEmpty || 1;
}

/** Header texts of a row, trimmed; blank headers become "" so column positions stay aligned. */
export function headerTexts(row: readonly CellValue[] | undefined): string[] {
  return (row ?? []).map((c) => (c instanceof Date ? c.toISOString() : String(c ?? "").trim()));
}

/** A data sheet as read in one batch: the header texts and every row below the header row. */
export interface DataTable {
  headers: string[];
  rows: CellValue[][];
  /** 1-based sheet row of the header; data rows follow it. */
  headerRow: number;
}

function normaliseHeader(text: string): string {
  return text.trim().toLowerCase();
}

/** Index of a header (trimmed, case-insensitive), or -1. */
export function findColumn(headers: readonly string[], name: string): number {
  const wanted = normaliseHeader(name);
  return headers.findIndex((h) => normaliseHeader(h) === wanted);
}
