import { Emulator } from "../index";

const blank = () => Emulator.fromFixture({ sheets: [{ name: "S" }] });

describe("formula versus text", () => {
  it("a string starting with = written as a value becomes a formula, as in Sheets", () => {
    const sheet = blank().spreadsheet.getSheets()[0]!;
    const cell = sheet.getRange("A1");
    cell.setValue("=1+1");
    expect(cell.getFormula()).toBe("=1+1");
    expect(cell.getValue()).toBe(2);
    sheet.getRange("A2:B2").setValues([['=IMPORTXML("http://x", "//a")', "=A1*10"]]);
    expect(sheet.getRange("A2:B2").getFormulas()).toEqual([['=IMPORTXML("http://x", "//a")', "=A1*10"]]);
    expect(sheet.getRange("B2").getValue()).toBe(20);
  });

  it("a leading apostrophe keeps text a text, and is not part of the value", () => {
    const cell = blank().spreadsheet.getSheets()[0]!.getRange("A1");
    cell.setValue("'=1+1");
    expect(cell.getFormula()).toBe("");
    expect(cell.getValue()).toBe("=1+1");
    expect(cell.getDisplayValue()).toBe("=1+1");
  });

  it("plain-text format (@) set before writing keeps the string exactly", () => {
    const range = blank().spreadsheet.getSheets()[0]!.getRange("A1:A5");
    range.setNumberFormat("@");
    range.setValues([["=SUM(1,2)"], ["+1"], ["-1"], ["007"], ["TRUE"]]);
    expect(range.getValues()).toEqual([["=SUM(1,2)"], ["+1"], ["-1"], ["007"], ["TRUE"]]);
    expect(range.getFormulas().flat()).toEqual(["", "", "", "", ""]);
  });

  it("the format set after writing is too late: the formula stays a formula", () => {
    const range = blank().spreadsheet.getSheets()[0]!.getRange("A1");
    range.setValue("=2*3");
    range.setNumberFormat("@");
    expect(range.getFormula()).toBe("=2*3");
  });

  it("parses typed text like Sheets: numbers, +1/-1, percentages, booleans, ISO dates; @x stays text", () => {
    const range = blank().spreadsheet.getSheets()[0]!.getRange("A1:A8");
    range.setValues([["007"], ["+1"], ["-1"], ["12%"], ["true"], ["2024-03-01"], ["@x"], ["-abc"]]);
    const values = range.getValues().map((r) => r[0]);
    expect(values.slice(0, 5)).toEqual([7, 1, -1, 0.12, true]);
    expect(values[5]).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(values[6]).toBe("@x");
    expect(range.getCell(8, 1).getFormula()).toBe("=-abc");
    expect(values[7]).toBe("#NAME?");
  });

  it("German spreadsheets read a decimal comma", () => {
    const emulator = Emulator.fromFixture({ locale: "de_DE", sheets: [{ name: "S" }] });
    const cell = emulator.spreadsheet.getSheets()[0]!.getRange("A1");
    cell.setValue("1,5");
    expect(cell.getValue()).toBe(1.5);
  });
});

describe("formulas", () => {
  it("recalculates when a cell the formula depends on changes", () => {
    const sheet = blank().spreadsheet.getSheets()[0]!;
    sheet.getRange("A1:A3").setValues([[1], [2], ["=SUM(A1:A2)"]]);
    expect(sheet.getRange("A3").getValue()).toBe(3);
    sheet.getRange("A1").setValue(10);
    expect(sheet.getRange("A3").getValue()).toBe(12);
  });

  it("takes IFERROR with one argument, as Sheets does (blank on an error), and leaves its formula as written", () => {
    const sheet = blank().spreadsheet.getSheets()[0]!;
    sheet.getRange("A1:C1").setValues([[4, 0, "=IFERROR(A1/B1)"]]);
    sheet.getRange("D1").setFormula('=IFERROR(A1/2,"x")&IFERROR(")")');
    expect(sheet.getRange("C1").getValue()).toBe("");
    expect(sheet.getRange("C1").getFormula()).toBe("=IFERROR(A1/B1)");
    expect(sheet.getRange("D1").getValue()).toBe("2)");
    sheet.getRange("B1").setValue(2);
    expect(sheet.getRange("C1").getValue()).toBe(2);
  });

  it("named ranges work inside formulas and follow their redefinition", () => {
    const emulator = blank();
    const ss = emulator.spreadsheet;
    const sheet = ss.getSheets()[0]!;
    sheet.getRange("A1:B1").setValues([[2, 3]]);
    ss.setNamedRange("WEIGHTS", sheet.getRange("A1:B1"));
    sheet.getRange("C1").setFormula("=SUM(WEIGHTS)");
    expect(sheet.getRange("C1").getValue()).toBe(5);
    sheet.getRange("B1").setValue(10);
    expect(sheet.getRange("C1").getValue()).toBe(12);
  });

  it("shows Sheets' error values", () => {
    const sheet = blank().spreadsheet.getSheets()[0]!;
    sheet.getRange("A1:A2").setValues([["=1/0"], ["=NOSUCHFUNCTION(1)"]]);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([["#DIV/0!"], ["#NAME?"]]);
  });

  it("text cells stay text for formulas (no number guessing)", () => {
    const sheet = blank().spreadsheet.getSheets()[0]!;
    sheet.getRange("A1").setNumberFormat("@");
    sheet.getRange("A1").setValue("5");
    sheet.getRange("B1").setFormula("=ISTEXT(A1)");
    expect(sheet.getRange("B1").getValue()).toBe(true);
  });
});
