import { columnLetters, quoteSheetName, rectToA1 } from "./a1";
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR, normalizeColor } from "./colors";
import type { Env } from "./env";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose, unwrap } from "./expose";
import { createFilter } from "./filter";
import { assertEditable } from "./guard";
import { addMetadata, MetadataFinder, metadataAt } from "./metadata";
import {
  cellAt,
  cellFor,
  rectsIntersect,
  type Cell,
  type GridRect,
  type Scalar,
  type SheetState,
} from "./model";
import { displayText } from "./numberFormat";
import { makeProtection } from "./protection";
import { isDate } from "./realm";
import { DataValidation, validationAccepts } from "./validation";
import { copyScalar, parseInput } from "./values";

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Supported = Pick<
  GasRange,
  | "getValue"
  | "getValues"
  | "setValue"
  | "setValues"
  | "getDisplayValue"
  | "getDisplayValues"
  | "getFormula"
  | "getFormulas"
  | "setFormula"
  | "setFormulas"
  | "getNumberFormat"
  | "getNumberFormats"
  | "setNumberFormat"
  | "setNumberFormats"
  | "getBackground"
  | "getBackgrounds"
  | "setBackground"
  | "setBackgrounds"
  | "getFontWeight"
  | "getFontWeights"
  | "setFontWeight"
  | "setFontWeights"
  | "setFontColor"
  | "setFontColors"
  | "setFontSize"
  | "getHorizontalAlignment"
  | "getHorizontalAlignments"
  | "setHorizontalAlignment"
  | "setHorizontalAlignments"
  | "setVerticalAlignment"
  | "getWrap"
  | "getWraps"
  | "setWrap"
  | "setWraps"
  | "getNote"
  | "setNote"
  | "clear"
  | "clearContent"
  | "clearFormat"
  | "clearDataValidations"
  | "clearNote"
  | "merge"
  | "mergeAcross"
  | "mergeVertically"
  | "breakApart"
  | "isPartOfMerge"
  | "getMergedRanges"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getNumRows"
  | "getNumColumns"
  | "getA1Notation"
  | "getSheet"
  | "getGridId"
  | "getCell"
  | "offset"
  | "isBlank"
  | "getDataValidation"
  | "getDataValidations"
  | "setDataValidation"
  | "setDataValidations"
  | "protect"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "createDeveloperMetadataFinder"
  | "activate"
>;

export function makeRange(env: Env, sheetId: number, rect: GridRect): GasRange {
  return asGas<GasRange>(expose(env, "Range", new Range(env, sheetId, rect), true));
}

/** A rectangle on a sheet, as Apps Script's Range. */
export class Range implements Supported {
  constructor(
    readonly _env: Env,
    readonly _sheetId: number,
    readonly _rect: GridRect,
  ) {}

  get _sheet(): SheetState {
    return this._env.sheetById(this._sheetId);
  }

  private cells<T>(read: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const env = this._env;
    const { row, col, numRows, numCols } = this._rect;
    const sheet = this._sheet;
    const out = new env.realm.Array<T[]>();
    for (let r = row; r < row + numRows; r++) {
      const line = new env.realm.Array<T>();
      const stored = sheet.rows[r - 1];
      for (let c = col; c < col + numCols; c++) line.push(read(stored?.[c - 1], r, c));
      out.push(line);
    }
    return out;
  }

  /** Applies a change to every cell; `create: false` (for clearing) visits only cells that exist. */
  private forEachCell(
    method: string,
    write: (cell: Cell, row: number, col: number) => void,
    create = true,
  ): this {
    assertEditable(this._env, this._sheet, this._rect, method);
    const { row, col, numRows, numCols } = this._rect;
    const sheet = this._sheet;
    for (let r = row; r < row + numRows; r++) {
      if (!create && !sheet.rows[r - 1]) continue;
      for (let c = col; c < col + numCols; c++) {
        const cell = create ? cellFor(sheet, r, c) : cellAt(sheet, r, c);
        if (cell) write(cell, r, c);
      }
    }
    this._env.touched();
    return this;
  }

