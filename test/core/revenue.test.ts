import { ArgumentProblem } from "../../src/core/cells";
import {
  DEFAULT_ABC,
  MAJOR_CUSTOMER_SHARE,
  MONO_CUSTOMER_SHARE,
  abcClasses,
  abcClassesOf,
  concentrationLevel,
  concentrationOf,
  readRevenue,
  revenueShares,
  revenueTotal,
  validRevenues,
  validateAbcShares,
} from "../../src/core/revenue";

describe("readRevenue", () => {
  it("reads blanks as blank and non-negative numbers as revenue (0 included)", () => {
    expect(readRevenue("", 1)).toBe("");
    expect(readRevenue(null, 1)).toBe("");
    expect(readRevenue(0, 1)).toBe(0);
    expect(readRevenue(12.5, 1)).toBe(12.5);
  });

  it("refuses negative and non-numeric revenue with a #VALUE! text naming column and value", () => {
    expect(readRevenue(-5, 2)).toEqual({
      invalid: "#VALUE! the 2nd column of the range holds revenue -5, which is negative.",
    });
    expect(readRevenue("7", 1)).toEqual({
      invalid: '#VALUE! the 1st column of the range holds the text "7", not a number.',
    });
    expect(readRevenue("#N/A", 3)).toEqual({
      invalid: "#VALUE! the 3rd column of the range holds the error #N/A, not a number.",
    });
    expect(readRevenue(false, 1)).toEqual({
      invalid: "#VALUE! the 1st column of the range holds the value FALSE, not a number.",
    });
    expect(readRevenue(Infinity, 1)).toEqual({
      invalid: "#VALUE! the 1st column of the range holds the value Infinity, not a number.",
    });
  });
});

describe("validRevenues", () => {
  it("lists the valid revenues row by row, leaving out blanks and invalid cells", () => {
    expect(
      validRevenues([
        [10, "x"],
        ["", 30],
        [-1, 0],
      ]),
    ).toEqual([10, 30, 0]);
  });
});

describe("revenueTotal", () => {
  it("is the sum of the valid revenues without a total", () => {
    expect(revenueTotal([30, 70])).toBe(100);
  });

  it("is the given total when it covers the listed revenues", () => {
    expect(revenueTotal([30, 70], 200)).toBe(200);
    expect(revenueTotal([30, 70], 100)).toBe(100);
  });

  it("throws when there is nothing to divide by (T <= 0)", () => {
    expect(() => revenueTotal([0, 0])).toThrow(
      new ArgumentProblem("there is no revenue to divide by: the revenues add up to 0."),
    );
    expect(() => revenueTotal([])).toThrow(ArgumentProblem);
    expect(() => revenueTotal([10], 0)).toThrow("total must be greater than 0, got 0.");
    expect(() => revenueTotal([], -5)).toThrow("total must be greater than 0, got -5.");
  });

  it("throws when the total is smaller than the sum of the listed revenues", () => {
    expect(() => revenueTotal([30, 70], 99)).toThrow(
      "total (99) is smaller than the sum of the listed revenues (100).",
    );
  });

  it("throws when the revenues add up to more than a number can hold", () => {
    expect(() => revenueTotal([1e308, 1e308])).toThrow(ArgumentProblem);
    expect(() => revenueTotal([1e308, 1e308])).toThrow("the revenues add up to more than a number can hold.");
    expect(() => revenueTotal([1e308, 1e308], 1e308)).toThrow(ArgumentProblem);
  });
});

describe("revenueShares", () => {
  it("divides each valid cell by the sum, keeping the shape", () => {
    expect(
      revenueShares([
        [10, 30],
        [60, ""],
      ]),
    ).toEqual([
      [0.1, 0.3],
      [0.6, ""],
    ]);
  });

  it("divides by a given total", () => {
    expect(revenueShares([[30], [70]], 200)).toEqual([[0.15], [0.35]]);
  });

  it("gives invalid cells #VALUE! texts, leaves them out of the sum and keeps blanks blank", () => {
    expect(revenueShares([[25], [-5], ["abc"], [""], [75]])).toEqual([
      [0.25],
      ["#VALUE! the 1st column of the range holds revenue -5, which is negative."],
      ['#VALUE! the 1st column of the range holds the text "abc", not a number.'],
      [""],
      [0.75],
    ]);
  });
});

