import fc from "fast-check";
import { parseConfig } from "../../src/core/config";
import { evaluateAccounts } from "../../src/core/model";
import {
  KAM_ABC,
  KAM_CONCENTRATION,
  KAM_CONTRIBUTION,
  KAM_POINTS,
  KAM_SCORE,
  REVENUE_SHARE,
} from "../../src/functions/customFunctions";

/** Any finite double, from -MAX_VALUE to MAX_VALUE. */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const positiveWeight = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
const weights = fc
  .array(fc.oneof(fc.constant(0), positiveWeight), { minLength: 1, maxLength: 8 })
  .filter((w) => w.some((x) => x > 0));
/** Weights over the whole positive range of doubles, up to MAX_VALUE, where sums overflow. */
const anyPositiveWeight = fc.oneof(
  positiveWeight,
  fc.double({ min: 1e-6, max: Number.MAX_VALUE, noNaN: true }),
);
const wideWeights = fc
  .array(fc.oneof(fc.constant(0), anyPositiveWeight), { minLength: 1, maxLength: 8 })
  .filter((w) => w.some((x) => x > 0));
const revenue = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e12, noNaN: true }));
const revenues = fc.array(revenue, { minLength: 1, maxLength: 40 }).filter((r) => r.some((x) => x > 0));

const column = (values: readonly unknown[]) => values.map((v) => [v]) as (number | string)[][];
const flat = (out: unknown) => (out as unknown[][]).map((row) => row[0]);
const near = (actual: number, expected: number, relative = 1e-9) =>
  Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), Math.abs(actual)) + 1e-300;

describe("KAM_SCORE properties", () => {
  it("a row of one constant scores that constant", () => {
    fc.assert(
      fc.property(finite, wideWeights, (c, w) => {
        const score = KAM_SCORE([w.map(() => c)], [w]) as number[][];
        const s = score[0]?.[0] as number;
        expect(Number.isFinite(s)).toBe(true);
        expect(near(s, c, 1e-12)).toBe(true);
      }),
    );
  });

  it("scaling all weights by a positive factor changes nothing", () => {
    const point = fc.oneof(fc.constant(""), fc.double({ min: 1, max: 10, noNaN: true }));
    const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(
        weights.chain((w) =>
          fc.tuple(
            fc.constant(w),
            fc.array(fc.array(point, { minLength: w.length, maxLength: w.length }), {
              minLength: 1,
              maxLength: 10,
            }),
          ),
        ),
        factor,
        ([w, points], k) => {
          const plain = flat(KAM_SCORE(points, [w]));
          const scaled = flat(KAM_SCORE(points, [w.map((x) => x * k)]));
          plain.forEach((p, i) => {
            const q = scaled[i];
            if (typeof p === "number") expect(near(q as number, p)).toBe(true);
            else expect(q).toBe(p);
          });
        },
      ),
    );
  });

  it("a score lies between the row's smallest and largest usable point", () => {
    const point = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        wideWeights.chain((w) =>
          fc.tuple(fc.constant(w), fc.array(point, { minLength: w.length, maxLength: w.length })),
        ),
        ([w, row]) => {
          const s = (KAM_SCORE([row], [w]) as number[][])[0]?.[0] as number;
          const used = row.filter((_, j) => (w[j] as number) > 0);
          // relative slack for rounding, absolute slack for products that underflow below the subnormals
          const lo = Math.min(...used);
          const hi = Math.max(...used);
          expect(s).toBeGreaterThanOrEqual(lo - 1e-9 * Math.abs(lo) - 1e-300);
          expect(s).toBeLessThanOrEqual(hi + 1e-9 * Math.abs(hi) + 1e-300);
        },
      ),
    );
  });
});

describe("KAM_CONTRIBUTION and the model's scores", () => {
  const point = fc.oneof(fc.constant(""), fc.double({ min: 1, max: 10, noNaN: true }));
  const rowsFor = (w: number[]) =>
    fc.tuple(
      fc.constant(w),
      fc.array(fc.array(point, { minLength: w.length, maxLength: w.length }), {
        minLength: 1,
        maxLength: 10,
      }),
    );

  it("a row's contributions add up to its KAM_SCORE, for weights up to the largest double", () => {
    fc.assert(
      fc.property(wideWeights.chain(rowsFor), ([w, points]) => {
        const scores = flat(KAM_SCORE(points, [w]));
        const parts = KAM_CONTRIBUTION(points, [w]) as (number | string)[][];
        parts.forEach((row, i) => {
          const score = scores[i];
          if (score === "") expect(row.every((c) => c === "")).toBe(true);
          else {
            const sum = row.reduce((s: number, c) => s + (c === "" ? 0 : (c as number)), 0);
            expect(near(sum, score as number, 1e-12)).toBe(true);
          }
          row.forEach((c, j) => {
            if (points[i]?.[j] === "" || w[j] === 0) expect(c).toBe("");
          });
        });
      }),
    );
  });

  it("the model's axis scores equal KAM_SCORE over that axis's criteria, for weights up to the largest double", () => {
    fc.assert(
      fc.property(
        wideWeights.chain(rowsFor),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        ([w, points], onA) => {
          const criteria = w.map((weight, j) => ({
            name: `C${j}`,
            column: `C${j}`,
            axis: onA[j] ? ("attractiveness" as const) : ("strength" as const),
            weight,
          }));
          const config = parseConfig({ version: 1, dataSheet: "D", accountColumn: "A", criteria });
          const table = {
            headerRow: 1,
            headers: ["A", ...criteria.map((c) => c.column)],
            rows: points.map((row, i) => [`Account ${i}`, ...row]),
          };
          const accounts = evaluateAccounts(config, table).accounts.sort((x, y) => x.sheetRow - y.sheetRow);
          const axisWeights = (axis: boolean) => [w.map((x, j) => (onA[j] === axis ? x : 0))];
          const scoreOf = (axis: boolean) =>
            axisWeights(axis)[0]!.some((x) => x > 0)
              ? flat(KAM_SCORE(points, axisWeights(axis)))
              : points.map(() => "");
          const a = scoreOf(true);
          const s = scoreOf(false);
          accounts.forEach((account, i) => {
            for (const [value, expected] of [
              [account.attractiveness, a[i]],
              [account.strength, s[i]],
            ] as const) {
              if (expected === "") expect(value).toBeNull();
              else expect(near(value as number, expected as number, 1e-12)).toBe(true);
            }
            const sum = account.contributions.reduce((t: number, c) => t + (c ?? 0), 0);
            if (account.score === null) expect(account.contributions.every((c) => c === null)).toBe(true);
            else expect(near(sum, account.score, 1e-12)).toBe(true);
          });
        },
      ),
    );
  });
});

