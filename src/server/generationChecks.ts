import type { Axis, KamConfig } from "../core/config";
import { estimateMatrixCells } from "../core/matrixLayout";
import { findColumn, missingColumns, type DataTable } from "../core/model";
import type { Messages } from "./messages";

// What stops a generation before anything is written, apart from generateMatrix.ts so that the Key Account
// Plan's refresh can check the same things without importing the generation (no import cycle).

/** Sheets' limit on the cells of one spreadsheet, all sheets together. */
export const SHEETS_CELL_LIMIT = 10_000_000;

/** Why nothing was written; each names the problem and, in messages.ts, what to do. */
export type Failure =
  | { kind: "busy" }
  | { kind: "noConfig" }
  | { kind: "configInvalid"; detail: string }
  | { kind: "noCriterionOnAxis"; axes: Axis[] }
  | { kind: "missingDataSheet"; sheet: string }
  | { kind: "missingColumns"; columns: string[]; sheet: string; headerRow: number }
  | { kind: "emptyDataSheet"; sheet: string; headerRow: number }
  | { kind: "tooLarge"; accounts: number; cells: number; used: number }
  | { kind: "model"; detail: string }
  | { kind: "readFailed"; detail: string }
  | { kind: "writeFailed"; detail: string; sheet: string; sheets: string[] };

export function failureMessage(failure: Failure, m: Messages): string {
  switch (failure.kind) {
    case "busy":
      return m.busy;
    case "noConfig":
      return m.noConfig;
    case "configInvalid":
      return m.configInvalid(failure.detail);
    case "noCriterionOnAxis":
      return m.noCriterionOnAxis(failure.axes.map((a) => m.axisNames[a]));
    case "missingDataSheet":
      return m.missingDataSheet(failure.sheet);
    case "missingColumns":
      return m.missingColumns(failure.columns, failure.sheet, failure.headerRow);
    case "emptyDataSheet":
      return m.emptyDataSheet(failure.sheet, failure.headerRow);
    case "tooLarge":
      return m.tooLarge(failure.accounts, failure.cells, failure.used, SHEETS_CELL_LIMIT);
    case "model":
      return m.modelProblem(failure.detail);
    case "readFailed":
      return m.readFailed(failure.detail);
    case "writeFailed":
      return m.writeFailed(failure.detail, failure.sheet, failure.sheets);
  }
}

/**
 * What keeps the data table from becoming a matrix: an empty sheet, columns the criteria name but the
 * header row lacks, no account below the header, or a matrix that would pass the cell limit.
 * `usedCells` are cells the spreadsheet holds already (at least the data sheet's whole grid).
 */
export function checkDataTable(config: KamConfig, table: DataTable, usedCells: number): Failure | null {
  const sheet = config.dataSheet;
  const headerRow = config.headerRow;
  if (table.headers.every((h) => h === "") && table.rows.length === 0) {
    return { kind: "emptyDataSheet", sheet, headerRow };
  }
  const missing = missingColumns(config, table.headers);
  if (missing.length > 0) return { kind: "missingColumns", columns: missing, sheet, headerRow };
  const nameIndex = findColumn(table.headers, config.accountColumn);
  let accounts = 0;
  for (const row of table.rows) if (String(row[nameIndex] ?? "").trim() !== "") accounts++;
  if (accounts === 0) return { kind: "emptyDataSheet", sheet, headerRow };
  const cells = estimateMatrixCells(accounts, config.criteria.length);
  if (cells + usedCells > SHEETS_CELL_LIMIT) return { kind: "tooLarge", accounts, cells, used: usedCells };
  return null;
}
