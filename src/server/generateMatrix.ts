import { SheetLimitError, SheetWriteError, writeGeneratedSheets } from "../adapters/matrixSheet";
import type { Language } from "../core/language";
import { buildMatrixLayouts } from "../core/matrixLayout";
import type { QuadrantKey } from "../core/quadrant";
export { checkDataTable, failureMessage, SHEETS_CELL_LIMIT, type Failure } from "./generationChecks";
import { preparePlanRefresh, writePreparedPlan, type PlanRefresh, type PlanSummary } from "./accountPlan";
import { finishHistory, prepareHistory } from "./history";
import { failureMessage, type Failure } from "./generationChecks";
import { messagesFor, userLanguage } from "./messages";
import { planMessagesFor } from "./planMessages";
import { loadSavedModel } from "./savedModel";

const LOCK_WAIT_MS = 30_000;

export interface MatrixSummary {
  /** The overview's name (`KAISM Matrix`, `KAISM-Matrix` in German, or the name a person gave it). */
  sheetName: string;
  /** The ranked table's name (`KAM Scores`, `KAM-Scores`). */
  scoresSheetName: string;
  accounts: number;
  quadrants: Record<QuadrantKey, number>;
  /** The Key Account Plan, when the spreadsheet has one: Generate refreshes it too. */
  plan?: PlanSummary;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Outcome =
  | { ok: true; summary: MatrixSummary; planProblem?: string; planStatus?: string }
  | { ok: false; failure: Failure };

function readAndWrite(ss: Spreadsheet, language: { value: Language }): Outcome {
  const fail = (failure: Failure): Outcome => ({ ok: false, failure });
  const loaded = loadSavedModel(ss, language, true);
  if (!loaded.ok) return fail(loaded.failure);
  const { config, evaluation } = loaded;
  const accounts = evaluation.accounts.length;
  // Everything the history needs is read (and the user asked about its size) before the first write.
  const history = prepareHistory(ss, { config, evaluation, language: language.value, now: new Date() });
  // The plan is read and refreshed in memory too, so its status line is on the overview; it is written last.
  const preparedPlan = preparePlanRefresh(ss, config, evaluation, language.value, false);
  const madeAt = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy-MM-dd HH:mm");
  const layouts = buildMatrixLayouts({
    evaluation,
    config,
    language: language.value,
    madeAt,
    history: history.view,
    ...(preparedPlan?.ok ? { planStatus: preparedPlan.plan.statusLine } : {}),
  });
  let plan: PlanRefresh | null = preparedPlan && !preparedPlan.ok ? preparedPlan : null;
  let names;
  try {
    const after: { sheetCount?: number } = {};
    names = writeGeneratedSheets(ss, layouts, after);
    // The snapshot goes in after both sheets: a failed write leaves no snapshot of a matrix never shown.
    finishHistory(ss, history, language.value, after.sheetCount ?? history.sheetCount);
    // The plan after the matrix: a plan that cannot be written leaves a complete matrix and says so.
    if (preparedPlan?.ok) plan = writePreparedPlan(ss, preparedPlan.plan);
    names.overview.sheet?.activate();
    // Commit the writes before another run may take the lock.
    SpreadsheetApp.flush();
  } catch (error) {
    if (error instanceof SheetLimitError) {
      const cells =
        layouts.overview.numRows * layouts.overview.numColumns +
        layouts.scores.numRows * layouts.scores.numColumns;
      return fail({ kind: "tooLarge", accounts, cells, used: 0 });
    }
    const sheets = [layouts.overview.sheetName, layouts.scores.sheetName];
    if (error instanceof SheetWriteError)
      return fail({ kind: "writeFailed", detail: error.message, sheet: error.sheetName, sheets });
    return fail({ kind: "writeFailed", detail: describe(error), sheet: sheets[0] as string, sheets });
  }
  const summary: MatrixSummary = {
    sheetName: names.overview.name,
    scoresSheetName: names.scores.name,
    accounts,
    quadrants: evaluation.quadrantCounts,
  };
  if (plan?.ok) summary.plan = plan.summary;
  if (plan && !plan.ok) return { ok: true, summary, planProblem: plan.message };
  return plan?.ok ? { ok: true, summary, planStatus: plan.statusLine } : { ok: true, summary };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A toast is a courtesy: if Sheets fails to show one, the run goes on. */
function toast(ss: Spreadsheet, text: string, title: string, seconds: number): void {
  try {
    ss.toast(text, title, seconds);
  } catch {
    // Nothing to tell: the dialog or the sheets themselves say what happened.
  }
}

/**
 * Generates the KAISM Matrix overview and the KAM Scores table from the saved criteria and the data sheet,
 * replacing both in place. Returns { sheetName, scoresSheetName, accounts, quadrants: { keyAccount,
 * keyDevelopment, maintenance, opportunistic } }. On a problem it shows a dialog that names it and what to
 * do, and returns null: a problem found before writing writes nothing; a write Sheets refuses part-way
 * leaves the data untouched and says that the two sheets are incomplete (generate again).
 */
export function generateKaismMatrix(): MatrixSummary | null {
  const language = { value: userLanguage() };
  const lock = LockService.getDocumentLock();
  let outcome: Outcome;
  let ss: Spreadsheet | null = null;
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    outcome = { ok: false, failure: { kind: "busy" } };
  } else {
    try {
      ss = SpreadsheetApp.getActiveSpreadsheet();
      const m = messagesFor(language.value);
      toast(ss, m.toastReading, m.toastTitle, 10);
      outcome = readAndWrite(ss, language);
    } catch (error) {
      // A service error outside the writes (while reading): nothing was written yet.
      outcome = { ok: false, failure: { kind: "readFailed", detail: describe(error) } };
    } finally {
      try {
        lock?.releaseLock();
      } catch {
        // The lock ends with the execution anyway.
      }
    }
  }
  const m = messagesFor(language.value);
  if (!outcome.ok) {
    showAlert(m.cannotGenerate, failureMessage(outcome.failure, m));
    return null;
  }
  const { accounts, quadrants } = outcome.summary;
  if (ss) {
    const text = [m.toastDone(accounts, quadrants.keyAccount), outcome.planStatus ?? ""].join(" ").trim();
    toast(ss, text, m.toastTitle, 5);
  }
  if (outcome.planProblem) showAlert(planMessagesFor(language.value).cannotUpdate, outcome.planProblem);
  return outcome.summary;
}

/** The dialog; if Sheets fails to open it once, it is asked again (a failure here would be the only word). */
function showAlert(title: string, text: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const ui = SpreadsheetApp.getUi();
      ui.alert(title, text, ui.ButtonSet.OK);
      return;
    } catch (error) {
      if (attempt === 1) throw error;
    }
  }
}
