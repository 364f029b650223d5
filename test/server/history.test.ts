import { parseConfig } from "../../src/core/config";
import {
  HISTORY_SHEET_NAMES,
  historyHeaders,
  isDamage,
  modelFingerprint,
  parseHistoryHeader,
  parseSnapshots,
  snapshotOf,
  snapshotValues,
} from "../../src/core/history";
import { evaluateAccounts } from "../../src/core/model";
import { Range } from "../emulator/range";
import { AppsScriptRunner, type Emulator } from "../emulator";
import { CONFIG, DATA_SHEET, HEADERS, accountRows, setup, writeTexts, type Setup } from "./matrixFixtures";

const HISTORY = HISTORY_SHEET_NAMES.en;
const config = parseConfig(CONFIG);
const CRITERIA = config.criteria.map((c) => c.name);

function sheetValues(emulator: Emulator, name: string): Array<Array<string | number | boolean>> {
  const sheet = emulator.dump().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.values;
}

/** The snapshots as the sheet holds them, read back with the core's own parser. */
function snapshotsIn(emulator: Emulator, name = HISTORY) {
  const [header, ...rows] = sheetValues(emulator, name);
  const parsedHeader = parseHistoryHeader(header!);
  if (isDamage(parsedHeader)) throw new Error("damaged header");
  const parsed = parseSnapshots(parsedHeader, rows, 2);
  if (isDamage(parsed)) throw new Error(`damaged row ${parsed.row}`);
  return parsed.snapshots;
}

/** What the history should hold for these data rows: the core's evaluation, independent of the sheets. */
function expectedRows(rows: (string | number)[][]) {
  const evaluation = evaluateAccounts(config, { headers: HEADERS, rows, headerRow: 1 });
  const snapshot = snapshotOf(evaluation.accounts, {
    at: "",
    dataSheet: DATA_SHEET,
    model: modelFingerprint(config),
    criteria: CRITERIA,
  });
  return snapshotValues(snapshot, CRITERIA, "en").map((r) => r.slice(1));
}

function setData(s: Setup, rows: (string | number)[][]): void {
  const sheet = s.emulator.spreadsheet.getSheetByName(DATA_SHEET)!;
  sheet.clearContents();
  sheet.getRange(1, 1, 1 + rows.length, HEADERS.length).setValues([HEADERS, ...rows]);
  s.emulator.ledger.reset();
}

function generate(s: Setup): unknown {
  s.emulator.ledger.reset();
  return s.runner.run("generateKaismMatrix");
}

/** Counts the cells every Range.getValues of a run returns. */
function countCellsRead<T>(body: () => T): { result: T; cells: number } {
  const original = Range.prototype.getValues;
  let cells = 0;
  Range.prototype.getValues = function (this: Range) {
    const values = original.call(this);
    cells += values.length * (values[0]?.length ?? 0);
    return values;
  };
  try {
    return { result: body(), cells };
  } finally {
    Range.prototype.getValues = original;
  }
}

