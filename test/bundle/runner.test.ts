import { AppsScriptRunner, Emulator } from "../emulator";

/** The custom-function checks of bundle.test.ts, run the way Apps Script runs them: through the emulator. */
describe("custom functions through the emulator's runner", () => {
  const emulator = Emulator.fromFixture({ sheets: [{ name: "Sheet1" }] });
  const runner = new AppsScriptRunner(emulator);

  it("runs every custom function through its top-level stub, in a fresh Apps Script-like context", () => {
    expect(
      runner.run(
        "KAM_SCORE",
        [
          [8, 4],
          [2, ""],
        ],
        [[3, 1]],
      ),
    ).toEqual([[7], [2]]);
    expect(runner.run("REVENUE_SHARE", [[30], [70]])).toEqual([[0.3], [0.7]]);
    expect(runner.run("KAM_POINTS", [[0], [50], [100]])).toEqual([[1], [5.5], [10]]);
    expect(runner.run("KAM_QUADRANT", [[8], [2]], [[8], [9]], "", "", "en")).toEqual([
      ["Key account"],
      ["Maintenance"],
    ]);
    const concentration = runner.run("KAM_CONCENTRATION", [[60], [40]], "", "en") as unknown[][];
    expect(concentration[7]).toEqual(["Mono-customer", true]);
    expect(runner.run("KAM_ABC", [[10], [85], [5]])).toEqual([["B"], ["A"], ["C"]]);
  });

  it("reports argument problems as errors that start with the function's name", () => {
    expect(() => runner.run("KAM_SCORE", [[1, 2, 3, 4]], [[1, 1, 1, 1, 1]])).toThrow(
      "KAM_SCORE: 5 weights given for 4 criteria columns.",
    );
  });

  it("computes the same results as sheet formulas, ranges passed as 2-D arrays", () => {
    const book = Emulator.fromFixture({
      sheets: [
        {
          name: "Data",
          rows: [
            [8, 4, 3, 1, "=KAM_SCORE(A1:B2, C1:D1)", 30, "=REVENUE_SHARE(F1:F2)", 10, "=KAM_ABC(H1:H3)"],
            [2, "", "", "", "", 70, "", 85],
            ["", "", "", "", "", "", "", 5],
          ],
        },
      ],
    });
    const sheet = book.spreadsheet.getSheetByName("Data")!;
    expect(sheet.getRange("E1:E2").getValues()).toEqual([[7], [2]]);
    expect(sheet.getRange("G1:G2").getValues()).toEqual([[0.3], [0.7]]);
    expect(sheet.getRange("I1:I3").getValues()).toEqual([["B"], ["A"], ["C"]]);
  });

  it("a custom function may not write to the spreadsheet, as in Sheets", () => {
    const book = Emulator.fromFixture({ sheets: [{ name: "S" }] });
    const attempt = () => {
      book._env.customFunctionMode = true;
      try {
        book.spreadsheet.getSheets()[0]!.getRange("A1").setValue(1);
      } finally {
        book._env.customFunctionMode = false;
      }
    };
    expect(attempt).toThrow("You do not have permission to call setValue");
  });
});
