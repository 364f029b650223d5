import { parseConfig, type KamConfigInput } from "../../src/core/config";
import { evaluateAccounts, rescoreEvaluation } from "../../src/core/model";
import { scaleWarningsFor } from "../../src/core/scaleWarnings";
import { weightedRowScore } from "../../src/core/score";
import { effectiveWeights, sharesOf } from "../../src/core/weights";

const base: KamConfigInput = {
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  criteria: [
    { name: "Size", column: "Size", axis: "attractiveness", weight: 30 },
    { name: "Need", column: "Need", axis: "attractiveness", weight: 20 },
    { name: "Growth", column: "Growth", axis: "attractiveness", weight: 10 },
    { name: "Wallet", column: "Wallet", axis: "strength", weight: 0.4 },
    { name: "Reputation", column: "Reputation", axis: "strength", weight: 0.6 },
  ],
};

const table = {
  headerRow: 1,
  headers: ["Customer", "Size", "Need", "Growth", "Wallet", "Reputation"],
  rows: [
    ["Alpha", 9, 7, 4, 6, 8],
    ["Beta", 2, 5, 10, 9, 3],
    ["Gamma", 6, "", 6, 2, ""],
    ["Delta", 10, 10, 10, "", ""],
  ],
};

const byName = (config: KamConfigInput) =>
  new Map(evaluateAccounts(parseConfig(config), table).accounts.map((a) => [a.account, a]));

describe("two-level weights", () => {
  const accounts = byName(base);
  const alpha = accounts.get("Alpha")!;

  it("scores each axis with its own weights and the KAM score as the mean of the two axes", () => {
    // Attractiveness (30*9 + 20*7 + 10*4) / 60 = 7.5; strength (0.4*6 + 0.6*8) / 1 = 7.2.
    expect(alpha.attractiveness).toBeCloseTo(7.5, 12);
    expect(alpha.strength).toBeCloseTo(7.2, 12);
    expect(alpha.score).toBeCloseTo((7.5 + 7.2) / 2, 12);
  });

  it("equals (a*A + s*S) / (a + s) with the axis weights", () => {
    const weighted = byName({ ...base, axisWeights: { attractiveness: 3, strength: 1 } });
    for (const a of weighted.values()) {
      if (a.attractiveness === null || a.strength === null) continue;
      expect(a.score).toBeCloseTo((3 * a.attractiveness + 1 * a.strength) / 4, 12);
    }
  });

  it("skips an axis without a usable point, and an axis weight of 0 leaves that axis out", () => {
    // Delta has no strength point: its KAM score is its attractiveness.
    expect(accounts.get("Delta")!.strength).toBeNull();
    expect(accounts.get("Delta")!.score).toBe(10);
    const strengthOnly = byName({ ...base, axisWeights: { attractiveness: 0, strength: 1 } });
    expect(strengthOnly.get("Alpha")!.score).toBeCloseTo(7.2, 12);
    expect(strengthOnly.get("Delta")!.score).toBeNull();
  });

  it("does not change when one axis's weights are all multiplied by 100 (or written as fractions)", () => {
    const scaled = byName({
      ...base,
      criteria: base.criteria.map((c) => (c.axis === "strength" ? { ...c, weight: c.weight * 100 } : c)),
    });
    const fractions = byName({
      ...base,
      criteria: base.criteria.map((c) =>
        c.axis === "attractiveness" ? { ...c, weight: c.weight / 100 } : c,
      ),
    });
    for (const [name, a] of accounts) {
      expect(scaled.get(name)!.score).toBeCloseTo(a.score as number, 12);
      expect(fractions.get(name)!.score).toBeCloseTo(a.score as number, 12);
      expect(scaled.get(name)!.rank).toBe(a.rank);
    }
  });

  it("gives the right score and quadrant with weights near the largest double (one scoring implementation)", () => {
    const huge = byName({ ...base, criteria: base.criteria.map((c) => ({ ...c, weight: 1.5e308 })) });
    const h = huge.get("Alpha")!;
    expect(h.attractiveness).toBeCloseTo((9 + 7 + 4) / 3, 12);
    expect(h.strength).toBeCloseTo(7, 12);
    expect(h.score).toBeCloseTo((20 / 3 + 7) / 2, 12);
    expect(h.quadrant).toBe("keyAccount");
    expect(h.contributions.reduce((s: number, c) => s + (c ?? 0), 0)).toBeCloseTo(h.score as number, 12);
    expect(h.flip).not.toBeNull();
  });

  it("KAM_SCORE(points, effectiveWeights) equals the KAM score of every account with no missing point", () => {
    for (const axisWeights of [
      undefined,
      { attractiveness: 2, strength: 5 },
      { attractiveness: 0, strength: 1 },
    ]) {
      const config = parseConfig({ ...base, axisWeights });
      const weights = effectiveWeights(config);
      for (const a of evaluateAccounts(config, table).accounts) {
        if (a.points.some((p) => p === null)) continue;
        expect(weightedRowScore(a.points, weights)).toBeCloseTo(a.score as number, 12);
      }
    }
  });

  it("effective weights: w_j / (its axis's weights) * (its axis's share); they add up to 1", () => {
    const weights = effectiveWeights(
      parseConfig({ ...base, axisWeights: { attractiveness: 3, strength: 1 } }),
    );
    const expected = [0.375, 0.25, 0.125, 0.1, 0.15];
    weights.forEach((w, j) => expect(w).toBeCloseTo(expected[j] as number, 15));
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 15);
    const zero = parseConfig({
      ...base,
      criteria: base.criteria.map((c, j) => (j === 2 ? { ...c, weight: 0 } : c)),
    });
    expect(effectiveWeights(zero)).toEqual([0.3, 0.2, 0, 0.2, 0.3].map((w) => expect.closeTo(w, 15)));
    const huge = parseConfig({ ...base, criteria: base.criteria.map((c) => ({ ...c, weight: 1e308 })) });
    effectiveWeights(huge).forEach((w, j) => expect(w).toBeCloseTo(j < 3 ? 1 / 6 : 1 / 4, 15));
  });

  it("effective weights: an axis whose criteria all weigh 0 gets 0 (not NaN), and the other axis all of 1", () => {
    const noStrength = parseConfig({
      ...base,
      criteria: base.criteria.map((c) => (c.axis === "strength" ? { ...c, weight: 0 } : c)),
    });
    expect(effectiveWeights(noStrength)).toEqual([0.5, 1 / 3, 1 / 6, 0, 0].map((w) => expect.closeTo(w, 15)));
  });

  it("sharesOf: a / (a + b) and b / (a + b), also near the largest double; both 0 when neither is above 0", () => {
    expect(sharesOf(3, 1)).toEqual([0.75, 0.25]);
    expect(sharesOf(Number.MAX_VALUE, Number.MAX_VALUE)).toEqual([0.5, 0.5]);
    expect(sharesOf(0, 0)).toEqual([0, 0]);
  });
});

