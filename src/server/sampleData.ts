import {
  readConfigFromSpreadsheet,
  writeConfigToSpreadsheet,
  CONFIG_SHEET_NAME,
} from "../adapters/configSheet";
import { parseConfig, sameConfig, type KamConfig } from "../core/config";
import { HISTORY_SHEET_NAMES } from "../core/history";
import {
  FORMULA_ROW,
  FORMULAS_SHEET_NAME,
  SAMPLE_SHEET_NAME,
  formulasSheet,
  sampleAccounts,
  sampleConfig,
  type FormulasSheet,
  type SampleSheet,
} from "../core/sampleData";
import { HEADER_FILL } from "../core/sheets/colors";
import { insertSamplePlan } from "./accountPlan";
import { writeSampleHistory } from "./history";
import { messagesFor, userLanguage, type Messages } from "./messages";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SampleResult {
  /** Sheets written by this run (new, or replaced after the user agreed). */
  written: string[];
  /** Sheets that existed and were left as they are. */
  kept: string[];
}

function sameCells(actual: unknown[][], expected: unknown[][]): boolean {
  if (actual.length !== expected.length) return false;
  return expected.every((row, i) => {
    const other = actual[i] as unknown[];
    return other.length === row.length && row.every((v, j) => other[j] === v);
  });
}

/** Asks before replacing a sheet that differs from the sample: it may hold someone's work. */
function mayReplace(m: Messages, sheetName: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(m.sampleTitle, m.sampleConfirmOverwrite(sheetName), ui.ButtonSet.YES_NO) === ui.Button.YES;
}

function sheetAtEnd(ss: Spreadsheet, name: string): Sheet {
  return ss.insertSheet(name, ss.getNumSheets());
}

function sampleGrid(sample: SampleSheet): unknown[][] {
  return [sample.headers, ...sample.rows];
}

function writeSampleSheet(sheet: Sheet, sample: SampleSheet): void {
  const grid = sampleGrid(sample);
  const columns = sample.headers.length;
  const range = sheet.getRange(1, 1, grid.length, columns);
  // Plain text on the name columns first, so a name is never read as a number, date or formula.
  range.setNumberFormats([sample.headers.map(() => "@"), ...sample.rows.map(() => sample.formats)]);
  range.setValues(grid);
  sheet.getRange(1, 1, 1, columns).setFontWeight("bold").setBackground(HEADER_FILL).setWrap(true);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 260);
}

/**
 * The Formulas sheet is recognised by this developer-metadata key on the sheet, whose value is the
 * fingerprint of what the add-on wrote, not by its formula text: a German spreadsheet shows and may
 * return that text with its own separators.
 */
export const FORMULAS_METADATA_KEY = "kamSampleFormulas";

function formulasTag(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  return sheet.createDeveloperMetadataFinder().withKey(FORMULAS_METADATA_KEY).find()[0] ?? null;
}

const lastResultRow = (f: FormulasSheet) => FORMULA_ROW + f.resultRows - 1;

/**
 * Whether the sheet still holds what `f` writes, compared without formula text: the texts and weights as
 * values, and a formula exactly in the cells that get one (whatever the locale makes of its text).
 */
function formulasIntact(sheet: Sheet, f: FormulasSheet): boolean {
  const width = f.formulas.length;
  const rows = sheet.getLastRow();
  if (sheet.getLastColumn() !== width || rows < FORMULA_ROW || rows > lastResultRow(f)) return false;
  const range = sheet.getRange(1, 1, rows, width);
  const values = range.getValues();
  const formulas = range.getFormulas();
  const written = [f.formulaTexts, f.formulas];
  const formulaWhereWritten = formulas.every((row, r) =>
    row.every((text, c) => (text !== "") === ((written[r - (FORMULA_ROW - 2)]?.[c] ?? "") !== "")),
  );
  const { row, column, cells } = f.weights;
  const weightsKept = cells.every((line, r) =>
    line.every((v, c) => values[row - 1 + r]?.[column - 1 + c] === v),
  );
  return sameCells(values.slice(0, FORMULA_ROW - 2), f.texts) && formulaWhereWritten && weightsKept;
}

/** Nothing lies outside the area the current Formulas sheet uses, so rewriting it loses no one's notes. */
function withinFormulasArea(sheet: Sheet, f: FormulasSheet): boolean {
  return sheet.getLastColumn() <= f.formulas.length && sheet.getLastRow() <= lastResultRow(f);
}