describe("KAM History: one snapshot per generation", () => {
  const first = accountRows(12);
  const second = first.map((r, i) => (i === 3 ? [r[0]!, 5_000_000, ...r.slice(2)] : r));
  const s = setup(first);
  generate(s);
  const afterFirst = snapshotsIn(s.emulator);
  setData(s, second);
  generate(s);
  const snapshots = snapshotsIn(s.emulator);

  it("appends a dated snapshot with the contract's columns and each criterion's points", () => {
    expect(sheetValues(s.emulator, HISTORY)[0]).toEqual(historyHeaders("en", CRITERIA));
    expect(afterFirst).toHaveLength(1);
    expect(snapshots).toHaveLength(2);
    for (const snapshot of snapshots) expect(snapshot.at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(snapshots[0]).toEqual(afterFirst[0]);
  });

  it("holds the values of each generation's data", () => {
    const values = sheetValues(s.emulator, HISTORY);
    expect(values.slice(1, 13).map((r) => r.slice(1))).toEqual(expectedRows(first));
    expect(values.slice(13, 25).map((r) => r.slice(1))).toEqual(expectedRows(second));
  });

  it("is visible, after the other sheets, with a frozen header and a warning-only protection", () => {
    const sheet = s.emulator.spreadsheet.getSheetByName(HISTORY)!;
    expect(sheet.isSheetHidden()).toBe(false);
    expect(sheet.getFrozenRows()).toBe(1);
    const protections = sheet.getProtections(SpreadsheetAppProtection());
    expect(protections).toHaveLength(1);
    expect(protections[0]!.isWarningOnly()).toBe(true);
  });

  it("writes an account name that looks like a formula as text", () => {
    const t = setup(accountRows(3));
    writeTexts(t.emulator, DATA_SHEET, 2, 1, ['=HYPERLINK("http://x";"y")', "+1", "@me"]);
    generate(t);
    const dump = t.emulator.dump().sheets.find((x) => x.name === HISTORY)!;
    expect(Object.keys(dump.formulas)).toEqual([]);
    expect(
      dump.values
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual(['=HYPERLINK("http://x";"y")', "+1", "@me"].sort());
  });

  it("leaves the data sheet byte for byte as it was", () => {
    const t = setup(accountRows(8));
    const before = JSON.stringify(t.emulator.dump().sheets.find((x) => x.name === DATA_SHEET));
    generate(t);
    generate(t);
    expect(JSON.stringify(t.emulator.dump().sheets.find((x) => x.name === DATA_SHEET))).toBe(before);
  });
});

function SpreadsheetAppProtection() {
  return "SHEET" as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
}

describe("finding the previous snapshot", () => {
  it("reads only its own rows: calls and cells read do not grow with the number of snapshots", () => {
    const s = setup(accountRows(40));
    const figures: Array<{ snapshots: number; calls: number; cells: number }> = [];
    for (let n = 1; n <= 6; n++) {
      const { cells } = countCellsRead(() => generate(s));
      figures.push({ snapshots: n - 1, calls: s.emulator.ledger.total(), cells });
    }
    expect(snapshotsIn(s.emulator)).toHaveLength(6);
    // From the second generation on, each finds one earlier snapshot: the same work at 1 and at 5 earlier.
    const later = figures.slice(1);
    expect(new Set(later.map((f) => f.calls)).size).toBe(1);
    expect(new Set(later.map((f) => f.cells)).size).toBe(1);
    expect(s.emulator.ui.toasts.some((t) => /edited by hand/.test(t.message))).toBe(false);
  });

  it("finds the history by its metadata when the sheet was renamed", () => {
    const s = setup(accountRows(5));
    generate(s);
    s.emulator.spreadsheet.getSheetByName(HISTORY)!.setName("Our quarters");
    generate(s);
    const names = s.emulator.dump().sheets.map((x) => x.name);
    expect(names).not.toContain(HISTORY);
    expect(snapshotsIn(s.emulator, "Our quarters")).toHaveLength(2);
  });

  it("reads the sheet whole, with a toast, when rows were added by hand so the index no longer fits", () => {
    const s = setup(accountRows(5));
    generate(s);
    const sheet = s.emulator.spreadsheet.getSheetByName(HISTORY)!;
    // A person pastes an earlier snapshot's rows again below the last one: readable, but not indexed.
    const copy = sheet.getRange(2, 1, 5, sheet.getLastColumn()).getValues();
    sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    sheet.getRange(7, 1, 5, copy[0]!.length).setValues(copy);
    generate(s);
    expect(s.emulator.ui.toasts.some((t) => /edited by hand: reading it whole/.test(t.message))).toBe(true);
    expect(snapshotsIn(s.emulator)).toHaveLength(3);
    expect(s.emulator.ui.alerts).toEqual([]);
  });

  it("names the row a person damaged and still appends the new snapshot after it", () => {
    const s = setup(accountRows(5));
    generate(s);
    const sheet = s.emulator.spreadsheet.getSheetByName(HISTORY)!;
    sheet.getRange(4, 8).setValue("high");
    sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    sheet.getRange(7, 1, 1, 2).setValues([["typed", "by hand"]]);
    const before = sheetValues(s.emulator, HISTORY);
    generate(s);
    const after = sheetValues(s.emulator, HISTORY);
    // What the person typed stays; the new snapshot follows it.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 5);
  });
});

describe("in German", () => {
  it("names the sheet and its headers in German", () => {
    const s = setup(accountRows(4), { ...CONFIG, language: "de" }, "de");
    generate(s);
    const values = sheetValues(s.emulator, HISTORY_SHEET_NAMES.de);
    expect(values[0]).toEqual(historyHeaders("de", CRITERIA));
    expect(values[0]!.slice(0, 4)).toEqual(["Stand", "Datenblatt", "Modell", "Kunde"]);
  });
});

describe("the cell limit", () => {
  /** A spreadsheet whose other sheets already hold nearly 10,000,000 cells. */
  function nearlyFull(): Setup {
    const s = setup(accountRows(20));
    generate(s);
    generate(s);
    generate(s);
    const filler = s.emulator.spreadsheet.insertSheet("Filler");
    const used = s.emulator.spreadsheet
      .getSheets()
      .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
    const columns = filler.getMaxColumns();
    // Room for the matrix sheets again, but not for one more snapshot of 20 rows.
    const room = 10;
    filler.insertRowsAfter(filler.getMaxRows(), Math.floor((10_000_000 - used - room * columns) / columns));
    s.emulator.ledger.reset();
    return s;
  }

  it("asks before the append would pass it, and on No writes the matrix but keeps the history as it is", () => {
    const s = nearlyFull();
    const before = sheetValues(s.emulator, HISTORY);
    s.emulator.answerAlerts("NO");
    const result = generate(s);
    expect(result).not.toBeNull();
    const alert = s.emulator.ui.alerts.find((a) => a.title === "History is getting too large");
    expect(alert?.buttons).toBe("YES_NO");
    expect(alert?.prompt).toMatch(/10,000,000/);
    expect(alert?.prompt).toMatch(/Keep only the last \d+ snapshots?/);
    expect(sheetValues(s.emulator, HISTORY)).toEqual(before);
  });

  it("on Yes keeps only the last snapshots it named, the new one included", () => {
    const s = nearlyFull();
    const before = snapshotsIn(s.emulator);
    s.emulator.answerAlerts("YES");
    generate(s);
    const alert = s.emulator.ui.alerts.find((a) => a.title === "History is getting too large")!;
    const keep = Number(/Keep only the last (\d+)/.exec(alert.prompt)![1]);
    const after = snapshotsIn(s.emulator);
    expect(after).toHaveLength(keep);
    expect(after.slice(0, keep - 1).map((x) => x.at)).toEqual(
      before.slice(before.length - (keep - 1)).map((x) => x.at),
    );
    expect(after.slice(0, -1).map((x) => x.rows)).toEqual(
      before.slice(before.length - (keep - 1)).map((x) => x.rows),
    );
  });
});

describe("Insert sample data", () => {
  it("writes one earlier snapshot, three months back, that the first generation compares with", () => {
    const emulator = setup([], null).emulator;
    const runner = new AppsScriptRunner(emulator);
    runner.run("insertSampleData");
    const [earlier] = snapshotsIn(emulator);
    expect(snapshotsIn(emulator)).toHaveLength(1);
    const months = (text: string) => {
      const [y, m] = text.split("-").map(Number);
      return y! * 12 + m!;
    };
    const now = new Date();
    expect(now.getFullYear() * 12 + now.getMonth() + 1 - months(earlier!.at)).toBe(3);
    expect(earlier!.dataSheet).toBe("Sample accounts");
    runner.run("generateKaismMatrix");
    const [, latest] = snapshotsIn(emulator);
    // A few plausible changes: some accounts moved, one is gone, one is new.
    const keys = (s: typeof latest) => new Set(s!.rows.map((r) => r.account));
    const gone = [...keys(earlier)].filter((a) => !keys(latest).has(a));
    const added = [...keys(latest)].filter((a) => !keys(earlier).has(a));
    expect(gone).toHaveLength(1);
    expect(added).toHaveLength(1);
    const rankThen = new Map(earlier!.rows.map((r) => [r.account, r.rank]));
    const moved = latest!.rows.filter((r) => rankThen.has(r.account) && rankThen.get(r.account) !== r.rank);
    expect(moved.length).toBeGreaterThan(2);
    expect(earlier!.model).toBe(latest!.model);
  });

  it("never writes over a history that is there", () => {
    const s = setup(accountRows(4));
    generate(s);
    const before = sheetValues(s.emulator, HISTORY);
    s.emulator.answerAlerts("YES");
    s.runner.run("insertSampleData");
    expect(sheetValues(s.emulator, HISTORY)).toEqual(before);
  });
});

const SCORES = "KAM Scores";
const OVERVIEW = "KAISM Matrix";

/** A column of KAM Scores by its header, in table order. */
function scoresColumn(emulator: Emulator, header: string): Array<string | number | boolean> {
  const [head, ...rows] = sheetValues(emulator, SCORES);
  const col = head!.indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return rows.map((r) => r[col]!);
}

/** The reference: movement computed here from the two snapshots, independently of src/core/history.ts. */
function referenceMovement(
  before: { account: string; rank: number; quadrant: string | null }[],
  after: typeof before,
) {
  const key = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();
  const seenBefore = new Map<string, typeof before>();
  for (const r of before) seenBefore.set(key(r.account), [...(seenBefore.get(key(r.account)) ?? []), r]);
  const taken = new Map<string, number>();
  return after.map((r) => {
    const k = key(r.account);
    const n = taken.get(k) ?? 0;
    taken.set(k, n + 1);
    const then = seenBefore.get(k)?.[n];
    return then ? { change: then.rank - r.rank, quadrant: then.quadrant } : { change: "New", quadrant: null };
  });
}

const LABEL: Record<string, string> = {
  keyAccount: "Key account",
  keyDevelopment: "Key development",
  maintenance: "Maintenance",
  opportunistic: "Opportunistic",
};

describe("Rank change and Previous quadrant", () => {
  const first = accountRows(30);
  // Ties: two accounts with the same figures; duplicates: one name twice.
  first[10] = ["Twin A", ...first[5]!.slice(1)];
  first[11] = ["Twin B", ...first[5]!.slice(1)];
  first[12] = ["Dup", ...first[12]!.slice(1)];
  first[13] = ["Dup", ...first[13]!.slice(1)];
  const second = first.map((r) => [...r]);
  second[2]![0] = "  ACCOUNT   00003 "; // the same account, written differently
  second[4]![0] = "Account 5 renamed"; // renamed: New, and the old name is gone
  second.splice(20, 1); // removed
  second[7] = [second[7]![0]!, 3_000_000, 2_000_000, 10, 0.99, 10]; // moves up a lot
  second[0] = [second[0]![0]!, 1000, 1000, 1, 0.01, 1]; // falls
  const s = setup(first);
  generate(s);
  setData(s, second);
  generate(s);

  it("equal a reference computed from the two snapshots", () => {
    const [before, after] = snapshotsIn(s.emulator);
    const reference = referenceMovement(
      before!.rows.map((r) => ({ account: r.account, rank: r.rank, quadrant: r.quadrant })),
      after!.rows.map((r) => ({ account: r.account, rank: r.rank, quadrant: r.quadrant })),
    );
    expect(scoresColumn(s.emulator, "Account")).toEqual(after!.rows.map((r) => r.account));
    expect(scoresColumn(s.emulator, "Rank change")).toEqual(reference.map((r) => r.change));
    expect(scoresColumn(s.emulator, "Previous quadrant")).toEqual(
      reference.map((r) => (r.quadrant ? LABEL[r.quadrant] : "")),
    );
    const changes = scoresColumn(s.emulator, "Rank change");
    const accounts = scoresColumn(s.emulator, "Account");
    expect(changes[accounts.indexOf("Account 5 renamed")]).toBe("New");
    expect(changes[accounts.indexOf("  ACCOUNT   00003 ")]).not.toBe("New");
    expect(changes.filter((c) => c === "New")).toHaveLength(1);
  });

  it("lists the movers and the accounts no longer in the data on the overview", () => {
    const text = sheetValues(s.emulator, OVERVIEW).flat().map(String);
    expect(text.some((t) => /^Moved since the last snapshot \(\d{4}-/.test(t))).toBe(true);
    expect(text).toContain("Account 00008");
    expect(text.some((t) => /^No longer in the data: 2 accounts$/.test(t))).toBe(true);
    expect(text).toContain("Account 00005");
    expect(text).toContain("Account 00021");
    expect(text.some((t) => /Points that changed most/.test(t))).toBe(true);
  });

  it("shows no movement when a third generation finds nothing changed", () => {
    generate(s);
    expect(new Set(scoresColumn(s.emulator, "Rank change"))).toEqual(new Set([0]));
    const [, second, third] = snapshotsIn(s.emulator);
    expect(scoresColumn(s.emulator, "Previous quadrant")).toEqual(
      third!.rows.map((r) => (r.quadrant ? LABEL[r.quadrant] : "")),
    );
    expect(third!.rows).toEqual(second!.rows);
    const text = sheetValues(s.emulator, OVERVIEW).flat().map(String);
    expect(text).toContain("No account changed rank or quadrant.");
    expect(text.some((t) => /^No longer in the data/.test(t))).toBe(false);
  });

  it("are blank on the first generation, which says so", () => {
    const t = setup(accountRows(5));
    generate(t);
    expect(scoresColumn(t.emulator, "Rank change")).toEqual(["", "", "", "", ""]);
    expect(scoresColumn(t.emulator, "Previous quadrant")).toEqual(["", "", "", "", ""]);
    expect(sheetValues(t.emulator, OVERVIEW).flat()).toContain(
      "This is the first snapshot of this data sheet: the next generation shows who moved (see KAM History).",
    );
  });

  it("note when the model changed between the snapshots", () => {
    const t = setup(accountRows(8));
    generate(t);
    t.runner.scriptRun("saveConfig", { ...CONFIG, cuts: { attractiveness: 4, strength: 4 } });
    generate(t);
    expect(
      sheetValues(t.emulator, OVERVIEW)
        .flat()
        .map(String)
        .some((x) => /The model .* changed/.test(x)),
    ).toBe(true);
  });

  it("are blank, and the overview names the row, when a person damaged the history", () => {
    const t = setup(accountRows(6));
    generate(t);
    const sheet = t.emulator.spreadsheet.getSheetByName(HISTORY)!;
    sheet.getRange(4, 5).setValue(7); // a rank that no longer runs 1, 2, 3 ...
    generate(t);
    expect(new Set(scoresColumn(t.emulator, "Rank change"))).toEqual(new Set([""]));
    expect(new Set(scoresColumn(t.emulator, "Previous quadrant"))).toEqual(new Set([""]));
    const text = sheetValues(t.emulator, OVERVIEW).flat().map(String);
    expect(text.some((x) => /"KAM History" was edited by hand .*row 4: the rank is "7"/.test(x))).toBe(true);
  });
});

describe("the playground's first generation after Insert sample data", () => {
  it("names the movers on the overview", () => {
    const emulator = setup([], null).emulator;
    const runner = new AppsScriptRunner(emulator);
    runner.run("insertSampleData");
    runner.run("generateKaismMatrix");
    const text = sheetValues(emulator, OVERVIEW).flat().map(String);
    expect(text.some((t) => /^Moved since the last snapshot/.test(t))).toBe(true);
    expect(text).toContain("Elbtal Stahlhandel GmbH");
    expect(scoresColumn(emulator, "Rank change").filter((c) => c === "New")).toHaveLength(1);
    expect(
      scoresColumn(emulator, "Rank change").filter((c) => typeof c === "number" && c !== 0).length,
    ).toBeGreaterThan(2);
  });
});
