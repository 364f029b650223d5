import { ArgumentProblem } from "../../src/core/cells";
import {
  DEFAULT_SCALE_MAX,
  kamPoints,
  linearPoints,
  logPoints,
  midpoint,
  mirrorPoints,
  pointsForNumbers,
  rankPoints,
  validatePointsOptions,
  type PointsOptions,
} from "../../src/core/points";

const linear: PointsOptions = { direction: "higher", scaleMax: 10, method: "linear" };
const rank: PointsOptions = { direction: "higher", scaleMax: 10, method: "rank" };
const log: PointsOptions = { direction: "higher", scaleMax: 10, method: "log" };

/** Points compared one by one to 12 digits, and exactly as many as expected. */
function expectPoints(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, 12));
}

describe("validatePointsOptions", () => {
  it("accepts whole scales from 2 to 1000", () => {
    for (const scaleMax of [2, 10, 1000])
      expect(() => validatePointsOptions({ ...linear, scaleMax })).not.toThrow();
  });

  it("refuses scale_max outside 2..1000 or not whole, naming it", () => {
    for (const scaleMax of [1, 0, -10, 1001, 2.5, NaN, Infinity]) {
      expect(() => validatePointsOptions({ ...linear, scaleMax })).toThrow(ArgumentProblem);
    }
    expect(() => validatePointsOptions({ ...linear, scaleMax: 1 })).toThrow(
      "scale_max must be a whole number from 2 to 1000, got 1.",
    );
  });

  it("accepts a single anchor, either one, whatever its value", () => {
    // Only low and high given together are compared; one alone may lie anywhere (the values supply the other).
    for (const anchor of [-5, 0, 5, 1e6]) {
      expect(() => validatePointsOptions({ ...linear, low: anchor })).not.toThrow();
      expect(() => validatePointsOptions({ ...linear, high: anchor })).not.toThrow();
    }
  });

  it("refuses low >= high", () => {
    expect(() => validatePointsOptions({ ...linear, low: 5, high: 5 })).toThrow(
      "low (5) must be less than high (5).",
    );
    expect(() => validatePointsOptions({ ...linear, low: 6, high: 5 })).toThrow(ArgumentProblem);
    expect(() => validatePointsOptions({ ...linear, low: 4, high: 5 })).not.toThrow();
  });
});

describe("midpoint and mirrorPoints", () => {
  it("midpoint is (1 + scale_max) / 2", () => {
    expect(midpoint(10)).toBe(5.5);
    expect(midpoint(5)).toBe(3);
    expect(midpoint(2)).toBe(1.5);
    expect(DEFAULT_SCALE_MAX).toBe(10);
  });

  it('"lower" mirrors p to 1 + scale_max - p', () => {
    expect(mirrorPoints(1, 10)).toBe(10);
    expect(mirrorPoints(10, 10)).toBe(1);
    expect(mirrorPoints(3.25, 10)).toBe(7.75);
    expect(mirrorPoints(5.5, 10)).toBe(5.5);
  });
});