describe("KAM_POINTS properties", () => {
  const values = fc.array(fc.oneof(finite, fc.integer({ min: -5, max: 5 })), { minLength: 1, maxLength: 30 });
  const scaleMax = fc.integer({ min: 2, max: 1000 });
  const direction = fc.constantFrom("higher", "lower");
  const anchors = fc.oneof(
    fc.constant<[number | "", number | ""]>(["", ""]),
    fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
      .filter(([a, b]) => a < b),
  );

  function checkOrder(v: number[], p: number[], dir: string, strict: boolean) {
    for (let i = 0; i < v.length; i++) {
      for (let j = 0; j < v.length; j++) {
        const vi = v[i] as number;
        const vj = v[j] as number;
        const pi = p[i] as number;
        const pj = p[j] as number;
        if (vi === vj) expect(pi).toBe(pj);
        if (vi < vj) {
          if (dir === "higher") expect(strict ? pi < pj : pi <= pj).toBe(true);
          else expect(strict ? pi > pj : pi >= pj).toBe(true);
        }
      }
    }
  }

  it("linear points stay within 1..scale_max and keep the order of the values (reversed for lower)", () => {
    fc.assert(
      fc.property(values, direction, scaleMax, anchors, (v, dir, s, [low, high]) => {
        const p = flat(KAM_POINTS(column(v), dir, s, "linear", low, high)) as number[];
        for (const x of p) {
          expect(x).toBeGreaterThanOrEqual(1);
          expect(x).toBeLessThanOrEqual(s);
        }
        checkOrder(v, p, dir, false);
      }),
    );
  });

  it("rank points stay within 1..scale_max and strictly keep the order of the values (reversed for lower)", () => {
    fc.assert(
      fc.property(values, direction, scaleMax, (v, dir, s) => {
        const p = flat(KAM_POINTS(column(v), dir, s, "rank")) as number[];
        for (const x of p) {
          expect(x).toBeGreaterThanOrEqual(1);
          expect(x).toBeLessThanOrEqual(s);
        }
        checkOrder(v, p, dir, true);
      }),
    );
  });

  it("hit 1 and scale_max exactly at the smallest and largest value (distinct values for rank)", () => {
    fc.assert(
      fc.property(values, scaleMax, fc.constantFrom("linear", "rank"), (v, s, method) => {
        // with ties at an end, rank gives the tied values their average rank, which is not an end point
        fc.pre(method === "linear" ? new Set(v).size > 1 : new Set(v).size === v.length && v.length > 1);
        const p = flat(KAM_POINTS(column(v), "higher", s, method)) as number[];
        expect(Math.min(...p)).toBe(1);
        expect(Math.max(...p)).toBe(s);
      }),
    );
  });
});

describe("revenue properties", () => {
  it("shares sum to 1 without a total", () => {
    fc.assert(
      fc.property(revenues, (r) => {
        const shares = flat(REVENUE_SHARE(column(r))) as number[];
        expect(
          near(
            shares.reduce((a, b) => a + b, 0),
            1,
          ),
        ).toBe(true);
      }),
    );
  });

  it("the largest account is class A, and a larger revenue never gets a worse class", () => {
    const shares = fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const)
      .filter(([a]) => a > 0);
    fc.assert(
      fc.property(revenues, shares, (r, [a, b]) => {
        const classes = flat(KAM_ABC(column(r), a, b)) as string[];
        expect(classes[r.indexOf(Math.max(...r))]).toBe("A");
        for (let i = 0; i < r.length; i++) {
          for (let j = 0; j < r.length; j++) {
            if ((r[i] as number) > (r[j] as number))
              expect((classes[i] as string) <= (classes[j] as string)).toBe(true);
          }
        }
      }),
    );
  });

  it("10000 / n <= HHI <= 10000", () => {
    fc.assert(
      fc.property(revenues, (r) => {
        const table = KAM_CONCENTRATION(column(r), "", "en") as [string, number][];
        const hhi = table[4]?.[1] as number;
        expect(table[0]?.[1]).toBe(r.length);
        expect(hhi).toBeGreaterThanOrEqual((10000 / r.length) * (1 - 1e-9));
        expect(hhi).toBeLessThanOrEqual(10000 * (1 + 1e-9));
      }),
    );
  });
});
