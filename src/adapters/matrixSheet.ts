import type { GridRect, MatrixLayout, RuleDescriptor } from "../core/matrixLayout";
import { a1 } from "./configLayout";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The sheet could not be made large enough: the spreadsheet would pass Sheets' cell limit. */
export class SheetLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetLimitError";
  }
}

function a1Rect(rect: GridRect): string {
  const start = a1(rect.row, rect.col);
  const end = a1(rect.row + rect.numRows - 1, rect.col + rect.numCols - 1);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Writes the layout into the matrix sheet, replacing its previous content in place (same sheet, same
 * position, so links and references to the tab keep working), or into a new last sheet. Touches no
 * other sheet. The number of calls depends on the layout's parts, never on the number of accounts.
 */
export function writeMatrixSheet(spreadsheet: Spreadsheet, layout: MatrixLayout): Sheet {
  const existing = spreadsheet.getSheetByName(layout.sheetName);
  const sheet = existing ?? spreadsheet.insertSheet(layout.sheetName, spreadsheet.getNumSheets());
  let columns: number;
  try {
    columns = fitSize(sheet, layout.numRows, layout.numColumns);
  } catch (error) {
    if (!existing) spreadsheet.deleteSheet(sheet);
    throw new SheetLimitError(error instanceof Error ? error.message : String(error));
  }

  // One range list gives the whole table and every range the rules and the chart use.
  const whole: GridRect = { row: 1, col: 1, numRows: layout.numRows, numCols: layout.numColumns };
  const rects = [whole, layout.chart.range, ...layout.rules.flatMap((rule) => rule.ranges)];
  const notations = [...new Set(rects.map(a1Rect))];
  const fetched = sheet.getRangeList(notations).getRanges();
  const rangeOf = (rect: GridRect): Range => fetched[notations.indexOf(a1Rect(rect))] as Range;
  const all = rangeOf(whole);

  if (existing) {
    // A wider previous table (more criteria) leaves columns beyond the layout to clear as well.
    const grid = columns > layout.numColumns ? sheet.getRange(1, 1, layout.numRows, columns) : all;
    clearPrevious(sheet, grid);
  }
  // The plain-text format goes on before the values, so text from the data is never read as a formula.
  all.setNumberFormats(layout.numberFormats);
  all.setValues(layout.values);
  all.setBackgrounds(layout.backgrounds);
  all.setFontWeights(layout.fontWeights);
  all.setWraps(layout.wraps);

  sheet.setFrozenRows(layout.frozenRows);
  sheet.setFrozenColumns(layout.frozenColumns);
  for (const { col, count, width } of layout.columnWidths) sheet.setColumnWidths(col, count, width);

  sheet.setConditionalFormatRules(layout.rules.map((rule) => buildRule(rule, rule.ranges.map(rangeOf))));

  let chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BUBBLE)
    .addRange(rangeOf(layout.chart.range))
    .setNumHeaders(1)
    .setPosition(layout.chart.anchor.row, layout.chart.anchor.col, 0, 0);
  for (const [name, value] of Object.entries(layout.chart.options)) chart = chart.setOption(name, value);
  sheet.insertChart(chart.build());

  // Warning-only: colleagues can still edit after a prompt. A protection someone set up already stays as it is.
  if (!existing || sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setDescription(layout.protectionDescription).setWarningOnly(true);
  }
  return sheet;
}

/**
 * Gives the sheet exactly `rows` rows (dropping a longer previous table) and at least `columns` columns;
 * returns the number of columns it has then. Shrinking first frees cells before growing needs them.
 */
function fitSize(sheet: Sheet, rows: number, columns: number): number {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return Math.max(columns, maxColumns);
}

/** Removes what the previous run (or a person) left: content, formats, merges, validations, charts. */
function clearPrevious(sheet: Sheet, all: Range): void {
  all.breakApart();
  all.clearDataValidations();
  all.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

function buildRule(
  rule: RuleDescriptor,
  ranges: Range[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = SpreadsheetApp.newConditionalFormatRule().setRanges(ranges);
  switch (rule.kind) {
    case "gradient": {
      const number = SpreadsheetApp.InterpolationType.NUMBER;
      return builder
        .setGradientMinpointWithValue(rule.min.color, number, String(rule.min.value))
        .setGradientMidpointWithValue(rule.mid.color, number, String(rule.mid.value))
        .setGradientMaxpointWithValue(rule.max.color, number, String(rule.max.value))
        .build();
    }
    case "textEqualTo":
      return builder.whenTextEqualTo(rule.text).setBackground(rule.background).build();
    case "numberGreaterThan":
      return builder
        .whenNumberGreaterThan(rule.value)
        .setBackground(rule.background)
        .setBold(rule.bold)
        .build();
    case "numberGreaterThanOrEqualTo":
      return builder
        .whenNumberGreaterThanOrEqualTo(rule.value)
        .setBackground(rule.background)
        .setBold(rule.bold)
        .build();
  }
}
