import {
  readConfigFromSpreadsheet,
  writeConfigToSpreadsheet,
  CONFIG_SHEET_NAME,
} from "../adapters/configSheet";
import { parseConfig, type KamConfig } from "../core/config";
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
import { insertSamplePlan } from "./accountPlan";
import { messagesFor, userLanguage, type Messages } from "./messages";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SampleResult {
  /** Sheets written by this run (new, or replaced after the user agreed). */
  written: string[];
  /** Sheets that existed and were left as they are. */
  kept: string[];
}

const HEADER_FILL = "#e8eaed";

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

function formulasMatch(sheet: Sheet, f: FormulasSheet): boolean {
  const width = f.formulas.length;
  if (sheet.getLastRow() < FORMULA_ROW || sheet.getLastColumn() !== width) return false;
  const texts = sheet.getRange(1, 1, FORMULA_ROW - 1, width).getValues();
  const formulas = sheet.getRange(FORMULA_ROW, 1, 1, width).getFormulas();
  return sameCells(texts, f.texts) && sameCells(formulas, [f.formulas]);
}

function writeFormulasSheet(sheet: Sheet, f: FormulasSheet): void {
  const width = f.formulas.length;
  // Row 4 shows each formula as text: the plain-text format keeps it from being run.
  sheet
    .getRange(1, 1, FORMULA_ROW - 1, width)
    .setNumberFormat("@")
    .setValues(f.texts);
  sheet.getRange(FORMULA_ROW, 1, f.resultRows, width).setNumberFormats(f.formats);
  sheet.getRange(FORMULA_ROW, 1, 1, width).setFormulas([f.formulas]);
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
}

function sameConfig(a: KamConfig, b: KamConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
  if (!dataSheet) {
    dataSheet = sheetAtEnd(ss, SAMPLE_SHEET_NAME);
    writeSampleSheet(dataSheet, sample);
    result.written.push(SAMPLE_SHEET_NAME);
  } else if (
    !sameCells(dataSheet.getDataRange().getValues(), sampleGrid(sample)) &&
    mayReplace(m, SAMPLE_SHEET_NAME)
  ) {
    dataSheet.clear();
    writeSampleSheet(dataSheet, sample);
    result.written.push(SAMPLE_SHEET_NAME);
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
  } else if (!formulasMatch(formulasSheetNow, formulas) && mayReplace(m, FORMULAS_SHEET_NAME)) {
    formulasSheetNow.clear();
    writeFormulasSheet(formulasSheetNow, formulas);
    result.written.push(FORMULAS_SHEET_NAME);
  } else {
    result.kept.push(FORMULAS_SHEET_NAME);
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
