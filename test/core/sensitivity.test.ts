import fc from "fast-check";
import { sizeFor } from "../support/mutationRun";
import { parseConfig, type KamConfigInput } from "../../src/core/config";
import { evaluateAccounts } from "../../src/core/model";
import { quadrantOf } from "../../src/core/quadrant";
import { weightedMean } from "../../src/core/score";
import {
  ON_THE_EDGE,
  flipOf,
  formatFlip,
  isOnTheEdge,
  mainDrivers,
  marginToCut,
  sensitivityModel,
} from "../../src/core/sensitivity";

const model: KamConfigInput = {
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  criteria: [
    { name: "Revenue", column: "R", axis: "attractiveness", weight: 2 },
    { name: "Need", column: "N", axis: "attractiveness", weight: 1 },
    { name: "Reputation", column: "P", axis: "attractiveness", weight: 0 },
    { name: "Wallet", column: "W", axis: "strength", weight: 1 },
  ],
};
const config = parseConfig(model);

type Axis = "attractiveness" | "strength";
/** A config of criteria C0, C1, ... with these axes and weights (cuts at 5.5, the 1-10 scale's midpoint). */
const configOf = (...criteria: [Axis, number][]) =>
  parseConfig({
    version: 1,
    dataSheet: "Accounts",
    accountColumn: "Customer",
    criteria: criteria.map(([axis, weight], j) => ({ name: `C${j}`, column: `C${j}`, axis, weight })),
  });
/** Criterion k's axis score after changing its weight by `change` of its axis's configured total weight. */
const axisScoreAfter = (
  cfg: ReturnType<typeof configOf>,
  points: (number | null)[],
  k: number,
  change: number,
) => {
  const axis = cfg.criteria[k]!.axis;
  const total = cfg.criteria.filter((c) => c.axis === axis).reduce((sum, c) => sum + c.weight, 0);
  const weights = cfg.criteria.map((c, j) =>
    c.axis !== axis ? 0 : j === k ? c.weight + change * total : c.weight,
  );
  return weightedMean(points, weights) as number;
};

describe("sensitivityModel", () => {
  it("takes each axis's total weight on the scale of its largest weight", () => {
    const m = sensitivityModel(config);
    expect(m.largest).toEqual({ attractiveness: 2, strength: 1 });
    expect(m.total).toEqual({ attractiveness: 1.5, strength: 1 });
    expect(m.weights).toEqual([2, 1, 0, 1]);
    expect(m.cuts).toEqual({ attractiveness: 5.5, strength: 5.5 });
  });

  it("gives an axis whose weights are all 0 a total of 0, not 0 / 0", () => {
    const m = sensitivityModel(configOf(["attractiveness", 1], ["strength", 0], ["strength", 0]));
    expect(m.largest.strength).toBe(0);
    expect(m.total).toEqual({ attractiveness: 1, strength: 0 });
  });
});

