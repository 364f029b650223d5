import { a1 } from "../core/a1";
import type { CellValue } from "../core/cells";
import {
  ConfigError,
  languageOf,
  parseConfig,
  validateConfig,
  type ConfigProblem,
  type KamConfig,
} from "../core/config";
import { languageForLocale, type Language } from "../core/language";
import { coreMessages } from "../core/messages";
import { missingColumns } from "../core/model";
import { headerTexts } from "../core/table";
import { readSheetGrid } from "./dataSheet";
import {
  CONFIG_COLUMNS,
  CONFIG_SHEET_NAME,
  CRITERIA_HEADER_ROW,
  CRITERION_FIELDS,
  FIRST_CRITERION_ROW,
  FORMULA_FIELDS,
  cellOfPath,
  choiceWords,
  configToGrid,
  criterionColumn,
  gridToConfigInput,
  layoutProblems,
  settingRow,
  type SheetCell,
} from "./configLayout";
import { MAX_CELL_CHARACTERS, configSheetMessages } from "./configSheetMessages";

export { CONFIG_SHEET_NAME } from "./configLayout";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Developer metadata on the config sheet, so it is found again after someone renames it. */
export const CONFIG_METADATA_KEY = "keyAccountMatrix.criteriaSheet";

/**
 * Named ranges over the weights: `all` is each criterion's effective weight in the KAM score (its share of
 * its axis times the axis's share), so `=KAM_SCORE(points, KAM_WEIGHTS)` is the matrix's KAM score; per
 * axis, the weights of that axis's score (0 where a criterion is on the other axis).
 */
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
  const misplaced = layoutProblems(grid, fallback);
  if (misplaced.length > 0) {
    const name = sheet.getName();
    throw new ConfigSheetError(
      misplaced.map((p) => ({ cell: `${name}!${a1(p.row, p.column)}`, message: p.message })),
      fallback,
    );
  }

  const { input, criterionRows, layout } = gridToConfigInput(grid);
  const language = languageOf(input, fallback);
  const result = validateConfig(input, language);
  if (result.ok) return result.config;
  const name = sheet.getName();
  throw new ConfigSheetError(
    result.problems.map((problem) => {
      const cell = cellOfPath(problem.path, criterionRows, layout);
      return {
        cell: cell ? `${name}!${a1(cell.row, cell.column)}` : name,
        message: sheetMessage(problem, input, language),
      };
    }),
    language,
  );
}