  /** Checks a 2-D argument has this range's shape, with Sheets' messages. */
  private checkGrid(method: string, grid: unknown): asserts grid is unknown[][] {
    if (!Array.isArray(grid) || !grid.every((line) => Array.isArray(line))) {
      throw this._env.error(MESSAGES.parameters(describeArgs([grid]), `SpreadsheetApp.Range.${method}`));
    }
    if (grid.length !== this._rect.numRows)
      throw this._env.error(MESSAGES.rowsMismatch(grid.length, this._rect.numRows));
    for (const line of grid as unknown[][]) {
      if (line.length !== this._rect.numCols)
        throw this._env.error(MESSAGES.columnsMismatch(line.length, this._rect.numCols));
    }
  }

  private valueAt(row: number, col: number, sheet = this._sheet): Scalar | undefined {
    if (sheet.merges.length > 0 && this.hiddenByMerge(sheet, row, col)) return undefined;
    const cell = sheet.rows[row - 1]?.[col - 1];
    if (cell !== undefined && cell.formula === undefined && cell.value !== undefined) return cell.value;
    return this._env.formulas.read(sheet, row, col).value;
  }

  private hiddenByMerge(sheet: SheetState, row: number, col: number): boolean {
    return sheet.merges.some(
      (m) => rectsIntersect(m, { row, col, numRows: 1, numCols: 1 }) && !(m.row === row && m.col === col),
    );
  }

  private output(value: Scalar | undefined): Scalar {
    if (value === undefined) return "";
    return copyScalar(value, (ms) => this._env.date(ms));
  }

  /** Stores one value the way Sheets' setValue does, parsing strings as if typed. */
  private store(cell: Cell, value: unknown, row: number, col: number, method: string): void {
    const env = this._env;
    let parsed: ReturnType<typeof parseInput>;
    if (value === null || value === undefined || value === "") parsed = { kind: "blank" };
    else if (typeof value === "number") {
      if (!Number.isFinite(value)) throw env.error(MESSAGES.notFinite(value));
      parsed = { kind: "value", value };
    } else if (typeof value === "boolean") parsed = { kind: "value", value };
    else if (isDate(value)) {
      if (Number.isNaN(value.getTime()))
        throw env.error(MESSAGES.parameters("Date", `SpreadsheetApp.Range.${method}`));
      parsed = { kind: "value", value: new Date(value.getTime()) };
    } else if (typeof value === "string")
      parsed = parseInput(value, cell.numberFormat, env.state.locale, env.state.timeZone);
    else throw env.error(MESSAGES.parameters(describeArgs([value]), `SpreadsheetApp.Range.${method}`));
    if (parsed.kind !== "formula" && cell.validation && !cell.validation.allowInvalid) {
      const candidate = parsed.kind === "value" ? parsed.value : "";
      if (parsed.kind === "value" && !validationAccepts(env, cell.validation, candidate)) {
        throw env.error(MESSAGES.validation(`${columnLetters(col)}${row}`));
      }
    }
    // Assigning undefined instead of delete keeps V8's fast object shapes on big sheets.
    cell.formula = undefined;
    cell.value = undefined;
    if (parsed.kind === "formula") cell.formula = parsed.formula;
    else if (parsed.kind === "value") {
      cell.value = parsed.value;
      if (parsed.format && cell.numberFormat === undefined) cell.numberFormat = parsed.format;
    }
  }

  getValue(): unknown {
    return this.output(this.valueAt(this._rect.row, this._rect.col));
  }

  getValues(): unknown[][] {
    const sheet = this._sheet;
    return this.cells((_cell, r, c) => this.output(this.valueAt(r, c, sheet)));
  }

  setValue(value: unknown): GasRange {
    return asGas(this.forEachCell("setValue", (cell, r, c) => this.store(cell, value, r, c, "setValue")));
  }

  setValues(values: unknown[][]): GasRange {
    this.checkGrid("setValues", values);
    const { row, col } = this._rect;
    return asGas(
      this.forEachCell("setValues", (cell, r, c) =>
        this.store(cell, values[r - row]?.[c - col], r, c, "setValues"),
      ),
    );
  }

  private display(row: number, col: number): string {
    const env = this._env;
    const cell = cellAt(this._sheet, row, col);
    return displayText(this.valueAt(row, col), cell?.numberFormat, env.state.locale, env.state.timeZone);
  }