describe("flipOf", () => {
  it("finds the smallest single-weight change that crosses a cut, in closed form", () => {
    // Attractiveness (2*6 + 1*3) / 3 = 5, below the cut 5.5. Lowering Need by d: (15 - 3d) / (3 - d) = 5.5
    // gives d = -0.6, -20% of the axis's 3; raising Revenue needs +3 (+100%); raising Reputation from 0
    // (p = 9): (15 + 9d) / (3 + d) = 5.5 gives d = 3/7, +14.3%.
    const flip = flipOf(sensitivityModel(config), [6, 3, 9, 8], 5, 8);
    expect(flip?.criterionIndex).toBe(2);
    expect(flip?.change).toBeCloseTo(1 / 7, 5);
    expect(flipOf(sensitivityModel(config), [6, 3, null, 8], 5, 8)).toEqual({
      criterionIndex: 1,
      change: expect.closeTo(-0.2, 5),
    });
  });

  it("never takes a weight below 0, and knows when no single weight can flip", () => {
    // Need at 5.5 is the cut itself; Revenue at 10 only pulls up, lowering it to 0 leaves Need's 5.5 = high.
    const steady = flipOf(sensitivityModel(config), [10, 5.5, null, 8], 25.5 / 3, 8);
    expect(steady).toBeNull();
    // One criterion alone on an axis cannot move that axis; no axis score, no quadrant, no flip.
    expect(flipOf(sensitivityModel(config), [null, null, null, 8], null, 8)).toBeNull();
  });

  it("takes a weight to exactly 0 when that puts the score on the cut from below (which counts as high)", () => {
    // Strength (3*1 + 5 + 6) / 5 = 2.8: C1 at weight 0 leaves (5 + 6) / 2 = 5.5, the cut itself. Nothing can
    // go beyond weight 0, and nothing needs to. Raising C3 instead needs (8 + 6d) / (4 + d) = 5.5, +540%.
    const cfg = configOf(["attractiveness", 1], ["strength", 3], ["strength", 1], ["strength", 1]);
    const flip = flipOf(sensitivityModel(cfg), [1, 1, 5, 6], 1, 2.8);
    expect(flip).toEqual({ criterionIndex: 1, change: expect.closeTo(-3 / 5, 12) });
    // -60% of the axis's 5 is C1's whole weight of 3: the score at weight 0 is the cut.
    expect(axisScoreAfter(cfg, [1, 1, 5, 6], 1, -3 / 5)).toBe(5.5);
    // From above, weight 0 on the cut stays high: strength (3*10 + 5 + 6) / 5 = 8.2 lowers to 5.5 at most,
    // so the flip is raising C2 (p = 5) instead: (41 + 5d) / (5 + d) = 5.5 gives d = 27, +540%.
    const above = flipOf(sensitivityModel(cfg), [1, 10, 5, 6], 1, 8.2);
    expect(above).toEqual({ criterionIndex: 2, change: expect.closeTo(27 / 5, 4) });
  });

  it("claims no flip at weight 0 that the model's own arithmetic does not give", () => {
    // Strength without C3 is (0.35 * 5.5 + 1 * 5.5) / 1.35 = 5.5 exactly, but 5.499999999999999 in doubles,
    // as the model computes it: setting C3 to 0 would leave the account low, so no flip may say it would.
    const cfg = configOf(["attractiveness", 1], ["strength", 0.35], ["strength", 1], ["strength", 0.7]);
    const points = [1, 5.5, 5.5, 4];
    const strength = weightedMean(points, [0, 0.35, 1, 0.7]) as number;
    expect(weightedMean(points, [0, 0.35, 1, 0])).toBeLessThan(5.5);
    expect(flipOf(sensitivityModel(cfg), points, 1, strength)).toBeNull();
  });

  it("never takes a weight already at 0 lower, even for an account on the cut", () => {
    // Attractiveness (1 * 5.5 + 0 * 8) / 1 = 5.5, on the cut: only lowering C1 (p = 8) could lower it, and
    // C1 is at 0 already. C0 is at the cut and C2 alone on strength, so nothing flips.
    const cfg = configOf(["attractiveness", 1], ["attractiveness", 0], ["strength", 1]);
    expect(flipOf(sensitivityModel(cfg), [5.5, 8, 8], 5.5, 8)).toBeNull();
  });

  it("reports a change a millionth beyond the exact solution: applying it crosses the cut, 99% of it does not", () => {
    const points = [6, 3, 9, 8];
    const flip = flipOf(sensitivityModel(config), points, 5, 8)!;
    expect(flip.change / (1 / 7)).toBeCloseTo(1 + 1e-6, 9);
    expect(axisScoreAfter(config, points, 2, flip.change)).toBeGreaterThanOrEqual(5.5);
    expect(axisScoreAfter(config, points, 2, 0.99 * flip.change)).toBeLessThan(5.5);
  });

  it("has no flip without both axis scores", () => {
    // With both scores the same points flip by raising Reputation (first test).
    expect(flipOf(sensitivityModel(config), [6, 3, 9, 8], null, 8)).toBeNull();
    expect(flipOf(sensitivityModel(config), [6, 3, 9, 8], 5, null)).toBeNull();
    expect(flipOf(sensitivityModel(config), [6, 3, 9, 8], null, null)).toBeNull();
  });

  it("counts a point missing from the end of the list as no point", () => {
    // C0, C1 and C3 on attractiveness, C3 without a point: W / T = 2/3, S = 4.5. Lowering C1 (p = 3):
    // (2/3) * (5.5 - 4.5) / (3 - 5.5) = -4/15; raising C0 needs +4/3; C2 is alone on its axis.
    const cfg = configOf(
      ["attractiveness", 1],
      ["attractiveness", 1],
      ["strength", 1],
      ["attractiveness", 1],
    );
    const flip = flipOf(sensitivityModel(cfg), [6, 3, 8], 4.5, 8);
    expect(flip).toEqual({ criterionIndex: 1, change: expect.closeTo(-4 / 15, 5) });
    expect(flipOf(sensitivityModel(cfg), [6, 3, 8, null], 4.5, 8)).toEqual(flip);
    expect(axisScoreAfter(cfg, [6, 3, 8, null], 1, flip!.change)).toBeGreaterThanOrEqual(5.5);
    // C0 alone holds attractiveness 6: taking it to 0 leaves no score, so nothing flips.
    const alone = configOf(["attractiveness", 1], ["strength", 1], ["attractiveness", 1]);
    expect(flipOf(sensitivityModel(alone), [6, 8], 6, 8)).toBeNull();
    expect(flipOf(sensitivityModel(alone), [6, 8, null], 6, 8)).toBeNull();
    // Below the cut too: its weight at 0 solves the closed form exactly, but leaves the axis without weight.
    expect(flipOf(sensitivityModel(alone), [4, 8, null], 4, 8)).toBeNull();
  });

  it("cannot flip with a criterion whose point is the cut, nor on an axis without weight", () => {
    // Attractiveness (1 + 5.5 + 1) / 3 = 2.5: raising C1 (5.5) only tends to the cut; dropping C0 or C2
    // leaves 3.25. Strength is C3 alone.
    const cfg = configOf(
      ["attractiveness", 1],
      ["attractiveness", 1],
      ["attractiveness", 1],
      ["strength", 1],
    );
    expect(flipOf(sensitivityModel(cfg), [1, 5.5, 1, 8], 2.5, 8)).toBeNull();
    // Strength weighs nothing (the model refuses it elsewhere): no share of 0 is a change.
    const weightless = configOf(["attractiveness", 1], ["strength", 0], ["strength", 0]);
    expect(flipOf(sensitivityModel(weightless), [6, 8, 3], 6, 4)).toBeNull();
  });

  it("moves an account right on a cut (which counts as high) below it by the smallest nudge", () => {
    const cfg = configOf(["attractiveness", 1], ["attractiveness", 1], ["strength", 1]);
    // (7 + 4) / 2 = 5.5: less weight on the 7, or more on the 4, lowers it; a tie goes to the first.
    const down = flipOf(sensitivityModel(cfg), [7, 4, 8], 5.5, 8)!;
    expect(down.criterionIndex).toBe(0);
    expect(down.change).toBeLessThan(0);
    expect(down.change).toBeGreaterThan(-1e-9);
    expect(axisScoreAfter(cfg, [7, 4, 8], 0, down.change)).toBeLessThan(5.5);
    const up = flipOf(sensitivityModel(cfg), [4, 7, 8], 5.5, 8)!;
    expect(up.criterionIndex).toBe(0);
    expect(up.change).toBeGreaterThan(0);
    expect(up.change).toBeLessThan(1e-9);
    expect(axisScoreAfter(cfg, [4, 7, 8], 0, up.change)).toBeLessThan(5.5);
    expect(isOnTheEdge(down) && isOnTheEdge(up)).toBe(true);
  });

  it("gives a tie between two criteria to the first", () => {
    // (9 + 9 + 10 * 5) / 12 = 68/12: lowering C0 or C1 by 4/7 (of 12: -1/21) gives 5.5; raising C2 needs +1/3.
    const cfg = configOf(
      ["attractiveness", 1],
      ["attractiveness", 1],
      ["attractiveness", 10],
      ["strength", 1],
    );
    expect(flipOf(sensitivityModel(cfg), [9, 9, 5, 8], 68 / 12, 8)).toEqual({
      criterionIndex: 0,
      change: expect.closeTo(-1 / 21, 5),
    });
  });

  it("reports the change as a fraction of the configured total weight of the axis", () => {
    const doubled = parseConfig({
      ...model,
      criteria: model.criteria.map((c) =>
        c.axis === "attractiveness" ? { ...c, weight: c.weight * 10 } : c,
      ),
    });
    expect(flipOf(sensitivityModel(doubled), [6, 3, null, 8], 5, 8)?.change).toBeCloseTo(-0.2, 5);
  });
});