/** A problem worded for the sheet: an unknown plan word is named with the quadrant names of the sheet. */
function sheetMessage(problem: ConfigProblem, input: unknown, language: Language): string {
  if (problem.path[0] !== "plan" || typeof problem.path[2] !== "number") return problem.message;
  const word = (input as { plan?: { quadrants?: unknown[] } }).plan?.quadrants?.[problem.path[2]];
  return configSheetMessages(language).planWord(String(word), choiceWords("quadrant", language).join(", "));
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

/** What saveConfig was given, in words, when it is not a configuration object. */
function describeNonObject(input: unknown, language: Language): string {
  const m = configSheetMessages(language);
  if (input === null || input === undefined) return m.nothing;
  if (Array.isArray(input)) return m.aList;
  if (typeof input === "number") return m.aNumber(String(input));
  if (typeof input === "string") return m.aText;
  if (typeof input === "boolean") return m.aFlag;
  return typeof input;
}

/** The texts the sheet would hold that Sheets refuses: longer than a cell holds (the apostrophe counts). */
function problemsWithCells(config: KamConfig, language: Language): ConfigProblem[] {
  const m = configSheetMessages(language);
  const fields = coreMessages(language).fields;
  const texts: [ConfigProblem["path"], string, string | undefined][] = [
    [["dataSheet"], fields.dataSheet, config.dataSheet],
    [["accountColumn"], fields.accountColumn, config.accountColumn],
    [["revenueColumn"], fields.revenueColumn, config.revenueColumn],
  ];
  config.criteria.forEach((c, i) => {
    texts.push([["criteria", i, "name"], fields.name, c.name]);
    texts.push([["criteria", i, "column"], fields.column, c.column]);
  });
  return texts
    .filter(([, , text]) => text !== undefined && text.length + 1 > MAX_CELL_CHARACTERS)
    .map(([path, field, text]) => ({ path, message: m.tooLongForCell(field, (text as string).length) }));
}

/**
 * Validates the config fully (its shape, the schema, the data sheet and every column it names, what
 * Sheets would refuse to hold) before the first write, so a refused save leaves the spreadsheet exactly as
 * it was; throws a ConfigError naming the fields, worded in the config's language, else in `fallback` (the
 * user's). Then writes the `KAM Criteria` sheet in batches: one setDataValidations and one setValues over
 * the old and new extent (the values call replaces the saved model in one step: before it the old model
 * is intact, after it the new one is complete), the formulas with setFormulas, then formats and the named
 * ranges. A service failure on any write is caught and reported: before the values call, that the saved
 * model is unchanged; after it, that the new model is saved but the sheet is unfinished. Returns the config
 * as saved.
 */
export function writeConfigToSpreadsheet(
  spreadsheet: Spreadsheet,
  input: unknown,
  fallback: Language = "en",
): KamConfig {
  const messageLanguage = languageOf(input, fallback);
  const m = configSheetMessages(messageLanguage);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ConfigError([{ path: [], message: m.notAConfig(describeNonObject(input, messageLanguage)) }]);
  }
  const config = parseConfig(input, messageLanguage);
  let modelWritten = false;
  try {
    const data = readHeaders(spreadsheet, config);
    const problems = [
      ...problemsWithCells(config, messageLanguage),
      ...problemsWithHeaders(config, data, messageLanguage),
    ];
    if (problems.length > 0) throw new ConfigError(problems);

    const language: Language = config.language ?? languageForLocale(spreadsheet.getSpreadsheetLocale());
    const grid = configToGrid(config, language);
    const existing = findConfigSheet(spreadsheet);
    // Every read comes before the first write (a read after a write makes Apps Script flush).
    const sheetNames = spreadsheet.getSheets().map((s) => s.getName());
    const rows = Math.max(existing?.getLastRow() ?? 0, grid.length);
    const columns = Math.max(existing?.getLastColumn() ?? 0, CONFIG_COLUMNS);
    const sheet = existing ?? spreadsheet.insertSheet(CONFIG_SHEET_NAME);
    tagConfigSheet(sheet);

    const block = sheet.getRange(1, 1, rows, columns);
    const rules = validationRules(config, language, sheetNames, sheet.getName(), data);
    block.setDataValidations(padded(rules, rows, columns, null));
    // The one call that replaces the saved model: before it the old model is intact, after it the new one.
    block.setValues(padded(withoutFormulas(grid), rows, columns, ""));
    modelWritten = true;
    writeFormulas(sheet, grid, config.criteria.length);
    block.clearFormat();
    formatSheet(sheet, config.criteria.length);
    setWeightRanges(spreadsheet, sheet, config.criteria.length);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(modelWritten ? m.saveFailedUnfinished(detail) : m.saveFailedKept(detail));
  }
  return config;
}

/** `grid` widened to rows x columns with `fill`, so one call also empties what an older, larger sheet held. */
function padded<T>(grid: T[][], rows: number, columns: number, fill: T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    out.push(Array.from({ length: columns }, (_, c) => (c < row.length ? (row[c] as T) : fill)));
  }
  return out;
}

/** The grid with its formula cells blank: formulas go in with setFormulas, never as values. */
function withoutFormulas(grid: SheetCell[][]): SheetCell[][] {
  const formulaColumns = new Set(FORMULA_FIELDS.map((f) => criterionColumn(f) - 1));
  return grid.map((row, r) =>
    r + 1 < FIRST_CRITERION_ROW ? row : row.map((cell, c) => (formulaColumns.has(c) ? "" : cell)),
  );
}

/**
 * The formula columns in one setFormulas call per run of adjacent columns (E, then J:L), so a weight typed
 * by hand is followed by its shares.
 */
