import {
  readPlanSheet,
  renameForLanguage,
  writePlanSheet,
  type PlanSheetState,
  type PlanWriteProgress,
} from "../adapters/planSheet";
import type { CellValue } from "../core/cells";
import type { KamConfig } from "../core/config";
import type { Language } from "../core/language";
import type { Evaluation } from "../core/model";
import {
  buildPlan,
  fillSampleEntries,
  locateColumns,
  PLAN_COLUMNS,
  planStatus,
  planStatusLine,
  type DuplicateName,
  type PlanResult,
  type PlanStatus,
} from "../core/plan";
import type { QuadrantKey } from "../core/quadrant";
import { failureMessage } from "./generationChecks";
import { messagesFor, userLanguage } from "./messages";
import { planMessagesFor } from "./planMessages";
import { loadSavedModel } from "./savedModel";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const LOCK_WAIT_MS = 30_000;

/** What updateAccountPlan returns (counts of rows). */
export interface PlanSummary {
  sheetName: string;
  /** Rows for accounts in the plan's quadrants now. */
  accounts: number;
  /** Rows this refresh added. */
  added: number;
  /** Rows kept for accounts that left the plan's quadrants (or the data). */
  kept: number;
}

export type PlanRefresh =
  | {
      ok: true;
      summary: PlanSummary;
      status: PlanStatus;
      statusLine: string;
      duplicates: DuplicateName[];
      /** The plan sheet as written (opened after Key account plan without asking Sheets for it again). */
      sheet: GoogleAppsScript.Spreadsheet.Sheet;
    }
  | { ok: false; message: string };

function today(ss: Spreadsheet): { today: string; dayOf: (value: CellValue) => string | null } {
  const zone = ss.getSpreadsheetTimeZone();
  return {
    today: Utilities.formatDate(new Date(), zone, "yyyy-MM-dd"),
    dayOf: (value) => (value instanceof Date ? Utilities.formatDate(value, zone, "yyyy-MM-dd") : null),
  };
}

/** The evaluated accounts as the plan matches them: name, quadrant, score and data-sheet row. */
function planAccounts(evaluation: Evaluation) {
  return evaluation.accounts.map((a) => ({
    name: a.account,
    quadrant: a.quadrant,
    score: a.score,
    sheetRow: a.sheetRow,
  }));
}

/** A refreshed plan, computed from what was read, not yet written. */
export interface PreparedPlan {
  state: PlanSheetState;
  result: PlanResult;
  status: PlanStatus;
  /** The plan status line, for the toast and the overview. */
  statusLine: string;
  language: Language;
  quadrants: readonly QuadrantKey[];
  renameTo: string | null;
}

export type PlanPreparation = { ok: true; plan: PreparedPlan } | { ok: false; message: string };

/**
 * Reads the plan sheet and computes its refresh from an evaluation of the saved model, writing nothing:
 * Generate reads everything before its first write, then writes the plan after the matrix.
 * `create: false` leaves a spreadsheet without a plan as it is (null). Never throws: a failure to read
 * is a message.
 */
export function preparePlanRefresh(
  ss: Spreadsheet,
  config: KamConfig,
  evaluation: Evaluation,
  language: Language,
  create: boolean,
): PlanPreparation | null {
  const pm = planMessagesFor(language);
  try {
    const state = readPlanSheet(ss, create);
    if (!state) return null;
    const { sheet, existing } = state;
    if (
      sheet &&
      existing &&
      locateColumns(existing.rows[0]?.map((c) => c.value) ?? []).account === undefined
    ) {
      const accountHeader = (PLAN_COLUMNS[0] as (typeof PLAN_COLUMNS)[number]).header[language];
      return { ok: false, message: pm.noAccountColumn(state.name, accountHeader) };
    }
    const { today: day, dayOf } = today(ss);
    const result = buildPlan({
      existing,
      accounts: planAccounts(evaluation),
      quadrants: config.plan.quadrants,
      language,
      today: day,
    });
    const status = planStatus(result.cells, result.columns, config.plan.quadrants, day, dayOf);
    return {
      ok: true,
      plan: {
        state,
        result,
        status,
        statusLine: planStatusLine(status, language),
        language,
        quadrants: config.plan.quadrants,
        renameTo: result.headersRenamed ? renameForLanguage(ss, state, language) : null,
      },
    };
  } catch (error) {
    // Reading failed: nothing written yet.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: pm.failedBefore(detail) };
  }
}

/** Writes a prepared plan (no read); never throws for a service failure: it says what happened. */
export function writePreparedPlan(ss: Spreadsheet, prepared: PreparedPlan): PlanRefresh {
  const { state, result, language } = prepared;
  const pm = planMessagesFor(language);
  const progress: PlanWriteProgress = { contentWritten: false, createdSheet: false };
  let written: { sheet: GoogleAppsScript.Spreadsheet.Sheet; name: string };
  try {
    written = writePlanSheet(ss, state, result, language, prepared.quadrants, progress, prepared.renameTo);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: progress.contentWritten ? pm.failedAfter(detail) : pm.failedBefore(detail) };
  }
  return {
    ok: true,
    summary: { sheetName: written.name, accounts: result.accounts, added: result.added, kept: result.kept },
    sheet: written.sheet,
    status: prepared.status,
    statusLine: prepared.statusLine,
    duplicates: result.duplicates,
  };
}