describe("linearPoints", () => {
  it("maps min to 1 and max to scale_max, in between on a straight line", () => {
    expect(linearPoints([0, 50, 100], linear)).toEqual([1, 5.5, 10]);
    // lo 10, hi 40: 20 -> 1 + 10/30 * 9 = 4
    expect(linearPoints([10, 20, 40], linear)).toEqual([1, 4, 10]);
    // scale 5: 1 + 0.5 * 4 = 3
    expect(linearPoints([0, 50, 100], { ...linear, scaleMax: 5 })).toEqual([1, 3, 5]);
  });

  it("is not rounded", () => {
    // 1 + 1/7 * 9 = 2.2857...
    expect(linearPoints([0, 1, 7], linear)[1]).toBeCloseTo(1 + 9 / 7, 12);
  });

  it("uses fixed low/high anchors and clamps values beyond them", () => {
    // lo 0, hi 200: 50 -> 1 + 0.25 * 9 = 3.25, 100 -> 5.5; 300 clamps to 10, -20 to 1
    expect(linearPoints([50, 100, 300, -20], { ...linear, low: 0, high: 200 })).toEqual([3.25, 5.5, 10, 1]);
  });

  it("takes the missing anchor from the values when only one is fixed", () => {
    // low 0 fixed, hi = max = 100
    expect(linearPoints([50, 100], { ...linear, low: 0 })).toEqual([5.5, 10]);
    // high 100 fixed, lo = min = 20: 60 -> 1 + 40/80 * 9 = 5.5
    expect(linearPoints([20, 60], { ...linear, high: 100 })).toEqual([1, 5.5]);
  });

  it("gives every value the midpoint when hi == lo", () => {
    expect(linearPoints([7, 7, 7], linear)).toEqual([5.5, 5.5, 5.5]);
    expect(linearPoints([42], { ...linear, scaleMax: 5 })).toEqual([3]);
    // a fixed low equal to the only value: hi = max = 7 = lo
    expect(linearPoints([7], { ...linear, low: 7 })).toEqual([5.5]);
  });

  it("clamps every value to the fixed anchor when all of them lie beyond it", () => {
    // low 100 fixed, all values below it: each clamps to lo -> 1
    expect(linearPoints([10, 20], { ...linear, low: 100 })).toEqual([1, 1]);
    // high 5 fixed, all values above it: each clamps to hi -> scale_max
    expect(linearPoints([10, 20], { ...linear, high: 5 })).toEqual([10, 10]);
  });

  it("stays finite when hi - lo overflows", () => {
    expect(linearPoints([-1e308, 0, 1e308], linear)).toEqual([1, 5.5, 10]);
    expect(linearPoints([-Number.MAX_VALUE, Number.MAX_VALUE], linear)).toEqual([1, 10]);
  });
});

describe("logPoints", () => {
  it("maps ln(v) linearly between ln(min) and ln(max)", () => {
    // ln 10 is halfway between ln 1 and ln 100: 1 + 0.5 * 9 = 5.5
    expectPoints(logPoints([1, 10, 100], log), [1, 5.5, 10]);
    // 1 + ln(2) / ln(8) * 9 = 1 + 9 / 3 = 4; order kept
    expectPoints(logPoints([8, 2, 1], log), [10, 4, 1]);
  });

  it("uses fixed low/high anchors and clamps values beyond them", () => {
    // lo 10, hi 1000: 100 is halfway; 1 clamps to 10 -> 1, 1e5 to 1000 -> 10
    expectPoints(logPoints([100, 1, 1e5, 10, 1000], { ...log, low: 10, high: 1000 }), [5.5, 1, 10, 1, 10]);
    // low 1 fixed, hi = max = 100
    expectPoints(logPoints([10, 100], { ...log, low: 1 }), [5.5, 10]);
  });

  it("gives a value of 0 or less 1, and leaves it out of the smallest value", () => {
    // min above 0 is 1, not -5 or 0: 10 -> 5.5
    expectPoints(logPoints([0, -5, 1, 10, 100], log), [1, 1, 1, 5.5, 10]);
  });

  it("gives every value the midpoint without a value above 0, or when hi == lo", () => {
    expectPoints(logPoints([0, -3], log), [5.5, 5.5]);
    expectPoints(logPoints([7, 7], { ...log, scaleMax: 5 }), [3, 3]);
    // hi == lo also covers the values of 0 or less
    expectPoints(logPoints([0, 7, -1], log), [5.5, 5.5, 5.5]);
  });

  it("clamps every positive value to the fixed anchor when all of them lie beyond it, 0 or less still 1", () => {
    // low 100 fixed, every positive value below it: hi = max = 20 < lo, each clamps to lo -> 1
    expectPoints(logPoints([10, 0, 20], { ...log, low: 100 }), [1, 1, 1]);
    // high 5 fixed, every positive value above it: lo = min = 10 > hi, each clamps to hi -> scale_max
    expectPoints(logPoints([10, 0, 20, -2], { ...log, high: 5 }), [10, 1, 10, 1]);
    expectPoints(logPoints([10], { ...log, high: 5, scaleMax: 7 }), [7]);
  });
});

