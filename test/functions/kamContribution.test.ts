import { KAM_CONTRIBUTION, KAM_SCORE } from "../../src/functions/customFunctions";

describe("KAM_CONTRIBUTION", () => {
  it("gives w_j * p_j / sum(w) per cell, the same shape as the points", () => {
    // weights 3 and 1: row 1 (3*8)/4 = 6 and (1*4)/4 = 1; row 2 (3*2)/4 = 1.5 and 6/4 = 1.5
    expect(
      KAM_CONTRIBUTION(
        [
          [8, 4],
          [2, 6],
        ],
        [[3, 1]],
      ),
    ).toEqual([
      [6, 1],
      [1.5, 1.5],
    ]);
  });

  it("adds up to KAM_SCORE in every row", () => {
    const points = [
      [8, 4, 6],
      [2, "", 1],
      [10, 9, 7],
    ];
    const weights = [[1], [2], [1]];
    const scores = KAM_SCORE(points, weights) as number[][];
    (KAM_CONTRIBUTION(points, weights) as (number | string)[][]).forEach((row, i) => {
      const sum = row.reduce((s: number, c) => s + (c === "" ? 0 : (c as number)), 0);
      expect(sum).toBeCloseTo(scores[i]![0]!, 12);
    });
  });

  it("leaves a blank point or a zero weight blank and re-normalises the other weights", () => {
    expect(KAM_CONTRIBUTION([[8, "", 6]], [[1, 1, 1]])).toEqual([[4, "", 3]]);
    expect(KAM_CONTRIBUTION([[8, 5, 6]], [[1, 0, 1]])).toEqual([[4, "", 3]]);
    // a zero weight ignores even an invalid point, as KAM_SCORE does
    expect(KAM_CONTRIBUTION([[8, "n/a", 6]], [[1, 0, 1]])).toEqual([[4, "", 3]]);
  });

  it("leaves a row with no usable point blank", () => {
    expect(KAM_CONTRIBUTION([["", 5]], [[1, 0]])).toEqual([["", ""]]);
  });

  it("gives an invalid point its #VALUE! text and leaves the rest of that row blank; other rows still work", () => {
    expect(
      KAM_CONTRIBUTION(
        [
          [8, "#N/A", 6],
          [2, 4, 6],
        ],
        [[1, 1, 1]],
      ),
    ).toEqual([
      ["", "#VALUE! the 2nd column of the range holds the error #N/A, not a number.", ""],
      [expect.closeTo(2 / 3, 12), expect.closeTo(4 / 3, 12), 2],
    ]);
  });

  it("returns a single value for a single cell", () => {
    expect(KAM_CONTRIBUTION(7, 2)).toBe(7);
    expect(KAM_CONTRIBUTION("", 2)).toBe("");
    expect(KAM_CONTRIBUTION("7", 2)).toBe(
      '#VALUE! the 1st column of the range holds the text "7", not a number.',
    );
  });

  it("stays finite with weights near the largest double", () => {
    expect(KAM_CONTRIBUTION([[2, 4]], [[1e308, 1e308]])).toEqual([[1, 2]]);
  });

  it("throws for bad weights as KAM_SCORE does", () => {
    expect(() => KAM_CONTRIBUTION([[1, 2]], [[1, 2, 3]])).toThrow(
      "KAM_CONTRIBUTION: 3 weights given for 2 criteria columns.",
    );
    expect(() => KAM_CONTRIBUTION([[1, 2]], [[1, -1]])).toThrow("KAM_CONTRIBUTION: weight 2 is negative");
    expect(() => KAM_CONTRIBUTION([[1, 2]], [[0, 0]])).toThrow(
      "KAM_CONTRIBUTION: at least one weight must be greater than 0.",
    );
    expect(() => KAM_CONTRIBUTION([[1, 2]], [["x", 1]])).toThrow(
      'KAM_CONTRIBUTION: weight 1 holds the text "x", not a number.',
    );
  });
});

describe("KAM_CONTRIBUTION with weights of very different sizes", () => {
  it("keeps a row's digits when a huge weight sits on a blank column (found by the property test)", () => {
    const weights = [[1.7976931348623147e308, 0, 0.0000010000000000000016, 0.000004110047487198135]];
    const points = [["", "", 1, 1.0508278438614813]];
    const parts = KAM_CONTRIBUTION(points, weights) as (number | string)[][];
    const score = (KAM_SCORE(points, weights) as number[][])[0]![0] as number;
    const sum = parts[0]!.reduce((s: number, c) => s + (c === "" ? 0 : (c as number)), 0);
    expect(Math.abs(sum - score)).toBeLessThan(1e-12 * score);
    expect(parts[0]!.slice(0, 2)).toEqual(["", ""]);
  });
});