  getDisplayValue(): string {
    return this.display(this._rect.row, this._rect.col);
  }

  getDisplayValues(): string[][] {
    return this.cells((_cell, r, c) => this.display(r, c));
  }

  getFormula(): string {
    return cellAt(this._sheet, this._rect.row, this._rect.col)?.formula ?? "";
  }

  getFormulas(): string[][] {
    return this.cells((cell) => cell?.formula ?? "");
  }

  private storeFormula(cell: Cell, formula: unknown, row: number, col: number, method: string): void {
    if (typeof formula !== "string")
      throw this._env.error(MESSAGES.parameters(describeArgs([formula]), `SpreadsheetApp.Range.${method}`));
    if (formula.startsWith("=") && formula.length > 1) {
      cell.value = undefined;
      cell.formula = formula;
    } else {
      this.store(cell, formula, row, col, method);
    }
  }

  setFormula(formula: string): GasRange {
    return asGas(
      this.forEachCell("setFormula", (cell, r, c) => this.storeFormula(cell, formula, r, c, "setFormula")),
    );
  }

  setFormulas(formulas: string[][]): GasRange {
    this.checkGrid("setFormulas", formulas);
    const { row, col } = this._rect;
    return asGas(
      this.forEachCell("setFormulas", (cell, r, c) =>
        this.storeFormula(cell, formulas[r - row]?.[c - col], r, c, "setFormulas"),
      ),
    );
  }

  private setEach<T>(
    method: string,
    grid: unknown[][] | null,
    apply: (cell: Cell, value: T | null) => void,
  ): GasRange {
    if (grid === null) throw this._env.error(MESSAGES.parameters("null", `SpreadsheetApp.Range.${method}`));
    this.checkGrid(method, grid);
    const { row, col } = this._rect;
    return asGas(
      this.forEachCell(method, (cell, r, c) => apply(cell, (grid[r - row]?.[c - col] ?? null) as T | null)),
    );
  }

  getNumberFormat(): string {
    return cellAt(this._sheet, this._rect.row, this._rect.col)?.numberFormat ?? "General";
  }

  getNumberFormats(): string[][] {
    return this.cells((cell) => cell?.numberFormat ?? "General");
  }

  private formatSetter(format: unknown): (cell: Cell) => void {
    if (typeof format !== "string")
      throw this._env.error(
        MESSAGES.parameters(describeArgs([format]), "SpreadsheetApp.Range.setNumberFormat"),
      );
    return (cell) => {
      if (format === "" || format === "General") delete cell.numberFormat;
      else cell.numberFormat = format;
    };
  }

  setNumberFormat(numberFormat: string): GasRange {
    const apply = this.formatSetter(numberFormat);
    return asGas(this.forEachCell("setNumberFormat", apply));
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    return this.setEach<string>("setNumberFormats", numberFormats, (cell, f) =>
      this.formatSetter(f ?? "")(cell),
    );
  }

  private color(value: unknown, method: string): string | null {
    if (value === null || value === "") return null;
    if (typeof value !== "string")
      throw this._env.error(MESSAGES.parameters(describeArgs([value]), `SpreadsheetApp.Range.${method}`));
    const color = normalizeColor(value);
    if (!color)
      throw this._env.error(`Invalid color "${value}" in ${method}: use #rrggbb or a CSS colour name.`);
    return color;
  }

  getBackground(): string {
    return cellAt(this._sheet, this._rect.row, this._rect.col)?.background ?? DEFAULT_BACKGROUND;
  }

  getBackgrounds(): string[][] {
    return this.cells((cell) => cell?.background ?? DEFAULT_BACKGROUND);
  }

  setBackground(color: string | null): GasRange {
    const value = this.color(color, "setBackground");
    return asGas(
      this.forEachCell("setBackground", (cell) => {
        if (value === null) delete cell.background;
        else cell.background = value;
      }),
    );
  }

