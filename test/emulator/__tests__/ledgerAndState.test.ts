import { Emulator } from "../index";

describe("ledger", () => {
  it("counts Spreadsheet-service calls per method, and only those", () => {
    const emulator = Emulator.fromFixture({
      sheets: [
        {
          name: "Data",
          rows: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    const ss = emulator.spreadsheet;
    emulator.ledger.reset();
    const sheet = ss.getSheetByName("Data")!;
    const values = sheet.getDataRange().getValues();
    sheet.getRange(1, 3, values.length, 1).setValues(values.map((r) => [r[0]]));
    ss.toast("done");
    expect(emulator.ledger.byMethod()).toEqual({
      "Range.getValues": 1,
      "Range.setValues": 1,
      "Sheet.getDataRange": 1,
      "Sheet.getRange": 1,
      "Spreadsheet.getSheetByName": 1,
      "Spreadsheet.toast": 1,
    });
    expect(emulator.ledger.total()).toBe(6);
    expect(emulator.ledger.count("Range.getValues")).toBe(1);
    emulator.ledger.reset();
    expect(emulator.ledger.total()).toBe(0);
  });

  it("counts builder factories and the call that applies a rule, not the builder's own setters", () => {
    const emulator = Emulator.fromFixture({ sheets: [{ name: "S", rows: [[1], [2]] }] });
    const globals = emulator.globals();
    const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const charts = globals.Charts as GoogleAppsScript.Charts.Charts;
    const sheet = emulator.spreadsheet.getSheetByName("S")!;
    emulator.ledger.reset();
    const range = sheet.getRange("A1:A2");
    const rule = app
      .newConditionalFormatRule()
      .setRanges([range])
      .whenNumberGreaterThan(1)
      .setBackground("#ff0000")
      .build();
    sheet.setConditionalFormatRules([rule]);
    range.setDataValidation(app.newDataValidation().requireNumberBetween(0, 9).build());
    sheet.insertChart(
      sheet.newChart().setChartType(charts.ChartType.SCATTER).addRange(range).setPosition(1, 2, 0, 0).build(),
    );
    expect(emulator.ledger.byMethod()).toEqual({
      "Range.setDataValidation": 1,
      "Sheet.getRange": 1,
      "Sheet.insertChart": 1,
      "Sheet.newChart": 1,
      "Sheet.setConditionalFormatRules": 1,
      "SpreadsheetApp.newConditionalFormatRule": 1,
      "SpreadsheetApp.newDataValidation": 1,
    });
  });

  it("fetches several ranges of a sheet with one getRangeList call", () => {
    const emulator = Emulator.fromFixture({
      sheets: [
        {
          name: "S",
          rows: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    const sheet = emulator.spreadsheet.getSheetByName("S")!;
    emulator.ledger.reset();
    const [all, second] = sheet.getRangeList(["A1:B2", "B1:B2"]).getRanges();
    expect(all!.getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(second!.getA1Notation()).toBe("B1:B2");
    expect(emulator.ledger.count("Sheet.getRangeList")).toBe(1);
    expect(emulator.ledger.count("RangeList.getRanges")).toBe(1);
    expect(() => sheet.getRangeList(["A1", "nonsense!"])).toThrow("Range not found");
    expect(() => sheet.getRangeList(["A1:C99999"])).toThrow("outside the dimensions");
  });

  it("a cell-by-cell loop shows up as many calls", () => {
    const emulator = Emulator.fromFixture({ sheets: [{ name: "S" }] });
    const sheet = emulator.spreadsheet.getSheets()[0]!;
    emulator.ledger.reset();
    for (let r = 1; r <= 10; r++) sheet.getRange(r, 1).setValue(r);
    expect(emulator.ledger.count("Range.setValue")).toBe(10);
    expect(emulator.ledger.count("Sheet.getRange")).toBe(10);
  });
});

describe("fixtures in, state out", () => {
  it("builds from JSON with formulas and dumps plain JSON", () => {
    const emulator = Emulator.fromFixture({
      name: "Accounts",
      sheets: [
        {
          name: "Data",
          rows: [
            ["Name", "Revenue"],
            ["Acme", 10],
            ["Total", "=SUM(B2:B2)"],
          ],
        },
        { name: "Empty" },
      ],
    });
    const dump = emulator.dump();
    expect(dump.name).toBe("Accounts");
    expect(dump.sheets.map((s) => s.name)).toEqual(["Data", "Empty"]);
    expect(dump.sheets[0]!.values).toEqual([
      ["Name", "Revenue"],
      ["Acme", 10],
      ["Total", 10],
    ]);
    expect(dump.sheets[0]!.formulas).toEqual({ B3: "=SUM(B2:B2)" });
    expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
  });

  it("builds from CSV the way Sheets imports it", () => {
    const emulator = Emulator.fromCsv(
      "Import",
      'Name,Revenue,Key\n"Müller, GmbH",1200.5,TRUE\n"Say ""hi""",7,\n',
    );
    const values = emulator.spreadsheet.getSheetByName("Import")!.getDataRange().getValues();
    expect(values).toEqual([
      ["Name", "Revenue", "Key"],
      ["Müller, GmbH", 1200.5, true],
      ['Say "hi"', 7, ""],
    ]);
  });

  it("refuses fixtures Sheets could not hold", () => {
    expect(() => Emulator.fromFixture({ sheets: [] })).toThrow("at least one sheet");
    expect(() => Emulator.fromFixture({ sheets: [{ name: "A" }, { name: "a" }] })).toThrow("duplicate sheet");
  });
});

describe("strictness of the service objects", () => {
  it("a method that is not emulated throws 'not emulated', never returns undefined", () => {
    const emulator = Emulator.fromFixture({ sheets: [{ name: "S" }] });
    const range = emulator.spreadsheet.getSheets()[0]!.getRange("A1");
    expect(typeof range.getRichTextValue).toBe("function");
    expect(() => range.getRichTextValue()).toThrow("not emulated: Range.getRichTextValue");
    expect(() => emulator.spreadsheet.getSheets()[0]!.getSlicers()).toThrow("not emulated: Sheet.getSlicers");
  });

  it("chained setters return the same kind of object", () => {
    const emulator = Emulator.fromFixture({ sheets: [{ name: "S" }] });
    const range = emulator.spreadsheet.getSheets()[0]!.getRange("A1:B1");
    expect(
      range
        .setValues([[1, 2]])
        .setBackground("#ff0000")
        .getA1Notation(),
    ).toBe("A1:B1");
  });
});
