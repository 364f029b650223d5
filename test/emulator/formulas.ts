import { CellError, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { quoteSheetName, columnLetters } from "./a1";
import type { Env } from "./env";
import { cellAt, type Scalar, type SheetState } from "./model";
import { isDateFormat } from "./numberFormat";
import { isDate } from "./realm";
import { dateToSerial } from "./values";

/** Calls the add-on's custom functions (from the built Code.js) on behalf of the formula engine. */
export interface CustomFunctionHost {
  /** Names of the top-level functions marked @customfunction. */
  names(): string[];
  /** Runs one custom function; returns what it returned or throws what it threw. */
  call(name: string, args: unknown[]): unknown;
}

/** What a person sees for a formula (or spilled) cell: the value, and for errors the reason shown on hover. */
export interface Computed {
  value: Scalar | undefined;
  error?: string;
}

const ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  NA: "#N/A",
  NAME: "#NAME?",
  NUM: "#NUM!",
  REF: "#REF!",
  VALUE: "#VALUE!",
  ERROR: "#ERROR!",
  CYCLE: "#REF!",
  SPILL: "#REF!",
  LIC: "#ERROR!",
};

interface HfAddress {
  sheet: number;
  row: number;
  col: number;
}
interface CallAst {
  procedureName: string;
  args: unknown[];
}
interface CallState {
  formulaAddress: HfAddress;
}

/** The engine that is evaluating right now; HyperFormula's plugins are registered globally. */
let active: FormulaEngine | undefined;

class CustomFunctionPlugin extends FunctionPlugin {
  static override implementedFunctions = {};
  customFunction(ast: CallAst, state: CallState): unknown {
    if (!active) return new CellError(ErrorType.ERROR, "no spreadsheet is evaluating");
    const evaluate = (arg: unknown) => this.evaluateAst(arg as never, state as never);
    return active.callCustomFunction(ast, state, evaluate);
  }
}
const registered = new Set<string>();

function registerCustomFunctions(names: readonly string[]): void {
  const fresh = names.filter((n) => !registered.has(n));
  if (fresh.length === 0) return;
  // HyperFormula looks the method up on the plugin's own prototype.
  const plugin = class extends CustomFunctionPlugin {
    override customFunction(ast: CallAst, state: CallState): unknown {
      return super.customFunction(ast, state);
    }
  };
  const implemented: Record<string, { method: string; vectorizationForbidden: boolean }> = {};
  const translations: Record<string, string> = {};
  for (const name of fresh) {
    implemented[name] = { method: "customFunction", vectorizationForbidden: true };
    translations[name] = name;
  }
  plugin.implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(plugin, { enGB: translations });
  for (const name of fresh) registered.add(name);
}

const key = (sheetId: number, row: number, col: number) => `${sheetId}:${row}:${col}`;

function plainScalar(value: unknown): unknown {
  if (value !== null && typeof value === "object" && "val" in value) return (value as { val: unknown }).val;
  return value;
}

/**
 * Sheets' IFERROR takes one argument too ("IFERROR(A2)": blank on an error, Google's reference at
 * support.google.com/docs/answer/3093304); HyperFormula requires two, so the blank is written out for it.
 */
export function withSheetsDefaults(formula: string): string {
  if (!/IFERROR\s*\(/i.test(formula)) return formula;
  let out = "";
  let quoted = false;
  const open: { iferror: boolean; commas: number }[] = [];
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] as string;
    if (ch === '"') quoted = !quoted;
    if (!quoted) {
      if (ch === "(") {
        open.push({ iferror: /IFERROR\s*$/i.test(formula.slice(0, i)), commas: 0 });
      } else if (ch === "," && open.length > 0) {
        (open[open.length - 1] as { commas: number }).commas++;
      } else if (ch === ")") {
        const call = open.pop();
        if (call?.iferror && call.commas === 0) out += ',""';
      }
    }
    out += ch;
  }
  return out;
}

