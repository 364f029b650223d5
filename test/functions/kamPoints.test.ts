import { KAM_POINTS } from "../../src/functions/customFunctions";

const values = [[0], [50], [100]];

describe("KAM_POINTS", () => {
  it("defaults to linear, higher is better, 1 to 10", () => {
    expect(KAM_POINTS(values)).toEqual([[1], [5.5], [10]]);
  });

  it('takes the defaults for omitted, "" and null options', () => {
    expect(KAM_POINTS(values, "", "", "", "", "")).toEqual([[1], [5.5], [10]]);
    expect(KAM_POINTS(values, null, null, null, null, null)).toEqual([[1], [5.5], [10]]);
    expect(KAM_POINTS(values, undefined, undefined, undefined)).toEqual([[1], [5.5], [10]]);
  });

  it('mirrors for "lower", case-insensitively', () => {
    expect(KAM_POINTS(values, "lower")).toEqual([[10], [5.5], [1]]);
    expect(KAM_POINTS(values, "LOWER")).toEqual([[10], [5.5], [1]]);
    expect(KAM_POINTS(values, "Higher")).toEqual([[1], [5.5], [10]]);
  });

  it("uses scale_max", () => {
    expect(KAM_POINTS(values, "", 5)).toEqual([[1], [3], [5]]);
    expect(KAM_POINTS(values, "", 2)).toEqual([[1], [1.5], [2]]);
    expect(KAM_POINTS(values, "", 1000)).toEqual([[1], [500.5], [1000]]);
  });

  it("does not round", () => {
    // 1 + 1/7 * 9
    const out = KAM_POINTS([[0], [1], [7]]) as number[][];
    expect(out[1]?.[0]).toBeCloseTo(1 + 9 / 7, 12);
    expect(out[1]?.[0]).not.toBe(Math.round(1 + 9 / 7));
  });

  it("anchors the line at fixed low and high and clamps beyond them", () => {
    // lo 0, hi 200: 50 -> 3.25, 100 -> 5.5, 300 -> 10 (clamped), -20 -> 1 (clamped)
    expect(KAM_POINTS([[50], [100], [300], [-20]], "", "", "", 0, 200)).toEqual([[3.25], [5.5], [10], [1]]);
  });

  it("keeps anchored points stable when accounts are added", () => {
    expect(KAM_POINTS([[50], [100]], "", "", "linear", 0, 200)).toEqual([[3.25], [5.5]]);
    expect(KAM_POINTS([[50], [100], [150]], "", "", "linear", 0, 200)).toEqual([[3.25], [5.5], [7.75]]);
    // without anchors the same 50 moves
    expect(KAM_POINTS([[50], [100]])).toEqual([[1], [10]]);
  });

  it("takes the other anchor from the values when only one is given", () => {
    expect(KAM_POINTS([[50], [100]], "", "", "", 0)).toEqual([[5.5], [10]]);
    expect(KAM_POINTS([[20], [60]], "", "", "", "", 100)).toEqual([[1], [5.5]]);
  });

  it("gives every value the midpoint when hi == lo", () => {
    expect(KAM_POINTS([[7], [7]])).toEqual([[5.5], [5.5]]);
    expect(KAM_POINTS([[7], [7]], "lower", 4)).toEqual([[2.5], [2.5]]);
  });

  it("ranks, ties getting their average rank, case-insensitively", () => {
    // ranks 1, 3.5, 2, 3.5 of 4: 1 + (r - 1) * 3
    expect(KAM_POINTS([[10], [30], [20], [30]], "", "", "rank")).toEqual([[1], [8.5], [4], [8.5]]);
    expect(KAM_POINTS([[10], [30], [20], [30]], "", "", "Rank")).toEqual([[1], [8.5], [4], [8.5]]);
    expect(KAM_POINTS([[10], [30], [20], [30]], "LOWER", "", "RANK")).toEqual([[10], [2.5], [7], [2.5]]);
  });

  it("ignores low and high for rank", () => {
    expect(KAM_POINTS([[0], [10], [100]], "", "", "rank", 50, 60)).toEqual([[1], [5.5], [10]]);
  });

  it("takes min, max and rank over the whole 2-D range", () => {
    expect(
      KAM_POINTS([
        [0, 100],
        [50, ""],
        ["", 25],
      ]),
    ).toEqual([
      [1, 10],
      [5.5, ""],
      ["", 3.25],
    ]);
    expect(
      KAM_POINTS(
        [
          [10, 30],
          [20, 40],
        ],
        "",
        4,
        "rank",
      ),
    ).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  it("works on a single row", () => {
    expect(KAM_POINTS([[0, 50, 100]])).toEqual([[1, 5.5, 10]]);
  });

  it("gives invalid cells #VALUE! texts naming column and value and leaves them out of the scale", () => {
    expect(
      KAM_POINTS([
        [0, "#N/A"],
        [10, true],
        ["1000", 5],
      ]),
    ).toEqual([
      [1, "#VALUE! the 2nd column of the range holds the error #N/A, not a number."],
      [10, "#VALUE! the 2nd column of the range holds the value TRUE, not a number."],
      ['#VALUE! the 1st column of the range holds the text "1000", not a number.', 5.5],
    ]);
    expect(KAM_POINTS([[5], ["x"], [15]], "", "", "rank")).toEqual([
      [1],
      ['#VALUE! the 1st column of the range holds the text "x", not a number.'],
      [10],
    ]);
  });

  it("treats negative values as values", () => {
    expect(KAM_POINTS([[-10], [0], [10]])).toEqual([[1], [5.5], [10]]);
  });

  it("keeps blanks blank", () => {
    expect(KAM_POINTS([[""], [""]])).toEqual([[""], [""]]);
    expect(KAM_POINTS([[""], [3], [""]])).toEqual([[""], [5.5], [""]]);
  });

  it("stays finite when the spread of the values overflows", () => {
    expect(KAM_POINTS([[-1e308], [0], [1e308]])).toEqual([[1], [5.5], [10]]);
  });

  it("gives a single value the midpoint and returns it as a single value", () => {
    expect(KAM_POINTS(42)).toBe(5.5);
    expect(KAM_POINTS(42, "", 4, "rank")).toBe(2.5);
    expect(KAM_POINTS(42, "lower", 10, "linear", 0, 84)).toBe(5.5);
    expect(KAM_POINTS(21, "lower", 10, "linear", 0, 84)).toBe(7.75);
    expect(KAM_POINTS("")).toBe("");
    expect(KAM_POINTS("7")).toBe('#VALUE! the 1st column of the range holds the text "7", not a number.');
  });

  it("throws when low >= high", () => {
    expect(() => KAM_POINTS(values, "", "", "", 5, 5)).toThrow(
      new Error("KAM_POINTS: low (5) must be less than high (5)."),
    );
    expect(() => KAM_POINTS(values, "", "", "", 6, 5)).toThrow(
      "KAM_POINTS: low (6) must be less than high (5).",
    );
  });

  it("throws when scale_max is outside 2..1000 or not whole", () => {
    for (const scaleMax of [1, 0, -5, 1001, 2.5]) {
      expect(() => KAM_POINTS(values, "", scaleMax)).toThrow(
        `KAM_POINTS: scale_max must be a whole number from 2 to 1000, got ${scaleMax}.`,
      );
    }
  });

  it("throws for text where a number is expected", () => {
    expect(() => KAM_POINTS(values, "", "10")).toThrow(
      'KAM_POINTS: scale_max must be a number, got the text "10".',
    );
    expect(() => KAM_POINTS(values, "", "", "", "0")).toThrow(
      'KAM_POINTS: low must be a number, got the text "0".',
    );
    expect(() => KAM_POINTS(values, "", "", "", 0, true)).toThrow("KAM_POINTS: high must be a number");
  });

  it("throws for unknown options", () => {
    expect(() => KAM_POINTS(values, "up")).toThrow(
      'KAM_POINTS: direction must be "higher" or "lower", got the text "up".',
    );
    expect(() => KAM_POINTS(values, 1)).toThrow('KAM_POINTS: direction must be "higher" or "lower", got 1.');
    expect(() => KAM_POINTS(values, "", "", "logarithmic")).toThrow(
      'KAM_POINTS: method must be "linear" or "log" or "rank", got the text "logarithmic".',
    );
  });

  it("throws for empty ranges", () => {
    expect(() => KAM_POINTS([])).toThrow("KAM_POINTS: the values range is empty.");
    expect(() => KAM_POINTS([[]])).toThrow("KAM_POINTS: the values range is empty.");
  });
});

describe('KAM_POINTS "log"', () => {
  it("scales on ln(v) between the smallest and largest value above 0", () => {
    // ln 1 = 0, ln 10 = 0.5 * ln 100: 1, 1 + 0.5 * 9 = 5.5, 10
    const out = KAM_POINTS([[1], [10], [100]], "", "", "log") as number[][];
    expect(out.map((r) => r[0])).toEqual([1, expect.closeTo(5.5, 12), 10]);
    // over 10..1000, 100 is half way: 5.5; on a 1-5 scale, 3
    const five = KAM_POINTS([[10], [100], [1000]], "higher", 5, "LOG") as number[][];
    expect(five.map((r) => r[0])).toEqual([1, expect.closeTo(3, 12), 5]);
  });

  it("puts values of 0 or less at the bottom and leaves them out of lo", () => {
    const out = KAM_POINTS([[0], [-50], [10], [100], [1000]], "", "", "log") as number[][];
    expect(out.map((r) => r[0])).toEqual([1, 1, 1, expect.closeTo(5.5, 12), 10]);
    // "lower" mirrors the result, so 0 gets scale_max there
    const lower = KAM_POINTS([[0], [10], [1000]], "lower", "", "log") as number[][];
    expect(lower.map((r) => r[0])).toEqual([10, 10, 1]);
  });

  it("uses fixed low and high anchors and clamps beyond them", () => {
    // ln 100 lies half way between ln 1 and ln 10000
    const out = KAM_POINTS([[100], [1e6], [0.5]], "", "", "log", 1, 10000) as number[][];
    expect(out.map((r) => r[0])).toEqual([expect.closeTo(5.5, 12), 10, 1]);
  });

  it("gives every value the midpoint when hi == lo or no value is above 0", () => {
    expect(KAM_POINTS([[7], [7]], "", "", "log")).toEqual([[5.5], [5.5]]);
    expect(KAM_POINTS([[0], [-3]], "", "", "log")).toEqual([[5.5], [5.5]]);
    expect(KAM_POINTS(42, "", "", "log")).toBe(5.5);
  });

  it("throws for low <= 0", () => {
    expect(() => KAM_POINTS([[1], [10]], "", "", "log", 0)).toThrow(
      'KAM_POINTS: low (0) must be greater than 0 for the "log" method.',
    );
    expect(() => KAM_POINTS([[1], [10]], "", "", "log", -5, 10)).toThrow(
      "KAM_POINTS: low (-5) must be greater than 0",
    );
    // linear keeps accepting a low of 0
    expect(KAM_POINTS([[1], [10]], "", "", "linear", 0)).toEqual([[1.9], [10]]);
  });

  it("gives invalid cells #VALUE! texts and keeps blanks blank", () => {
    expect(KAM_POINTS([[10], ["x"], [""], [1000]], "", "", "log")).toEqual([
      [1],
      ['#VALUE! the 1st column of the range holds the text "x", not a number.'],
      [""],
      [10],
    ]);
  });
});