  setBackgrounds(colors: Array<Array<string | null>>): GasRange {
    return this.setEach<string>("setBackgrounds", colors, (cell, v) => {
      const value = this.color(v, "setBackgrounds");
      if (value === null) delete cell.background;
      else cell.background = value;
    });
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return (cellAt(this._sheet, this._rect.row, this._rect.col)?.fontWeight ??
      "normal") as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.cells((cell) => (cell?.fontWeight ?? "normal") as GoogleAppsScript.Spreadsheet.FontWeight);
  }

  private weight(value: unknown, method: string): string | null {
    if (value === null) return null;
    if (value !== "bold" && value !== "normal")
      throw this._env.error(MESSAGES.parameters(describeArgs([value]), `SpreadsheetApp.Range.${method}`));
    return value;
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    const value = this.weight(fontWeight, "setFontWeight");
    return asGas(
      this.forEachCell("setFontWeight", (cell) => {
        if (value === null || value === "normal") delete cell.fontWeight;
        else cell.fontWeight = value;
      }),
    );
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GasRange {
    return this.setEach<string>("setFontWeights", fontWeights, (cell, v) => {
      const value = this.weight(v, "setFontWeights");
      if (value === null || value === "normal") delete cell.fontWeight;
      else cell.fontWeight = value;
    });
  }

  /** Not part of the typed interface any more, but still in Apps Script and handy for tests. */
  getFontColor(): string {
    return cellAt(this._sheet, this._rect.row, this._rect.col)?.fontColor ?? DEFAULT_FONT_COLOR;
  }

  setFontColor(color: string | null): GasRange {
    const value = this.color(color, "setFontColor");
    return asGas(
      this.forEachCell("setFontColor", (cell) => {
        if (value === null) delete cell.fontColor;
        else cell.fontColor = value;
      }),
    );
  }

  setFontColors(colors: unknown[][]): GasRange {
    return this.setEach<string>("setFontColors", colors, (cell, v) => {
      const value = this.color(v, "setFontColors");
      if (value === null) delete cell.fontColor;
      else cell.fontColor = value;
    });
  }

  setFontSize(size: number): GasRange {
    if (typeof size !== "number" || size <= 0)
      throw this._env.error(MESSAGES.parameters(describeArgs([size]), "SpreadsheetApp.Range.setFontSize"));
    return asGas(this.forEachCell("setFontSize", (cell) => (cell.fontSize = size)));
  }

  private alignment(value: unknown, method: string): string | null {
    if (value === null) return null;
    if (
      typeof value !== "string" ||
      !["left", "center", "normal", "right", "general", "general-left", "general-right"].includes(
        value.toLowerCase(),
      )
    ) {
      throw this._env.error(MESSAGES.parameters(describeArgs([value]), `SpreadsheetApp.Range.${method}`));
    }
    return value.toLowerCase();
  }

  getHorizontalAlignment(): string {
    return cellAt(this._sheet, this._rect.row, this._rect.col)?.horizontalAlignment ?? "general";
  }

  getHorizontalAlignments(): string[][] {
    return this.cells((cell) => cell?.horizontalAlignment ?? "general");
  }

  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): GasRange {
    const value = this.alignment(alignment, "setHorizontalAlignment");
    return asGas(
      this.forEachCell("setHorizontalAlignment", (cell) => {
        if (value === null || value === "normal") delete cell.horizontalAlignment;
        else cell.horizontalAlignment = value;
      }),
    );
  }

