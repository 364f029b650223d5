import {
  ArgumentProblem,
  isBlank,
  isValidNumber,
  notANumber,
  type Grid,
  type ResultGrid,
  type ResultValue,
} from "./cells";

/**
 * Weighted mean of one row of points: sum(w*p)/sum(w) over the columns with weight > 0 and a point.
 * Missing points are skipped and the remaining weights re-normalised; no usable point gives "".
 */
export function weightedRowScore(row: readonly unknown[], weights: readonly number[]): ResultValue {
  let weighted = 0;
  let weightSum = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j] as number;
    if (w <= 0) continue;
    const p = row[j] as Grid[number][number];
    if (isBlank(p)) continue;
    if (!isValidNumber(p)) return notANumber(j + 1, p);
    weighted += w * p;
    weightSum += w;
  }
  if (weightSum === 0) return "";
  // Near either end of the double range (a sum past the largest double, or products down where doubles
  // lose digits) the plain sums mislead: -1e-300 weighted by 1.8e308 gave -0. There the weights and points
  // are scaled first; everywhere else the plain sums are exact enough and twice as fast.
  if (inPlainRange(weightSum) && inPlainRange(Math.abs(weighted))) return weighted / weightSum;
  return scaledRowScore(row as readonly number[], weights);
}

/** Far enough from overflow and from the subnormal range that sums and quotients keep their digits. */
function inPlainRange(x: number): boolean {
  // Stryker disable next-line EqualityOperator: at exactly 1e-290 or 1e290 both paths give the same mean.
  return x > 1e-290 && x < 1e290;
}

/**
 * The same weighted mean for extreme magnitudes, where sum(w * p) or sum(w) overflow to Infinity or NaN
 * although the mean itself is finite: weights and points are first scaled to at most 1. Only called for a
 * row whose usable points are all valid numbers.
 */
function scaledRowScore(row: readonly number[], weights: readonly number[]): number {
  let maxWeight = 0;
  let maxPoint = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j] as number;
    const p = row[j] as number | "" | null | undefined;
    if (w <= 0 || isBlank(p)) continue;
    // Stryker disable next-line EqualityOperator: taking an equal maximum again changes nothing.
    if (w > maxWeight) maxWeight = w;
    // Stryker disable next-line EqualityOperator: taking an equal maximum again changes nothing.
    if (Math.abs(p as number) > maxPoint) maxPoint = Math.abs(p as number);
  }
  // Every usable point is 0 (or -0): so is the mean.
  if (maxPoint === 0) return 0;
  let weighted = 0;
  let weightSum = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = (weights[j] as number) / maxWeight;
    const p = row[j] as number | "" | null | undefined;
    if (w <= 0 || isBlank(p)) continue;
    weighted += w * ((p as number) / maxPoint);
    weightSum += w;
  }
  return (weighted / weightSum) * maxPoint;
}

/**
 * The weighted mean of points that are all valid numbers or missing (null): the one scoring implementation
 * (weightedRowScore, with its overflow rescaling) for the model's axis scores and KAM score. Null when no
 * point is usable.
 */
export function weightedMean(points: readonly (number | null)[], weights: readonly number[]): number | null {
  const score = weightedRowScore(points, weights);
  return typeof score === "number" ? score : null;
}

/**
 * What each column adds to the row's weighted mean: w_j * p_j / sum(w_k) over the usable columns k (weight
 * above 0, point not missing); null for a column that is not usable, all null when none is. The weights are
 * first scaled to at most 1, so weights near the largest double neither overflow nor give NaN. The values add
 * up to weightedMean(points, weights). Only for rows whose usable points are all valid numbers.
 */
export function rowContributions(
  points: readonly (number | null)[],
  weights: readonly number[],
): (number | null)[] {
  const out = new Array<number | null>(weights.length).fill(null);
  // A column is usable when its weight is above 0 and its point is there (points past the end are missing);
  // the weights are scaled by the largest usable one.
  let maxWeight = 0;
  for (const [j, w] of weights.entries()) {
    // Stryker disable next-line EqualityOperator: taking an equal maximum again changes nothing.
    if (w > maxWeight && !isBlank(points[j])) maxWeight = w;
  }
  let weightSum = 0;
  for (const [j, w] of weights.entries()) if (w > 0 && !isBlank(points[j])) weightSum += w / maxWeight;
  for (const [j, w] of weights.entries()) {
    const p = points[j];
    if (w > 0 && !isBlank(p)) out[j] = (w / maxWeight / weightSum) * (p as number);
  }
  return out;
}

