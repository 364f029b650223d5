import type { CellValue } from "../core/cells";
import {
  ConfigError,
  languageOf,
  parseConfig,
  validateConfig,
  type ConfigProblem,
  type KamConfig,
} from "../core/config";
import { languageForLocale, type Language } from "../core/i18n";
import { coreMessages } from "../core/messages";
import { missingColumns } from "../core/model";
import { headerTexts } from "../core/table";
import { readSheetGrid } from "./dataSheet";
import {
  CONFIG_COLUMNS,
  CONFIG_SHEET_NAME,
  CRITERIA_HEADER_ROW,
  FIRST_CRITERION_ROW,
  a1,
  cellOfPath,
  choiceWords,
  configToGrid,
  criterionColumn,
  gridToConfigInput,
  layoutProblems,
  settingRow,
  type SheetCell,
} from "./configLayout";

export { CONFIG_SHEET_NAME } from "./configLayout";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Developer metadata on the config sheet, so it is found again after someone renames it. */
export const CONFIG_METADATA_KEY = "keyAccountMatrix.criteriaSheet";

/** Named ranges over the weights: all criteria, and per axis (0 where a criterion is on the other axis). */
export const WEIGHT_RANGE_NAMES = {
  all: "KAM_WEIGHTS",
  attractiveness: "KAM_WEIGHTS_ATTRACTIVENESS",
  strength: "KAM_WEIGHTS_STRENGTH",
} as const;

/** A hand edit the config sheet cannot be read with; each problem names its cell, worded in `language`. */
export class ConfigSheetError extends Error {
  constructor(
    public readonly problems: { cell: string; message: string }[],
    public readonly language: Language,
  ) {
    super(problems.map((p) => `${p.cell}: ${p.message}`).join("\n"));
    this.name = "ConfigSheetError";
  }
}

/**
 * The config sheet: the sheet with the default name, else (someone renamed it) the sheet tagged with
 * developer metadata. The name comes first because it is one call; the metadata finder takes five.
 */
