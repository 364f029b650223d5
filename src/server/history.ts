import { appendSnapshot, readHistory, readKept, type HistoryRead } from "../adapters/historySheet";
import type { KamConfig } from "../core/config";
import {
  computeMovement,
  FIXED_HISTORY_COLUMNS,
  HISTORY_SHEET_NAMES,
  historyLimit,
  mergeCriteria,
  modelFingerprint,
  snapshotOf,
  type HistoryView,
  type Snapshot,
} from "../core/history";
import { HISTORY_TEXTS } from "../core/historyTexts";
import type { Language } from "../core/language";
import { evaluateAccounts, type Evaluation } from "../core/model";
import type { SampleSheet } from "../core/sampleData";
import { earlierSampleTable, SAMPLE_HISTORY_MONTHS } from "../core/sampleHistory";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PreparedHistory {
  read: HistoryRead;
  snapshot: Snapshot;
  view: HistoryView;
  /** Add the snapshot. */
  append: boolean;
  /** Sheets in the spreadsheet before generation wrote anything. */
  sheetCount: number;
  /** Said after the writes (the snapshot was not added). */
  afterword: string | null;
  /** The rows of the snapshots that stay, when only the last ones are kept. */
  kept?: { start: number; values: unknown[][] };
}

export const SNAPSHOT_FORMAT = "yyyy-MM-dd HH:mm:ss";

function sheetName(read: HistoryRead, language: Language): string {
  return read.sheet?.getName() ?? HISTORY_SHEET_NAMES[language];
}

/** Cells of every sheet's grid: Sheets counts them all against the limit. Two calls per sheet. */
function spreadsheetCells(ss: Spreadsheet): { cells: number; sheets: number } {
  const sheets = ss.getSheets();
  let cells = 0;
  for (const sheet of sheets) cells += sheet.getMaxRows() * sheet.getMaxColumns();
  return { cells, sheets: sheets.length };
}

/**
 * Everything generation needs from the history, read before any write: the previous snapshot of the
 * same data sheet, the movement against it, and whether the append may go ahead (asking the user, before
 * anything is written, when it would pass the cell limit). `extraCells` = what the matrix sheets add.
 */
export function prepareHistory(
  ss: Spreadsheet,
  input: { config: KamConfig; evaluation: Evaluation; language: Language; now: Date; extraCells?: number },
): PreparedHistory {
  const { config, evaluation, language } = input;
  const t = HISTORY_TEXTS[language];
  const read = readHistory(ss, config.dataSheet);
  const model = modelFingerprint(config);
  const criteria = config.criteria.map((c) => c.name);
  const at = Utilities.formatDate(input.now, ss.getSpreadsheetTimeZone(), SNAPSHOT_FORMAT);
  const snapshot = snapshotOf(evaluation.accounts, { at, dataSheet: config.dataSheet, model, criteria });
  const name = sheetName(read, language);
  if (read.fullRead && !read.damage) toast(ss, t.fullReadToast(name), t.toastTitle);
  const view: HistoryView = read.damage
    ? { movement: null, notice: t.damaged(name, read.damage) }
    : read.previous
      ? { movement: computeMovement(read.previous, evaluation.accounts, { model, criteria }), notice: null }
      : { movement: null, notice: t.firstSnapshot };

  const width = FIXED_HISTORY_COLUMNS + mergeCriteria(read.header?.criteria ?? [], criteria).length;
  const gridWidth = Math.max(width, read.maxColumns);
  const spreadsheet = spreadsheetCells(ss);
  const limit = historyLimit({
    spreadsheet: spreadsheet.cells + (input.extraCells ?? 0),
    history: read.maxRows * read.maxColumns,
    append: (snapshot.rows.length + (read.sheet ? 0 : 1)) * gridWidth,
    snapshots: read.snapshots.map((s) => s.rows * gridWidth),
  });
  const prepared: PreparedHistory = {
    read,
    snapshot,
    view,
    append: true,
    afterword: null,
    sheetCount: spreadsheet.sheets,
  };
  if (!limit) return prepared;
  const ui = SpreadsheetApp.getUi();
  const prompt = t.limitPrompt(limit.reason, limit.keep, snapshot.rows.length * gridWidth);
  if (limit.keep === null) {
    ui.alert(t.limitTitle, prompt, ui.ButtonSet.OK);
    return { ...prepared, append: false, afterword: null };
  }
  if (ui.alert(t.limitTitle, prompt, ui.ButtonSet.YES_NO) === ui.Button.YES) {
    const kept = readKept(read, limit.keep);
    return kept ? { ...prepared, kept } : prepared;
  }
  return { ...prepared, append: false, afterword: t.skipped(name) };
}

/** Appends the snapshot (after the matrix sheets are written). */
export function finishHistory(
  ss: Spreadsheet,
  prepared: PreparedHistory,
  language: Language,
  sheetCount: number,
): void {
  if (!prepared.append) {
    if (prepared.afterword) toast(ss, prepared.afterword, HISTORY_TEXTS[language].toastTitle);
    return;
  }
  appendSnapshot(ss, prepared.read, prepared.snapshot, {
    language,
    insertAt: sheetCount,
    protection: HISTORY_TEXTS[language].protection,
    ...(prepared.kept ? { kept: prepared.kept } : {}),
  });
}

function toast(ss: Spreadsheet, text: string, title: string): void {
  try {
    ss.toast(text, title, 10);
  } catch {
    // A toast is a courtesy.
  }
}

/**
 * Insert sample data: one earlier snapshot of the sample (three months before, a few accounts changed),
 * so the first generation already shows movers. Only when there is no history yet: a history is never
 * written over. Returns whether it was written.
 */
export function writeSampleHistory(
  ss: Spreadsheet,
  sample: SampleSheet,
  config: KamConfig,
  language: Language,
): boolean {
  const read = readHistory(ss, config.dataSheet);
  if (read.sheet) return false;
  const evaluation = evaluateAccounts(config, earlierSampleTable(sample, config), language);
  const then = new Date();
  then.setMonth(then.getMonth() - SAMPLE_HISTORY_MONTHS);
  const at = Utilities.formatDate(then, ss.getSpreadsheetTimeZone(), SNAPSHOT_FORMAT);
  const criteria = config.criteria.map((c) => c.name);
  const snapshot = snapshotOf(evaluation.accounts, {
    at,
    dataSheet: config.dataSheet,
    model: modelFingerprint(config),
    criteria,
  });
  appendSnapshot(ss, read, snapshot, {
    language,
    insertAt: ss.getNumSheets(),
    protection: HISTORY_TEXTS[language].protection,
  });
  return true;
}