/**
 * KAM_CONTRIBUTION over a whole range: the same shape as the points. A blank point or a zero weight gives "";
 * a row with an invalid usable point gets the #VALUE! text in that cell and "" in the others.
 */
export function weightedContributions(points: Grid, weights: readonly number[]): ResultGrid {
  const columns = weights.length;
  // Weights scaled once by the largest: no overflow near MAX_VALUE, and one division per cell in the loop.
  // A row with a usable scaled weight of 0 (or subnormal) is computed again exactly (below): a scaled weight
  // wrongly left at 0 only sends its rows down that slower path with the same values, so the mutants that
  // do only that are left out of the mutation run.
  let maxWeight = 0;
  // Stryker disable next-line EqualityOperator: taking an equal maximum again changes nothing.
  for (const w of weights) if (w > maxWeight) maxWeight = w;
  const scaled = new Float64Array(columns);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: skipped weights stay 0 (exact path).
  for (let j = 0; j < columns; j++)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: 0 (exact path) or 0 / max, also 0.
    scaled[j] = (weights[j] as number) > 0 ? (weights[j] as number) / maxWeight : 0;
  const out: ResultGrid = [];
  for (const row of points) {
    let weightSum = 0;
    let invalid = false;
    // A weight far below the largest one scales into the subnormal range (or to 0) and loses its digits:
    // such a row is computed again with the largest weight of its own usable columns.
    // Stryker disable next-line BooleanLiteral: starting true takes every row the exact path, same values.
    let tiny = false;
    // Stryker disable next-line EqualityOperator: weights[columns] is undefined, not above 0: skipped.
    for (let j = 0; j < columns; j++) {
      const p = row[j];
      if (!((weights[j] as number) > 0) || isBlank(p)) continue;
      if (isValidNumber(p)) weightSum += scaled[j] as number;
      else invalid = true;
      // Stryker disable next-line EqualityOperator: a scaled weight of exactly MIN_NORMAL is exact either way.
      if ((scaled[j] as number) < MIN_NORMAL) tiny = true;
    }
    if (tiny && !invalid) {
      const exact = rowContributions(
        row.map((p) => (isBlank(p) ? null : (p as number))),
        weights,
      );
      out.push(exact.map((c) => (c === null ? "" : c)));
      continue;
    }
    // Rows built by push stay packed arrays: several times faster than filling a preallocated one.
    const cells: ResultValue[] = [];
    for (let j = 0; j < columns; j++) {
      const p = row[j];
      const usable = (weights[j] as number) > 0 && !isBlank(p);
      if (!usable) cells.push("");
      else if (invalid) cells.push(isValidNumber(p) ? "" : notANumber(j + 1, p));
      else cells.push(((scaled[j] as number) / weightSum) * (p as number));
    }
    out.push(cells);
  }
  return out;
}

/** The smallest positive double with full precision (2^-1022). */
const MIN_NORMAL = 2.2250738585072014e-308;

/** KAM_SCORE over a whole range: one score per row. */
export function weightedScores(points: Grid, weights: readonly number[]): ResultValue[] {
  return points.map((row) => weightedRowScore(row, weights));
}

/** Checks a weight list: non-negative numbers, at least one above zero. Blank weights count as 0. */
export function validateWeights(weights: readonly number[]): void {
  weights.forEach((w, i) => {
    if (!Number.isFinite(w)) throw new ArgumentProblem(`weight ${i + 1} is not a number.`);
    if (w < 0) throw new ArgumentProblem(`weight ${i + 1} is negative (${w}); weights must be 0 or more.`);
  });
  if (!weights.some((w) => w > 0)) throw new ArgumentProblem("at least one weight must be greater than 0.");
}