describe("concentrationLevel", () => {
  it("is low below 1500, moderate from 1500 to 2500, high above 2500", () => {
    expect(concentrationLevel(0)).toBe("low");
    expect(concentrationLevel(1499.99)).toBe("low");
    expect(concentrationLevel(1500)).toBe("moderate");
    expect(concentrationLevel(2500)).toBe("moderate");
    expect(concentrationLevel(2500.01)).toBe("high");
    expect(concentrationLevel(10000)).toBe("high");
  });
});

describe("concentrationOf", () => {
  it("computes every figure (50 / 30 / 20)", () => {
    const c = concentrationOf([30, 50, 20]);
    expect(c.customers).toBe(3);
    expect(c.largestShare).toBe(0.5);
    expect(c.top5Share).toBeCloseTo(1, 12);
    expect(c.top10Share).toBeCloseTo(1, 12);
    // 50^2 + 30^2 + 20^2 = 2500 + 900 + 400 = 3800
    expect(c.hhi).toBeCloseTo(3800, 9);
    expect(c.effectiveCustomers).toBeCloseTo(10000 / 3800, 12);
    expect(c.customersWithTenPercent).toBe(3);
    expect(c.monoCustomer).toBe(false); // 0.5 is not more than half
    expect(c.level).toBe("high");
  });

  it("sums the 5 and 10 largest shares", () => {
    // revenues 1..12, total 78: top 5 = 12+11+10+9+8 = 50, top 10 = 78 - 1 - 2 = 75
    const c = concentrationOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(c.customers).toBe(12);
    expect(c.largestShare).toBe(12 / 78);
    expect(c.top5Share).toBeCloseTo(50 / 78, 12);
    expect(c.top10Share).toBeCloseTo(75 / 78, 12);
  });

  it("counts a zero revenue as a customer", () => {
    const c = concentrationOf([100, 0]);
    expect(c.customers).toBe(2);
    expect(c.hhi).toBe(10000);
    expect(c.effectiveCustomers).toBe(1);
    expect(c.monoCustomer).toBe(true);
  });

  it("places exact HHI boundaries: 2500 and 1500 are moderate", () => {
    // four shares of 25%: 4 * 625 = 2500
    expect(concentrationOf([25, 25, 25, 25]).hhi).toBe(2500);
    expect(concentrationOf([25, 25, 25, 25]).level).toBe("moderate");
    // 3 * 20^2 + 2 * 10^2 + 4 * 5^2 = 1200 + 200 + 100 = 1500
    const at1500 = concentrationOf([20, 20, 20, 10, 10, 5, 5, 5, 5]);
    expect(at1500.hhi).toBe(1500);
    expect(at1500.level).toBe("moderate");
    // 2 * 400 + 6 * 100 = 1400
    expect(concentrationOf([20, 20, 10, 10, 10, 10, 10, 10]).level).toBe("low");
    // 676 + 625 + 625 + 576 = 2502
    expect(concentrationOf([26, 25, 25, 24]).level).toBe("high");
  });

  it("counts shares of exactly 10% among the major customers and only shares over 50% as mono", () => {
    expect(MAJOR_CUSTOMER_SHARE).toBe(0.1);
    expect(MONO_CUSTOMER_SHARE).toBe(0.5);
    expect(concentrationOf([10, 90]).customersWithTenPercent).toBe(2);
    expect(concentrationOf([9, 91]).customersWithTenPercent).toBe(1);
    expect(concentrationOf([50, 50]).monoCustomer).toBe(false);
    expect(concentrationOf([51, 49]).monoCustomer).toBe(true);
  });

  it("uses a given total as T", () => {
    const c = concentrationOf([30, 20], 200);
    expect(c.largestShare).toBe(0.15);
    expect(c.top5Share).toBe(0.25);
    // 15^2 + 10^2 = 325
    expect(c.hhi).toBeCloseTo(325, 9);
    expect(c.effectiveCustomers).toBeCloseTo(10000 / 325, 12);
    expect(c.customersWithTenPercent).toBe(2);
    expect(c.level).toBe("low");
  });

  it("has no effective number when every revenue is 0 against a given total", () => {
    const c = concentrationOf([0, 0], 100);
    expect(c.customers).toBe(2);
    expect(c.hhi).toBe(0);
    expect(c.effectiveCustomers).toBeNull();
  });

  it("throws like REVENUE_SHARE when T <= 0 or the total is too small", () => {
    expect(() => concentrationOf([0, 0])).toThrow(ArgumentProblem);
    expect(() => concentrationOf([10, 20], 25)).toThrow(ArgumentProblem);
  });
});