/**
 * Creates or refreshes the Key Account Plan from an evaluation of the saved model. Reads the plan sheet once
 * and writes it in a fixed number of calls; never throws for a service failure: it says what happened.
 * `create: false` leaves a spreadsheet without a plan as it is (Generate only refreshes an existing plan).
 */
export function refreshAccountPlan(
  ss: Spreadsheet,
  config: KamConfig,
  evaluation: Evaluation,
  language: Language,
  create: boolean,
): PlanRefresh | null {
  const prepared = preparePlanRefresh(ss, config, evaluation, language, create);
  if (!prepared) return null;
  if (!prepared.ok) return prepared;
  return writePreparedPlan(ss, prepared.plan);
}

/**
 * Creates or refreshes the Key Account Plan sheet from the saved criteria and the data: one row per account
 * in the plan's quadrants, the add-on's columns (Quadrant, KAM score, Strategy, Status) rewritten, everything
 * people typed kept on its account's row. Returns { sheetName, accounts, added, kept }, or null after a dialog
 * that says what went wrong.
 */
export function updateAccountPlan(): PlanSummary | null {
  const language = { value: userLanguage() };
  let outcome: { summary: PlanSummary | null; message: string | null };
  try {
    outcome = runPlanUpdate(language);
  } catch (error) {
    // A service failure before the plan's one content write: nothing in the plan has changed.
    const detail = error instanceof Error ? error.message : String(error);
    outcome = { summary: null, message: planMessagesFor(language.value).failedBefore(detail) };
  }
  if (outcome.message !== null) {
    const pm = planMessagesFor(language.value);
    try {
      const ui = SpreadsheetApp.getUi();
      ui.alert(pm.cannotUpdate, outcome.message, ui.ButtonSet.OK);
    } catch {
      // Sheets itself is failing; the return value still says that nothing was done.
    }
  }
  return outcome.summary;
}

function runPlanUpdate(language: { value: Language }): {
  summary: PlanSummary | null;
  message: string | null;
} {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS))
    return { summary: null, message: messagesFor(language.value).busy };
  let refresh: PlanRefresh | null;
  try {
    ss.toast(planMessagesFor(language.value).reading, planMessagesFor(language.value).title, 10);
    const loaded = loadSavedModel(ss, language, false);
    if (!loaded.ok)
      return { summary: null, message: failureMessage(loaded.failure, messagesFor(language.value)) };
    refresh = refreshAccountPlan(ss, loaded.config, loaded.evaluation, language.value, true);
    if (refresh?.ok) {
      try {
        SpreadsheetApp.flush();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { summary: null, message: planMessagesFor(language.value).failedSaving(detail) };
      }
    }
  } finally {
    lock?.releaseLock();
  }
  if (!refresh) return { summary: null, message: null };
  if (!refresh.ok) return { summary: null, message: refresh.message };
  const pm = planMessagesFor(language.value);
  const { summary } = refresh;
  try {
    const ui = SpreadsheetApp.getUi();
    if (refresh.duplicates.length > 0) ui.alert(pm.title, pm.duplicates(refresh.duplicates), ui.ButtonSet.OK);
    ss.toast(`${pm.done(summary.accounts, summary.added, summary.kept)} ${refresh.statusLine}`, pm.title, 8);
    refresh.sheet.activate();
  } catch {
    // The plan is complete; a failed toast or tab switch changes nothing in it.
  }
  return { summary, message: null };
}

/**
 * For the sample data: creates the Key Account Plan with a few entries filled in, so the plan looks like one
 * in use. Does nothing (null) when a plan exists already or the model cannot be evaluated.
 */
export function insertSamplePlan(ss: Spreadsheet): PlanSummary | null {
  try {
    const state = readPlanSheet(ss, true);
    if (!state || state.sheet) return null;
    const language = { value: userLanguage() };
    const loaded = loadSavedModel(ss, language, false);
    if (!loaded.ok) return null;
    const { today: day } = today(ss);
    const result = buildPlan({
      existing: null,
      accounts: planAccounts(loaded.evaluation),
      quadrants: loaded.config.plan.quadrants,
      language: language.value,
      today: day,
    });
    // Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
    fillSampleEntries(result, language.value, day, (iso) => new Date(`${iso}T12:00:00Z`));
    const progress: PlanWriteProgress = { contentWritten: false, createdSheet: false };
    const { name: sheetName } = writePlanSheet(
      ss,
      state,
      result,
      language.value,
      loaded.config.plan.quadrants,
      progress,
      null,
    );
    return { sheetName, accounts: result.accounts, added: result.added, kept: result.kept };
  } catch {
    // The sample works without a plan; Key account plan in the menu makes one.
    return null;
  }
}
