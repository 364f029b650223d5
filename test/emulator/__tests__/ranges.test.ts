import { Emulator, MESSAGES } from "../index";

const fixture = () =>
  Emulator.fromFixture({
    sheets: [
      {
        name: "Data",
        rows: [
          ["Account", "Revenue", "Share"],
          ["Acme", 100, "=B2/SUM(B$2:B$3)"],
          ["Beta", 300, "=B3/SUM(B$2:B$3)"],
        ],
      },
      { name: "My sheet", rows: [[1, 2]] },
    ],
  });

describe("A1 notation and getRange", () => {
  const ss = fixture().spreadsheet;
  const sheet = ss.getSheetByName("Data")!;

  it("reads single cells, rectangles, whole columns and rows", () => {
    expect(sheet.getRange("A2").getValue()).toBe("Acme");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["Account", "Revenue"],
      ["Acme", 100],
    ]);
    const columns = sheet.getRange("A:C");
    expect([columns.getRow(), columns.getNumRows(), columns.getNumColumns()]).toEqual([1, 1000, 3]);
    expect(columns.getA1Notation()).toBe("A:C");
    const rows = sheet.getRange("2:3");
    expect([rows.getColumn(), rows.getNumColumns(), rows.getNumRows()]).toEqual([1, 26, 2]);
    expect(sheet.getRange("B2:C").getA1Notation()).toBe("B2:C1000");
  });

  it("accepts sheet-qualified A1 on the spreadsheet, with quotes for names with spaces", () => {
    expect(ss.getRange("'My sheet'!A1:B1").getValues()).toEqual([[1, 2]]);
    expect(ss.getRange("Data!B3").getValue()).toBe(300);
    expect(() => ss.getRange("Nope!A1")).toThrow(MESSAGES.rangeNotFound);
    expect(() => sheet.getRange("A0")).toThrow(MESSAGES.rangeNotFound);
    expect(() => sheet.getRange("hello world")).toThrow(MESSAGES.rangeNotFound);
  });

  it("has the (row, column, numRows, numColumns) overloads, 1-based", () => {
    expect(sheet.getRange(2, 1).getValue()).toBe("Acme");
    expect(sheet.getRange(2, 1, 2).getValues()).toEqual([["Acme"], ["Beta"]]);
    expect(sheet.getRange(1, 1, 1, 2).getA1Notation()).toBe("A1:B1");
  });

  it("throws Sheets' errors for indexes outside the sheet", () => {
    expect(() => sheet.getRange(0, 1)).toThrow(MESSAGES.startRowTooSmall);
    expect(() => sheet.getRange(1, 0)).toThrow(MESSAGES.startColumnTooSmall);
    expect(() => sheet.getRange(1, 1, 0)).toThrow(MESSAGES.rowsAtLeastOne);
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(MESSAGES.columnsAtLeastOne);
    expect(() => sheet.getRange(1001, 1)).toThrow(MESSAGES.outsideSheet);
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(MESSAGES.outsideSheet);
    expect(() => sheet.getRange("A1:A1001")).toThrow(MESSAGES.outsideSheet);
    expect(() => sheet.getRange(2, 1, 2, 2).getCell(3, 1)).toThrow(MESSAGES.cellOutOfRange);
  });

  it("knows the data extent and the grid size", () => {
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C3");
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it("errors carry Apps Script's name, so String(e) reads 'Exception: ...'", () => {
    let caught: unknown;
    try {
      sheet.getRange(0, 1);
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).toBe(`Exception: ${MESSAGES.startRowTooSmall}`);
  });
});

describe("values", () => {
  it("getValues returns fresh copies with '' for blanks and Dates for dates", () => {
    const emulator = fixture();
    const sheet = emulator.spreadsheet.getSheetByName("Data")!;
    const when = new Date(Date.UTC(2024, 0, 5));
    sheet.getRange("D2").setValue(when);
    const first = sheet.getRange("A2:E2").getValues();
    expect(first).toEqual([["Acme", 100, 0.25, when, ""]]);
    expect(first[0]![3]).toBeInstanceOf(Date);
    (first[0] as unknown[])[0] = "changed";
    (first[0]![3] as Date).setUTCFullYear(1999);
    const second = sheet.getRange("A2:E2").getValues();
    expect(second[0]![0]).toBe("Acme");
    expect((second[0]![3] as Date).getUTCFullYear()).toBe(2024);
  });

  it("setValues refuses the wrong shape with Sheets' wording", () => {
    const sheet = fixture().spreadsheet.getSheetByName("Data")!;
    const range = sheet.getRange("A1:B3");
    expect(() => range.setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
    expect(() => range.setValues([[1], [2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => range.setValues([1, 2, 3] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it("refuses numbers a cell cannot hold", () => {
    const cell = fixture().spreadsheet.getSheetByName("Data")!.getRange("E1");
    expect(() => cell.setValue(NaN)).toThrow(MESSAGES.notFinite(NaN));
    expect(() => cell.setValues([[Infinity]])).toThrow(MESSAGES.notFinite(Infinity));
    expect(() => cell.setValue({ a: 1 })).toThrow("The parameters (Object) don't match");
  });

  it("writing null or '' empties a cell", () => {
    const cell = fixture().spreadsheet.getSheetByName("Data")!.getRange("A2");
    cell.setValue(null);
    expect(cell.getValue()).toBe("");
    expect(cell.isBlank()).toBe(true);
  });
});
