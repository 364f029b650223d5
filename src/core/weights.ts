import type { Axis, KamConfig } from "./config";

/**
 * Two-level weights: each axis score is the weighted mean of its own criteria (so one axis's weights may be
 * on any scale), and the KAM score is the mean of the two axis scores weighted by `axisWeights`.
 */

/** The criteria weights with every criterion off `axis` set to 0: the weights of that axis score. */
export function axisOnlyWeights(config: KamConfig, axis: Axis): number[] {
  return config.criteria.map((c) => (c.axis === axis ? c.weight : 0));
}

/**
 * The shares of two weights, a / (a + b) and b / (a + b), scaled first so that weights near the largest
 * double do not overflow. Both 0 when neither is above 0.
 */
export function sharesOf(a: number, b: number): [number, number] {
  const max = Math.max(a, b);
  if (!(max > 0)) return [0, 0];
  const sa = a / max;
  const sb = b / max;
  return [sa / (sa + sb), sb / (sa + sb)];
}

/**
 * Each criterion's effective weight, w_j / (sum of its axis's weights) * (its axis's share of axisWeights):
 * the weights `KAM_WEIGHTS` holds, so that KAM_SCORE(points, KAM_WEIGHTS) equals the matrix's KAM score for
 * an account with no missing point. They add up to 1 when both axes have a weight above 0; the criteria of
 * an axis without one get 0.
 */
export function effectiveWeights(config: KamConfig): number[] {
  const totals = { attractiveness: 0, strength: 0 };
  const largest = { attractiveness: 0, strength: 0 };
  for (const c of config.criteria) largest[c.axis] = Math.max(largest[c.axis], c.weight);
  // Skipping weights of 0 is for clarity only: one adds 0 beside a larger weight, or NaN on an axis without
  // one, which `usable` below reads as no weight just as it reads 0.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, as said above.
  for (const c of config.criteria) if (c.weight > 0) totals[c.axis] += c.weight / largest[c.axis];
  const usable = (axis: Axis) => (totals[axis] > 0 ? config.axisWeights[axis] : 0);
  const [shareA, shareS] = sharesOf(usable("attractiveness"), usable("strength"));
  const share = { attractiveness: shareA, strength: shareS };
  return config.criteria.map((c) =>
    c.weight > 0 ? (c.weight / largest[c.axis] / totals[c.axis]) * share[c.axis] : 0,
  );
}