describe("rankPoints", () => {
  it("spreads ascending ranks from 1 to scale_max", () => {
    // ranks 1, 2, 3 of 3: 1, 5.5, 10
    expect(rankPoints([5, 900, 20], 10)).toEqual([1, 10, 5.5]);
  });

  it("gives ties their average rank", () => {
    // 10 -> rank 1, 20 -> 2, the two 30s -> (3 + 4) / 2 = 3.5; p = 1 + (r - 1) / 3 * 9
    expect(rankPoints([10, 30, 20, 30], 10)).toEqual([1, 8.5, 4, 8.5]);
    // all tied: rank (1 + 2) / 2 = 1.5 -> 1 + 0.5 * 9 = 5.5
    expect(rankPoints([5, 5], 10)).toEqual([5.5, 5.5]);
  });

  it("gives one value alone the midpoint", () => {
    expect(rankPoints([123], 10)).toEqual([5.5]);
    expect(rankPoints([123], 4)).toEqual([2.5]);
  });

  it("ranks runs of ties at either end and in the middle", () => {
    // sorted 1 1 2 3 3 3: ranks 1.5, 3, 5; p = 1 + (r - 1) / 5 * 9
    expect(rankPoints([3, 1, 3, 2, 1, 3], 10)).toEqual([8.2, 1.9, 8.2, 4.6, 1.9, 8.2]);
    expect(rankPoints([], 10)).toEqual([]);
  });

  it("handles negative values and extreme magnitudes", () => {
    expect(rankPoints([-1e308, 1e308, 0], 10)).toEqual([1, 10, 5.5]);
  });
});

describe("pointsForNumbers", () => {
  it("dispatches on the method", () => {
    expect(pointsForNumbers([0, 10, 100], linear)).toEqual([1, 1.9, 10]);
    expect(pointsForNumbers([0, 10, 100], rank)).toEqual([1, 5.5, 10]);
    expectPoints(pointsForNumbers([1, 10, 100], log), [1, 5.5, 10]);
  });

  it('mirrors both methods for "lower"', () => {
    expect(pointsForNumbers([0, 50, 100], { ...linear, direction: "lower" })).toEqual([10, 5.5, 1]);
    expect(pointsForNumbers([10, 30, 20, 30], { ...rank, direction: "lower" })).toEqual([10, 2.5, 7, 2.5]);
  });

  it("ignores low/high for rank", () => {
    expect(pointsForNumbers([0, 10, 100], { ...rank, low: 50, high: 60 })).toEqual([1, 5.5, 10]);
  });

  it("returns nothing for no values", () => {
    expect(pointsForNumbers([], linear)).toEqual([]);
    expect(pointsForNumbers([], rank)).toEqual([]);
    expect(pointsForNumbers([], { ...log, direction: "lower", low: 1, high: 10 })).toEqual([]);
    expect(pointsForNumbers([], { ...linear, low: 1, high: 10 })).toEqual([]);
  });
});

describe("kamPoints over a range", () => {
  it("takes min and max over the whole 2-D range and keeps its shape", () => {
    expect(
      kamPoints(
        [
          [0, 100],
          [50, ""],
          ["", 25],
        ],
        linear,
      ),
    ).toEqual([
      [1, 10],
      [5.5, ""],
      ["", 3.25],
    ]);
  });

  it("ranks over the whole 2-D range", () => {
    expect(
      kamPoints(
        [
          [10, 30],
          [20, 30],
        ],
        rank,
      ),
    ).toEqual([
      [1, 8.5],
      [4, 8.5],
    ]);
  });

  it("gives invalid cells a #VALUE! text and leaves them out of min, max and rank", () => {
    const date = new Date(2024, 0, 31);
    expect(kamPoints([[0], ["#N/A"], [10], [true], ["1000"], [date]], linear)).toEqual([
      [1],
      ["#VALUE! the 1st column of the range holds the error #N/A, not a number."],
      [10],
      ["#VALUE! the 1st column of the range holds the value TRUE, not a number."],
      ['#VALUE! the 1st column of the range holds the text "1000", not a number.'],
      ["#VALUE! the 1st column of the range holds the date 2024-01-31, not a number."],
    ]);
    expect(kamPoints([[5, "x", 15]], rank)).toEqual([
      [1, '#VALUE! the 2nd column of the range holds the text "x", not a number.', 10],
    ]);
  });

  it("keeps blanks blank, also when nothing is valid", () => {
    expect(kamPoints([[""], [null]], linear)).toEqual([[""], [""]]);
  });

  it("treats 0 as a value, not as a blank", () => {
    expect(kamPoints([[0], [""], [0], [4]], linear)).toEqual([[1], [""], [1], [10]]);
  });

  it("validates the options", () => {
    expect(() => kamPoints([[1]], { ...linear, scaleMax: 1001 })).toThrow(ArgumentProblem);
    expect(() => kamPoints([[1]], { ...linear, low: 3, high: 2 })).toThrow(ArgumentProblem);
  });
});
