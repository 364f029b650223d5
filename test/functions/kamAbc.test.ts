import { KAM_ABC } from "../../src/functions/customFunctions";

describe("KAM_ABC", () => {
  it("classes with the defaults 0.8 and 0.95", () => {
    // before: 50 -> 0, 30 -> 0.5, 15 -> 0.8, 5 -> 0.95
    expect(KAM_ABC([[50], [30], [15], [5]])).toEqual([["A"], ["A"], ["B"], ["C"]]);
    for (const omitted of [undefined, "", null]) {
      expect(KAM_ABC([[50], [30], [15], [5]], omitted, omitted)).toEqual([["A"], ["A"], ["B"], ["C"]]);
    }
  });

  it("ranks by revenue but answers in sheet order", () => {
    expect(KAM_ABC([[5], [50], [15], [30]])).toEqual([["C"], ["A"], ["B"], ["A"]]);
  });

  it("treats an exact boundary as reached", () => {
    // ten accounts of 10: before 0 .. 0.7 -> A, 0.8 and 0.9 -> B
    expect(KAM_ABC(new Array(10).fill([10]))).toEqual([...new Array(8).fill(["A"]), ["B"], ["B"]]);
  });

  it("keeps sheet order among ties", () => {
    // 80 first (before 0), then the first 10 (before 0.8 -> B), then the second 10 (before 0.9 -> C)
    expect(KAM_ABC([[10], [80], [10]], 0.8, 0.85)).toEqual([["B"], ["A"], ["C"]]);
  });

  it("uses the given shares", () => {
    // before: 0, 0.4, 0.7, 0.9
    expect(KAM_ABC([[40], [30], [20], [10]], 0.5, 0.75)).toEqual([["A"], ["A"], ["B"], ["C"]]);
    expect(KAM_ABC([[40], [30], [20], [10]], [[0.3]], [[0.5]])).toEqual([["A"], ["B"], ["C"], ["C"]]);
    // a == b: no B
    expect(KAM_ABC([[50], [30], [20]], 0.8, 0.8)).toEqual([["A"], ["A"], ["C"]]);
    // a == b == 1: everything is A
    expect(KAM_ABC([[50], [30], [20]], 1, 1)).toEqual([["A"], ["A"], ["A"]]);
  });

  it("always puts the largest account in A", () => {
    expect(KAM_ABC([[10], [90]])).toEqual([["B"], ["A"]]);
    expect(KAM_ABC([[1], [999]], 0.01, 0.02)).toEqual([["C"], ["A"]]);
  });

  it("keeps the shape of a 2-D range, ranking row by row", () => {
    expect(
      KAM_ABC([
        [50, 30],
        [15, 5],
      ]),
    ).toEqual([
      ["A", "A"],
      ["B", "C"],
    ]);
    expect(KAM_ABC([[50, 30, 15, 5]])).toEqual([["A", "A", "B", "C"]]);
  });

  it("gives negative and non-numeric revenue a #VALUE! text, keeps blanks and leaves both out", () => {
    expect(KAM_ABC([[80], [-5], ["x"], [""], [true], ["#N/A"], ["7"], [20]])).toEqual([
      ["A"],
      ["#VALUE! the 1st column of the range holds revenue -5, which is negative."],
      ['#VALUE! the 1st column of the range holds the text "x", not a number.'],
      [""],
      ["#VALUE! the 1st column of the range holds the value TRUE, not a number."],
      ["#VALUE! the 1st column of the range holds the error #N/A, not a number."],
      ['#VALUE! the 1st column of the range holds the text "7", not a number.'],
      ["B"],
    ]);
  });

  it("classes a zero revenue", () => {
    expect(KAM_ABC([[100], [0]])).toEqual([["A"], ["C"]]);
  });

  it("returns a single value for a single cell", () => {
    expect(KAM_ABC(100)).toBe("A");
    expect(KAM_ABC(100, 0.5, 0.9)).toBe("A");
  });

  it("throws unless 0 < a_share <= b_share <= 1", () => {
    for (const [a, b] of [
      [0, 0.9],
      [-0.1, 0.9],
      [0.9, 0.8],
      [0.8, 1.1],
      [1.5, 2],
    ]) {
      expect(() => KAM_ABC([[1]], a, b)).toThrow(
        new Error(`KAM_ABC: the shares must satisfy 0 < a_share <= b_share <= 1, got ${a} and ${b}.`),
      );
    }
    // the default b (0.95) applies when only a is given
    expect(() => KAM_ABC([[1]], 0.96)).toThrow(
      "KAM_ABC: the shares must satisfy 0 < a_share <= b_share <= 1",
    );
  });

  it("throws for shares given as text", () => {
    expect(() => KAM_ABC([[1]], "0.8")).toThrow('KAM_ABC: a_share must be a number, got the text "0.8".');
    expect(() => KAM_ABC([[1]], 0.8, "95%")).toThrow(
      'KAM_ABC: b_share must be a number, got the text "95%".',
    );
  });

  it("throws when there is no positive revenue at all", () => {
    for (const revenues of [[[0], [0]], [["x"]], [[-5]], [[""]]]) {
      expect(() => KAM_ABC(revenues)).toThrow("KAM_ABC: there is no positive revenue to classify.");
    }
    expect(() => KAM_ABC(0)).toThrow("KAM_ABC: there is no positive revenue to classify.");
  });

  it("throws for empty ranges", () => {
    expect(() => KAM_ABC([])).toThrow("KAM_ABC: the revenues range is empty.");
    expect(() => KAM_ABC([[]])).toThrow("KAM_ABC: the revenues range is empty.");
  });
});
