import { parseA1, resolveA1 } from "./a1";
import { addChart, chartsOf, EmbeddedChartBuilder, removeChart, EmbeddedChart } from "./charts";
import { ConditionalFormatRule, rulesOf } from "./conditionalFormat";
import type { Env } from "./env";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose, unwrap } from "./expose";
import { getFilter } from "./filter";
import { assertEditable, assertSheetEditable } from "./guard";
import { addMetadata, MetadataFinder, metadataAt } from "./metadata";
import { cellAt, type SheetState } from "./model";
import { displayText } from "./numberFormat";
import { makeProtection, protectionsOf } from "./protection";
import { makeRange, Range } from "./range";
import { makeRangeList } from "./rangeList";

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Supported = Pick<
  GasSheet,
  | "getName"
  | "setName"
  | "getSheetId"
  | "getIndex"
  | "getRange"
  | "getDataRange"
  | "getRangeList"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "appendRow"
  | "clear"
  | "clearContents"
  | "clearFormats"
  | "clearConditionalFormatRules"
  | "setColumnWidth"
  | "setColumnWidths"
  | "getColumnWidth"
  | "autoResizeColumns"
  | "autoResizeColumn"
  | "setFrozenRows"
  | "getFrozenRows"
  | "setFrozenColumns"
  | "getFrozenColumns"
  | "getConditionalFormatRules"
  | "setConditionalFormatRules"
  | "newChart"
  | "insertChart"
  | "getCharts"
  | "removeChart"
  | "updateChart"
  | "protect"
  | "getProtections"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "createDeveloperMetadataFinder"
  | "activate"
  | "showSheet"
  | "hideSheet"
  | "isSheetHidden"
  | "setTabColor"
  | "getTabColor"
  | "getParent"
  | "getNamedRanges"
  | "insertRowsAfter"
  | "insertColumnsAfter"
  | "deleteRows"
>;

export function makeSheet(env: Env, sheetId: number): GasSheet {
  return asGas<GasSheet>(expose(env, "Sheet", new Sheet(env, sheetId), true));
}

/** Validates getRange(row, column, numRows, numColumns) the way Sheets does, then makes the range. */
export function sheetRange(
  env: Env,
  sheet: SheetState,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): GasRange {
  const args = [row, col, numRows, numCols];
  if (!args.every((n) => typeof n === "number" && Number.isFinite(n))) {
    throw env.error(MESSAGES.parameters(describeArgs(args), "SpreadsheetApp.Sheet.getRange"));
  }
  [row, col, numRows, numCols] = args.map((n) => Math.trunc(n)) as [number, number, number, number];
  if (row < 1) throw env.error(MESSAGES.startRowTooSmall);
  if (col < 1) throw env.error(MESSAGES.startColumnTooSmall);
  if (numRows < 1) throw env.error(MESSAGES.rowsAtLeastOne);
  if (numCols < 1) throw env.error(MESSAGES.columnsAtLeastOne);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols)
    throw env.error(MESSAGES.outsideSheet);
  return makeRange(env, sheet.id, { row, col, numRows, numCols });
}

/** getLastRow/getLastColumn scan the sheet; the answer holds until the next write. */
const extentCache = new WeakMap<SheetState, { version: number; rows: number; cols: number }>();

export class Sheet implements Supported {
  constructor(
    readonly _env: Env,
    readonly _id: number,
  ) {}

  get _state(): SheetState {
    return this._env.sheetById(this._id);
  }

  getName(): string {
    return this._state.name;
  }

  setName(name: string): GasSheet {
    if (typeof name !== "string")
      throw this._env.error(MESSAGES.parameters(describeArgs([name]), "SpreadsheetApp.Sheet.setName"));
    assertSheetEditable(this._env, this._state, "setName");
    const clash = this._env.state.sheets.find(
      (s) => s.id !== this._id && s.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) throw this._env.error(MESSAGES.sheetExists(name));
    if (name.trim() === "") throw this._env.error("Sheet names cannot be empty.");
    this._state.name = name;
    this._env.touched();
    return asGas(this);
  }