describe("marginToCut, mainDrivers, isOnTheEdge", () => {
  it("gives the smaller distance to a cut", () => {
    expect(marginToCut(6, 4, { attractiveness: 5.5, strength: 5.5 })).toBe(0.5);
    expect(marginToCut(9, 5.25, { attractiveness: 5.5, strength: 5.5 })).toBe(0.25);
    expect(marginToCut(null, 5, { attractiveness: 5.5, strength: 5.5 })).toBeNull();
    expect(marginToCut(6, null, { attractiveness: 5.5, strength: 5.5 })).toBeNull();
    expect(marginToCut(7, 2, { attractiveness: 6, strength: 4 })).toBe(1);
  });

  it("names up to two criteria with the largest contribution, ties in config order", () => {
    expect(mainDrivers([1, 3, null, 2])).toEqual([1, 3]);
    expect(mainDrivers([2, 2, 2])).toEqual([0, 1]);
    expect(mainDrivers([null, 4])).toEqual([1]);
    expect(mainDrivers([null, null])).toEqual([]);
    // The second largest may come before the largest, at index 0 too.
    expect(mainDrivers([3, 5, 1])).toEqual([1, 0]);
    expect(mainDrivers([3, 5])).toEqual([1, 0]);
    expect(mainDrivers([1, 3, 2])).toEqual([1, 2]);
  });

  it("never names a criterion that adds nothing", () => {
    expect(mainDrivers([3, 0])).toEqual([0]);
    expect(mainDrivers([0, 0, null])).toEqual([]);
    expect(mainDrivers([0, 2, 0, 1])).toEqual([1, 3]);
  });

  it("calls a flip under ON_THE_EDGE (10%) on the edge", () => {
    expect(ON_THE_EDGE).toBe(0.1);
    expect(isOnTheEdge({ criterionIndex: 0, change: -0.099 })).toBe(true);
    expect(isOnTheEdge({ criterionIndex: 0, change: 0.1 })).toBe(false);
    expect(isOnTheEdge(null)).toBe(false);
  });
});