function writeFormulasSheet(sheet: Sheet, f: FormulasSheet): void {
  const width = f.formulas.length;
  const textRows = FORMULA_ROW - 2;
  sheet.getRange(1, 1, textRows, width).setNumberFormat("@").setValues(f.texts);
  sheet.getRange(FORMULA_ROW, 1, f.resultRows, width).setNumberFormats(f.formats);
  // Rows 4 (FORMULATEXT) and 5 as formulas, never as typed text that a locale could read differently.
  sheet.getRange(FORMULA_ROW - 1, 1, 2, width).setFormulas([f.formulaTexts, f.formulas]);
  const { row, column, cells } = f.weights;
  sheet.getRange(row, column, cells.length, 2).setValues(cells);
  sheet.getRange(row, column).setFontWeight("bold");
  sheet.getRange(1, 1).setFontWeight("bold");
  sheet
    .getRange(3, 1, 1, width)
    .setFontWeight("bold")
    .setWrap(true)
    .setVerticalAlignment("top")
    .setBackground(HEADER_FILL);
  sheet.getRange(4, 1, 1, width).setFontColor("#5f6368");
  sheet.setFrozenRows(FORMULA_ROW - 1);
  f.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  const tag = formulasTag(sheet);
  if (tag) tag.setValue(f.fingerprint);
  else
    sheet.addDeveloperMetadata(
      FORMULAS_METADATA_KEY,
      f.fingerprint,
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
}

type FormulasVerdict = "keep" | "rewrite" | "ask";

/**
 * Ours and as written: keep. Ours from another version or language (a different fingerprint) with nothing
 * outside its area: rewrite without asking. Anything else (not tagged, or changed by someone): ask.
 */
function formulasVerdict(sheet: Sheet, f: FormulasSheet): FormulasVerdict {
  const tag = formulasTag(sheet);
  if (!tag) return "ask";
  if (tag.getValue() === f.fingerprint) return formulasIntact(sheet, f) ? "keep" : "ask";
  return withinFormulasArea(sheet, f) ? "rewrite" : "ask";
}

/**
 * Adds the sample: `Sample accounts`, a matching `KAM Criteria` and a `Formulas` sheet. A sheet that is
 * already there unchanged is left alone; one that differs is replaced only when the user agrees.
 */
export function insertSampleData(): SampleResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const language = userLanguage();
  const m = messagesFor(language);
  const result: SampleResult = { written: [], kept: [] };
  const notes: string[] = [];

  const sample = sampleAccounts(language);
  let dataSheet = ss.getSheetByName(SAMPLE_SHEET_NAME);
  // Whether the sample's accounts are in place as the sample has them (for its earlier snapshot).
  let sampleIntact = true;
  if (!dataSheet) {
    dataSheet = sheetAtEnd(ss, SAMPLE_SHEET_NAME);
    writeSampleSheet(dataSheet, sample);
    result.written.push(SAMPLE_SHEET_NAME);
  } else if (
    !(sampleIntact = sameCells(dataSheet.getDataRange().getValues(), sampleGrid(sample))) &&
    mayReplace(m, SAMPLE_SHEET_NAME)
  ) {
    dataSheet.clear();
    writeSampleSheet(dataSheet, sample);
    result.written.push(SAMPLE_SHEET_NAME);
    sampleIntact = true;
  } else {
    result.kept.push(SAMPLE_SHEET_NAME);
  }

  const wanted = parseConfig(sampleConfig(language));
  let saved: KamConfig | null = null;
  let readable = true;
  try {
    saved = readConfigFromSpreadsheet(ss, language);
  } catch {
    readable = false;
  }
  const writeConfig = () => {
    try {
      writeConfigToSpreadsheet(ss, wanted, language);
      result.written.push(CONFIG_SHEET_NAME);
    } catch (error) {
      // A kept, changed Sample accounts sheet may lack the sample's columns.
      result.kept.push(CONFIG_SHEET_NAME);
      notes.push(error instanceof Error ? error.message : String(error));
    }
  };
  if (readable && saved === null) {
    writeConfig();
  } else if (saved && sameConfig(saved, wanted)) {
    result.kept.push(CONFIG_SHEET_NAME);
  } else if (mayReplace(m, CONFIG_SHEET_NAME)) {
    writeConfig();
  } else {
    result.kept.push(CONFIG_SHEET_NAME);
    notes.push(m.sampleConfigKept);
  }

  const formulas = formulasSheet(language);
  const formulasSheetNow = ss.getSheetByName(FORMULAS_SHEET_NAME);
  if (!formulasSheetNow) {
    writeFormulasSheet(sheetAtEnd(ss, FORMULAS_SHEET_NAME), formulas);
    result.written.push(FORMULAS_SHEET_NAME);
  } else {
    const verdict = formulasVerdict(formulasSheetNow, formulas);
    if (verdict === "rewrite" || (verdict === "ask" && mayReplace(m, FORMULAS_SHEET_NAME))) {
      formulasSheetNow.clear();
      writeFormulasSheet(formulasSheetNow, formulas);
      result.written.push(FORMULAS_SHEET_NAME);
    } else {
      result.kept.push(FORMULAS_SHEET_NAME);
    }
  }

  // One earlier snapshot of the sample, when the sample's data and criteria are both in place.
  const criteriaInPlace =
    result.written.includes(CONFIG_SHEET_NAME) || (saved !== null && sameConfig(saved, wanted));
  if (sampleIntact && criteriaInPlace && writeSampleHistory(ss, sample, wanted, language)) {
    result.written.push(HISTORY_SHEET_NAMES[language]);
  }

  insertSamplePlan(ss);
  dataSheet.activate();
  const parts = [
    ...(result.written.length > 0 ? [m.sampleDone(result.written)] : []),
    ...(result.kept.length > 0 ? [m.sampleKept(result.kept)] : []),
    ...notes,
  ];
  const ui = SpreadsheetApp.getUi();
  ui.alert(m.sampleTitle, parts.join("\n\n"), ui.ButtonSet.OK);
  return result;
}