describe("validateAbcShares", () => {
  it("accepts 0 < a <= b <= 1", () => {
    expect(DEFAULT_ABC).toEqual({ a: 0.8, b: 0.95 });
    for (const s of [DEFAULT_ABC, { a: 0.5, b: 0.5 }, { a: 1, b: 1 }, { a: 0.01, b: 1 }]) {
      expect(() => validateAbcShares(s)).not.toThrow();
    }
  });

  it("refuses anything else", () => {
    for (const s of [
      { a: 0, b: 0.9 },
      { a: -0.1, b: 0.9 },
      { a: 0.9, b: 0.8 },
      { a: 0.8, b: 1.1 },
      { a: NaN, b: 0.9 },
    ]) {
      expect(() => validateAbcShares(s)).toThrow(ArgumentProblem);
    }
    expect(() => validateAbcShares({ a: 0.9, b: 0.8 })).toThrow(
      "the shares must satisfy 0 < a_share <= b_share <= 1, got 0.9 and 0.8.",
    );
  });
});

describe("abcClassesOf", () => {
  it("classes by the share of the accounts ranked above: A if before < a, B if before < b, else C", () => {
    // before: 50 -> 0, 30 -> 0.5, 15 -> 0.8, 5 -> 0.95
    expect(abcClassesOf([50, 30, 15, 5])).toEqual(["A", "A", "B", "C"]);
    // same in sheet order
    expect(abcClassesOf([5, 50, 15, 30])).toEqual(["C", "A", "B", "A"]);
  });

  it("treats a share sum exactly on the boundary as reached", () => {
    // ten accounts of 10: before = 0, 0.1, ..., 0.7 -> A (8 accounts); 0.8 and 0.9 -> B
    expect(abcClassesOf(new Array(10).fill(10))).toEqual(["A", "A", "A", "A", "A", "A", "A", "A", "B", "B"]);
    // twenty accounts of 5: before 0.80 -> B ... 0.90 -> B, 0.95 -> C
    const twenty = abcClassesOf(new Array(20).fill(5));
    expect(twenty.filter((c) => c === "A")).toHaveLength(16);
    expect(twenty.filter((c) => c === "B")).toHaveLength(3);
    expect(twenty[19]).toBe("C");
  });

  it("keeps sheet order among ties", () => {
    // ranked 80 (before 0), first 10 (before 0.8), second 10 (before 0.9)
    expect(abcClassesOf([10, 80, 10], { a: 0.8, b: 0.85 })).toEqual(["B", "A", "C"]);
  });

  it("always puts the largest account in A", () => {
    expect(abcClassesOf([10, 90])).toEqual(["B", "A"]);
    expect(abcClassesOf([1, 999], { a: 0.01, b: 0.02 })).toEqual(["C", "A"]);
  });

  it("has no B when a == b", () => {
    expect(abcClassesOf([50, 30, 20], { a: 0.8, b: 0.8 })).toEqual(["A", "A", "C"]);
  });

  it("classes a zero revenue (after everything else)", () => {
    expect(abcClassesOf([100, 0])).toEqual(["A", "C"]);
  });

  it("throws when there is no positive revenue or the shares are wrong", () => {
    expect(() => abcClassesOf([0, 0])).toThrow(
      new ArgumentProblem("there is no positive revenue to classify."),
    );
    expect(() => abcClassesOf([])).toThrow(ArgumentProblem);
    expect(() => abcClassesOf([10], { a: 0.9, b: 0.5 })).toThrow(ArgumentProblem);
  });

  it("throws when the revenues add up to more than a number can hold", () => {
    expect(() => abcClassesOf([1e308, 1e308])).toThrow(ArgumentProblem);
  });
});

describe("abcClasses over a range", () => {
  it("keeps the shape, ranks row by row and marks invalid cells", () => {
    expect(
      abcClasses([
        [50, 30],
        [15, 5],
      ]),
    ).toEqual([
      ["A", "A"],
      ["B", "C"],
    ]);
    expect(abcClasses([[80], [-5], ["x"], [""], [20]])).toEqual([
      ["A"],
      ["#VALUE! the 1st column of the range holds revenue -5, which is negative."],
      ['#VALUE! the 1st column of the range holds the text "x", not a number.'],
      [""],
      ["B"],
    ]);
  });
});
