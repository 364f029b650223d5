import type { CellValue } from "../core/cells";
import type { DataTable } from "../core/model";
import { detectHeaderRow, headerTexts, HEADER_SEARCH_ROWS } from "../core/table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reads the whole used area of a sheet in one getValues call; [] for an empty sheet. */
export function readSheetGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet): CellValue[][] {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  // An empty sheet's data range is the single blank cell A1.
  if (values.length === 1 && values[0]?.length === 1 && values[0][0] === "") return [];
  return values;
}

/** Splits a sheet's cells into header texts and the rows below the header row. */
export function tableFromGrid(grid: CellValue[][], headerRow: number): DataTable {
  return { headerRow, headers: headerTexts(grid[headerRow - 1]), rows: grid.slice(headerRow) };
}

export interface DataSheetSummary {
  name: string;
  headerRow: number;
  headers: string[];
}

/**
 * The rows a header can be in (plus the row below it, which tells a header from data): a sheet of
 * 100,000 accounts is not read whole just to list its columns.
 */
function readTopRows(sheet: GoogleAppsScript.Spreadsheet.Sheet): CellValue[][] {
  const rows = Math.min(sheet.getLastRow(), HEADER_SEARCH_ROWS + 1);
  const columns = sheet.getLastColumn();
  if (rows === 0 || columns === 0) return [];
  return sheet.getRange(1, 1, rows, columns).getValues() as CellValue[][];
}

/** Every sheet with its detected header row, except the sheets the add-on itself writes. */
export function summariseDataSheets(
  spreadsheet: Spreadsheet,
  ownSheets: ReadonlySet<string>,
): DataSheetSummary[] {
  return spreadsheet
    .getSheets()
    .filter((sheet) => !ownSheets.has(sheet.getName()))
    .map((sheet) => {
      const grid = readTopRows(sheet);
      const headerRow = detectHeaderRow(grid);
      return { name: sheet.getName(), headerRow, headers: headerTexts(grid[headerRow - 1]) };
    });
}
