import { ArgumentProblem } from "../../src/core/cells";
import {
  asCustomFunction,
  columnArg,
  columnResult,
  gridResult,
  optionalChoice,
  optionalNumberArg,
  rangeArg,
  weightList,
} from "../../src/functions/args";

describe("asCustomFunction", () => {
  it("returns what the body returns", () => {
    expect(asCustomFunction("KAM_X", () => 42)).toBe(42);
  });

  it("turns an argument problem into an Error starting with the function's name", () => {
    expect(() =>
      asCustomFunction("KAM_SCORE", () => {
        throw new ArgumentProblem("5 weights given for 4 criteria columns.");
      }),
    ).toThrow(new Error("KAM_SCORE: 5 weights given for 4 criteria columns."));
  });

  it("lets other errors through unchanged", () => {
    const bug = new TypeError("boom");
    expect(() =>
      asCustomFunction("KAM_SCORE", () => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});

describe("rangeArg", () => {
  it("wraps a single value as a one-cell grid and remembers it was single", () => {
    expect(rangeArg("values", 7)).toEqual({ grid: [[7]], columns: 1, single: true });
    expect(rangeArg("values", "")).toEqual({ grid: [[""]], columns: 1, single: true });
  });

  it("takes a 2-D array as it is", () => {
    const grid = [
      [1, 2],
      [3, ""],
    ];
    expect(rangeArg("values", grid)).toEqual({ grid, columns: 2, single: false });
    expect(rangeArg("values", [[5]])).toEqual({ grid: [[5]], columns: 1, single: false });
  });

  it("refuses empty ranges, [] and [[]]", () => {
    expect(() => rangeArg("values", [])).toThrow(new ArgumentProblem("the values range is empty."));
    expect(() => rangeArg("values", [[]])).toThrow(new ArgumentProblem("the values range is empty."));
  });

  it("refuses ragged rows", () => {
    expect(() =>
      rangeArg("values", [
        [1, 2],
        [3, 4, 5],
      ]),
    ).toThrow(new ArgumentProblem("values must be a rectangular range."));
    expect(() => rangeArg("values", [[1, 2], 3 as never])).toThrow(
      new ArgumentProblem("values must be a rectangular range."),
    );
    expect(() => rangeArg("values", [[1, 2], [3]])).toThrow(
      new ArgumentProblem("values must be a rectangular range."),
    );
  });
});

describe("columnArg", () => {
  it("accepts a single cell or a single column", () => {
    expect(columnArg("strength", 3)).toEqual({ grid: [[3]], columns: 1, single: true });
    expect(columnArg("strength", [[3], [4]]).grid).toEqual([[3], [4]]);
  });

  it("refuses several columns", () => {
    expect(() => columnArg("strength", [[1, 2]])).toThrow(
      new ArgumentProblem("strength must be a single column, got 2 columns."),
    );
  });
});

describe("results", () => {
  it("gridResult returns the one value for single input, the grid for a range", () => {
    expect(gridResult([[0.25]], true)).toBe(0.25);
    expect(gridResult([[0.25]], false)).toEqual([[0.25]]);
  });

  it("columnResult returns a column, never a flat list", () => {
    expect(columnResult([1, "", "x"], false)).toEqual([[1], [""], ["x"]]);
    expect(columnResult([7], false)).toEqual([[7]]);
    expect(columnResult([7], true)).toBe(7);
    expect(columnResult([], true)).toBe("");
  });
});

describe("optionalNumberArg", () => {
  it('takes the default (undefined) when omitted, "" or null, also as a one-cell range', () => {
    for (const arg of [undefined, "", null, [[""]], [[null]]])
      expect(optionalNumberArg("total", arg)).toBeUndefined();
  });

  it("reads a finite number, also from a one-cell range", () => {
    expect(optionalNumberArg("total", 5)).toBe(5);
    expect(optionalNumberArg("total", -2.5)).toBe(-2.5);
    expect(optionalNumberArg("total", 0)).toBe(0);
    expect(optionalNumberArg("total", [[5]])).toBe(5);
  });

  it("refuses text (also a number typed as text), booleans, dates, errors and non-finite numbers", () => {
    expect(() => optionalNumberArg("total", "5")).toThrow(
      new ArgumentProblem('total must be a number, got the text "5".'),
    );
    expect(() => optionalNumberArg("total", true)).toThrow("total must be a number, got the value TRUE.");
    expect(() => optionalNumberArg("total", "#N/A")).toThrow("total must be a number, got the error #N/A.");
    expect(() => optionalNumberArg("total", new Date(2024, 0, 31))).toThrow(
      "total must be a number, got the date 2024-01-31.",
    );
    expect(() => optionalNumberArg("total", NaN)).toThrow(ArgumentProblem);
    expect(() => optionalNumberArg("total", Infinity)).toThrow(ArgumentProblem);
  });

  it("refuses a range of several cells", () => {
    expect(() => optionalNumberArg("total", [[1, 2]])).toThrow(
      new ArgumentProblem("total must be a single value, not a range."),
    );
    expect(() => optionalNumberArg("total", [[1], [2]])).toThrow(ArgumentProblem);
  });
});

describe("optionalChoice", () => {
  const directions = ["higher", "lower"] as const;

  it('takes the first word when omitted, "" or null', () => {
    for (const arg of [undefined, "", null, [[""]]]) {
      expect(optionalChoice("direction", arg, directions)).toBe("higher");
      expect(optionalChoice("direction", arg, ["lower", "higher"])).toBe("lower");
    }
  });

  it("matches case-insensitively and ignores surrounding spaces", () => {
    expect(optionalChoice("direction", "LOWER", directions)).toBe("lower");
    expect(optionalChoice("direction", "Lower", directions)).toBe("lower");
    expect(optionalChoice("direction", " higher ", directions)).toBe("higher");
    expect(optionalChoice("direction", [["lower"]], directions)).toBe("lower");
  });

  it("refuses unknown words and non-text, listing the allowed words", () => {
    expect(() => optionalChoice("direction", "up", directions)).toThrow(
      new ArgumentProblem('direction must be "higher" or "lower", got the text "up".'),
    );
    expect(() => optionalChoice("direction", 1, directions)).toThrow(
      'direction must be "higher" or "lower", got 1.',
    );
    expect(() => optionalChoice("direction", true, directions)).toThrow(ArgumentProblem);
  });
});

describe("weightList", () => {
  it("reads one row or one column of weights", () => {
    expect(weightList([[3, 1, 2]], 3)).toEqual([3, 1, 2]);
    expect(weightList([[3], [1], [2]], 3)).toEqual([3, 1, 2]);
  });

  it("reads a single weight for a single criterion column", () => {
    expect(weightList(2, 1)).toEqual([2]);
    expect(weightList([[2]], 1)).toEqual([2]);
  });

  it("counts a blank weight as 0", () => {
    expect(weightList([[3, "", null]], 3)).toEqual([3, 0, 0]);
  });

  it("refuses a count that does not match the criteria columns", () => {
    expect(() => weightList([[1, 1, 1, 1, 1]], 4)).toThrow(
      new ArgumentProblem("5 weights given for 4 criteria columns."),
    );
    expect(() => weightList([[1]], 2)).toThrow(new ArgumentProblem("1 weight given for 2 criteria columns."));
    expect(() => weightList([[1], [1]], 1)).toThrow(
      new ArgumentProblem("2 weights given for 1 criteria column."),
    );
  });

  it("refuses a block of several rows and columns", () => {
    expect(() =>
      weightList(
        [
          [1, 2],
          [3, 4],
        ],
        4,
      ),
    ).toThrow(new ArgumentProblem("weights must be one row or one column, got 2 rows x 2 columns."));
  });

  it("refuses a weight that is not a number, naming it", () => {
    expect(() => weightList([[1, "2"]], 2)).toThrow(
      new ArgumentProblem('weight 2 holds the text "2", not a number.'),
    );
    expect(() => weightList([[1], ["#N/A"]], 2)).toThrow("weight 2 holds the error #N/A, not a number.");
    expect(() => weightList([[false, 1]], 2)).toThrow("weight 1 holds the value FALSE, not a number.");
  });

  it("refuses empty weight ranges", () => {
    expect(() => weightList([], 1)).toThrow(ArgumentProblem);
    expect(() => weightList([[]], 1)).toThrow(ArgumentProblem);
  });
});