describe("contributions, main drivers and sensitivity on AccountResult", () => {
  const accounts = byName(base);

  it("gives each criterion its axis share times w_j * p_j / (its axis's usable weights), adding up to the score", () => {
    const alpha = accounts.get("Alpha")!;
    const expected = [
      (0.5 * 30 * 9) / 60,
      (0.5 * 20 * 7) / 60,
      (0.5 * 10 * 4) / 60,
      0.5 * 0.4 * 6,
      0.5 * 0.6 * 8,
    ];
    alpha.contributions.forEach((c, j) => expect(c).toBeCloseTo(expected[j] as number, 12));
    // Gamma lacks Need and Reputation: the other weights of each axis are re-normalised.
    const gamma = accounts.get("Gamma")!;
    expect(gamma.contributions[1]).toBeNull();
    expect(gamma.contributions[4]).toBeNull();
    expect(gamma.contributions[3]).toBeCloseTo(0.5 * 2, 12);
    for (const a of accounts.values()) {
      const sum = a.contributions.reduce((s: number, c) => s + (c ?? 0), 0);
      expect(sum).toBeCloseTo(a.score as number, 12);
    }
    // Delta's missing strength axis leaves the whole score to attractiveness.
    expect(accounts.get("Delta")!.contributions).toEqual([
      expect.closeTo(5, 12),
      expect.closeTo(10 / 3, 12),
      expect.closeTo(5 / 3, 12),
      null,
      null,
    ]);
  });

  it("names the two criteria with the largest contribution as main drivers", () => {
    // Alpha: Reputation 0.5 * 0.6 * 8 = 2.4, Size 0.5 * 30 * 9 / 60 = 2.25.
    expect(accounts.get("Alpha")!.drivers).toEqual([4, 0]);
    expect(accounts.get("Delta")!.drivers).toEqual([0, 1]);
  });

  it("gives the margin to the nearer cut, null without both axis scores", () => {
    expect(accounts.get("Alpha")!.marginToCut).toBeCloseTo(Math.min(7.5 - 5.5, 7.2 - 5.5), 12);
    expect(accounts.get("Delta")!.marginToCut).toBeNull();
    expect(accounts.get("Delta")!.flip).toBeNull();
  });
});

