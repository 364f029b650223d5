import { ArgumentProblem, isBlank, isValidNumber, notANumber, type Grid, type ResultGrid } from "./cells";

export type Direction = "higher" | "lower";
export type PointsMethod = "linear" | "log" | "rank";

export interface PointsOptions {
  direction: Direction;
  scaleMax: number;
  method: PointsMethod;
  low?: number;
  high?: number;
}

export const DEFAULT_SCALE_MAX = 10;

export function validatePointsOptions(options: PointsOptions): void {
  const { scaleMax, low, high } = options;
  if (!Number.isInteger(scaleMax) || scaleMax < 2 || scaleMax > 1000) {
    throw new ArgumentProblem(`scale_max must be a whole number from 2 to 1000, got ${scaleMax}.`);
  }
  if (options.method === "log" && low !== undefined && !(low > 0)) {
    throw new ArgumentProblem(`low (${low}) must be greater than 0 for the "log" method.`);
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a comparison with undefined is false; the checks narrow the types.
  if (low !== undefined && high !== undefined && low >= high) {
    throw new ArgumentProblem(`low (${low}) must be less than high (${high}).`);
  }
}

/** The middle of the points scale, (1 + scale_max) / 2: the one place this formula lives (also the default cut). */
export function midpoint(scaleMax: number): number {
  return (1 + scaleMax) / 2;
}

/** Points for plain numbers on a linear scale between lo and hi, clamped, as KAM_POINTS "linear". */
export function linearPoints(values: readonly number[], options: PointsOptions): number[] {
  const { scaleMax } = options;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    // Stryker disable next-line EqualityOperator: taking an equal minimum again changes nothing.
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const lo = options.low ?? min;
  const hi = options.high ?? max;
  // hi - lo overflows to Infinity when lo and hi lie near opposite ends of the number range; halving both
  // first (exact in binary) keeps the fraction right there.
  const halve = !Number.isFinite(hi - lo);
  const base = halve ? lo / 2 : lo;
  const span = halve ? hi / 2 - lo / 2 : hi - lo;
  // Stryker disable next-line ArrayDeclaration: every index is written below, in order.
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let p: number;
    if (hi > lo) {
      // Stryker disable next-line EqualityOperator: a value equal to an anchor is that anchor either way.
      const clamped = v < lo ? lo : v > hi ? hi : v;
      p = 1 + (((halve ? clamped / 2 : clamped) - base) / span) * (scaleMax - 1);
    } else if (hi === lo) {
      p = midpoint(scaleMax);
    } else {
      // Only one anchor was fixed and every value lies beyond it: below a fixed low, above a fixed high.
      p = options.low !== undefined ? 1 : scaleMax;
    }
    out[i] = p;
  }
  return out;
}

/**
 * Points on a log scale, as KAM_POINTS "log": linear points of ln(v) between ln(lo) and ln(hi), where lo and
 * hi default to the smallest and largest value above 0. A value of 0 or less gets 1 (the bottom of the
 * scale); with no value above 0, or hi == lo, every value gets the midpoint.
 */
export function logPoints(values: readonly number[], options: PointsOptions): number[] {
  const { scaleMax } = options;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v <= 0) continue;
    // Stryker disable next-line EqualityOperator: taking an equal minimum again changes nothing.
    if (v < min) min = v;
    // Stryker disable next-line EqualityOperator: taking an equal maximum again changes nothing.
    if (v > max) max = v;
  }
  const out = new Array<number>(values.length);
  if (min === Infinity) return out.fill(midpoint(scaleMax));
  const lo = options.low ?? min;
  const hi = options.high ?? max;
  const lnLo = Math.log(lo);
  const lnHi = Math.log(hi);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let p: number;
    if (hi > lo) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: lo > 0, so such a value clamps to lo: 1 too.
      if (v <= 0) p = 1;
      else {
        // Stryker disable next-line EqualityOperator: a value equal to an anchor is that anchor either way.
        const clamped = v < lo ? lo : v > hi ? hi : v;
        p = 1 + ((Math.log(clamped) - lnLo) / (lnHi - lnLo)) * (scaleMax - 1);
      }
    } else if (hi === lo) {
      p = midpoint(scaleMax);
    } else {
      // Only one anchor was fixed and every positive value lies beyond it.
      p = v <= 0 ? 1 : options.low !== undefined ? 1 : scaleMax;
    }
    out[i] = p;
  }
  return out;
}

/** Points by ascending rank, ties sharing their average rank, as KAM_POINTS "rank". */
export function rankPoints(values: readonly number[], scaleMax: number): number[] {
  const n = values.length;
  // Stryker disable next-line ArrayDeclaration: every index is written below, in order.
  const out = new Array<number>(n);
  if (n === 1) {
    out[0] = midpoint(scaleMax);
    return out;
  }
  // A native numeric sort of the values, then one pass over the runs of equal values (the same runs as
  // sorting indexes with a comparator), then a binary search per value for the start of its run.
  const sorted = Float64Array.from(values).sort();
  const pointsAt = new Float64Array(n);
  let start = 0;
  // Stryker disable next-line EqualityOperator: a typed array ignores the write one past its end.
  while (start < n) {
    let end = start;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: reading past the end gives undefined, equal to no value.
    while (end + 1 < n && sorted[end + 1] === sorted[start]) end++;
    const averageRank = (start + end) / 2 + 1;
    pointsAt[start] = 1 + ((averageRank - 1) / (n - 1)) * (scaleMax - 1);
    start = end + 1;
  }
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    let lo = 0;
    // Stryker disable next-line ArithmeticOperator: past the end reads undefined (not < v), so the search ends in range.
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    out[i] = pointsAt[lo] as number;
  }
  return out;
}

/** Mirrors points for "lower is better" criteria. */
export function mirrorPoints(points: number, scaleMax: number): number {
  return 1 + scaleMax - points;
}

/** Converts plain numbers to points (all valid, no blanks). */
export function pointsForNumbers(values: readonly number[], options: PointsOptions): number[] {
  const points =
    options.method === "rank"
      ? rankPoints(values, options.scaleMax)
      : options.method === "log"
        ? logPoints(values, options)
        : linearPoints(values, options);
  if (options.direction === "lower") {
    for (let i = 0; i < points.length; i++) points[i] = mirrorPoints(points[i] as number, options.scaleMax);
  }
  return points;
}

/**
 * KAM_POINTS over a whole range: min, max and rank are taken over every valid cell of the range.
 * Blank stays blank, an invalid cell gets a #VALUE! text and takes no part in the scale.
 */
export function kamPoints(values: Grid, options: PointsOptions): ResultGrid {
  validatePointsOptions(options);
  const valid: number[] = [];
  const out: ResultGrid = values.map((row) =>
    row.map((cell, j) => {
      if (isBlank(cell)) return "";
      if (!isValidNumber(cell)) return notANumber(j + 1, cell);
      valid.push(cell);
      return 0;
    }),
  );
  const points = pointsForNumbers(valid, options);
  let k = 0;
  for (const row of out) {
    // Stryker disable next-line EqualityOperator: row[row.length] is undefined, never the 0 placeholder.
    for (let j = 0; j < row.length; j++) {
      if (row[j] === 0) row[j] = points[k++] as number;
    }
  }
  return out;
}
