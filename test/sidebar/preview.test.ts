import { parseConfig } from "../../src/core/config";
import type { DataTable } from "../../src/core/model";
import fc from "fast-check";
import { evaluateAccounts } from "../../src/core/model";
import { evaluate, pointsKey, ranksOf, reweigh, summarise } from "../../sidebar/preview";

const base = {
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Account",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 1, input: "linear" },
    { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
    { name: "Satisfaction", column: "Satisfaction", axis: "strength", weight: 1 },
  ],
} as const;

function table(rows: (string | number)[][]): DataTable {
  return { headerRow: 1, headers: ["Account", "Revenue", "Need", "Satisfaction"], rows };
}

describe("what-if preview", () => {
  const data = table([
    ["Alpha", 9000, 2, 9],
    ["Beta", 500, 9, 2],
    ["Gamma", 400, 5, "n/a"],
    ["Delta", 100, 1, 1],
  ]);

  it("counts quadrants, lists the top accounts and warns about a mono-customer", () => {
    const config = parseConfig(base);
    const summary = summarise(evaluate(config, data), config, null);
    expect(summary.accounts).toBe(4);
    expect(summary.top.map((a) => a.account)).toEqual(["Alpha", "Beta", "Gamma", "Delta"]);
    expect(summary.top.every((a) => a.movement === undefined)).toBe(true);
    expect(summary.mono).toEqual({ account: "Alpha", share: 0.9 });
    expect(summary.warnings).toBe(1);
    expect(summary.needsAxes).toBe(false);
    expect(Object.values(summary.quadrantCounts).reduce((s, n) => s + n, 0)).toBe(3);
  });

  it("shows the movement against the saved model", () => {
    const saved = parseConfig(base);
    // Two-level weights: need weighted 10 inside attractiveness, and attractiveness 90% of the KAM score.
    const draft = parseConfig({
      ...base,
      axisWeights: { attractiveness: 9, strength: 1 },
      criteria: base.criteria.map((c) => (c.name === "Need" ? { ...c, weight: 10 } : c)),
    });
    const summary = summarise(evaluate(draft, data), draft, ranksOf(evaluate(saved, data)));
    // Saved: Alpha, Beta, Gamma, Delta. The draft: Beta, Gamma, Alpha, Delta.
    expect(summary.top.map((a) => [a.account, a.movement])).toEqual([
      ["Beta", 1],
      ["Gamma", 1],
      ["Alpha", -2],
      ["Delta", 0],
    ]);
  });

  it("says when an axis has no weighted criterion", () => {
    const config = parseConfig({ ...base, criteria: base.criteria.slice(0, 2) });
    expect(summarise(evaluate(config, data), config, null).needsAxes).toBe(true);
  });

  it("summarises 2,000 accounts: every account counted once, the top 10 in score order", () => {
    // Timings are printed by the browser test and npm run bench, never asserted here.
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 2000; i++)
      rows.push([`Account ${i}`, (i * 7919) % 100000, (i % 10) + 1, ((i * 3) % 10) + 1]);
    const config = parseConfig(base);
    const summary = summarise(evaluate(config, table(rows)), config, null);
    expect(summary.accounts).toBe(2000);
    expect(Object.values(summary.quadrantCounts).reduce((x, y) => x + y, 0)).toBe(2000);
    const scores = summary.top.map((a) => a.score);
    expect(scores).toHaveLength(10);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it("re-weighs a cached evaluation exactly as evaluateAccounts evaluates the new weights", () => {
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 10 }) },
      { weight: 1, arbitrary: fc.constantFrom("", "n/a", -3) },
    );
    const weight = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1000, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom("A", "B", "", "C"), fc.integer({ min: 0, max: 1000 }), cell, cell),
          {
            maxLength: 30,
          },
        ),
        fc.tuple(weight, weight, weight),
        fc.tuple(weight, weight, weight),
        (rows, before, after) => {
          const withWeights = (w: number[]) =>
            parseConfig({ ...base, criteria: base.criteria.map((c, i) => ({ ...c, weight: w[i] })) });
          const data = table(
            rows.map(([name, revenue, need, satisfaction], i) => [
              `${name}${i}`.replace(/^\d+$/, ""),
              revenue,
              need,
              satisfaction,
            ]),
          );
          const first = withWeights(before);
          const second = withWeights(after);
          expect(pointsKey(first)).toBe(pointsKey(second));
          const expected = evaluateAccounts(second, data);
          const actual = reweigh(evaluateAccounts(first, data), second);
          expect(actual.quadrantCounts).toEqual(expected.quadrantCounts);
          expect(actual.accounts.map((a) => [a.sheetRow, a.rank, a.quadrant])).toEqual(
            expected.accounts.map((a) => [a.sheetRow, a.rank, a.quadrant]),
          );
          actual.accounts.forEach((a, k) => {
            const e = expected.accounts[k]!;
            for (const key of ["attractiveness", "strength", "score"] as const) {
              if (e[key] === null) expect(a[key]).toBeNull();
              else expect(a[key]).toBeCloseTo(e[key] as number, 9);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
