import type { Axis, KamConfig } from "./config";
import type { Language } from "./language";
import { weightedMean } from "./score";

/**
 * How close an account is to another quadrant, in closed form (no search over weights).
 *
 * An axis score is S = N / W over the criteria of that axis with a usable point (N = sum w_j * p_j,
 * W = sum w_j). Changing one weight w_k by d moves it to S' = (N + d * p_k) / (W + d), which is monotonic in
 * d and tends to p_k; solving S' = c gives d = W * (c - S) / (p_k - c). The change is reported as a fraction
 * of the configured total weight T of the criterion's axis: f = d / T = (W / T) * (c - S) / (p_k - c).
 * A weight cannot go below 0 (d >= -w_k), and the axis must keep a usable weight (W + d > 0).
 */

/** A flip needing less than this fraction of its axis's total weight puts the account "on the edge". */
export const ON_THE_EDGE = 0.1;

/**
 * The reported change goes this far (relative) beyond the exact solution, so that applying it really moves
 * the account across the cut (at the exact solution the score sits on the cut, which counts as high).
 */
const BEYOND_THE_CUT = 1e-6;

export interface Flip {
  /** The criterion whose weight changes, in config order. */
  criterionIndex: number;
  /** Signed change of its weight as a fraction of the configured total weight of its axis (+0.12 = +12%). */
  change: number;
}

/** What sensitivity needs from a config, worked out once for all accounts. */
export interface SensitivityModel {
  weights: readonly number[];
  axes: readonly Axis[];
  cuts: { attractiveness: number; strength: number };
  /** Per axis: the largest weight (the scale all sums are taken on, so huge weights cannot overflow). */
  largest: Record<Axis, number>;
  /** Per axis: the configured total weight divided by `largest`. */
  total: Record<Axis, number>;
}

export function sensitivityModel(config: KamConfig): SensitivityModel {
  const largest = { attractiveness: 0, strength: 0 };
  const total = { attractiveness: 0, strength: 0 };
  for (const c of config.criteria) largest[c.axis] = Math.max(largest[c.axis], c.weight);
  for (const c of config.criteria) if (c.weight > 0) total[c.axis] += c.weight / largest[c.axis];
  return {
    weights: config.criteria.map((c) => c.weight),
    axes: config.criteria.map((c) => c.axis),
    cuts: config.cuts,
    largest,
    total,
  };
}

/** The smaller distance of the two axis scores to their cuts, in points; null without both scores. */
export function marginToCut(
  attractiveness: number | null,
  strength: number | null,
  cuts: { attractiveness: number; strength: number },
): number | null {
  if (attractiveness === null || strength === null) return null;
  return Math.min(Math.abs(attractiveness - cuts.attractiveness), Math.abs(strength - cuts.strength));
}

/**
 * The smallest change of one single weight that moves the account into another quadrant, or null when no
 * single weight change can (or the account has no quadrant). Ties go to the first criterion.
 */
export function flipOf(
  model: SensitivityModel,
  points: readonly (number | null)[],
  attractiveness: number | null,
  strength: number | null,
): Flip | null {
  if (attractiveness === null || strength === null) return null;
  const score = { attractiveness, strength };
  // W / T per axis: the share of the configured weight whose points this account has.
  const usable = { attractiveness: 0, strength: 0 };
  // Stryker disable next-line EqualityOperator: points[weights.length] is undefined, a criterion without a point.
  for (let j = 0; j < model.weights.length; j++) {
    const p = points[j];
    if (p === null || p === undefined) continue;
    const w = model.weights[j] as number;
    const axis = model.axes[j] as Axis;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a weight of 0 adds 0 (an axis of weights 0 is skipped below).
    if (w > 0) usable[axis] += w / model.largest[axis];
  }
  let best: Flip | null = null;
  // Stryker disable next-line EqualityOperator: points[weights.length] is undefined, a criterion without a point.
  for (let k = 0; k < model.weights.length; k++) {
    const p = points[k];
    // Stryker disable next-line ConditionalExpression: a missing point would give NaN, which no change passes.
    if (p === null || p === undefined) continue;
    const axis = model.axes[k] as Axis;
    const cut = model.cuts[axis];
    // Stryker disable next-line ConditionalExpression: a weightless axis would give 0 / 0, NaN, as just said.
    if (p === cut || model.total[axis] === 0) continue;
    const covered = usable[axis] / model.total[axis];
    const exact = (covered * (cut - score[axis])) / (p - cut);
    // Which way the weight must move: toward p_k raises the score when p_k is above it.
    const direction = exact !== 0 ? Math.sign(exact) : Math.sign(cut - p);
    const beyond = exact + direction * Math.max(Math.abs(exact) * BEYOND_THE_CUT, 1e-12);
    const floor = -(model.weights[k] as number) / model.largest[axis] / model.total[axis];
    // Stryker disable next-line EqualityOperator: beyond lies a relative 1e-6 past exact; on the floor only by a fluke.
    const reachable = beyond >= floor;
    const change = reachable
      ? beyond
      : reachesCutAtZero(model, points, k, exact, floor, score[axis] < cut)
        ? floor
        : null;
    if (change === null) continue;
    if (best === null || Math.abs(change) < Math.abs(best.change)) best = { criterionIndex: k, change };
  }
  return best;
}