function writeFormulas(sheet: Sheet, grid: SheetCell[][], criteria: number): void {
  if (criteria === 0) return;
  const columns = FORMULA_FIELDS.map(criterionColumn).sort((x, y) => x - y);
  const runs: number[][] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === column - 1) last.push(column);
    else runs.push([column]);
  }
  const rows = grid.slice(FIRST_CRITERION_ROW - 1, FIRST_CRITERION_ROW - 1 + criteria);
  for (const run of runs) {
    const formulas = rows.map((row) => run.map((column) => String(row[column - 1])));
    sheet.getRange(FIRST_CRITERION_ROW, run[0] as number, criteria, run.length).setFormulas(formulas);
  }
}

function tagConfigSheet(sheet: Sheet): void {
  const tagged = sheet.createDeveloperMetadataFinder().withKey(CONFIG_METADATA_KEY).find();
  if (tagged.length === 0) {
    sheet.addDeveloperMetadata(CONFIG_METADATA_KEY, "1", SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
}

function validationRules(
  config: KamConfig,
  language: Language,
  sheetNames: string[],
  configSheetName: string,
  data: DataHeaders,
): (DataValidation | null)[][] {
  const rows = FIRST_CRITERION_ROW + Math.max(config.criteria.length, 1) - 1;
  const rules: (DataValidation | null)[][] = Array.from({ length: rows }, () =>
    new Array<DataValidation | null>(CONFIG_COLUMNS).fill(null),
  );
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

  set(
    settingRow("dataSheet"),
    2,
    list(
      sheetNames.filter((name) => name !== configSheetName),
      true,
    ),
  );
  set(settingRow("headerRow"), 2, rule().requireNumberGreaterThanOrEqualTo(1).setAllowInvalid(false).build());
  if (headerChoice) {
    set(settingRow("accountColumn"), 2, headerChoice);
    set(settingRow("revenueColumn"), 2, headerChoice);
  }
  set(settingRow("totalRevenue"), 2, rule().requireNumberGreaterThan(0).setAllowInvalid(false).build());
  set(settingRow("scaleMax"), 2, rule().requireNumberBetween(2, 1000).setAllowInvalid(false).build());
  set(settingRow("language"), 2, list(["en", "de"], false));
  const share = rule().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
  set(settingRow("axisShareAttractiveness"), 2, share);
  set(settingRow("axisShareStrength"), 2, share);

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
  sheet
    .getRange(settingRow("dataSheet"), 1, CRITERIA_HEADER_ROW - settingRow("dataSheet"), 1)
    .setFontWeight("bold");
  sheet.getRange(CRITERIA_HEADER_ROW, 1, 1, CONFIG_COLUMNS).setFontWeight("bold").setBackground("#e8eaed");
  if (criteria > 0) {
    sheet.getRange(FIRST_CRITERION_ROW, criterionColumn("axisShare"), criteria, 1).setNumberFormat("0%");
    sheet.getRange(FIRST_CRITERION_ROW, criterionColumn("kamWeight"), criteria, 1).setNumberFormat("0.0%");
  }
}

/** Points every weight name at the criteria rows; with no criteria, at the first (blank) criterion row. */
function setWeightRanges(spreadsheet: Spreadsheet, sheet: Sheet, criteria: number): void {
  const rows = Math.max(criteria, 1);
  const column = (field: (typeof CRITERION_FIELDS)[number]) =>
    sheet.getRange(FIRST_CRITERION_ROW, criterionColumn(field), rows, 1);
  const ranges: Record<string, Range> = {
    [WEIGHT_RANGE_NAMES.all]: column("kamWeight"),
    [WEIGHT_RANGE_NAMES.attractiveness]: column("attractivenessWeight"),
    [WEIGHT_RANGE_NAMES.strength]: column("strengthWeight"),
  };
  const existing = new Map(spreadsheet.getNamedRanges().map((n) => [n.getName(), n]));
  for (const [name, range] of Object.entries(ranges)) {
    const named = existing.get(name);
    if (named) named.setRange(range);
    else spreadsheet.setNamedRange(name, range);
  }
}
