import { ArgumentProblem } from "../../src/core/cells";
import { validateWeights, weightedRowScore, weightedScores } from "../../src/core/score";

describe("weightedRowScore", () => {
  it("is sum(w * p) / sum(w)", () => {
    // (3 * 8 + 1 * 4) / (3 + 1) = 28 / 4 = 7
    expect(weightedRowScore([8, 4], [3, 1])).toBe(7);
    // (1 * 2 + 2 * 5 + 1 * 8) / 4 = 20 / 4 = 5
    expect(weightedRowScore([2, 5, 8], [1, 2, 1])).toBe(5);
  });

  it("skips a blank point and re-normalises the remaining weights", () => {
    // only column 1 counts: 3 * 8 / 3 = 8
    expect(weightedRowScore([8, ""], [3, 1])).toBe(8);
    // (1 * 2 + 1 * 8) / 2 = 5
    expect(weightedRowScore([2, null, 8], [1, 2, 1])).toBe(5);
  });

  it('gives "" for a row with no usable point', () => {
    expect(weightedRowScore(["", ""], [3, 1])).toBe("");
    expect(weightedRowScore([4, 6], [0, 0])).toBe("");
    // the only point sits in a column of weight 0
    expect(weightedRowScore([9, ""], [0, 1])).toBe("");
  });

  it("ignores columns whose weight is 0, even when they hold something invalid", () => {
    expect(weightedRowScore([8, "n/a"], [1, 0])).toBe(8);
  });

  it("gives a #VALUE! text naming the column and the value for an invalid point", () => {
    expect(weightedRowScore([8, "n/a"], [1, 1])).toBe(
      '#VALUE! the 2nd column of the range holds the text "n/a", not a number.',
    );
    expect(weightedRowScore(["#N/A", 3], [1, 1])).toBe(
      "#VALUE! the 1st column of the range holds the error #N/A, not a number.",
    );
    expect(weightedRowScore([true, 3], [1, 1])).toBe(
      "#VALUE! the 1st column of the range holds the value TRUE, not a number.",
    );
    expect(weightedRowScore(["7", 3], [1, 1])).toBe(
      '#VALUE! the 1st column of the range holds the text "7", not a number.',
    );
    expect(weightedRowScore([NaN, 3], [1, 1])).toBe(
      "#VALUE! the 1st column of the range holds the value NaN, not a number.",
    );
  });

  it("keeps negative points on their own scale", () => {
    // (1 * -4 + 3 * 4) / 4 = 2
    expect(weightedRowScore([-4, 4], [1, 3])).toBe(2);
  });

  it("stays finite where the plain sums would overflow", () => {
    // the mean of two equal points is that point, however large
    expect(weightedRowScore([1e308, 1e308], [1, 1])).toBe(1e308);
    expect(weightedRowScore([-1e308, -1e308], [3, 1])).toBe(-1e308);
    // huge weights: (2 + 4) / 2 = 3
    expect(weightedRowScore([2, 4], [1e308, 1e308])).toBe(3);
  });
});

describe("weightedRowScore at the ends of the double range", () => {
  it("keeps a tiny point when one weight sum passes the largest double (property seed -934939385)", () => {
    const c = -1.0000000000010002e-300;
    expect(weightedRowScore([c, c, c], [9.9792015476736e291, Number.MAX_VALUE, 0])).toBe(c);
  });

  it("keeps points whose products with the weights fall below the smallest normal double", () => {
    expect(weightedRowScore([1e-200, 1e-200], [1e-200, 3e-150])).toBeCloseTo(1e-200, 210);
    expect(weightedRowScore([1e-200, 3e-200], [1e-300, 1e-300]) as number).toBeCloseTo(2e-200, 210);
  });

  it("gives 0 for points that are all 0, whatever the weights", () => {
    expect(weightedRowScore([0, 0], [Number.MAX_VALUE, Number.MAX_VALUE])).toBe(0);
    expect(weightedRowScore([0, -0], [1e-300, 2])).toBe(0);
  });

  it("gives the plain mean where neither end is near", () => {
    expect(weightedRowScore([2, 8], [1, 3])).toBe(6.5);
    expect(weightedRowScore([1, -1], [1, 1])).toBe(0);
  });
});

describe("weightedScores", () => {
  it("gives one score per row, in row order", () => {
    expect(
      weightedScores(
        [
          [8, 4],
          [2, ""],
          ["", ""],
        ],
        [3, 1],
      ),
    ).toEqual([7, 2, ""]);
  });

  it("gives nothing for no rows", () => {
    expect(weightedScores([], [1])).toEqual([]);
  });
});

describe("validateWeights", () => {
  it("accepts non-negative weights with at least one above 0", () => {
    expect(() => validateWeights([0, 2, 0.5])).not.toThrow();
  });

  it("refuses a negative weight, naming it", () => {
    expect(() => validateWeights([1, -1])).toThrow(
      new ArgumentProblem("weight 2 is negative (-1); weights must be 0 or more."),
    );
  });

  it("refuses weights that are all 0 (or none at all)", () => {
    expect(() => validateWeights([0, 0])).toThrow("at least one weight must be greater than 0.");
    expect(() => validateWeights([])).toThrow("at least one weight must be greater than 0.");
  });

  it("refuses a weight that is not a finite number", () => {
    expect(() => validateWeights([1, NaN])).toThrow("weight 2 is not a number.");
    expect(() => validateWeights([Infinity])).toThrow("weight 1 is not a number.");
  });

  it("throws ArgumentProblem, so the custom function can prefix its name", () => {
    expect(() => validateWeights([-1])).toThrow(ArgumentProblem);
  });
});
