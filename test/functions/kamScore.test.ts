import { KAM_SCORE } from "../../src/functions/customFunctions";

describe("KAM_SCORE", () => {
  it("gives the weighted mean per row as a column", () => {
    // (3*8 + 1*4)/4 = 7; (3*2 + 1*6)/4 = 3; (3*10 + 1*1)/4 = 7.75
    expect(
      KAM_SCORE(
        [
          [8, 4],
          [2, 6],
          [10, 1],
        ],
        [[3, 1]],
      ),
    ).toEqual([[7], [3], [7.75]]);
  });

  it("takes the weights as one row or one column alike", () => {
    const points = [
      [8, 4, 6],
      [2, 6, 1],
    ];
    // (1*8 + 2*4 + 1*6)/4 = 5.5; (1*2 + 2*6 + 1*1)/4 = 3.75
    expect(KAM_SCORE(points, [[1, 2, 1]])).toEqual([[5.5], [3.75]]);
    expect(KAM_SCORE(points, [[1], [2], [1]])).toEqual([[5.5], [3.75]]);
  });

  it("skips blank points and re-normalises; a row with no usable point is blank", () => {
    expect(
      KAM_SCORE(
        [
          [8, ""],
          ["", 4],
          ["", ""],
        ],
        [[3, 1]],
      ),
    ).toEqual([[8], [4], [""]]);
  });

  it("counts a blank weight as 0", () => {
    // column 2 has no weight: row 1 scores 8, and its text in column 2 does not matter
    expect(
      KAM_SCORE(
        [
          [8, "n/a"],
          [2, 9],
        ],
        [[3, ""]],
      ),
    ).toEqual([[8], [2]]);
  });

  it("gives the row with a bad point a #VALUE! text naming the column and value, the others still score", () => {
    const date = new Date(2024, 0, 31);
    expect(
      KAM_SCORE(
        [
          [8, 4],
          [8, "#N/A"],
          [true, 4],
          ["7", 4],
          [date, 4],
          ["abc", 4],
          [2, 6],
        ],
        [[1, 1]],
      ),
    ).toEqual([
      [6],
      ["#VALUE! the 2nd column of the range holds the error #N/A, not a number."],
      ["#VALUE! the 1st column of the range holds the value TRUE, not a number."],
      ['#VALUE! the 1st column of the range holds the text "7", not a number.'],
      ["#VALUE! the 1st column of the range holds the date 2024-01-31, not a number."],
      ['#VALUE! the 1st column of the range holds the text "abc", not a number.'],
      [4],
    ]);
  });

  it("works on the points' own scale, negatives included", () => {
    // 1-10 points give a 1-10 score: (10 + 1)/2
    expect(KAM_SCORE([[10, 1]], [[1, 1]])).toEqual([[5.5]]);
    // a 1-100 scale stays on 1-100: (3*90 + 1*10)/4 = 70
    expect(KAM_SCORE([[90, 10]], [[3, 1]])).toEqual([[70]]);
    expect(KAM_SCORE([[-4, 4]], [[1, 3]])).toEqual([[2]]);
  });

  it("stays finite where plain sums overflow", () => {
    expect(KAM_SCORE([[1e308, 1e308]], [[1, 1]])).toEqual([[1e308]]);
    expect(KAM_SCORE([[2, 4]], [[1e308, 1e308]])).toEqual([[3]]);
  });

  it("returns a single value for single cells", () => {
    expect(KAM_SCORE(7, 2)).toBe(7);
    expect(KAM_SCORE("", 2)).toBe("");
    expect(KAM_SCORE("7", 2)).toBe('#VALUE! the 1st column of the range holds the text "7", not a number.');
  });

  it("returns a column for a one-row range", () => {
    expect(KAM_SCORE([[8, 4]], [[3, 1]])).toEqual([[7]]);
  });

  it("throws when the weights do not match the criteria columns", () => {
    expect(() => KAM_SCORE([[1, 2, 3, 4]], [[1, 1, 1, 1, 1]])).toThrow(
      new Error("KAM_SCORE: 5 weights given for 4 criteria columns."),
    );
    expect(() => KAM_SCORE([[1, 2, 3, 4]], [[1], [1], [1]])).toThrow(
      "KAM_SCORE: 3 weights given for 4 criteria columns.",
    );
    expect(() => KAM_SCORE([[1, 2]], 1)).toThrow("KAM_SCORE: 1 weight given for 2 criteria columns.");
  });

  it("throws for a block of weights", () => {
    expect(() =>
      KAM_SCORE(
        [[1, 2, 3, 4]],
        [
          [1, 1],
          [1, 1],
        ],
      ),
    ).toThrow("KAM_SCORE: weights must be one row or one column, got 2 rows x 2 columns.");
  });

  it("throws for negative weights, non-numeric weights and no weight above 0", () => {
    expect(() => KAM_SCORE([[1, 2]], [[1, -1]])).toThrow(
      "KAM_SCORE: weight 2 is negative (-1); weights must be 0 or more.",
    );
    expect(() => KAM_SCORE([[1, 2]], [[1, "2"]])).toThrow(
      'KAM_SCORE: weight 2 holds the text "2", not a number.',
    );
    expect(() => KAM_SCORE([[1, 2]], [["#N/A", 1]])).toThrow(
      "KAM_SCORE: weight 1 holds the error #N/A, not a number.",
    );
    expect(() => KAM_SCORE([[1, 2]], [[0, 0]])).toThrow(
      "KAM_SCORE: at least one weight must be greater than 0.",
    );
    expect(() => KAM_SCORE([[1, 2]], [["", ""]])).toThrow(
      "KAM_SCORE: at least one weight must be greater than 0.",
    );
  });

  it("throws for empty ranges", () => {
    expect(() => KAM_SCORE([], [[1]])).toThrow("KAM_SCORE: the points range is empty.");
    expect(() => KAM_SCORE([[]], [[1]])).toThrow("KAM_SCORE: the points range is empty.");
    expect(() => KAM_SCORE([[1]], [])).toThrow("KAM_SCORE: the weights range is empty.");
    expect(() => KAM_SCORE([[1]], [[]])).toThrow("KAM_SCORE: the weights range is empty.");
  });
});
