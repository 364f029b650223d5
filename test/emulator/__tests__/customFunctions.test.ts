import { Emulator } from "../index";

/** These run the add-on's real custom functions from dist/Code.js inside HyperFormula. */
const book = () =>
  Emulator.fromFixture({
    sheets: [
      {
        name: "Data",
        rows: [
          ["Account", "Revenue", "P1", "P2"],
          ["Acme", 30, 8, 4],
          ["Beta", 70, 2, ""],
          ["Gamma", "", 6, 6],
        ],
      },
      { name: "Weights", rows: [[3, 1]] },
    ],
  });

describe("custom functions from the built bundle", () => {
  it("a range result spills down from the formula cell", () => {
    const emulator = book();
    const sheet = emulator.spreadsheet.getSheetByName("Data")!;
    sheet.getRange("F2").setFormula("=REVENUE_SHARE(B2:B3)");
    expect(sheet.getRange("F2:F3").getValues()).toEqual([[0.3], [0.7]]);
    expect(sheet.getRange("F2:F3").getFormulas()).toEqual([["=REVENUE_SHARE(B2:B3)"], [""]]);
    expect(sheet.getLastRow()).toBe(4);
  });

  it("=KAM_SCORE(points, KAM_WEIGHTS) works with a named range and recalculates when a weight changes", () => {
    const emulator = book();
    const ss = emulator.spreadsheet;
    const weights = ss.getSheetByName("Weights")!;
    ss.setNamedRange("KAM_WEIGHTS", weights.getRange("A1:B1"));
    const data = ss.getSheetByName("Data")!;
    data.getRange("F2").setFormula("=KAM_SCORE(C2:D4, KAM_WEIGHTS)");
    expect(data.getRange("F2:F4").getValues()).toEqual([[7], [2], [6]]);
    weights.getRange("B1").setValue(3);
    expect(data.getRange("F2:F4").getValues()).toEqual([[6], [2], [6]]);
  });

  it("a thrown error shows #ERROR! with the message on hover, like Sheets", () => {
    const emulator = book();
    const data = emulator.spreadsheet.getSheetByName("Data")!;
    data.getRange("F2").setFormula("=KAM_SCORE(C2:D4, {1,1,1})");
    expect(data.getRange("F2").getValue()).toBe("#ERROR!");
    expect(emulator.displayed("Data", "F2").error).toBe("KAM_SCORE: 3 weights given for 2 criteria columns.");
  });

  it("a spill that would overwrite data gives #REF!", () => {
    const emulator = book();
    const data = emulator.spreadsheet.getSheetByName("Data")!;
    data.getRange("F3").setValue("in the way");
    data.getRange("F2").setFormula("=REVENUE_SHARE(B2:B3)");
    expect(data.getRange("F2:F3").getValues()).toEqual([["#REF!"], ["in the way"]]);
    expect(emulator.displayed("Data", "F2").error).toBe(
      "Array result was not expanded because it would overwrite data in F3.",
    );
  });

  it("spilled cells feed other formulas", () => {
    const emulator = book();
    const data = emulator.spreadsheet.getSheetByName("Data")!;
    data.getRange("F2").setFormula("=REVENUE_SHARE(B2:B3)");
    data.getRange("G1").setFormula("=SUM(F2:F3)");
    expect(data.getRange("G1").getValue()).toBeCloseTo(1);
  });

  it("reads the spreadsheet locale through SpreadsheetApp, read-only, without counting in the ledger", () => {
    const emulator = Emulator.fromFixture({
      locale: "de_DE",
      sheets: [{ name: "S", rows: [[8, 8, "=KAM_QUADRANT(A1, B1)"]] }],
    });
    emulator.ledger.reset();
    expect(emulator.spreadsheet.getSheets()[0]!.getRange("C1").getValue()).toBe("Schlüsselkunde");
    expect(emulator.ledger.byMethod()).toEqual({
      "Range.getValue": 1,
      "Sheet.getRange": 1,
      "Spreadsheet.getSheets": 1,
    });
  });

  it("a 2-column table result spills right and down", () => {
    const emulator = book();
    const data = emulator.spreadsheet.getSheetByName("Data")!;
    data.getRange("H1").setFormula('=KAM_CONCENTRATION(B2:B4, "", "en")');
    const table = data.getRange("H1:I9").getValues();
    expect(table[0]).toEqual(["Customers", 2]);
    expect(table[7]).toEqual(["Mono-customer", true]);
  });
});
