import type { CellValue } from "../core/cells";
import type { Language } from "../core/language";
import {
  OFFER_STATES,
  PLAN_COLUMNS,
  PLAN_SHEET_NAMES,
  planRuleFormulas,
  type PlanColumnKey,
  type PlanGrid,
  type PlanOutCell,
  type PlanResult,
} from "../core/plan";
import type { QuadrantKey } from "../core/quadrant";
import { HEADER_FILL } from "../core/sheets/colors";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PLAN_METADATA_KEY = "keyAccountMatrix.planSheet";
/** The add-on's own columns get a darker header, so people see which columns a refresh rewrites. */
const ADDON_HEADER_FILL = "#c9d7f2";
const OVERDUE_FILL = "#f4c7c3";
const OVERDUE_FONT = "#a50e0e";

/**
 * The plan sheet: the sheet tagged with developer metadata (found under any name, three calls); with
 * `byName`, else a sheet with either language's default name (so a new plan never collides with one).
 */
export function findPlanSheet(spreadsheet: Spreadsheet, byName: boolean): Sheet | null {
  const tagged = spreadsheet.createDeveloperMetadataFinder().withKey(PLAN_METADATA_KEY).find();
  for (const metadata of tagged) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  if (!byName) return null;
  for (const name of Object.values(PLAN_SHEET_NAMES)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** The whole used area of the plan sheet: values, formulas and number formats of one range; null if empty. */
export function readPlanGrid(sheet: Sheet): PlanGrid | null {
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  if (values.length === 1 && values[0]?.length === 1 && values[0][0] === "") return null;
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  return {
    rows: values.map((line, r) =>
      line.map((value, c) => ({
        value,
        formula: formulas[r]?.[c] ?? "",
        format: formats[r]?.[c] ?? "General",
      })),
    ),
  };
}

const OUR_RULE = /^=\(\$[A-Z]+2(<>""\)\*\(\$[A-Z]+2<TODAY\(\)|="")\)\*.*>0$/;

/** The plan's own conditional formats are recognised by their formulas, so a person's own rules stay. */
function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return values.some((v) => typeof v === "string" && OUR_RULE.test(v));
}

/**
 * What setValues gets for one cell. Formulas as "=..." (setValue reads a leading "=" as a formula); a text
 * keeps its exact characters: a cell formatted as plain text ("@") takes it as it is, any other cell gets a
 * leading apostrophe, so a note such as "=1+1" or "007" stays text and is never read as a formula or number.
 */
function toInput(cell: PlanOutCell, currentFormat: string | undefined): unknown {
  if (cell.formula) return cell.formula;
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value === "" || currentFormat === "@" ? value : `'${value}`;
  return value;
}

export interface PlanWriteProgress {
  /** The one write that puts every account's row in place has gone through. */
  contentWritten: boolean;
  createdSheet: boolean;
}

/** Everything writePlanSheet needs from the sheet as it is, read before the first write of a generation. */
export interface PlanSheetState {
  /** The plan sheet, or null when the refresh creates one. */
  sheet: Sheet | null;
  /** What readPlanGrid returned (its formats tell how texts must be written). */
  existing: PlanGrid | null;
  /** The sheet carries the plan's developer metadata already. */
  tagged: boolean;
  /** A person's own conditional formats, kept; ours are recognised by their formulas and replaced. */
  keptRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  /** The sheet's grid (Sheets' default grid for a sheet about to be created). */
  maxRows: number;
  maxColumns: number;
  /** The sheet's name now. */
  name: string;
}

/** Sheets' grid for a new sheet (1,000 rows, 26 columns): a new plan is sized without reading it back. */
const NEW_SHEET = { rows: 1000, columns: 26 };

/**
 * Reads what a refresh of the plan needs: the sheet (tagged, or by a default name when `byName`), its
 * grid, its rules and its size. Null when there is no plan and `byName` is false.
 */
export function readPlanSheet(spreadsheet: Spreadsheet, byName: boolean): PlanSheetState | null {
  const tagged = findPlanSheet(spreadsheet, false);
  const sheet = tagged ?? (byName ? findPlanSheet(spreadsheet, true) : null);
  if (!sheet && !byName) return null;
  if (!sheet) {
    return {
      sheet: null,
      existing: null,
      tagged: false,
      keptRules: [],
      maxRows: NEW_SHEET.rows,
      maxColumns: NEW_SHEET.columns,
      name: "",
    };
  }
  return {
    sheet,
    existing: readPlanGrid(sheet),
    tagged: tagged !== null,
    keptRules: sheet.getConditionalFormatRules().filter((r) => !isOurRule(r)),
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    name: sheet.getName(),
  };
}

/**
 * After a change of language: the new language's default name when the sheet still carries the other
 * language's default name and no other sheet has the new one (read now, before any write); else null.
 */
export function renameForLanguage(
  spreadsheet: Spreadsheet,
  state: PlanSheetState,
  language: Language,
): string | null {
  const wanted = PLAN_SHEET_NAMES[language];
  if (!state.sheet || state.name === wanted || !Object.values(PLAN_SHEET_NAMES).includes(state.name))
    return null;
  return spreadsheet.getSheetByName(wanted) ? null : wanted;
}

/**
 * Writes the refreshed plan in place, from what readPlanSheet read: no read after the first write. Every
 * cell's content (values, people's entries and formulas) goes in ONE setValues call, so a service failure
 * leaves either the old plan or the new one, never entries torn from their accounts; formats, dropdowns and
 * colours follow and a later refresh repeats them. Returns the plan sheet and its name.
 */
export function writePlanSheet(
  spreadsheet: Spreadsheet,
  state: PlanSheetState,
  result: PlanResult,
  language: Language,
  quadrants: readonly QuadrantKey[],
  progress: PlanWriteProgress,
  /** What renameForLanguage said, when the headers changed language. */
  renameTo: string | null,
): { sheet: Sheet; name: string } {
  const { sheet, existing, keptRules, maxRows, maxColumns } = state;
  const created = !sheet;
  const name = created ? PLAN_SHEET_NAMES[language] : state.name;
  const target = sheet ?? spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  progress.createdSheet = created;
  const height = result.cells.length;
  const width = result.cells[0]?.length ?? PLAN_COLUMNS.length;
  if (maxRows < height) target.insertRowsAfter(maxRows, height - maxRows);
  if (maxColumns < width) target.insertColumnsAfter(maxColumns, width - maxColumns);

  const oldRows = existing?.rows ?? [];
  const values = result.cells.map((line, r) => line.map((cell, c) => toInput(cell, oldRows[r]?.[c]?.format)));
  const all = target.getRange(1, 1, height, width);
  all.setValues(values);
  progress.contentWritten = true;
  all.setNumberFormats(result.cells.map((line) => line.map((cell) => cell.format)));

  const rows = result.planRows;
  const col = (key: PlanColumnKey) => result.columns[key];
  if (rows > 0) {
    const offers = SpreadsheetApp.newDataValidation()
      .requireValueInList([...OFFER_STATES[language]], true)
      .setAllowInvalid(true)
      .build();
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(true).build();
    const days = SpreadsheetApp.newDataValidation()
      .requireNumberBetween(1, 3650)
      .setAllowInvalid(true)
      .setHelpText(language === "de" ? "Tage zwischen zwei Kontakten" : "Days between two contacts")
      .build();
    target.getRange(2, col("offer"), rows, 1).setDataValidation(offers);
    target.getRange(2, col("loyalty"), rows, 1).setDataValidation(checkbox);
    target.getRange(2, col("contactEvery"), rows, 1).setDataValidation(days);
    // A date rule gives the date picker on a double click; a text typed anyway stays, marked.
    const date = SpreadsheetApp.newDataValidation()
      .requireDate()
      .setAllowInvalid(true)
      .setHelpText(language === "de" ? "Ein Datum, z. B. 01.12.2026" : "A date, for example 2026-12-01")
      .build();
    target.getRange(2, col("needsAnalysed"), rows, 1).setDataValidation(date);
    target.getRange(2, col("lastContact"), rows, 1).setDataValidation(date);

    const formulas = planRuleFormulas(result.columns, quadrants, language);
    const overdue = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formulas.overdue)
      .setBackground(OVERDUE_FILL)
      .setFontColor(OVERDUE_FONT)
      .setRanges([target.getRange(2, col("nextContact"), rows, 1)])
      .build();
    const needs = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formulas.noNeedsAnalysis)
      .setBackground(OVERDUE_FILL)
      .setRanges([target.getRange(2, col("needsAnalysed"), rows, 1)])
      .build();
    target.setConditionalFormatRules([...keptRules, overdue, needs]);
  } else if (sheet) {
    target.setConditionalFormatRules(keptRules);
  }

  if (created || result.headersRenamed) {
    const fills = Array.from({ length: width }, (_, i) => {
      const column = PLAN_COLUMNS.find((c) => result.columns[c.key] === i + 1);
      return column?.kind === "addon" ? ADDON_HEADER_FILL : HEADER_FILL;
    });
    target.getRange(1, 1, 1, width).setFontWeight("bold").setBackgrounds([fills]);
  }
  if (!state.tagged) {
    target.addDeveloperMetadata(PLAN_METADATA_KEY, "1", SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
  if (created) {
    target.setFrozenRows(1);
    target.setFrozenColumns(1);
    for (const column of PLAN_COLUMNS) target.setColumnWidth(result.columns[column.key], column.width);
  } else if (renameTo !== null) {
    // The language changed: a sheet still under the other language's default name follows it.
    target.setName(renameTo);
    return { sheet: target, name: renameTo };
  }
  return { sheet: target, name };
}
