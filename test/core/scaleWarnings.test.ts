import { parseConfig, type KamConfigInput } from "../../src/core/config";
import { coreMessages } from "../../src/core/messages";
import { scaleWarningOf, scaleWarningsFor } from "../../src/core/scaleWarnings";
import type { DataTable } from "../../src/core/table";

const input = (scaleMax: number): KamConfigInput => ({
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  scaleMax,
  criteria: [
    { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 1, input: "linear" },
    { name: "Rating", column: "Rating", axis: "attractiveness", weight: 1 },
    { name: "Fit", column: "Fit", axis: "strength", weight: 1 },
  ],
});
// Built inside each test (a mutant is switched on only while a test runs).
const config = (scaleMax: number) => parseConfig(input(scaleMax));
const rating = () => config(10).criteria[1]!;
const revenue = () => config(10).criteria[0]!;
const en = () => coreMessages("en");

describe("scaleWarningOf", () => {
  it("has none when every number lies within 1..scaleMax, the ends included", () => {
    expect(scaleWarningOf(rating(), 1, 1, 10, 10, "en")).toBeNull();
    expect(scaleWarningOf(rating(), 1, 3, 3, 10, "en")).toBeNull();
    expect(scaleWarningOf(rating(), 1, 1, 100, 100, "en")).toBeNull();
    // On a 1-5 scale a 1-5 column is not a 1-10 rating.
    expect(scaleWarningOf(rating(), 1, 2, 5, 5, "en")).toBeNull();
  });

  it("warns about numbers below 1 or above scaleMax, naming the column and the range", () => {
    expect(scaleWarningOf(rating(), 1, 0.5, 7, 10, "en")).toEqual({
      criterionIndex: 1,
      column: "Rating",
      min: 0.5,
      max: 7,
      kind: "outsideScale",
      message: en().columnOutsideScale("Rating", 0.5, 7, 10),
    });
    expect(scaleWarningOf(rating(), 4, 1, 11, 10, "en")).toMatchObject({
      criterionIndex: 4,
      kind: "outsideScale",
    });
    // Outside the scale wins over looking like a 1-10 rating.
    expect(scaleWarningOf(rating(), 1, 0, 9, 100, "en")?.kind).toBe("outsideScale");
  });

  it("warns when every number lies within 1..10 while the scale goes higher, 10 included", () => {
    expect(scaleWarningOf(rating(), 1, 1, 10, 100, "de")).toEqual({
      criterionIndex: 1,
      column: "Rating",
      min: 1,
      max: 10,
      kind: "tenPointScale",
      message: coreMessages("de").columnOnTenPointScale("Rating", 1, 10, 100),
    });
    // One number alone (min == max) is a range too.
    expect(scaleWarningOf(rating(), 1, 7, 7, 100, "en")).toMatchObject({
      kind: "tenPointScale",
      min: 7,
      max: 7,
    });
    expect(scaleWarningOf(rating(), 1, 7, 7, 11, "en")?.kind).toBe("tenPointScale");
    expect(scaleWarningOf(rating(), 1, 2, 11, 100, "en")).toBeNull();
    expect(scaleWarningOf(rating(), 1, 2, 8, 10, "en")).toBeNull();
  });

  it("has none for a column without numbers (min above max) or a criterion not entered as points", () => {
    // No numbers: min stays Infinity, max -Infinity (as scaleWarningsFor and the model pass them).
    expect(scaleWarningOf(rating(), 1, Infinity, -Infinity, 100, "en")).toBeNull();
    expect(scaleWarningOf(rating(), 1, Infinity, -Infinity, 10, "en")).toBeNull();
    expect(scaleWarningOf(revenue(), 0, 5, 95, 10, "en")).toBeNull();
    expect(scaleWarningOf(revenue(), 0, 1, 9, 100, "en")).toBeNull();
  });
});

describe("scaleWarningsFor", () => {
  const table = (headers: string[], rows: DataTable["rows"]): DataTable => ({ headerRow: 1, headers, rows });

  it("takes min and max over the numbers of each points column, in English by default", () => {
    const data = table(
      ["Customer", "Revenue", "Rating", "Fit"],
      [
        ["A", 500, 4, 2],
        ["B", 900, 95, "n/a"],
        ["C", 100, "", true],
        ["D", 50, 12, 3],
      ],
    );
    expect(scaleWarningsFor(config(10), data)).toEqual([
      {
        criterionIndex: 1,
        column: "Rating",
        min: 4,
        max: 95,
        kind: "outsideScale",
        message: en().columnOutsideScale("Rating", 4, 95, 10),
      },
    ]);
    // On a 1-100 scale the Fit column (2 and 3, the text and TRUE not counted) looks like a 1-10 rating.
    expect(scaleWarningsFor(config(100), data)).toEqual([
      {
        criterionIndex: 2,
        column: "Fit",
        min: 2,
        max: 3,
        kind: "tenPointScale",
        message: en().columnOnTenPointScale("Fit", 2, 3, 100),
      },
    ]);
  });

  it("leaves out rows whose account name is blank, spaces only or missing", () => {
    const data = table(["Customer", "Rating"], [["A", 5], ["", 500], ["   ", 0], [null, 50], [], ["B", 7]]);
    expect(scaleWarningsFor(config(10), data)).toEqual([]);
    expect(scaleWarningsFor(config(100), data)).toMatchObject([{ column: "Rating", min: 5, max: 7 }]);
    // The same numbers under named accounts do count.
    const named = table(
      ["Customer", "Rating"],
      [
        ["A", 5],
        ["Z", 0],
      ],
    );
    expect(scaleWarningsFor(config(10), named)).toMatchObject([{ kind: "outsideScale", min: 0, max: 5 }]);
  });

  it("counts every row when the header row has no account column", () => {
    const data = table(
      ["Rating", "Other"],
      [
        ["", 5],
        [40, 5],
      ],
    );
    expect(scaleWarningsFor(config(10), data)).toMatchObject([
      { criterionIndex: 1, column: "Rating", min: 40, max: 40, kind: "outsideScale" },
    ]);
  });

  it("finds a points column anywhere in the header row, the first column too", () => {
    const data = table(
      ["Fit", "Customer", "Rating"],
      [
        [20, "A", 1],
        [3, "B", 9],
      ],
    );
    expect(scaleWarningsFor(config(10), data, "de")).toEqual([
      {
        criterionIndex: 2,
        column: "Fit",
        min: 3,
        max: 20,
        kind: "outsideScale",
        message: coreMessages("de").columnOutsideScale("Fit", 3, 20, 10),
      },
    ]);
  });

  it("has none for a column the header row lacks or a column without numbers", () => {
    const data = table(
      ["Customer", "Fit"],
      [
        ["A", ""],
        ["B", "high"],
      ],
    );
    expect(scaleWarningsFor(config(100), data)).toEqual([]);
    expect(scaleWarningsFor(config(100), table(["Customer", "Rating", "Fit"], []))).toEqual([]);
  });
});