describe("scale warnings", () => {
  const ratings = {
    headerRow: 1,
    headers: ["Customer", "Rating", "Score"],
    rows: [
      ["A", 5, 3],
      ["B", 95, 9],
      ["", 500, 100],
      ["C", "", 1],
    ],
  };
  const config = (scaleMax: number) =>
    parseConfig({
      version: 1,
      dataSheet: "Accounts",
      accountColumn: "Customer",
      scaleMax,
      criteria: [
        { name: "Rating", column: "Rating", axis: "attractiveness", weight: 1 },
        { name: "Score", column: "Score", axis: "strength", weight: 1 },
        { name: "Size", column: "Score", axis: "strength", weight: 1, input: "linear" },
      ],
    });

  it("warns about a points column outside 1..scaleMax, naming the column and the range, and never clamps", () => {
    const result = evaluateAccounts(config(10), ratings);
    expect(result.scaleWarnings).toEqual([
      {
        criterionIndex: 0,
        column: "Rating",
        min: 5,
        max: 95,
        kind: "outsideScale",
        message:
          'The column "Rating" holds points from 5 to 95, outside the points scale 1 to 10: the cells outside it are not used. Rescale the ratings or change the points scale.',
      },
    ]);
    expect(result.accounts.find((a) => a.account === "B")!.points[0]).toBeNull();
    expect(scaleWarningsFor(config(10), ratings)).toEqual(result.scaleWarnings);
  });

  it("warns about a points column all within 1..10 while the scale goes higher", () => {
    const result = evaluateAccounts(config(100), ratings, "de");
    expect(result.scaleWarnings).toEqual([
      {
        criterionIndex: 1,
        column: "Score",
        min: 1,
        max: 9,
        kind: "tenPointScale",
        message:
          "Die Spalte „Score“ enthält nur Punkte von 1 bis 9, die Punkteskala reicht aber bis 100: Das sieht nach einer Bewertung von 1 bis 10 aus. Rechnen Sie die Bewertungen um oder stellen Sie die Punkteskala auf 10.",
      },
    ]);
    expect(scaleWarningsFor(config(100), ratings, "de")).toEqual(result.scaleWarnings);
    expect(scaleWarningsFor(config(100), ratings)[0]!.message).toBe(
      'The column "Score" holds points from 1 to 9 only, while the points scale goes to 100: it looks like a 1-10 rating. Rescale the ratings or set the points scale to 10.',
    );
  });

  it("has none when the points fit, and leaves out a column the header row lacks", () => {
    const fitting = {
      ...ratings,
      rows: [
        ["A", 2, 3],
        ["B", 7, 10],
      ],
    };
    expect(evaluateAccounts(config(10), fitting).scaleWarnings).toEqual([]);
    expect(scaleWarningsFor(config(10), { ...ratings, headers: ["Customer", "Other", "Score"] })).toEqual([]);
    expect(scaleWarningsFor(config(10), { ...ratings, rows: [] })).toEqual([]);
  });

  it("words the outside-scale warning in German with decimal commas", () => {
    const odd = {
      ...ratings,
      rows: [
        ["A", 0.5, 3],
        ["B", 12.5, 4],
      ],
    };
    expect(scaleWarningsFor(config(10), odd, "de")[0]!.message).toBe(
      "Die Spalte „Rating“ enthält Punkte von 0,5 bis 12,5, außerhalb der Punkteskala 1 bis 10: Die Zellen außerhalb werden nicht verwendet. Rechnen Sie die Bewertungen um oder ändern Sie die Punkteskala.",
    );
  });
});

describe("rescoreEvaluation", () => {
  it("gives what evaluateAccounts gives for new weights, axis weights and cuts", () => {
    const first = evaluateAccounts(parseConfig(base), table);
    const changed = parseConfig({
      ...base,
      axisWeights: { attractiveness: 1, strength: 4 },
      cuts: { attractiveness: 6, strength: 5 },
      criteria: base.criteria.map((c, j) => ({ ...c, weight: j === 1 ? 0 : c.weight * (j + 1) })),
    });
    expect(rescoreEvaluation(first, changed)).toEqual(evaluateAccounts(changed, table));
  });
});