export function findConfigSheet(spreadsheet: Spreadsheet): Sheet | null {
  const named = spreadsheet.getSheetByName(CONFIG_SHEET_NAME);
  if (named) return named;
  const tagged = spreadsheet.createDeveloperMetadataFinder().withKey(CONFIG_METADATA_KEY).find();
  for (const metadata of tagged) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** The config sheet's cells, CONFIG_COLUMNS wide, in one read; null when the sheet is empty. */
function readConfigGrid(sheet: Sheet): CellValue[][] | null {
  const values = readSheetGrid(sheet);
  if (values.length === 0) return null;
  return values.map((row) => {
    const cells = row.slice(0, CONFIG_COLUMNS);
    while (cells.length < CONFIG_COLUMNS) cells.push("");
    return cells;
  });
}

/**
 * The saved configuration, read in one batch and validated; null when none is saved yet. Throws a
 * ConfigSheetError naming the cells when a hand edit broke it, worded in the sheet's language setting, else
 * in `fallback` (the user's).
 */
export function readConfigFromSpreadsheet(
  spreadsheet: Spreadsheet,
  fallback: Language = "en",
): KamConfig | null {
  const sheet = findConfigSheet(spreadsheet);
  const grid = sheet ? readConfigGrid(sheet) : null;
  if (!sheet || !grid) return null;
  // The sheet's name is asked only when there is a problem to name a cell of.
  const layout = layoutProblems(grid, fallback);
  if (layout.length > 0) {
    const name = sheet.getName();
    throw new ConfigSheetError(
      layout.map((p) => ({ cell: `${name}!${a1(p.row, p.column)}`, message: p.message })),
      fallback,
    );
  }

  const { input, criterionRows } = gridToConfigInput(grid);
  const language = languageOf(input, fallback);
  const result = validateConfig(input, language);
  if (result.ok) return result.config;
  const name = sheet.getName();
  throw new ConfigSheetError(
    result.problems.map((problem) => {
      const cell = cellOfPath(problem.path, criterionRows);
      return { cell: cell ? `${name}!${a1(cell.row, cell.column)}` : name, message: problem.message };
    }),
    language,
  );
}

/** The header texts of the data sheet, or null when there is no such sheet. One getValues call. */
function readHeaders(
  spreadsheet: Spreadsheet,
  config: KamConfig,
): { sheet: Sheet; headers: string[] } | null {
  const sheet = spreadsheet.getSheetByName(config.dataSheet);
  if (!sheet) return null;
  const columns = sheet.getLastColumn();
  if (columns === 0 || sheet.getLastRow() < config.headerRow) return { sheet, headers: [] };
  const row = sheet.getRange(config.headerRow, 1, 1, columns).getValues()[0] as CellValue[];
  return { sheet, headers: headerTexts(row) };
}

type DataHeaders = ReturnType<typeof readHeaders>;

/** Problems a config has with this spreadsheet: the data sheet and every column it names must exist. */
export function problemsWithData(
  spreadsheet: Spreadsheet,
  config: KamConfig,
  language: Language = "en",
): ConfigProblem[] {
  return problemsWithHeaders(config, readHeaders(spreadsheet, config), language);
}

function problemsWithHeaders(config: KamConfig, data: DataHeaders, language: Language): ConfigProblem[] {
  const m = coreMessages(language);
  if (!data) return [{ path: ["dataSheet"], message: m.noSheet(config.dataSheet) }];
  const missing = new Set(missingColumns(config, data.headers));
  const notFound = (column: string) => m.columnNotInRow(column, config.headerRow, config.dataSheet);
  const problems: ConfigProblem[] = [];
  if (missing.has(config.accountColumn)) {
    problems.push({ path: ["accountColumn"], message: notFound(config.accountColumn) });
  }
  if (config.revenueColumn && missing.has(config.revenueColumn)) {
    problems.push({ path: ["revenueColumn"], message: notFound(config.revenueColumn) });
  }
  config.criteria.forEach((c, i) => {
    if (missing.has(c.column))
      problems.push({ path: ["criteria", i, "column"], message: notFound(c.column) });
  });
  return problems;
}

/**
 * Validates the config fully (schema, data sheet, columns) and only then writes the `KAM Criteria` sheet in
 * batches: one setValues for the block, one setDataValidations, the named ranges. A config that fails
 * leaves the spreadsheet untouched and throws a ConfigError naming the fields, worded in the config's
 * language, else in `fallback` (the user's). Returns the config as saved.
 */
export function writeConfigToSpreadsheet(
  spreadsheet: Spreadsheet,
  input: unknown,
  fallback: Language = "en",
): KamConfig {
  const messageLanguage = languageOf(input, fallback);
  const config = parseConfig(input, messageLanguage);
  const data = readHeaders(spreadsheet, config);
  const problems = problemsWithHeaders(config, data, messageLanguage);
  if (problems.length > 0) throw new ConfigError(problems);

  const language: Language = config.language ?? languageForLocale(spreadsheet.getSpreadsheetLocale());
  const grid = configToGrid(config, language);
  const sheet = findConfigSheet(spreadsheet) ?? spreadsheet.insertSheet(CONFIG_SHEET_NAME);
  tagConfigSheet(sheet);

  const clearRows = Math.max(sheet.getLastRow(), grid.length);
  const clearColumns = Math.max(sheet.getLastColumn(), CONFIG_COLUMNS);
  const old = sheet.getRange(1, 1, clearRows, clearColumns);
  old.clear();
  old.clearDataValidations();

  const block = sheet.getRange(1, 1, grid.length, CONFIG_COLUMNS);
  block.setValues(grid);
  block.setDataValidations(validationRules(spreadsheet, sheet, config, language, grid, data));
  formatSheet(sheet, config.criteria.length);
  setWeightRanges(spreadsheet, sheet, config.criteria.length);
  return config;
}

function tagConfigSheet(sheet: Sheet): void {
  const tagged = sheet.createDeveloperMetadataFinder().withKey(CONFIG_METADATA_KEY).find();
  if (tagged.length === 0) {
    sheet.addDeveloperMetadata(CONFIG_METADATA_KEY, "1", SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
}

function validationRules(
  spreadsheet: Spreadsheet,
  configSheet: Sheet,
  config: KamConfig,
  language: Language,
  grid: SheetCell[][],
  data: DataHeaders,
): (DataValidation | null)[][] {
  const rules: (DataValidation | null)[][] = grid.map((row) => row.map(() => null));
  const set = (row: number, column: number, rule: DataValidation) => {
    (rules[row - 1] as (DataValidation | null)[])[column - 1] = rule;
  };
  const rule = () => SpreadsheetApp.newDataValidation();
  const list = (values: string[], allowInvalid: boolean) =>
    rule().requireValueInList(values, true).setAllowInvalid(allowInvalid).build();

  const headerRange = data
    ? data.sheet.getRange(config.headerRow, 1, 1, Math.max(data.headers.length, 1))
    : null;
  const headerChoice = headerRange
    ? rule().requireValueInRange(headerRange, true).setAllowInvalid(true).build()
    : null;

  const sheetNames = spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .filter((name) => name !== configSheet.getName());
  set(settingRow("dataSheet"), 2, list(sheetNames, true));
  set(settingRow("headerRow"), 2, rule().requireNumberGreaterThanOrEqualTo(1).setAllowInvalid(false).build());
  if (headerChoice) {
    set(settingRow("accountColumn"), 2, headerChoice);
    set(settingRow("revenueColumn"), 2, headerChoice);
  }
  set(settingRow("totalRevenue"), 2, rule().requireNumberGreaterThan(0).setAllowInvalid(false).build());
  set(settingRow("scaleMax"), 2, rule().requireNumberBetween(2, 1000).setAllowInvalid(false).build());
  set(settingRow("language"), 2, list(["en", "de"], false));

  const weight = rule().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
  const axis = list(choiceWords("axis", language), false);
  const direction = list(choiceWords("direction", language), false);
  const input = list(choiceWords("input", language), false);
  config.criteria.forEach((_c, i) => {
    const row = FIRST_CRITERION_ROW + i;
    if (headerChoice) set(row, criterionColumn("column"), headerChoice);
    set(row, criterionColumn("axis"), axis);
    set(row, criterionColumn("weight"), weight);
    set(row, criterionColumn("direction"), direction);
    set(row, criterionColumn("input"), input);
  });
  return rules;
}

function formatSheet(sheet: Sheet, criteria: number): void {
  sheet.getRange(1, 1).setFontWeight("bold").setFontSize(13);
  sheet.getRange(settingRow("dataSheet"), 1, settingRow("language") - 1, 1).setFontWeight("bold");
  sheet.getRange(CRITERIA_HEADER_ROW, 1, 1, CONFIG_COLUMNS).setFontWeight("bold").setBackground("#e8eaed");
  if (criteria > 0) {
    sheet.getRange(FIRST_CRITERION_ROW, criterionColumn("axisShare"), criteria, 1).setNumberFormat("0%");
  }
}

/** Points every weight name at the criteria rows; with no criteria, at the first (blank) criterion row. */
function setWeightRanges(spreadsheet: Spreadsheet, sheet: Sheet, criteria: number): void {
  const rows = Math.max(criteria, 1);
  const ranges: Record<string, Range> = {
    [WEIGHT_RANGE_NAMES.all]: sheet.getRange(FIRST_CRITERION_ROW, criterionColumn("weight"), rows, 1),
    [WEIGHT_RANGE_NAMES.attractiveness]: sheet.getRange(
      FIRST_CRITERION_ROW,
      criterionColumn("attractivenessWeight"),
      rows,
      1,
    ),
    [WEIGHT_RANGE_NAMES.strength]: sheet.getRange(
      FIRST_CRITERION_ROW,
      criterionColumn("strengthWeight"),
      rows,
      1,
    ),
  };
  const existing = new Map(spreadsheet.getNamedRanges().map((n) => [n.getName(), n]));
  for (const [name, range] of Object.entries(ranges)) {
    const named = existing.get(name);
    if (named) named.setRange(range);
    else spreadsheet.setNamedRange(name, range);
  }
}
