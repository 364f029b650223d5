import { ConfigSheetError, readConfigFromSpreadsheet } from "../adapters/configSheet";
import { readSheetGrid, tableFromGrid } from "../adapters/dataSheet";
import { SheetLimitError, writeMatrixSheet } from "../adapters/matrixSheet";
import { axesWithoutCriterion, type Axis, type KamConfig } from "../core/config";
import type { Language } from "../core/i18n";
import { buildMatrixLayout, estimateMatrixCells, MATRIX_SHEET_NAME } from "../core/matrixLayout";
import { evaluateAccounts, findColumn, missingColumns, ModelError, type DataTable } from "../core/model";
import type { QuadrantKey } from "../core/quadrant";
import { refreshAccountPlan, type PlanSummary } from "./accountPlan";
import { messagesFor, userLanguage, type Messages } from "./messages";
import { planMessagesFor } from "./planMessages";

/** Sheets' limit on the cells of one spreadsheet, all sheets together. */
export const SHEETS_CELL_LIMIT = 10_000_000;
const LOCK_WAIT_MS = 30_000;

export interface MatrixSummary {
  sheetName: string;
  accounts: number;
  quadrants: Record<QuadrantKey, number>;
  /** The Key Account Plan, when the spreadsheet has one: Generate refreshes it too. */
  plan?: PlanSummary;
}

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
  | { kind: "model"; detail: string };

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

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Outcome =
  | { ok: true; summary: MatrixSummary; planProblem?: string; planStatus?: string }
  | { ok: false; failure: Failure };

function readAndWrite(ss: Spreadsheet, language: { value: Language }): Outcome {
  const fail = (failure: Failure): Outcome => ({ ok: false, failure });
  let config: KamConfig | null;
  try {
    config = readConfigFromSpreadsheet(ss, language.value);
  } catch (error) {
    // The dialog speaks the language the broken sheet's cells are named in.
    if (error instanceof ConfigSheetError) language.value = error.language;
    return fail({ kind: "configInvalid", detail: error instanceof Error ? error.message : String(error) });
  }
  if (!config) return fail({ kind: "noConfig" });
  if (config.language) language.value = config.language;

  const axes = axesWithoutCriterion(config);
  if (axes.length > 0) return fail({ kind: "noCriterionOnAxis", axes });
  const dataSheet = ss.getSheetByName(config.dataSheet);
  if (!dataSheet) return fail({ kind: "missingDataSheet", sheet: config.dataSheet });
  const table = tableFromGrid(readSheetGrid(dataSheet), config.headerRow);
  // Sheets counts every cell of a sheet's grid against the limit, empty ones included.
  const problem = checkDataTable(config, table, dataSheet.getMaxRows() * dataSheet.getMaxColumns());
  if (problem) return fail(problem);

  let evaluation;
  try {
    evaluation = evaluateAccounts(config, table, language.value);
  } catch (error) {
    if (error instanceof ModelError) return fail({ kind: "model", detail: error.message });
    throw error;
  }
  const accounts = evaluation.accounts.length;
  // The plan first, so its status line is known when the overview is laid out (planStatus).
  const plan = refreshAccountPlan(ss, config, evaluation, language.value, false);
  const madeAt = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy-MM-dd HH:mm");
  const layout = buildMatrixLayout({ evaluation, config, language: language.value, madeAt });
  try {
    writeMatrixSheet(ss, layout).activate();
  } catch (error) {
    if (error instanceof SheetLimitError) {
      return fail({ kind: "tooLarge", accounts, cells: layout.numRows * layout.numColumns, used: 0 });
    }
    throw error;
  }
  const summary: MatrixSummary = {
    sheetName: MATRIX_SHEET_NAME,
    accounts,
    quadrants: evaluation.quadrantCounts,
  };
  if (plan?.ok) summary.plan = plan.summary;
  if (plan && !plan.ok) return { ok: true, summary, planProblem: plan.message };
  return plan?.ok ? { ok: true, summary, planStatus: plan.statusLine } : { ok: true, summary };
}

/**
 * Generates the KAISM Matrix sheet from the saved criteria and the data sheet, replacing it in place.
 * Returns { sheetName, accounts, quadrants: { keyAccount, keyDevelopment, maintenance, opportunistic } }.
 * On a problem it shows a dialog that names it and what to do, writes nothing, and returns null.
 */
export function generateKaismMatrix(): MatrixSummary | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const language = { value: userLanguage() };
  const lock = LockService.getDocumentLock();
  let outcome: Outcome;
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    outcome = { ok: false, failure: { kind: "busy" } };
  } else {
    try {
      const m = messagesFor(language.value);
      ss.toast(m.toastReading, m.toastTitle, 10);
      outcome = readAndWrite(ss, language);
      // Commit the writes before another run may take the lock.
      if (outcome.ok) SpreadsheetApp.flush();
    } finally {
      lock?.releaseLock();
    }
  }
  const m = messagesFor(language.value);
  if (!outcome.ok) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(m.cannotGenerate, failureMessage(outcome.failure, m), ui.ButtonSet.OK);
    return null;
  }
  const { accounts, quadrants } = outcome.summary;
  ss.toast(
    [m.toastDone(accounts, quadrants.keyAccount), outcome.planStatus ?? ""].join(" ").trim(),
    m.toastTitle,
    5,
  );
  if (outcome.planProblem) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(planMessagesFor(language.value).cannotUpdate, outcome.planProblem, ui.ButtonSet.OK);
  }
  return outcome.summary;
}
