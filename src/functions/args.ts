import {
  ArgumentProblem,
  describeInvalid,
  isBlank,
  isValidNumber,
  type CellValue,
  type Grid,
  type ResultGrid,
  type ResultValue,
} from "../core/cells";

/** What Sheets passes for an argument: a single value, or a 2-D array for a range. */
export type SheetArg = CellValue | CellValue[][];
/** What a custom function returns: one value for a single cell, a 2-D array for a range. */
export type SheetResult = ResultValue | ResultValue[][];

export interface RangeArg {
  grid: Grid;
  /** The width of every row of the grid (a range is rectangular and never empty). */
  columns: number;
  /** True when the argument was a single cell (or value) rather than a range. */
  single: boolean;
}

/** Runs a custom function body; argument problems become errors that start with the function's name. */
export function asCustomFunction<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof ArgumentProblem) throw new Error(`${name}: ${error.message}`);
    throw error;
  }
}

export function rangeArg(argName: string, arg: SheetArg): RangeArg {
  if (!Array.isArray(arg)) return { grid: [[arg]], columns: 1, single: true };
  const first: unknown = arg[0];
  if (!Array.isArray(first) || first.length === 0)
    throw new ArgumentProblem(`the ${argName} range is empty.`);
  const columns = first.length;
  if (!arg.every((row) => Array.isArray(row) && row.length === columns)) {
    throw new ArgumentProblem(`${argName} must be a rectangular range.`);
  }
  return { grid: arg, columns, single: false };
}

/** A range that must be a single column (or a single cell): one value per row. */
export function columnArg(argName: string, arg: SheetArg): RangeArg {
  const range = rangeArg(argName, arg);
  if (range.columns !== 1) {
    throw new ArgumentProblem(`${argName} must be a single column, got ${range.columns} columns.`);
  }
  return range;
}

export function gridResult(grid: ResultGrid, single: boolean): SheetResult {
  return single ? (grid[0]?.[0] ?? "") : grid;
}

/** One result per row, returned as a column (never a flat list). */
export function columnResult(values: readonly ResultValue[], single: boolean): SheetResult {
  if (single) return values[0] ?? "";
  const out: ResultValue[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = [values[i] as ResultValue];
  return out;
}

/** A scalar option; a one-cell range is accepted as its value. */
function scalarOption(argName: string, arg: SheetArg): CellValue {
  if (!Array.isArray(arg)) return arg;
  if (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1) return arg[0][0];
  throw new ArgumentProblem(`${argName} must be a single value, not a range.`);
}

/** True when an optional argument was left out (omitted, "" or null, or a reference to a blank cell). */
export function isOmitted(argName: string, arg: SheetArg): boolean {
  return isBlank(scalarOption(argName, arg));
}

/** An optional number argument: omitted, "" or null take the default; anything else must be a number. */
export function optionalNumberArg(argName: string, arg: SheetArg): number | undefined {
  const value = scalarOption(argName, arg);
  if (isBlank(value)) return undefined;
  if (!isValidNumber(value))
    throw new ArgumentProblem(`${argName} must be a number, got ${describeInvalid(value)}.`);
  return value;
}

/** An optional text option, matched case-insensitively against the allowed words; blank is the first word. */
export function optionalChoice<T extends string>(
  argName: string,
  arg: SheetArg,
  choices: readonly [T, ...T[]],
): T {
  const value = scalarOption(argName, arg);
  if (isBlank(value)) return choices[0];
  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const match = choices.find((c) => c === text);
  if (match === undefined) {
    const allowed = choices.map((c) => `"${c}"`).join(" or ");
    throw new ArgumentProblem(`${argName} must be ${allowed}, got ${describeValue(value)}.`);
  }
  return match;
}

function describeValue(value: CellValue): string {
  return typeof value === "number" ? String(value) : describeInvalid(value);
}

/** Weights as one row or one column; blank weights count as 0. */
export function weightList(arg: SheetArg, criteriaColumns: number): number[] {
  const { grid, columns } = rangeArg("weights", arg);
  const rows = grid.length;
  if (rows > 1 && columns > 1) {
    throw new ArgumentProblem(
      `weights must be one row or one column, got ${rows} rows x ${columns} columns.`,
    );
  }
  const cells = rows > 1 ? grid.map((row) => row[0]) : (grid[0] ?? []);
  if (cells.length !== criteriaColumns) {
    throw new ArgumentProblem(
      `${cells.length} weight${cells.length === 1 ? "" : "s"} given for ${criteriaColumns} criteria column${criteriaColumns === 1 ? "" : "s"}.`,
    );
  }
  return cells.map((cell, i) => {
    if (isBlank(cell)) return 0;
    if (!isValidNumber(cell)) {
      throw new ArgumentProblem(`weight ${i + 1} holds ${describeInvalid(cell)}, not a number.`);
    }
    return cell;
  });
}
