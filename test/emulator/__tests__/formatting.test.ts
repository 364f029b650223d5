import { Emulator } from "../index";

const setup = () => {
  const emulator = Emulator.fromFixture({
    sheets: [
      {
        name: "M",
        rows: [
          ["Account", "Score", "Share", "Quadrant"],
          ["A", 1, 0.6, "Key account"],
          ["B", 5.5, 0.12, "Maintenance"],
          ["C", 10, 0.05, "Opportunistic"],
          ["D", "", "", ""],
        ],
      },
    ],
  });
  // Rule builders hang off SpreadsheetApp, as in Apps Script.
  const ss = emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { emulator, ss, sheet: emulator.spreadsheet.getSheetByName("M")! };
};

describe("number formats as displayed", () => {
  it.each([
    ["0.0", 1234.56, "1234.6"],
    ["0.00", 0.5, "0.50"],
    ["0%", 0.125, "13%"],
    ["0.0%", 0.125, "12.5%"],
    ["#,##0", 1234567.8, "1,234,568"],
    ["#,##0.00", 1234.5, "1,234.50"],
    ["@", 12, "12"],
    ["General", 0.1 + 0.2, "0.3"],
  ])("%s shows %p as %s", (format, value, text) => {
    const { emulator, sheet } = setup();
    sheet.getRange("F1").setValue(value).setNumberFormat(format);
    expect(emulator.displayed("M", "F1").value).toBe(text);
    expect(sheet.getRange("F1").getDisplayValue()).toBe(text);
  });

  it("formats dates with yyyy-mm-dd in the spreadsheet's time zone", () => {
    const emulator = Emulator.fromFixture({ timeZone: "Europe/Berlin", sheets: [{ name: "S" }] });
    const cell = emulator.spreadsheet.getSheets()[0]!.getRange("A1");
    cell.setValue(new Date(Date.UTC(2024, 11, 31, 23, 30))).setNumberFormat("yyyy-mm-dd");
    expect(emulator.displayed("S", "A1").value).toBe("2025-01-01");
  });

  it("uses the German separators in a German spreadsheet", () => {
    const emulator = Emulator.fromFixture({ locale: "de_DE", sheets: [{ name: "S" }] });
    emulator.spreadsheet.getSheets()[0]!.getRange("A1").setValue(1234.5).setNumberFormat("#,##0.00");
    expect(emulator.displayed("S", "A1").value).toBe("1.234,50");
  });
});

