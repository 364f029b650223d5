import { REVENUE_SHARE } from "../../src/functions/customFunctions";

describe("REVENUE_SHARE", () => {
  it("divides each revenue by the sum of the valid revenues", () => {
    expect(REVENUE_SHARE([[30], [70]])).toEqual([[0.3], [0.7]]);
  });

  it("keeps the shape of a 2-D range and of a single row", () => {
    expect(
      REVENUE_SHARE([
        [10, 30],
        [60, ""],
      ]),
    ).toEqual([
      [0.1, 0.3],
      [0.6, ""],
    ]);
    expect(REVENUE_SHARE([[25, 75]])).toEqual([[0.25, 0.75]]);
  });

  it("divides by the given total", () => {
    expect(REVENUE_SHARE([[30], [70]], 200)).toEqual([[0.15], [0.35]]);
    expect(REVENUE_SHARE([[30], [70]], [[200]])).toEqual([[0.15], [0.35]]);
    // a total equal to the sum is fine
    expect(REVENUE_SHARE([[30], [70]], 100)).toEqual([[0.3], [0.7]]);
  });

  it('takes the sum as total when total is omitted, "" or null', () => {
    for (const total of [undefined, "", null])
      expect(REVENUE_SHARE([[30], [70]], total)).toEqual([[0.3], [0.7]]);
  });

  it("gives negative and non-numeric revenue a #VALUE! text, keeps blanks and leaves both out of T", () => {
    const date = new Date(2024, 0, 31);
    expect(REVENUE_SHARE([[25], [-5], ["abc"], [true], ["#N/A"], ["7"], [date], [""], [75]])).toEqual([
      [0.25],
      ["#VALUE! the 1st column of the range holds revenue -5, which is negative."],
      ['#VALUE! the 1st column of the range holds the text "abc", not a number.'],
      ["#VALUE! the 1st column of the range holds the value TRUE, not a number."],
      ["#VALUE! the 1st column of the range holds the error #N/A, not a number."],
      ['#VALUE! the 1st column of the range holds the text "7", not a number.'],
      ["#VALUE! the 1st column of the range holds the date 2024-01-31, not a number."],
      [""],
      [0.75],
    ]);
  });

  it("names the column of a bad cell in a 2-D range", () => {
    expect(REVENUE_SHARE([[50, "x"]])).toEqual([
      [1, '#VALUE! the 2nd column of the range holds the text "x", not a number.'],
    ]);
  });

  it("gives a zero revenue a share of 0", () => {
    expect(REVENUE_SHARE([[0], [40]])).toEqual([[0], [1]]);
  });

  it("returns a single value for a single cell", () => {
    expect(REVENUE_SHARE(40)).toBe(1);
    expect(REVENUE_SHARE(40, 160)).toBe(0.25);
    expect(REVENUE_SHARE("", 100)).toBe("");
    expect(REVENUE_SHARE(-1, 100)).toBe(
      "#VALUE! the 1st column of the range holds revenue -1, which is negative.",
    );
  });

  it("throws when T <= 0", () => {
    expect(() => REVENUE_SHARE([[0], [0]])).toThrow(
      new Error("REVENUE_SHARE: there is no revenue to divide by: the revenues add up to 0."),
    );
    expect(() => REVENUE_SHARE([[""], ["x"]])).toThrow("REVENUE_SHARE: there is no revenue to divide by");
    expect(() => REVENUE_SHARE([[10]], 0)).toThrow("REVENUE_SHARE: total must be greater than 0, got 0.");
    expect(() => REVENUE_SHARE([[10]], -100)).toThrow(
      "REVENUE_SHARE: total must be greater than 0, got -100.",
    );
  });

  it("throws when the total is smaller than the listed revenues", () => {
    expect(() => REVENUE_SHARE([[30], [70]], 99)).toThrow(
      "REVENUE_SHARE: total (99) is smaller than the sum of the listed revenues (100).",
    );
  });

  it("throws when the total is not a number", () => {
    expect(() => REVENUE_SHARE([[30]], "100")).toThrow(
      'REVENUE_SHARE: total must be a number, got the text "100".',
    );
    expect(() => REVENUE_SHARE([[30]], true)).toThrow("REVENUE_SHARE: total must be a number");
    expect(() => REVENUE_SHARE([[30]], [[100, 200]])).toThrow("REVENUE_SHARE: total must be a single value");
  });

  it("throws when the revenues add up to more than a number can hold", () => {
    expect(() => REVENUE_SHARE([[1e308], [1e308]])).toThrow(/^REVENUE_SHARE: /);
  });

  it("throws for empty ranges", () => {
    expect(() => REVENUE_SHARE([])).toThrow("REVENUE_SHARE: the revenues range is empty.");
    expect(() => REVENUE_SHARE([[]])).toThrow("REVENUE_SHARE: the revenues range is empty.");
  });
});