describe("formatFlip", () => {
  it("writes the signed percentage and the criterion in English and German, never less than needed", () => {
    expect(formatFlip({ criterionIndex: 2, change: 0.12 }, config, "en")).toBe("+12% Reputation");
    expect(formatFlip({ criterionIndex: 2, change: 0.12 * (1 + 1e-6) }, config, "en")).toBe(
      "+12% Reputation",
    );
    expect(formatFlip({ criterionIndex: 1, change: -0.083 }, config, "en")).toBe("-8.3% Need");
    expect(formatFlip({ criterionIndex: 1, change: -0.083 }, config, "de")).toBe("-8,3 % Need");
    expect(formatFlip({ criterionIndex: 0, change: 0.1149 }, config, "de")).toBe("+12 % Revenue");
    expect(formatFlip({ criterionIndex: 0, change: 0.00001 }, config, "en")).toBe("+0.1% Revenue");
    expect(formatFlip({ criterionIndex: 0, change: 3.5 }, config, "en")).toBe("+350% Revenue");
    // Whole percent from 10% on, 10% itself included.
    expect(formatFlip({ criterionIndex: 1, change: -0.1 }, config, "en")).toBe("-10% Need");
    expect(formatFlip({ criterionIndex: 1, change: 0.1 }, config, "de")).toBe("+10 % Need");
    expect(formatFlip({ criterionIndex: 1, change: 0.0999 }, config, "en")).toBe("+10.0% Need");
  });

  it("names no criterion for an index the config lacks", () => {
    expect(formatFlip({ criterionIndex: 9, change: 0.12 }, config, "en")).toBe("+12% ");
  });
});

