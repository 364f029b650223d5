import { Emulator } from "../index";

function emulatorWithData(): Emulator {
  return Emulator.fromFixture({ sheets: [{ name: "Data", rows: [[1], [2]] }] });
}

describe("faults on demand", () => {
  it("makes the next call of a method throw Sheets' service error, once, and writes nothing", () => {
    const emulator = emulatorWithData();
    const sheet = emulator.spreadsheet.getSheetByName("Data")!;
    emulator.failOn("Range.setValues");
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([[9]])).toThrow(
      /^Service Spreadsheets failed while accessing document with id /,
    );
    expect(sheet.getRange(1, 1).getValue()).toBe(1);
    sheet.getRange(1, 1, 1, 1).setValues([[9]]);
    expect(sheet.getRange(1, 1).getValue()).toBe(9);
  });

  it("fails the nth matching call, a number of times or always, with an Exception", () => {
    const emulator = emulatorWithData();
    const sheet = emulator.spreadsheet.getSheetByName("Data")!;
    emulator.failOn("Range.getValues", { nth: 2, times: 2 });
    const read = () => sheet.getRange(1, 1).getValues();
    expect(read).not.toThrow();
    let caught: unknown;
    try {
      read();
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).toMatch(/^Exception: Service Spreadsheets failed/);
    expect(read).toThrow();
    expect(read).not.toThrow();
    emulator.failOn("Range.getValues", { times: Infinity, message: "boom" });
    expect(read).toThrow("boom");
    expect(read).toThrow("boom");
    emulator.clearFaults();
    expect(read).not.toThrow();
  });

  it("fails the kth counted call of any method, and the ledger lists the calls in order", () => {
    const emulator = emulatorWithData();
    const ss = emulator.spreadsheet;
    emulator.ledger.reset();
    const sheet = ss.getSheetByName("Data")!;
    sheet.getRange(1, 1).getValue();
    expect(emulator.ledger.calls()).toEqual([
      "Spreadsheet.getSheetByName",
      "Sheet.getRange",
      "Range.getValue",
    ]);
    emulator.failOn("*", { nth: 2 });
    expect(() => sheet.getRange(1, 1)).not.toThrow();
    expect(() => sheet.getRange(1, 1)).toThrow(/Service Spreadsheets failed/);
    emulator.ledger.reset();
    expect(emulator.ledger.calls()).toEqual([]);
  });
});
