import type { CellValue } from "../../src/core/cells";
import { detectHeaderRow, findColumn, HEADER_SEARCH_ROWS, headerTexts } from "../../src/core/table";

describe("detectHeaderRow", () => {
  it("finds a header below a title block", () => {
    expect(
      detectHeaderRow([
        ["Key accounts 2026", ""],
        ["", ""],
        ["Customer", "Revenue"],
        ["Alpha", 5],
      ]),
    ).toBe(3);
  });

  it("falls back to the first row", () => {
    expect(detectHeaderRow([["a", "b"]])).toBe(1);
    expect(detectHeaderRow([])).toBe(1);
  });

  it("counts a header with a blank cell between its texts as a header", () => {
    expect(
      detectHeaderRow([
        ["Report", 2025],
        ["Customer", null, "Revenue"],
        ["Alpha", null, 5],
      ]),
    ).toBe(2);
  });

  it("takes a row of texts with numbers below, not a mixed row above numbers", () => {
    expect(
      detectHeaderRow([
        ["Report", 2025],
        ["Q1", 1],
        ["Customer", "Revenue"],
        ["Alpha", 5],
      ]),
    ).toBe(3);
  });

  it("needs two texts: a one-cell title above numbers is not the header", () => {
    expect(detectHeaderRow([["Title"], [5, 6], ["Customer", "Revenue"], ["Alpha", 5]])).toBe(3);
  });

  it("needs a number in the row below: texts above texts are notes, not the header", () => {
    expect(
      detectHeaderRow([
        ["Customer", "Revenue"],
        ["Notes", "see below"],
        ["Name", "Turnover"],
        ["Alpha", 5],
      ]),
    ).toBe(3);
  });

  it("without a header pattern takes the first row that is not empty", () => {
    expect(detectHeaderRow([[], ["", null], ["Only a title"], ["Customer", "Revenue"]])).toBe(3);
  });

  it(`looks only at the top ${HEADER_SEARCH_ROWS} rows`, () => {
    const header = ["Customer", "Revenue"];
    const grid = (blankRows: number): CellValue[][] => [
      ["Notes"],
      ...Array.from({ length: blankRows }, () => ["", ""]),
      header,
      ["Alpha", 5],
    ];
    // The header as the tenth row is found; one row lower it is not, and the first non-empty row is taken.
    expect(detectHeaderRow(grid(HEADER_SEARCH_ROWS - 2))).toBe(HEADER_SEARCH_ROWS);
    expect(detectHeaderRow(grid(HEADER_SEARCH_ROWS - 1))).toBe(1);
  });
});

describe("headerTexts", () => {
  it("trims texts, writes numbers and dates as text, and keeps blanks as empty strings in place", () => {
    const date = new Date(Date.UTC(2026, 0, 31));
    expect(headerTexts(["  Customer ", null, 2026, date, "", undefined])).toEqual([
      "Customer",
      "",
      "2026",
      "2026-01-31T00:00:00.000Z",
      "",
      "",
    ]);
  });

  it("is empty for a row that does not exist", () => {
    expect(headerTexts(undefined)).toEqual([]);
  });
});

describe("findColumn", () => {
  it("matches trimmed and case-insensitive, the first of equal headers", () => {
    const headers = ["Customer", " Revenue ", "revenue"];
    expect(findColumn(headers, "REVENUE")).toBe(1);
    expect(findColumn(headers, " customer")).toBe(0);
    expect(findColumn(headers, "Need")).toBe(-1);
  });
});