describe("flip property: against a brute-force search over weights", () => {
  const point = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 10 }));
  const criterion = fc.record({
    axis: fc.constantFrom("attractiveness" as const, "strength" as const),
    weight: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })),
    point,
  });
  const models = fc
    .array(criterion, { minLength: 2, maxLength: 6 })
    .filter((cs) =>
      (["attractiveness", "strength"] as const).every((axis) =>
        cs.some((c) => c.axis === axis && c.weight > 0 && c.point !== null),
      ),
    );

  const configOf = (cs: { axis: "attractiveness" | "strength"; weight: number }[]) =>
    parseConfig({
      version: 1,
      dataSheet: "Accounts",
      accountColumn: "Customer",
      criteria: cs.map((c, j) => ({ name: `C${j}`, column: `C${j}`, axis: c.axis, weight: c.weight })),
    });
  const tableOf = (cs: { point: number | null }[]) => ({
    headerRow: 1,
    headers: ["Customer", ...cs.map((_, j) => `C${j}`)],
    rows: [["Account", ...cs.map((c) => (c.point === null ? "" : c.point))]],
  });
  const evaluate = (cs: Parameters<typeof configOf>[0] & { point: number | null }[]) =>
    evaluateAccounts(configOf(cs), tableOf(cs)).accounts[0]!;
  const totals = (cs: { axis: string; weight: number }[]) => ({
    attractiveness: cs.filter((c) => c.axis === "attractiveness").reduce((s, c) => s + c.weight, 0),
    strength: cs.filter((c) => c.axis === "strength").reduce((s, c) => s + c.weight, 0),
  });
  /** The quadrant after changing criterion k's weight by `change` of its axis's total, computed directly. */
  const quadrantAfter = (
    cs: { axis: "attractiveness" | "strength"; weight: number; point: number | null }[],
    k: number,
    change: number,
  ) => {
    const total = totals(cs)[cs[k]!.axis];
    // At the floor the weight is 0 exactly, as a person would type it (floor * total rounds near 0).
    const changed = (w: number) => {
      const floor = -w / total;
      return Math.abs(change - floor) <= Math.abs(floor) * 1e-9 ? 0 : w + change * total;
    };
    const weights = cs.map((c, j) => (j === k ? changed(c.weight) : c.weight));
    const points = cs.map((c) => c.point);
    const on = (axis: string) => weights.map((w, j) => (cs[j]!.axis === axis ? w : 0));
    const a = weightedMean(points, on("attractiveness"));
    const s = weightedMean(points, on("strength"));
    return a === null || s === null ? null : quadrantOf(a, s, { attractiveness: 5.5, strength: 5.5 });
  };
  /** The weight after a change of `change` of the axis total; a change to the floor gives 0, as typed. */
  const appliedWeight = (weight: number, change: number, total: number) =>
    Math.abs(change + weight / total) <= (weight / total) * 1e-9 ? 0 : Math.max(0, weight + change * total);
  const STEP = 0.002;
  const RANGE = 4;

  it("applying the reported change crosses the cut, 99% of it does not, and no smaller change exists", () => {
    fc.assert(
      fc.property(models, (cs) => {
        const account = evaluate(cs);
        fc.pre(Math.abs((account.attractiveness as number) - 5.5) > 1e-6);
        fc.pre(Math.abs((account.strength as number) - 5.5) > 1e-6);
        let bruteBest = Infinity;
        for (let k = 0; k < cs.length; k++) {
          const floor = -cs[k]!.weight / totals(cs)[cs[k]!.axis];
          let lowered = false;
          for (let f = -STEP; f >= Math.max(floor, -RANGE); f -= STEP) {
            const q = quadrantAfter(cs, k, f);
            if (q !== null && q !== account.quadrant) {
              bruteBest = Math.min(bruteBest, -f);
              lowered = true;
              break;
            }
          }
          // The grid can step over a flip that lies within STEP of the floor: try weight 0 itself.
          if (!lowered && floor >= -RANGE) {
            const q = quadrantAfter(cs, k, floor);
            if (q !== null && q !== account.quadrant) bruteBest = Math.min(bruteBest, -floor);
          }
          for (let f = STEP; f <= RANGE; f += STEP) {
            const q = quadrantAfter(cs, k, f);
            if (q !== null && q !== account.quadrant) {
              bruteBest = Math.min(bruteBest, f);
              break;
            }
          }
        }
        const flip = account.flip;
        if (flip === null) {
          expect(bruteBest).toBe(Infinity);
          return;
        }
        // The reported change lies a millionth beyond the exact solution, so that it really crosses.
        expect(Math.abs(flip.change)).toBeLessThanOrEqual(bruteBest * (1 + 2e-6) + 1e-9);
        if (Math.abs(flip.change) < RANGE - STEP)
          expect(bruteBest).toBeLessThanOrEqual(Math.abs(flip.change) + STEP);
        // Applied through the whole model: the new weight in the config, evaluated again.
        const applied = (fraction: number) => {
          const total = totals(cs)[cs[flip.criterionIndex]!.axis];
          const changed = cs.map((c, j) =>
            j === flip.criterionIndex
              ? { ...c, weight: appliedWeight(c.weight, fraction * flip.change, total) }
              : c,
          );
          return evaluate(changed).quadrant;
        };
        expect(applied(1)).not.toBe(account.quadrant);
        expect(applied(0.99)).toBe(account.quadrant);
      }),
      { numRuns: sizeFor(300, 25) },
    );
  });
});