describe("conditional formatting as a person sees it", () => {
  it("single-colour rules: the first matching rule wins", () => {
    const { emulator, ss, sheet } = setup();
    const shares = sheet.getRange("C2:C5");
    sheet.setConditionalFormatRules([
      ss
        .newConditionalFormatRule()
        .whenNumberGreaterThan(0.5)
        .setBackground("#f4c7c3")
        .setRanges([shares])
        .build(),
      ss
        .newConditionalFormatRule()
        .whenNumberGreaterThanOrEqualTo(0.1)
        .setBackground("#fce8b2")
        .setRanges([shares])
        .build(),
      ss
        .newConditionalFormatRule()
        .whenTextEqualTo("Key account")
        .setBackground("#b7e1cd")
        .setRanges([sheet.getRange("D2:D5")])
        .build(),
      ss
        .newConditionalFormatRule()
        .whenTextContains("opportun")
        .setBackground("#cfe2f3")
        .setRanges([sheet.getRange("D2:D5")])
        .build(),
      ss
        .newConditionalFormatRule()
        .whenNumberLessThan(2)
        .setFontColor("#ff0000")
        .setRanges([sheet.getRange("B2:B5")])
        .build(),
      ss
        .newConditionalFormatRule()
        .whenNumberBetween(5, 6)
        .setBackground("#eeeeee")
        .setRanges([sheet.getRange("B2:B5")])
        .build(),
    ]);
    expect(emulator.displayed("M", "C2").background).toBe("#f4c7c3");
    expect(emulator.displayed("M", "C3").background).toBe("#fce8b2");
    expect(emulator.displayed("M", "C4").background).toBe("#ffffff");
    expect(emulator.displayed("M", "C5").background).toBe("#ffffff");
    expect(emulator.displayed("M", "D2").background).toBe("#b7e1cd");
    expect(emulator.displayed("M", "D4").background).toBe("#cfe2f3");
    expect(emulator.displayed("M", "B2").fontColor).toBe("#ff0000");
    expect(emulator.displayed("M", "B3").background).toBe("#eeeeee");
    expect(sheet.getConditionalFormatRules()).toHaveLength(6);
  });

  it("custom formulas are evaluated relative to each cell", () => {
    const { emulator, ss, sheet } = setup();
    sheet.setConditionalFormatRules([
      ss
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=$C2>0.5")
        .setBackground("#ff0000")
        .setRanges([sheet.getRange("A2:D5")])
        .build(),
    ]);
    expect(emulator.displayed("M", "A2").background).toBe("#ff0000");
    expect(emulator.displayed("M", "D2").background).toBe("#ff0000");
    expect(emulator.displayed("M", "A3").background).toBe("#ffffff");
  });

  it("gradients interpolate between min, mid and max points", () => {
    const { emulator, ss, sheet } = setup();
    const rule = ss
      .newConditionalFormatRule()
      .setGradientMinpointWithValue("#ff0000", SpreadsheetAppLike.InterpolationType.NUMBER, "1")
      .setGradientMidpointWithValue("#ffffff", SpreadsheetAppLike.InterpolationType.NUMBER, "5.5")
      .setGradientMaxpointWithValue("#00ff00", SpreadsheetAppLike.InterpolationType.NUMBER, "10")
      .setRanges([sheet.getRange("B2:B5")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(emulator.displayed("M", "B2").background).toBe("#ff0000");
    expect(emulator.displayed("M", "B3").background).toBe("#ffffff");
    expect(emulator.displayed("M", "B4").background).toBe("#00ff00");
    expect(emulator.displayed("M", "B5").background).toBe("#ffffff");
    sheet.getRange("B2").setValue(3.25);
    expect(emulator.displayed("M", "B2").background).toBe("#ff8080");
  });

  it("min/max and percent gradient points follow the data", () => {
    const { emulator, ss, sheet } = setup();
    sheet.setConditionalFormatRules([
      ss
        .newConditionalFormatRule()
        .setGradientMinpoint("#000000")
        .setGradientMaxpoint("#ffffff")
        .setRanges([sheet.getRange("B2:B4")])
        .build(),
    ]);
    expect(emulator.displayed("M", "B3").background).toBe("#808080");
    const percent = ss
      .newConditionalFormatRule()
      .setGradientMinpointWithValue("#000000", SpreadsheetAppLike.InterpolationType.PERCENT, "50")
      .setGradientMaxpointWithValue("#ffffff", SpreadsheetAppLike.InterpolationType.MAX, "")
      .setRanges([sheet.getRange("B2:B4")])
      .build();
    sheet.setConditionalFormatRules([percent]);
    expect(emulator.displayed("M", "B3").background).toBe("#000000");
    expect(emulator.displayed("M", "B4").background).toBe("#ffffff");
  });

  it("the builder refuses incomplete rules", () => {
    const { ss, sheet } = setup();
    expect(() =>
      ss
        .newConditionalFormatRule()
        .setBackground("#ff0000")
        .setRanges([sheet.getRange("A1")])
        .build(),
    ).toThrow("needs a condition");
    expect(() => ss.newConditionalFormatRule().whenNumberGreaterThan(1).build()).toThrow("needs a format");
    expect(() => ss.newConditionalFormatRule().whenNumberGreaterThan("1" as unknown as number)).toThrow(
      "don't match the method signature",
    );
  });
});

/** The enums the script would reach through SpreadsheetApp. */
const SpreadsheetAppLike = Emulator.fromFixture({ sheets: [{ name: "x" }] }).globals()
  .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe("cell formats and layout", () => {
  it("backgrounds, fonts, alignment, wrap, merges, widths, frozen rows", () => {
    const { emulator, sheet } = setup();
    sheet
      .getRange("A1:D1")
      .setBackground("#4285F4")
      .setFontWeight("bold")
      .setFontColor("white")
      .setHorizontalAlignment("center")
      .setWrap(true);
    expect(sheet.getRange("A1:B1").getBackgrounds()).toEqual([["#4285f4", "#4285f4"]]);
    expect(sheet.getRange("A1").getFontWeight()).toBe("bold");
    expect(sheet.getRange("A2").getFontWeight()).toBe("normal");
    expect(sheet.getRange("B1").getHorizontalAlignment()).toBe("center");
    expect(sheet.getRange("C1").getWrap()).toBe(true);
    sheet.getRange("F1:G2").merge();
    expect(
      sheet
        .getRange("F1:H3")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["F1:G2"]);
    expect(() => sheet.getRange("F1").breakApart()).toThrow("merged");
    sheet.getRange("F1:G2").breakApart();
    expect(sheet.getRange("F1:G2").isPartOfMerge()).toBe(false);
    sheet.setColumnWidth(1, 180);
    sheet.setColumnWidths(2, 2, 90);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(3), sheet.getColumnWidth(4)]).toEqual([
      180, 90, 100,
    ]);
    sheet.autoResizeColumns(4, 1);
    expect(sheet.getColumnWidth(4)).toBeGreaterThan(21);
    expect(() => sheet.setColumnWidth(27, 10)).toThrow("Those columns are out of bounds.");
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(() => sheet.setFrozenRows(1001)).toThrow("Those rows are out of bounds.");
    const dump = emulator.dump().sheets[0]!;
    expect(dump.frozenRows).toBe(1);
    expect(dump.columnWidths).toMatchObject({ A: 180, B: 90, C: 90 });
    expect(dump.backgrounds.A1).toBe("#4285f4");
    expect(() => sheet.getRange("A1").setBackground("not a colour")).toThrow("Invalid color");
  });

  it("clear, clearContent and clearFormat do what they say", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B2");
    range.setBackground("#ff0000");
    range.clearContent();
    expect(range.getValues()).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(range.getBackground()).toBe("#ff0000");
    range.clearFormat();
    expect(range.getBackground()).toBe("#ffffff");
    sheet.getRange("C2").setNumberFormat("0%");
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange("C2").getNumberFormat()).toBe("General");
  });
});
