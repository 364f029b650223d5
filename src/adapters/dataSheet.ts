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

/**
 * The first rows of a sheet, up to `rows`, in one getValues call, and how many rows the sheet has: the
 * sidebar's preview reads no more than it sends.
 */
export function readSheetTop(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: number,
): { grid: CellValue[][]; lastRow: number } {
  const lastRow = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  const count = Math.min(lastRow, rows);
  if (count === 0 || columns === 0) return { grid: [], lastRow: 0 };
  return { grid: sheet.getRange(1, 1, count, columns).getValues() as CellValue[][], lastRow };
}

/**
 * A date cell as the text of the day (and time) the spreadsheet shows, in the spreadsheet's time zone:
 * Sheets hands a date cell to the script as that zone's midnight, so `toISOString` (UTC) would name the day
 * before east of UTC. Utilities.formatDate with getSpreadsheetTimeZone() is Google's documented way
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()).
 * Utilities works inside the script, it is not a call to the spreadsheet.
 */
export function dateFormatter(timeZone: string): (date: Date) => string {
  return (date) => {
    const text = Utilities.formatDate(date, timeZone, "yyyy-MM-dd HH:mm:ss");
    return text.endsWith(" 00:00:00") ? text.slice(0, 10) : text;
  };
}

export interface DataSheetSummary {
  name: string;
  headerRow: number;
  headers: string[];
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
      // The rows a header can be in, plus the row below it (which tells a header from data): a sheet of
      // 100,000 accounts is not read whole just to list its columns.
      const { grid } = readSheetTop(sheet, HEADER_SEARCH_ROWS + 1);
      const headerRow = detectHeaderRow(grid);
      return { name: sheet.getName(), headerRow, headers: headerTexts(grid[headerRow - 1]) };
    });
}