/**
 * Whether taking criterion k's weight to exactly 0 (the floor) moves a score from below the cut onto it. Going
 * beyond the exact solution is then impossible, but not needed: a score on the cut counts as high. The closed
 * form says so only up to rounding (exact within a relative 1e-9 of the floor), so the score the model itself
 * gives at weight 0 decides: weights 0.35/1/0.7 on points 5.5/5.5/4 without the 0.7 are 5.5 in exact
 * arithmetic but 5.499999999999999 in the model, which no flip may claim.
 */
function reachesCutAtZero(
  model: SensitivityModel,
  points: readonly (number | null)[],
  k: number,
  exact: number,
  floor: number,
  fromBelow: boolean,
): boolean {
  if (!fromBelow) return false;
  const axis = model.axes[k] as Axis;
  // Only for speed: away from the floor the score at weight 0 is below the cut anyway, as the check below says.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a filter for speed only.
  if (Math.abs(exact - floor) > Math.abs(floor) * 1e-9) return false;
  const atZero = weightedMean(
    points,
    model.weights.map((w, j) => (j === k || model.axes[j] !== axis ? 0 : w)),
  );
  // No score at weight 0 (the criterion was alone on its axis, which weight 0 leaves without one) is no flip.
  return (atZero ?? -Infinity) >= model.cuts[axis];
}

/** Indexes of the (up to) two criteria with the largest contribution, largest first, ties in config order. */
export function mainDrivers(contributions: readonly (number | null)[]): number[] {
  let first = -1;
  // Stryker disable next-line UnaryOperator: the first positive contribution sets second to first's -1.
  let second = -1;
  // Stryker disable next-line EqualityOperator: contributions[length] is undefined, no contribution.
  for (let j = 0; j < contributions.length; j++) {
    // No point (null) is no contribution; only a positive one makes a driver.
    const c = contributions[j] ?? 0;
    if (!(c > 0)) continue;
    if (first < 0 || c > (contributions[first] as number)) {
      second = first;
      first = j;
    } else if (second < 0 || c > (contributions[second] as number)) second = j;
  }
  return first < 0 ? [] : second < 0 ? [first] : [first, second];
}

/** True when the flip needs less than ON_THE_EDGE of its axis's total weight. */
export function isOnTheEdge(flip: Flip | null): boolean {
  return flip !== null && Math.abs(flip.change) < ON_THE_EDGE;
}

/**
 * "+12% Reputation", "-8.5% Cost to serve"; German "+12 % Reputation", "-8,5 % Kosten". The percentage is
 * rounded away from zero (whole percent from 10%, one decimal below), so the change shown is enough to flip.
 */
export function formatFlip(flip: Flip, config: KamConfig, language: Language): string {
  const percent = Math.abs(flip.change) * 100;
  const digits = percent >= 10 ? 0 : 1;
  const factor = 10 ** digits;
  // Taking off twice BEYOND_THE_CUT keeps an exact 12% (reported a millionth beyond) from showing as 13%.
  const rounded = Math.max(Math.ceil(percent * factor * (1 - 2 * BEYOND_THE_CUT)) / factor, 1 / factor);
  const text = rounded.toFixed(digits);
  // Stryker disable next-line EqualityOperator: flipOf never reports a change of 0 (it goes beyond the cut).
  const sign = flip.change < 0 ? "-" : "+";
  const name = config.criteria[flip.criterionIndex]?.name ?? "";
  return language === "de" ? `${sign}${text.replace(".", ",")} % ${name}` : `${sign}${text}% ${name}`;
}