  getSheetId(): number {
    return this._id;
  }

  getIndex(): number {
    return this._env.state.sheets.findIndex((s) => s.id === this._id) + 1;
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): GasRange {
    const sheet = this._state;
    if (typeof a1OrRow === "string") {
      const ref = parseA1(a1OrRow);
      if (!ref || (ref.sheetName !== undefined && ref.sheetName !== sheet.name))
        throw this._env.error(MESSAGES.rangeNotFound);
      const rect = resolveA1(ref, sheet.maxRows, sheet.maxCols);
      if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
        throw this._env.error(MESSAGES.outsideSheet);
      }
      return makeRange(this._env, sheet.id, rect);
    }
    if (column === undefined)
      throw this._env.error(MESSAGES.parameters(describeArgs([a1OrRow]), "SpreadsheetApp.Sheet.getRange"));
    return sheetRange(this._env, sheet, a1OrRow, column, numRows ?? 1, numColumns ?? 1);
  }

  /** Every A1 notation must name a range of this sheet; one bad notation fails the whole call, as in Sheets. */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.some((a1) => typeof a1 !== "string")) {
      throw this._env.error(
        MESSAGES.parameters(describeArgs([a1Notations]), "SpreadsheetApp.Sheet.getRangeList"),
      );
    }
    return makeRangeList(
      this._env,
      a1Notations.map((a1) => this.getRange(a1)),
    );
  }

  private extent(): { rows: number; cols: number } {
    const sheet = this._state;
    const cached = extentCache.get(sheet);
    if (cached && cached.version === this._env.version) return cached;
    let rows = 0;
    let cols = 0;
    const lines = sheet.rows;
    for (let r = 0; r < lines.length; r++) {
      const line = lines[r];
      if (!line) continue;
      for (let c = line.length - 1; c >= 0; c--) {
        const cell = line[c];
        if (cell && (cell.formula !== undefined || cell.value !== undefined)) {
          rows = r + 1;
          if (c + 1 > cols) cols = c + 1;
          break;
        }
      }
    }
    const computed = this._env.formulas.extent(sheet);
    const result = {
      version: this._env.version,
      rows: Math.max(rows, computed.rows),
      cols: Math.max(cols, computed.cols),
    };
    extentCache.set(sheet, result);
    return result;
  }

  getDataRange(): GasRange {
    const { rows, cols } = this.extent();
    return makeRange(this._env, this._id, {
      row: 1,
      col: 1,
      numRows: Math.max(rows, 1),
      numCols: Math.max(cols, 1),
    });
  }

  getLastRow(): number {
    return this.extent().rows;
  }

  getLastColumn(): number {
    return this.extent().cols;
  }

  getMaxRows(): number {
    return this._state.maxRows;
  }

  getMaxColumns(): number {
    return this._state.maxCols;
  }

  appendRow(rowContents: unknown[]): GasSheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw this._env.error(
        MESSAGES.parameters(describeArgs([rowContents]), "SpreadsheetApp.Sheet.appendRow"),
      );
    }
    const sheet = this._state;
    const row = this.extent().rows + 1;
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (rowContents.length > sheet.maxCols) sheet.maxCols = rowContents.length;
    const range = makeRange(this._env, this._id, { row, col: 1, numRows: 1, numCols: rowContents.length });
    range.setValues([rowContents]);
    return asGas(this);
  }

  private whole(): GasRange {
    const sheet = this._state;
    return makeRange(this._env, this._id, { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols });
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GasSheet {
    unwrap(this.whole(), Range)?.clear(options);
    return asGas(this);
  }

  clearContents(): GasSheet {
    unwrap(this.whole(), Range)?.clearContent();
    return asGas(this);
  }

  clearFormats(): GasSheet {
    unwrap(this.whole(), Range)?.clearFormat();
    return asGas(this);
  }

  clearConditionalFormatRules(): void {
    assertSheetEditable(this._env, this._state, "clearConditionalFormatRules");
    this._state.conditionalRules = [];
    this._env.touched();
  }

  private checkColumns(start: number, count: number): void {
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(count) ||
      start < 1 ||
      count < 1 ||
      start + count - 1 > this._state.maxCols
    ) {
      throw this._env.error(MESSAGES.columnsOutOfBounds);
    }
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.checkColumns(startColumn, numColumns);
    if (typeof width !== "number" || !(width >= 0))
      throw this._env.error(
        MESSAGES.parameters(describeArgs([width]), "SpreadsheetApp.Sheet.setColumnWidths"),
      );
    assertSheetEditable(this._env, this._state, "setColumnWidths");
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this._state.columnWidths.set(c, Math.round(width));
    this._env.touched();
    return asGas(this);
  }

  getColumnWidth(columnPosition: number): number {
    this.checkColumns(columnPosition, 1);
    return this._state.columnWidths.get(columnPosition) ?? 100;
  }

  /** Estimates what Sheets' auto-fit gives: about 7 px per character plus padding, at least 21 px. */
  autoResizeColumns(startColumn: number, numColumns: number): GasSheet {
    this.checkColumns(startColumn, numColumns);
    const sheet = this._state;
    const env = this._env;
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= sheet.rows.length; r++) {
        const cell = cellAt(sheet, r, c);
        const value = env.formulas.read(sheet, r, c).value;
        const text = displayText(value, cell?.numberFormat, env.state.locale, env.state.timeZone);
        const factor = cell?.fontWeight === "bold" ? 8 : 7;
        longest = Math.max(longest, text.length * factor);
      }
      sheet.columnWidths.set(c, Math.max(21, longest + 10));
    }
    env.touched();
    return asGas(this);
  }

  autoResizeColumn(columnPosition: number): GasSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  setFrozenRows(rows: number): void {
    const sheet = this._state;
    if (!Number.isInteger(rows) || rows < 0 || rows > sheet.maxRows)
      throw this._env.error(MESSAGES.rowsOutOfBounds);
    assertSheetEditable(this._env, sheet, "setFrozenRows");
    sheet.frozenRows = rows;
    this._env.touched();
  }

  getFrozenRows(): number {
    return this._state.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const sheet = this._state;
    if (!Number.isInteger(columns) || columns < 0 || columns > sheet.maxCols)
      throw this._env.error(MESSAGES.columnsOutOfBounds);
    assertSheetEditable(this._env, sheet, "setFrozenColumns");
    sheet.frozenColumns = columns;
    this._env.touched();
  }

  getFrozenColumns(): number {
    return this._state.frozenColumns;
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return rulesOf(this._env, this._state);
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      throw this._env.error(
        MESSAGES.parameters(describeArgs([rules]), "SpreadsheetApp.Sheet.setConditionalFormatRules"),
      );
    assertSheetEditable(this._env, this._state, "setConditionalFormatRules");
    const states = rules.map((rule) => {
      const unwrapped = unwrap(rule, ConditionalFormatRule);
      if (!unwrapped)
        throw this._env.error(
          MESSAGES.parameters(describeArgs([rule]), "SpreadsheetApp.Sheet.setConditionalFormatRules"),
        );
      return unwrapped._copyState();
    });
    for (const state of states) {
      if (state.ranges.some((r) => r.sheetId !== this._id)) {
        throw this._env.error(
          "Conditional format rules can only refer to ranges on the sheet they are set on.",
        );
      }
    }
    this._state.conditionalRules = states;
    this._env.touched();
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return EmbeddedChartBuilder.make(this._env, this._id);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    assertSheetEditable(this._env, this._state, "insertChart");
    addChart(this._env, this._state, chart);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return chartsOf(this._env, this._state);
  }

  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return getFilter(this._env, this._state.id);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    assertSheetEditable(this._env, this._state, "removeChart");
    removeChart(this._env, this._state, chart);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    assertSheetEditable(this._env, this._state, "updateChart");
    const updated = unwrap(chart, EmbeddedChart);
    if (!updated)
      throw this._env.error(MESSAGES.parameters(describeArgs([chart]), "SpreadsheetApp.Sheet.updateChart"));
    const index = this._state.charts.findIndex((c) => c.id === updated._state.id);
    if (index < 0) throw this._env.error("The chart is not on this sheet.");
    this._state.charts[index] = structuredClone(updated._state);
    this._env.touched();
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return makeProtection(this._env, this._id, "SHEET", null);
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return protectionsOf(this._env, String(type), this._id);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GasSheet {
    addMetadata(this._env, { type: "SHEET", sheetId: this._id }, key, valueOrVisibility, visibility);
    return asGas(this);
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this._env, { sheetId: this._id, sheetOnly: true });
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return MetadataFinder.make(this._env, { sheetId: this._id });
  }

  activate(): GasSheet {
    this._env.state.activeSheetId = this._id;
    this._state.hidden = false;
    return asGas(this);
  }

  showSheet(): GasSheet {
    this._state.hidden = false;
    this._env.touched();
    return asGas(this);
  }

  hideSheet(): GasSheet {
    const visible = this._env.state.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0]?.id === this._id)
      throw this._env.error("You can't hide all the sheets in a document.");
    this._state.hidden = true;
    this._env.touched();
    return asGas(this);
  }

  isSheetHidden(): boolean {
    return this._state.hidden;
  }

  setTabColor(color: string | null): GasSheet {
    this._state.tabColor = color;
    this._env.touched();
    return asGas(this);
  }

  getTabColor(): string | null {
    return this._state.tabColor;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this._env.makeSpreadsheet();
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this._env
      .makeSpreadsheet()
      .getNamedRanges()
      .filter((n) => n.getRange().getSheet().getSheetId() === this._id);
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    const sheet = this._state;
    if (!Number.isInteger(afterPosition) || afterPosition < 1 || afterPosition > sheet.maxRows)
      throw this._env.error(MESSAGES.rowsOutOfBounds);
    if (afterPosition !== sheet.maxRows)
      throw this._env.error(MESSAGES.notEmulated("Sheet.insertRowsAfter in the middle of a sheet"));
    assertSheetEditable(this._env, sheet, "insertRowsAfter");
    sheet.maxRows += howMany;
    this._env.touched();
    return asGas(this);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    const sheet = this._state;
    if (!Number.isInteger(afterPosition) || afterPosition < 1 || afterPosition > sheet.maxCols)
      throw this._env.error(MESSAGES.columnsOutOfBounds);
    if (afterPosition !== sheet.maxCols)
      throw this._env.error(MESSAGES.notEmulated("Sheet.insertColumnsAfter in the middle of a sheet"));
    assertSheetEditable(this._env, sheet, "insertColumnsAfter");
    sheet.maxCols += howMany;
    this._env.touched();
    return asGas(this);
  }

  /** Deleting rows at the end of the sheet only; rows in the middle would have to move formulas and rules. */
  deleteRows(rowPosition: number, howMany: number): void {
    const sheet = this._state;
    if (
      !Number.isInteger(rowPosition) ||
      !Number.isInteger(howMany) ||
      rowPosition < 1 ||
      howMany < 1 ||
      rowPosition + howMany - 1 > sheet.maxRows
    ) {
      throw this._env.error(MESSAGES.rowsOutOfBounds);
    }
    if (howMany >= sheet.maxRows) throw this._env.error("You can't delete all the rows on the sheet.");
    if (rowPosition + howMany - 1 !== sheet.maxRows)
      throw this._env.error(MESSAGES.notEmulated("Sheet.deleteRows in the middle of a sheet"));
    assertEditable(
      this._env,
      sheet,
      { row: rowPosition, col: 1, numRows: howMany, numCols: sheet.maxCols },
      "deleteRows",
    );
    sheet.rows.length = Math.min(sheet.rows.length, rowPosition - 1);
    sheet.maxRows -= howMany;
    this._env.touched();
  }
}
