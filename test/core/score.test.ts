import { ArgumentProblem } from "../../src/core/cells";
import {
  rowContributions,
  validateWeights,
  weightedContributions,
  weightedRowScore,
  weightedScores,
} from "../../src/core/score";

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

  it("reads no point past the last weight, on either path", () => {
    expect(weightedRowScore([5, 7], [1])).toBe(5);
    // the weight sum 1e308 takes the scaled path
    expect(weightedRowScore([1e-300, 7], [1e308])).toBe(1e-300);
  });

  it("scales by the largest usable point only: a zero-weight or blank column does not count", () => {
    // a point of 1.7e308 under weight 0 would scale 1e-300 down to 0
    expect(weightedRowScore([1e-300, 1.7e308], [1e308, 0])).toBe(1e-300);
    // a blank column is not a point of 0 in the mean
    expect(weightedRowScore([1e-300, ""], [1e308, 1e308])).toBe(1e-300);
    // text under weight 0 is never read, not even as NaN times 0
    expect(weightedRowScore([1e-300, "x"], [1e308, 0])).toBe(1e-300);
  });

  it("scales by the largest point, not the last one, so huge points do not overflow", () => {
    const big = 1.7e308;
    expect(weightedRowScore([big, big, 1], [1e308, 1e308, 1e308])).toBeCloseTo(big * (2 / 3), -300);
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

describe("rowContributions", () => {
  it("gives w_j * p_j / sum(w) per usable column and null for the others; they add up to the mean", () => {
    // weights 3 and 1 over points 8 and 4: 3 * 8 / 4 = 6 and 1 * 4 / 4 = 1, mean 7
    expect(rowContributions([8, 4, 9], [3, 1, 0])).toEqual([6, 1, null]);
  });

  it("leaves a missing point out of the weight sum", () => {
    expect(rowContributions([4, null], [1, 1])).toEqual([4, null]);
    expect(rowContributions([null, null], [1, 1])).toEqual([null, null]);
  });

  it("stays finite with weights near the largest double", () => {
    expect(rowContributions([2, 4], [Number.MAX_VALUE, Number.MAX_VALUE])).toEqual([1, 2]);
  });
});

describe("weightedContributions", () => {
  it('gives each cell its share of the row\'s mean and "" where the weight is 0', () => {
    expect(
      weightedContributions(
        [
          [8, 4, 9],
          [2, 6, 1],
        ],
        [3, 1, 0],
      ),
    ).toEqual([
      [6, 1, ""],
      [1.5, 1.5, ""],
    ]);
  });

  it("leaves blank cells and a row shorter than the weights out of the sum", () => {
    expect(weightedContributions([[4, ""], [4, null], [4]], [1, 1])).toEqual([
      [4, ""],
      [4, ""],
      [4, ""],
    ]);
  });

  it('gives the #VALUE! text in the invalid cell (Infinity too) and "" in the others of that row', () => {
    expect(weightedContributions([[Infinity, 1]], [1, 1])).toEqual([
      ["#VALUE! the 1st column of the range holds the value Infinity, not a number.", ""],
    ]);
    expect(weightedContributions([[Infinity, "x"]], [1, 1])[0]?.[0]).toMatch(/^#VALUE! the 1st column/);
  });

  it("computes a row again with its own largest weight when its weights scale below the normal range", () => {
    // 1e-300 / 1e308 is 0 as a double: scaled by the range's largest weight, this row would be 0 / 0
    expect(weightedContributions([["", 2, 4, ""]], [1e308, 1e-300, 1e-300, 1])).toEqual([["", 1, 2, ""]]);
  });

  it("keeps the #VALUE! text for an invalid cell in such a row", () => {
    expect(weightedContributions([[5, "x"]], [1e308, 1e-300])).toEqual([
      ["", '#VALUE! the 2nd column of the range holds the text "x", not a number.'],
    ]);
  });
});
