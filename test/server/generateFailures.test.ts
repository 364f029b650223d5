import { parseConfig } from "../../src/core/config";
import { MATRIX_SHEET_NAME } from "../../src/core/matrixLayout";
import { checkDataTable, SHEETS_CELL_LIMIT } from "../../src/server/generateMatrix";
import { WRITE_CALL } from "../emulator/ledger";
import { CONFIG, DATA_SHEET, HEADERS, accountRows, setup, type Setup } from "./matrixFixtures";

/** Runs Generate and checks it wrote nothing, showed one dialog and returned null; returns the dialog text. */
function failWith(s: Setup): string {
  const before = JSON.stringify(s.emulator.dump());
  const sheetsBefore = s.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
  s.emulator.ledger.reset();
  const result = s.runner.run("generateKaismMatrix");
  expect(result).toBeNull();
  expect(Object.keys(s.emulator.ledger.byMethod()).filter((m) => WRITE_CALL.test(m))).toEqual([]);
  expect(JSON.stringify(s.emulator.dump())).toBe(before);
  expect(s.emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(sheetsBefore);
  expect(sheetsBefore).not.toContain(MATRIX_SHEET_NAME);
  expect(s.emulator.ui.alerts).toHaveLength(1);
  const alert = s.emulator.ui.alerts[0]!;
  expect(alert.title).toBe("The KAISM matrix was not generated");
  expect(alert.buttons).toBe("OK");
  return alert.prompt;
}

function dataSheet(s: Setup) {
  const sheet = s.emulator.spreadsheet.getSheetByName(DATA_SHEET);
  if (!sheet) throw new Error("no data sheet");
  return sheet;
}

describe("generateKaismMatrix refuses, names the problem and writes nothing", () => {
  it("when no criteria are saved yet", () => {
    const text = failWith(setup(accountRows(5), null));
    expect(text).toMatch(/no criteria yet/);
    expect(text).toMatch(/Open criteria & weights/);
    expect(text).toMatch(/Insert sample data/);
  });

  it("when the data sheet was renamed or deleted", () => {
    const s = setup(accountRows(5));
    dataSheet(s).setName("Accounts 2024");
    const text = failWith(s);
    expect(text).toContain('"Accounts"');
    expect(text).toMatch(/does not exist/);
    expect(text).toMatch(/Choose the data sheet again/);
  });

  it("when a column was renamed", () => {
    const s = setup(accountRows(5));
    dataSheet(s)
      .getRange(1, HEADERS.indexOf("Need") + 1)
      .setValue("Needs");
    const text = failWith(s);
    expect(text).toContain('"Need"');
    expect(text).toMatch(/header row \(row 1\)/);
    expect(text).toMatch(/renamed/);
  });

  it("when an axis has no criterion with a weight above 0", () => {
    const config = {
      ...CONFIG,
      criteria: CONFIG.criteria.map((c) => (c.axis === "strength" ? { ...c, weight: 0 } : c)),
    };
    const text = failWith(setup(accountRows(5), config));
    expect(text).toMatch(/relative strength axis/);
    expect(text).toMatch(/weight above 0/);
  });

  it("when the data sheet has no accounts below the header", () => {
    const text = failWith(setup([]));
    expect(text).toMatch(/no accounts below its header row \(row 1\)/);
  });

  it("when the matrix would pass Sheets' cell limit", () => {
    // 500 accounts in a data sheet whose grid (empty rows included) nearly fills the spreadsheet.
    const s = setup(accountRows(500));
    const sheet = dataSheet(s);
    sheet.insertRowsAfter(sheet.getMaxRows(), 9_990_000 / sheet.getMaxColumns() - sheet.getMaxRows());
    const text = failWith(s);
    expect(text).toMatch(/The matrix for 500 accounts would need about [\d,]+ cells/);
    expect(text).toMatch(/9,990,000/);
    expect(text).toMatch(/at most 10,000,000 cells/);
    expect(text).toMatch(/Delete unused rows/);
  });

  it("when another run holds the lock", () => {
    const s = setup(accountRows(5));
    s.emulator.holdLock("document");
    expect(failWith(s)).toMatch(/Another run/);
  });

  it("when the total revenue in the settings is below the listed revenues", () => {
    const text = failWith(setup(accountRows(5), { ...CONFIG, totalRevenue: 10 }));
    expect(text).toMatch(/total revenue/i);
    expect(text).toMatch(/Open criteria & weights/);
  });

  it("in German for a German user", () => {
    const s = setup(accountRows(5), null, "de");
    const before = JSON.stringify(s.emulator.dump());
    s.runner.run("generateKaismMatrix");
    expect(JSON.stringify(s.emulator.dump())).toBe(before);
    expect(s.emulator.ui.alerts[0]?.title).toBe("Die KAISM-Matrix wurde nicht erstellt");
    expect(s.emulator.ui.alerts[0]?.prompt).toMatch(/Kriterien & Gewichte öffnen/);
  });
});

describe("generateKaismMatrix refuses in the config's language", () => {
  /** Runs Generate, checks nothing was written, and returns the German dialog's text. */
  function germanFailure(s: Setup): string {
    const before = JSON.stringify(s.emulator.dump());
    expect(s.runner.run("generateKaismMatrix")).toBeNull();
    expect(JSON.stringify(s.emulator.dump())).toBe(before);
    expect(s.emulator.ui.alerts).toHaveLength(1);
    expect(s.emulator.ui.alerts[0]?.title).toBe("Die KAISM-Matrix wurde nicht erstellt");
    return s.emulator.ui.alerts[0]!.prompt;
  }

  it("names a broken cell of a German KAM Criteria sheet in German", () => {
    const s = setup(accountRows(5), { ...CONFIG, language: "de" });
    const sheet = s.emulator.spreadsheet.getSheetByName("KAM Criteria")!;
    sheet.getRange("D17").clearDataValidations().setValue(-3);
    const text = germanFailure(s);
    expect(text).toContain("KAM Criteria!D17: Gewicht muss 0 oder mehr sein.");
    expect(text).toMatch(/^Die Kriterien lassen sich nicht lesen/);
  });

  it("gives both revenue figures in German when the total is below the listed revenues", () => {
    const text = germanFailure(setup(accountRows(5), { ...CONFIG, language: "de", totalRevenue: 10.5 }));
    expect(text).toMatch(
      /^Der Gesamtumsatz in den Einstellungen \(10,5\) ist kleiner als die Summe der Umsätze in „Accounts“ \(\d+\)\./,
    );
    expect(text).toMatch(/Kriterien & Gewichte öffnen/);
  });

  it("names the missing column in German for a German user", () => {
    const s = setup(accountRows(5), CONFIG, "de");
    dataSheet(s)
      .getRange(1, HEADERS.indexOf("Need") + 1)
      .setValue("Bedarf");
    // CONFIG says "en", so a German user still gets English from an English model.
    expect(failWith(s)).toContain('"Need"');
    const german = setup(accountRows(5), { ...CONFIG, language: undefined }, "de");
    dataSheet(german)
      .getRange(1, HEADERS.indexOf("Need") + 1)
      .setValue("Bedarf");
    expect(germanFailure(german)).toMatch(/Die Spalte „Need“ aus den Kriterien steht nicht in der Kopfzeile/);
  });
});

describe("checkDataTable", () => {
  const config = parseConfig(CONFIG);
  const table = (rows: (string | number)[][], headers = HEADERS) => ({ headerRow: 1, headers, rows });

  it("accepts a normal table", () => {
    expect(checkDataTable(config, table(accountRows(3)), 100)).toBeNull();
  });

  it("calls a sheet with no header at all empty rather than listing every column as missing", () => {
    expect(checkDataTable(config, table([], []), 0)).toMatchObject({ kind: "emptyDataSheet" });
  });

  it("counts only rows with an account name", () => {
    expect(checkDataTable(config, table([["  ", 1, 2, 3, 4, 5]]), 0)).toMatchObject({
      kind: "emptyDataSheet",
    });
  });

  it("counts the cells already used against the limit", () => {
    expect(checkDataTable(config, table(accountRows(10)), SHEETS_CELL_LIMIT)).toMatchObject({
      kind: "tooLarge",
      accounts: 10,
    });
  });
});
