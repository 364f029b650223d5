import { BIGQUERY, DUCKDB } from "../../../src/core/sql/dialect";
import { sqlNumber, tablePath } from "../../../src/core/sql/literals";

describe("sqlNumber", () => {
  it("writes whole numbers up to a million plainly, -0 as 0", () => {
    expect([0, -0, 7, 1_000_000].map(sqlNumber)).toEqual(["0", "0", "7", "1000000"]);
  });

  it("writes everything else in exponent form, which both dialects read as a double", () => {
    expect([0.1, 2.5, 1_000_001, 1e21, 5e-324].map(sqlNumber)).toEqual([
      "1e-1",
      "2.5e+0",
      "1.000001e+6",
      "1e+21",
      "5e-324",
    ]);
  });

  it("puts a negative number in parentheses, so that x - -1 never reads as a comment", () => {
    expect([-3, -1_000_000, -1_000_001, -0.5].map(sqlNumber)).toEqual([
      "(-3)",
      "(-1000000)",
      "(-1.000001e+6)",
      "(-5e-1)",
    ]);
  });

  it("refuses a number that is not finite", () => {
    expect(() => sqlNumber(Infinity)).toThrow("A number in the model is not finite: Infinity.");
    expect(() => sqlNumber(NaN)).toThrow("A number in the model is not finite: NaN.");
  });
});

describe("tablePath", () => {
  it("splits on dots and trims each name", () => {
    expect(tablePath(" my-project . sales.accounts 2026 ")).toEqual(["my-project", "sales", "accounts 2026"]);
    expect(tablePath("accounts")).toEqual(["accounts"]);
  });

  it("refuses a blank table or an empty part, quoting what was typed", () => {
    for (const table of ["", "   ", "a..b", "a. .b", ".a", "a."]) {
      expect(() => tablePath(table)).toThrow(
        `The table name "${table}" is empty or has an empty part between dots.`,
      );
    }
  });
});

describe("names with a NUL", () => {
  it("are refused in both dialects rather than cut short", () => {
    for (const dialect of [BIGQUERY, DUCKDB]) {
      expect(() => dialect.identifier("a\u0000b")).toThrow("A name in the model holds a NUL character.");
    }
  });
});