/** Is the whole formula one call of `name` (so its array result may spill)? */
function isTopLevelCall(formula: string, name: string): boolean {
  const m = new RegExp(`^=\\s*${name}\\s*\\(`, "i").exec(formula);
  if (!m) return false;
  let depth = 0;
  let quoted = false;
  for (let i = m[0].length - 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(") depth++;
    if (ch === ")") {
      depth--;
      if (depth === 0) return formula.slice(i + 1).trim() === "";
    }
  }
  return false;
}

/**
 * Computes formulas with HyperFormula. The workbook is loaded into HyperFormula lazily, only when a
 * read needs a formula result and something changed since the last computation. Custom functions that
 * return a 2-D array spill into the cells below and to the right, as in Sheets; a spill that would
 * overwrite data gives #REF!.
 */
export class FormulaEngine {
  private computedVersion = -1;
  private computing = false;
  private computed = new Map<string, Computed>();
  private sheetsWithFormulas = new Set<number>();
  private hfSheetIds = new Map<number, number>();
  private stateSheetByHf = new Map<number, SheetState>();
  private spillResults = new Map<string, unknown[][]>();

  constructor(
    private readonly env: Env,
    private readonly host: CustomFunctionHost | undefined,
  ) {}

  /** The value a reader sees at a position that holds a formula, a spilled result or nothing. */
  read(sheet: SheetState, row: number, col: number): Computed {
    const cell = cellAt(sheet, row, col);
    if (cell?.formula === undefined && cell?.value !== undefined) return { value: cell.value };
    this.ensure();
    if (!this.sheetsWithFormulas.has(sheet.id)) return { value: undefined };
    return this.computed.get(key(sheet.id, row, col)) ?? { value: undefined };
  }

  /** Highest row and column holding a computed value on a sheet (spills count, as in Sheets). */
  extent(sheet: SheetState): { rows: number; cols: number } {
    this.ensure();
    let rows = 0;
    let cols = 0;
    if (!this.sheetsWithFormulas.has(sheet.id)) return { rows, cols };
    const prefix = `${sheet.id}:`;
    for (const [k, v] of this.computed) {
      if (!k.startsWith(prefix) || v.value === undefined || v.value === "") continue;
      const [, r, c] = k.split(":").map(Number);
      rows = Math.max(rows, r ?? 0);
      cols = Math.max(cols, c ?? 0);
    }
    return { rows, cols };
  }

  /** Evaluates a formula as if it stood in (row, col) of a sheet, for conditional-format custom formulas. */
  evaluateAt(sheet: SheetState, formula: string): Computed {
    this.ensure(true);
    const hf = this.hf;
    const hfId = this.hfSheetIds.get(sheet.id);
    if (!hf || hfId === undefined) return { value: undefined };
    const result = hf.calculateFormula(formula, hfId);
    if (Array.isArray(result)) return this.fromHf(result[0]?.[0]);
    return this.fromHf(result);
  }

  private hf: HyperFormula | undefined;

  private ensure(forceEngine = false): void {
    if (this.computing) return;
    if (this.computedVersion === this.env.version && (!forceEngine || this.hf)) return;
    this.computing = true;
    try {
      this.computeAll(forceEngine);
      this.computedVersion = this.env.version;
    } finally {
      this.computing = false;
    }
  }

  private computeAll(forceEngine: boolean): void {
    const sheets = this.env.state.sheets;
    this.sheetsWithFormulas.clear();
    this.computed.clear();
    for (const sheet of sheets) {
      if (sheet.rows.some((line) => line?.some((cell) => cell?.formula !== undefined)))
        this.sheetsWithFormulas.add(sheet.id);
    }
    this.hf?.destroy();
    this.hf = undefined;
    if (this.sheetsWithFormulas.size === 0 && !forceEngine) return;
    if (this.host) registerCustomFunctions(this.host.names());
    const names = this.env.state.namedRanges.map((n) => {
      const sheet = sheets.find((s) => s.id === n.sheetId);
      const r = n.rect;
      const ref = `$${columnLetters(r.col)}$${r.row}:$${columnLetters(r.col + r.numCols - 1)}$${r.row + r.numRows - 1}`;
      return { name: n.name, expression: `=${quoteSheetName(sheet?.name ?? "")}!${ref}` };
    });
    this.spillResults.clear();
    // HyperFormula's plugins are global, so the engine that is evaluating is published for them.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    active = this;
    try {
      // Sheets are added empty first so the sheet mapping exists before any custom function runs.
      const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", maxRows: 10_000_000, maxColumns: 18_278 });
      this.hf = hf;
      this.hfSheetIds.clear();
      this.stateSheetByHf.clear();
      for (const sheet of sheets) {
        const id = hf.getSheetId(hf.addSheet(sheet.name));
        if (id === undefined) continue;
        this.hfSheetIds.set(sheet.id, id);
        this.stateSheetByHf.set(id, sheet);
      }
      hf.batch(() => {
        for (const n of names) hf.addNamedExpression(n.name, n.expression);
        for (const sheet of sheets) {
          const id = this.hfSheetIds.get(sheet.id);
          if (id !== undefined) hf.setSheetContent(id, this.contentOf(sheet) as never);
        }
      });
      const blocked = this.settleSpills(hf);
      this.collect(hf, blocked);
    } finally {
      active = undefined;
    }
  }

  /** HyperFormula's input for one sheet: formulas as text, text forced to stay text, dates as serials. */
  private contentOf(sheet: SheetState): unknown[][] {
    const out: unknown[][] = [];
    sheet.rows.forEach((line, r) => {
      if (!line) return;
      const row: unknown[] = [];
      line.forEach((cell, c) => {
        if (!cell) return;
        if (cell.formula !== undefined) row[c] = withSheetsDefaults(cell.formula);
        else if (typeof cell.value === "string") row[c] = `'${cell.value}`;
        else if (isDate(cell.value)) row[c] = dateToSerial(cell.value, this.env.state.timeZone);
        else if (cell.value !== undefined) row[c] = cell.value;
      });
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
      out[r] = row;
    });
    for (let r = 0; r < out.length; r++) if (!out[r]) out[r] = [];
    return out;
  }

  /** Writes spilled custom-function results into empty cells until the results stop changing. */
  private settleSpills(hf: HyperFormula): Map<string, string> {
    const injected = new Map<string, { address: HfAddress; value: unknown }>();
    let blocked = new Map<string, string>();
    for (let round = 0; round < 6; round++) {
      const desired = new Map<string, { address: HfAddress; value: unknown }>();
      blocked = new Map();
      for (const [origin, grid] of this.spillResults) {
        const [sheet, row, col] = origin.split(":").map(Number) as [number, number, number];
        const state = this.stateSheetByHf.get(sheet);
        if (!state) continue;
        const cells: Array<[string, HfAddress, unknown]> = [];
        let obstacle: string | undefined;
        grid.forEach((line, dr) =>
          line.forEach((value, dc) => {
            if (dr === 0 && dc === 0) return;
            const address = { sheet, row: row + dr, col: col + dc };
            const k = `${sheet}:${address.row}:${address.col}`;
            const target = cellAt(state, address.row + 1, address.col + 1);
            const outside = address.row + 1 > state.maxRows || address.col + 1 > state.maxCols;
            const taken = target?.formula !== undefined || target?.value !== undefined || desired.has(k);
            if ((outside || taken) && !obstacle)
              obstacle = `${columnLetters(address.col + 1)}${address.row + 1}`;
            cells.push([k, address, value]);
          }),
        );
        if (obstacle) {
          blocked.set(
            origin,
            `Array result was not expanded because it would overwrite data in ${obstacle}.`,
          );
          continue;
        }
        for (const [k, address, value] of cells) desired.set(k, { address, value });
      }
      const changes: Array<{ address: HfAddress; value: unknown }> = [];
      for (const [k, entry] of injected)
        if (!desired.has(k)) changes.push({ address: entry.address, value: null });
      for (const [k, entry] of desired) {
        const before = injected.get(k);
        if (!before || before.value !== entry.value) changes.push(entry);
      }
      if (changes.length === 0) break;
      injected.clear();
      for (const [k, entry] of desired) injected.set(k, entry);
      hf.batch(() => {
        for (const change of changes)
          hf.setCellContents(change.address, [[this.toHfInput(change.value)] as never]);
      });
    }
    return blocked;
  }

  private toHfInput(value: unknown): unknown {
    if (value === undefined || value === null || value === "") return null;
    if (typeof value === "string") return `'${value}`;
    if (isDate(value)) return dateToSerial(value, this.env.state.timeZone);
    return value;
  }

  private collect(hf: HyperFormula, blocked: Map<string, string>): void {
    for (const sheetId of this.sheetsWithFormulas) {
      const sheet = this.env.sheetById(sheetId);
      const hfId = this.hfSheetIds.get(sheetId);
      if (hfId === undefined) continue;
      const values = hf.getSheetValues(hfId);
      values.forEach((line, r) =>
        line.forEach((raw, c) => {
          const cell = cellAt(sheet, r + 1, c + 1);
          if (cell?.value !== undefined && cell.formula === undefined) return;
          let computed = this.fromHf(raw);
          const origin = blocked.get(`${hfId}:${r}:${c}`);
          if (origin) computed = { value: "#REF!", error: origin };
          if (computed.value === undefined && cell?.formula === undefined) return;
          if (typeof computed.value === "number" && cell?.numberFormat && isDateFormat(cell.numberFormat)) {
            computed = { value: new Date(Date.UTC(1899, 11, 30) + computed.value * 86_400_000) };
          }
          this.computed.set(key(sheetId, r + 1, c + 1), computed);
        }),
      );
    }
  }

  private fromHf(raw: unknown): Computed {
    if (raw === null || raw === undefined) return { value: undefined };
    if (typeof raw === "object" && raw !== null && "type" in raw && "value" in raw) {
      const error = raw as { type: string; value: string; message?: string };
      return { value: ERROR_TEXT[error.type] ?? error.value, error: error.message ?? "" };
    }
    if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return { value: raw };
    return { value: String(raw) };
  }

  /** Called by the HyperFormula plugin for every custom-function call. */
  callCustomFunction(ast: CallAst, state: CallState, evaluate: (arg: unknown) => unknown): unknown {
    const host = this.host;
    if (!host) return new CellError(ErrorType.NAME, `Unknown function: ${ast.procedureName}`);
    const args = ast.args.map((arg) => this.argumentValue(arg, evaluate(arg)));
    let result: unknown;
    try {
      result = host.call(ast.procedureName, args);
    } catch (error) {
      const message =
        error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
      return new CellError(ErrorType.ERROR, message);
    }
    const grid = this.resultGrid(result);
    const address = state.formulaAddress;
    const sheet = this.stateSheetByHf.get(address.sheet);
    const formula = sheet ? cellAt(sheet, address.row + 1, address.col + 1)?.formula : undefined;
    const first = grid[0]?.[0];
    if (grid.length > 1 || (grid[0]?.length ?? 0) > 1) {
      if (formula && isTopLevelCall(formula, ast.procedureName)) {
        this.spillResults.set(`${address.sheet}:${address.row}:${address.col}`, grid);
      } else {
        return SimpleRangeValue.onlyValues(grid.map((line) => line.map((v) => this.toHfResult(v))) as never);
      }
    } else {
      this.spillResults.delete(`${address.sheet}:${address.row}:${address.col}`);
    }
    return this.toHfResult(first);
  }

  private resultGrid(result: unknown): unknown[][] {
    if (!Array.isArray(result)) return [[result]];
    if (result.length === 0) return [[""]];
    if (result.every((line) => Array.isArray(line))) {
      const width = Math.max(...result.map((line: unknown[]) => line.length));
      return result.map((line: unknown[]) => Array.from({ length: width }, (_, i) => line[i] ?? ""));
    }
    return [result.map((v: unknown) => (Array.isArray(v) ? v[0] : v))];
  }

  private toHfResult(value: unknown): unknown {
    if (value === undefined || value === null) return "";
    if (typeof value === "number")
      return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, "Result was not a finite number.");
    if (typeof value === "string" || typeof value === "boolean") return value;
    if (isDate(value)) return dateToSerial(value, this.env.state.timeZone);
    return String(value);
  }

  /** What a custom function receives: ranges as 2-D arrays with "" for blanks, Dates for date cells. */
  private argumentValue(ast: unknown, value: unknown): unknown {
    const realm = this.env.realm;
    const convert = (v: unknown, address?: HfAddress): unknown => {
      const plain = plainScalar(v);
      if (typeof plain === "symbol" || plain === null || plain === undefined) return "";
      if (plain instanceof CellError) return ERROR_TEXT[plain.type] ?? "#ERROR!";
      if (address) {
        const sheet = this.stateSheetByHf.get(address.sheet);
        const stored = sheet ? cellAt(sheet, address.row + 1, address.col + 1)?.value : undefined;
        if (isDate(stored)) return new realm.Date(stored.getTime());
      }
      return plain;
    };
    if (value instanceof SimpleRangeValue) {
      const start = value.range?.start as HfAddress | undefined;
      const rows = new realm.Array<unknown>();
      value.data.forEach((line, r) => {
        const out = new realm.Array<unknown>();
        line.forEach((v, c) =>
          out.push(
            convert(v, start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : undefined),
          ),
        );
        rows.push(out);
      });
      return rows;
    }
    if (ast && typeof ast === "object" && (ast as { type?: string }).type === "EMPTY") return "";
    return convert(value);
  }
}
