import {
  ArgumentProblem,
  isBlank,
  isValidNumber,
  negativeNotAllowed,
  notANumber,
  type CellValue,
  type Grid,
  type ResultGrid,
} from "./cells";

/** A revenue cell read as Sheets users expect: blank, a usable non-negative number, or a reason why not. */
export type RevenueReading = number | "" | { invalid: string };

export function readRevenue(cell: CellValue, column: number): RevenueReading {
  if (isBlank(cell)) return "";
  if (!isValidNumber(cell)) return { invalid: notANumber(column, cell) };
  if (cell < 0) return { invalid: negativeNotAllowed(column, cell, "revenue") };
  return cell;
}

/** The valid revenues of a range in sheet order (row by row). */
export function validRevenues(revenues: Grid): number[] {
  const out: number[] = [];
  // What readRevenue accepts (its messages for the rest are not needed here).
  for (const row of revenues) for (const cell of row) if (isValidNumber(cell) && cell >= 0) out.push(cell);
  return out;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** The sum of revenues; refuses a sum too large for a number, which would turn every share into 0. */
function finiteSum(valid: readonly number[]): number {
  const s = sum(valid);
  if (!Number.isFinite(s)) throw new ArgumentProblem("the revenues add up to more than a number can hold.");
  return s;
}

/**
 * The denominator T of every share: the given total, else the sum of the valid revenues.
 * A total below the listed revenues would give shares over 100%, so it is refused.
 */
export function revenueTotal(valid: readonly number[], total?: number): number {
  const listed = finiteSum(valid);
  if (total === undefined) {
    if (listed <= 0) throw new ArgumentProblem("there is no revenue to divide by: the revenues add up to 0.");
    return listed;
  }
  if (!(total > 0)) throw new ArgumentProblem(`total must be greater than 0, got ${total}.`);
  if (total < listed) {
    throw new ArgumentProblem(`total (${total}) is smaller than the sum of the listed revenues (${listed}).`);
  }
  return total;
}

/** REVENUE_SHARE: same shape as the input, v / T per valid cell. */
export function revenueShares(revenues: Grid, total?: number): ResultGrid {
  const t = revenueTotal(validRevenues(revenues), total);
  return revenues.map((row) =>
    row.map((cell, j) => {
      const r = readRevenue(cell, j + 1);
      if (r === "") return "";
      if (typeof r === "number") return r / t;
      return r.invalid;
    }),
  );
}

export type ConcentrationLevel = "low" | "moderate" | "high";

export interface ConcentrationSummary {
  customers: number;
  largestShare: number;
  top5Share: number;
  top10Share: number;
  hhi: number;
  /** 10000 / HHI, or null when HHI is 0 (every revenue is 0 against a given total). */
  effectiveCustomers: number | null;
  customersWithTenPercent: number;
  monoCustomer: boolean;
  level: ConcentrationLevel;
}

export const MONO_CUSTOMER_SHARE = 0.5;
export const MAJOR_CUSTOMER_SHARE = 0.1;

export function concentrationLevel(hhi: number): ConcentrationLevel {
  if (hhi < 1500) return "low";
  if (hhi <= 2500) return "moderate";
  return "high";
}

/** Concentration figures over plain revenues (valid numbers only). */
export function concentrationOf(valid: readonly number[], total?: number): ConcentrationSummary {
  const t = revenueTotal(valid, total);
  // Ascending native sort, read from the end: the shares largest first without a comparator.
  const ascending = Float64Array.from(valid, (v) => v / t).sort();
  const shares = new Array<number>(ascending.length);
  for (let i = 0; i < shares.length; i++) shares[i] = ascending[ascending.length - 1 - i] as number;
  const topShare = (n: number) => sum(shares.slice(0, n));
  const hhi = sum(shares.map((s) => (100 * s) ** 2));
  return {
    customers: valid.length,
    largestShare: largestShare(valid, t),
    top5Share: topShare(5),
    top10Share: topShare(10),
    hhi,
    effectiveCustomers: hhi > 0 ? 10000 / hhi : null,
    customersWithTenPercent: shares.filter((s) => s >= MAJOR_CUSTOMER_SHARE).length,
    monoCustomer: shares.some((s) => s > MONO_CUSTOMER_SHARE),
    level: concentrationLevel(hhi),
  };
}

/** The first largest share in input order (so a 0 and a -0 come out as a stable sort would give them). */
function largestShare(valid: readonly number[], total: number): number {
  let largest = 0;
  for (let i = 0; i < valid.length; i++) {
    const share = (valid[i] as number) / total;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: shares are >= 0 of a positive total; the first and the last of equal largest shares differ only as 0 against -0, which no output shows.
    if (i === 0 || share > largest) largest = share;
  }
  return largest;
}

export interface AbcShares {
  a: number;
  b: number;
}

export const DEFAULT_ABC: AbcShares = { a: 0.8, b: 0.95 };

export function validateAbcShares({ a, b }: AbcShares): void {
  if (!(a > 0 && a <= b && b <= 1)) {
    throw new ArgumentProblem(`the shares must satisfy 0 < a_share <= b_share <= 1, got ${a} and ${b}.`);
  }
}

export type AbcClass = "A" | "B" | "C";

/**
 * Pareto class per revenue, in the order given: ranked by revenue descending (ties keep input order),
 * "before" is the share of the accounts ranked above.
 */
export function abcClassesOf(valid: readonly number[], shares: AbcShares = DEFAULT_ABC): AbcClass[] {
  validateAbcShares(shares);
  const total = finiteSum(valid);
  if (!(total > 0)) throw new ArgumentProblem("there is no positive revenue to classify.");
  // Array sort is stable, so equal revenues keep input order.
  const order = valid.map((_, i) => i).sort((x, y) => (valid[y] as number) - (valid[x] as number));
  // Stryker disable next-line ArrayDeclaration: every index is assigned below, so the initial length or content never shows.
  const classes = new Array<AbcClass>(valid.length);
  // Accumulate revenue and divide once: summing rounded shares drifts (ten shares of 0.1 add up to
  // 0.7999999999999999 after eight), which would class an account on the boundary one class too high.
  let revenueAbove = 0;
  for (const i of order) {
    const before = revenueAbove / total;
    classes[i] = before < shares.a ? "A" : before < shares.b ? "B" : "C";
    revenueAbove += valid[i] as number;
  }
  return classes;
}

/** KAM_ABC over a range: same shape, classes for valid cells, #VALUE! texts for invalid ones. */
export function abcClasses(revenues: Grid, shares: AbcShares = DEFAULT_ABC): ResultGrid {
  const classes = abcClassesOf(validRevenues(revenues), shares);
  let k = 0;
  return revenues.map((row) =>
    row.map((cell, j) => {
      const r = readRevenue(cell, j + 1);
      if (r === "") return "";
      if (typeof r === "number") return classes[k++] as AbcClass;
      return r.invalid;
    }),
  );
}