  setHorizontalAlignments(alignments: Array<Array<"left" | "center" | "normal" | "right" | null>>): GasRange {
    return this.setEach<string>("setHorizontalAlignments", alignments, (cell, v) => {
      const value = this.alignment(v, "setHorizontalAlignments");
      if (value === null || value === "normal") delete cell.horizontalAlignment;
      else cell.horizontalAlignment = value;
    });
  }

  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): GasRange {
    return asGas(
      this.forEachCell("setVerticalAlignment", (cell) => {
        if (alignment === null) delete cell.verticalAlignment;
        else cell.verticalAlignment = alignment;
      }),
    );
  }

  getWrap(): boolean {
    return cellAt(this._sheet, this._rect.row, this._rect.col)?.wrap ?? false;
  }

  getWraps(): boolean[][] {
    return this.cells((cell) => cell?.wrap ?? false);
  }

  setWrap(isWrapEnabled: boolean): GasRange {
    if (typeof isWrapEnabled !== "boolean")
      throw this._env.error(
        MESSAGES.parameters(describeArgs([isWrapEnabled]), "SpreadsheetApp.Range.setWrap"),
      );
    return asGas(this.forEachCell("setWrap", (cell) => (cell.wrap = isWrapEnabled)));
  }

  setWraps(isWrapEnabled: boolean[][]): GasRange {
    return this.setEach<boolean>("setWraps", isWrapEnabled, (cell, v) => (cell.wrap = v === true));
  }

  getNote(): string {
    return cellAt(this._sheet, this._rect.row, this._rect.col)?.note ?? "";
  }

  setNote(note: string | null): GasRange {
    return asGas(
      this.forEachCell("setNote", (cell) => {
        if (note === null || note === "") delete cell.note;
        else cell.note = String(note);
      }),
    );
  }

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GasRange {
    const only =
      options &&
      (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    const contents = !only || options?.contentsOnly === true;
    const formats = !only || options?.formatOnly === true;
    const validations = options?.validationsOnly === true;
    return asGas(
      this.forEachCell(
        "clear",
        (cell) => {
          if (contents) {
            delete cell.value;
            delete cell.formula;
          }
          if (formats) clearFormats(cell);
          if (validations) delete cell.validation;
        },
        false,
      ),
    );
  }

  clearContent(): GasRange {
    return asGas(
      this.forEachCell(
        "clearContent",
        (cell) => {
          cell.value = undefined;
          cell.formula = undefined;
        },
        false,
      ),
    );
  }

  clearFormat(): GasRange {
    return asGas(this.forEachCell("clearFormat", clearFormats, false));
  }

  clearDataValidations(): GasRange {
    return asGas(this.forEachCell("clearDataValidations", (cell) => delete cell.validation, false));
  }

  clearNote(): GasRange {
    return asGas(this.forEachCell("clearNote", (cell) => delete cell.note, false));
  }

  private addMerges(rects: GridRect[]): GasRange {
    assertEditable(this._env, this._sheet, this._rect, "merge");
    const sheet = this._sheet;
    sheet.merges = sheet.merges.filter((m) => !rects.some((r) => rectsIntersect(m, r)));
    for (const rect of rects) {
      if (rect.numRows * rect.numCols > 1) sheet.merges.push({ ...rect });
    }
    this._env.touched();
    return asGas(this);
  }

  merge(): GasRange {
    return this.addMerges([this._rect]);
  }

  mergeAcross(): GasRange {
    const { row, col, numRows, numCols } = this._rect;
    return this.addMerges(
      Array.from({ length: numRows }, (_, i) => ({ row: row + i, col, numRows: 1, numCols })),
    );
  }

  mergeVertically(): GasRange {
    const { row, col, numRows, numCols } = this._rect;
    return this.addMerges(
      Array.from({ length: numCols }, (_, i) => ({ row, col: col + i, numRows, numCols: 1 })),
    );
  }

  breakApart(): GasRange {
    assertEditable(this._env, this._sheet, this._rect, "breakApart");
    const sheet = this._sheet;
    const rect = this._rect;
    const partial = sheet.merges.find(
      (m) =>
        rectsIntersect(m, rect) &&
        !(
          m.row >= rect.row &&
          m.col >= rect.col &&
          m.row + m.numRows <= rect.row + rect.numRows &&
          m.col + m.numCols <= rect.col + rect.numCols
        ),
    );
    if (partial)
      throw this._env.error("You must select all cells in a merged range to merge or unmerge them.");
    sheet.merges = sheet.merges.filter((m) => !rectsIntersect(m, rect));
    this._env.touched();
    return asGas(this);
  }

  isPartOfMerge(): boolean {
    return this._sheet.merges.some((m) => rectsIntersect(m, this._rect));
  }

  getMergedRanges(): GasRange[] {
    return this._env.list(
      this._sheet.merges
        .filter((m) => rectsIntersect(m, this._rect))
        .map((m) => makeRange(this._env, this._sheetId, m)),
    );
  }

  getRow(): number {
    return this._rect.row;
  }

  getColumn(): number {
    return this._rect.col;
  }

  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }

  getLastColumn(): number {
    return this._rect.col + this._rect.numCols - 1;
  }

  getNumRows(): number {
    return this._rect.numRows;
  }

  getNumColumns(): number {
    return this._rect.numCols;
  }

  getA1Notation(): string {
    const sheet = this._sheet;
    const { row, col, numRows, numCols } = this._rect;
    if (row === 1 && numRows === sheet.maxRows && numCols > 0) {
      return `${columnLetters(col)}:${columnLetters(col + numCols - 1)}`;
    }
    if (col === 1 && numCols === sheet.maxCols) return `${row}:${row + numRows - 1}`;
    return rectToA1(this._rect);
  }

  /** For messages and dumps: 'Sheet name'!A1:B2. */
  _qualifiedA1(): string {
    return `${quoteSheetName(this._sheet.name)}!${rectToA1(this._rect)}`;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this._env.makeSheet(this._sheetId);
  }

  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    return createFilter(this._env, this._sheetId, this._rect);
  }

  getGridId(): number {
    return this._sheetId;
  }

  getCell(row: number, column: number): GasRange {
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(column) ||
      row < 1 ||
      column < 1 ||
      row > this._rect.numRows ||
      column > this._rect.numCols
    ) {
      throw this._env.error(MESSAGES.cellOutOfRange);
    }
    return makeRange(this._env, this._sheetId, {
      row: this._rect.row + row - 1,
      col: this._rect.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    const sheet = this._sheet;
    return this._env.makeSheetRange(
      sheet,
      this._rect.row + rowOffset,
      this._rect.col + columnOffset,
      numRows ?? this._rect.numRows,
      numColumns ?? this._rect.numCols,
    );
  }

  isBlank(): boolean {
    return this.cells((_cell, r, c) => this.valueAt(r, c)).every((line) =>
      line.every((v) => v === undefined || v === ""),
    );
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const state = cellAt(this._sheet, this._rect.row, this._rect.col)?.validation;
    return state ? DataValidation.make(this._env, state) : null;
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.cells((cell) => (cell?.validation ? DataValidation.make(this._env, cell.validation) : null));
  }

  private validationState(rule: unknown, method: string) {
    if (rule === null) return null;
    const validation = unwrap(rule, DataValidation);
    if (!validation)
      throw this._env.error(MESSAGES.parameters(describeArgs([rule]), `SpreadsheetApp.Range.${method}`));
    return validation._state;
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    const state = this.validationState(rule, "setDataValidation");
    return asGas(
      this.forEachCell("setDataValidation", (cell) => {
        if (state === null) delete cell.validation;
        else cell.validation = { ...state, values: [...state.values] };
      }),
    );
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GasRange {
    return this.setEach<unknown>("setDataValidations", rules, (cell, rule) => {
      const state = this.validationState(rule, "setDataValidations");
      if (state === null) delete cell.validation;
      else cell.validation = { ...state, values: [...state.values] };
    });
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return makeProtection(this._env, this._sheetId, "RANGE", { ...this._rect });
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): GasRange {
    const sheet = this._sheet;
    const { row, col, numRows, numCols } = this._rect;
    let location;
    if (col === 1 && numCols === sheet.maxCols)
      location = { type: "ROW" as const, sheetId: sheet.id, start: row, count: numRows };
    else if (row === 1 && numRows === sheet.maxRows)
      location = { type: "COLUMN" as const, sheetId: sheet.id, start: col, count: numCols };
    else throw this._env.error(MESSAGES.metadataLocation);
    addMetadata(this._env, location, key, valueOrVisibility, visibility);
    return asGas(this);
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this._env, { sheetId: this._sheetId, rect: this._rect, exact: true });
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return MetadataFinder.make(this._env, { sheetId: this._sheetId, rect: this._rect, exact: false });
  }

  activate(): GasRange {
    this._env.state.activeSheetId = this._sheetId;
    return asGas(this);
  }
}

function clearFormats(cell: Cell): void {
  delete cell.numberFormat;
  delete cell.background;
  delete cell.fontWeight;
  delete cell.fontColor;
  delete cell.fontSize;
  delete cell.horizontalAlignment;
  delete cell.verticalAlignment;
  delete cell.wrap;
}
