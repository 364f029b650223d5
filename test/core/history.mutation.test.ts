/**
 * The KAM History's pure code, case by case: what a user would see go wrong if a comparison, a fallback or a
 * sort in src/core/history.ts were off (fingerprints that change between versions, blank cells read as
 * damage, the wrong criteria named as drivers, movers in the wrong order, the wrong snapshot count kept).
 * Every fixture is built inside its test, so the mutation run can tell which test covers which line.
 */
import { parseConfig, type KamConfigInput } from "../../src/core/config";
import {
  DRIVER_SHOWN_FROM,
  computeMovement,
  historyHeaders,
  historyLimit,
  isDamage,
  latestOf,
  matchKey,
  modelFingerprint,
  parseHistoryHeader,
  parseSnapshots,
  snapshotOf,
  snapshotValues,
  SHEETS_CELL_LIMIT,
  type HistoryHeader,
  type Snapshot,
} from "../../src/core/history";
import type { AccountResult } from "../../src/core/model";
import { account, META } from "./historyFixtures";

describe("modelFingerprint", () => {
  const volume = {
    name: "Volume",
    column: "Sales volume",
    axis: "attractiveness",
    weight: 2,
    input: "linear",
    low: 0,
    high: 500,
  };
  const fit = { name: "Fit", column: "Fit", axis: "strength", weight: 1, direction: "lower" };
  const full = (changes: Partial<KamConfigInput> = {}, criteria: object[] = [volume, fit]) =>
    modelFingerprint(
      parseConfig({
        version: 1,
        dataSheet: "Accounts",
        accountColumn: "Account",
        criteria,
        revenueColumn: "Revenue",
        totalRevenue: 1_000_000,
        ...changes,
      }),
    );

  it("stays the same across versions: it is stored in KAM History's Model column", () => {
    // Checked against an independent FNV-1a (32 bits) of the model's JSON: if these change, every earlier
    // snapshot reads as taken under another model.
    expect(full()).toBe("e1ce21c0");
    // A fingerprint that starts with zeros keeps its eight digits.
    const plain = { name: "Volume", column: "Volume", axis: "attractiveness", weight: 1 };
    const small = { version: 1, dataSheet: "Accounts", accountColumn: "Account" };
    expect(
      modelFingerprint(parseConfig({ ...small, criteria: [plain, { ...fit, direction: "higher" }] })),
    ).toBe("00017017");
  });

  it("ignores the case of criterion names, their columns and the revenue column", () => {
    const shouting = [
      { ...volume, name: "VOLUME", column: "SALES VOLUME" },
      { ...fit, name: "fit", column: "FIT" },
    ];
    expect(full({ revenueColumn: "REVENUE" }, shouting)).toBe(full());
  });

  it("changes with a criterion's bounds, the axis shares, the revenue column and the total", () => {
    const base = full();
    const { low: _low, ...noLow } = volume;
    const { high: _high, ...noHigh } = volume;
    expect(full({}, [{ ...noLow, low: 10 }, fit])).not.toBe(full({}, [noLow, fit]));
    expect(full({}, [noHigh, fit])).not.toBe(base);
    expect(full({ axisWeights: { attractiveness: 2, strength: 1 } })).not.toBe(base);
    expect(full({ revenueColumn: undefined })).not.toBe(base);
    expect(full({ totalRevenue: undefined })).not.toBe(base);
  });
});

describe("matchKey", () => {
  it("is the name trimmed, with single spaces, in lower case; spaces still separate words", () => {
    expect(matchKey("  ACME \t Corp ")).toBe("acme corp");
    expect(matchKey("AcmeCorp")).not.toBe(matchKey("Acme Corp"));
  });
});

describe("snapshotOf and snapshotValues", () => {
  it("keep a copy of each account's points, not the evaluation's own array", () => {
    const a = account("Alpha", 1, "keyAccount", [7, 8]);
    const snapshot = snapshotOf([a], META);
    a.points[0] = 1;
    expect(snapshot.rows[0]!.points).toEqual([7, 8]);
  });

  it("write missing values as blank cells and the quadrant in the sheet's language", () => {
    const blank: AccountResult = {
      ...account("Zed", 2, null, [null, 3]),
      attractiveness: null,
      strength: null,
      score: null,
      revenue: null,
      share: null,
    };
    const snapshot = snapshotOf([account("Alpha", 1, "keyDevelopment", [7, 8]), blank], META);
    expect(snapshotValues(snapshot, ["Volume", "Fit"], "en")).toEqual([
      ["2026-09-01 10:00:00", "Accounts", "m1", "Alpha", 1, 7, 8, 9, "Key development", 100, 0.1, 7, 8],
      ["2026-09-01 10:00:00", "Accounts", "m1", "Zed", 2, "", "", "", "", "", "", "", 3],
    ]);
    expect(snapshotValues(snapshot, ["Fit"], "de")[0]).toEqual([
      "2026-09-01 10:00:00",
      "Accounts",
      "m1",
      "Alpha",
      1,
      7,
      8,
      9,
      "Entwicklungskunde",
      100,
      0.1,
      8,
    ]);
  });
});

describe("parseHistoryHeader", () => {
  const english = historyHeaders("en", []);

  it("reads a German header with padded cells and stops the criteria at the first blank cell", () => {
    const row = [
      ...historyHeaders("de", []).map((h) => ` ${h} `),
      " Punkte: Bedarf ",
      "Nähe",
      "",
      "Punkte: Alt",
    ];
    expect(parseHistoryHeader(row)).toEqual({ language: "de", criteria: ["Bedarf", "Nähe"] });
  });

  it("names the first contract column that differs, with what it holds and what belongs there", () => {
    expect(parseHistoryHeader(["Snapshot", "Data sheet"])).toEqual({
      row: 1,
      problem: { kind: "header", column: 3, found: "", expected: "Model" },
    });
    expect(parseHistoryHeader(["Snapshot", null, ...english.slice(2)])).toEqual({
      row: 1,
      problem: { kind: "header", column: 2, found: "", expected: "Data sheet" },
    });
    const renamed = english.map((h) => (h === "Account" ? "Customer" : h));
    expect(parseHistoryHeader(renamed)).toEqual({
      row: 1,
      problem: { kind: "header", column: 4, found: "Customer", expected: "Account" },
    });
    expect(parseHistoryHeader(["Stand", "Datenblatt", "Model"])).toEqual({
      row: 1,
      problem: { kind: "header", column: 3, found: "Model", expected: "Modell" },
    });
  });

  it("isDamage tells damage from a header, and from nothing", () => {
    expect(isDamage(parseHistoryHeader(english))).toBe(false);
    expect(isDamage(parseHistoryHeader([]))).toBe(true);
    expect(isDamage(null)).toBe(false);
    expect(isDamage("problem")).toBe(false);
  });
});

describe("parseSnapshots", () => {
  const header: HistoryHeader = { language: "en", criteria: ["Volume", "Fit"] };
  /** A sheet row of the history: stamp, data sheet, model, account, rank ... then the points. */
  const sheetRow = (rank: unknown, changes: Record<number, unknown> = {}): unknown[] => {
    const row: unknown[] = [
      META.at,
      "Accounts",
      "m1",
      `Account ${String(rank)}`,
      rank,
      7,
      8,
      9,
      "Maintenance",
    ];
    row.push(100, 0.1, 7, 8);
    for (const [j, v] of Object.entries(changes)) row[Number(j)] = v;
    return row;
  };
  const parsed = (rows: unknown[][], h: HistoryHeader = header) => {
    const result = parseSnapshots(h, rows, 2);
    if (isDamage(result)) throw new Error(`damage in row ${result.row}: ${JSON.stringify(result.problem)}`);
    return result.snapshots;
  };

  it("skips blank rows, whether their cells are empty text, null or missing", () => {
    const snapshots = parsed([
      sheetRow(1),
      Array(13).fill(""),
      Array(13).fill(null),
      Array(13).fill(undefined),
      [],
      sheetRow(2),
    ]);
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.rows.map((r) => r.account)).toEqual(["Account 1", "Account 2"]);
  });

  it("reads blank number cells as no value, trims texts and matches quadrants in any case", () => {
    const snapshots = parsed([
      sheetRow(1, {
        0: " 2026-09-01 10:00:00 ",
        1: " Accounts ",
        2: " m1 ",
        5: "",
        6: null,
        8: " key ACCOUNT ",
      }),
      sheetRow(2, { 8: null }).slice(0, 11),
    ]);
    expect(snapshots).toEqual([
      {
        at: "2026-09-01 10:00:00",
        dataSheet: "Accounts",
        model: "m1",
        criteria: ["Volume", "Fit"],
        firstRow: 2,
        rows: [
          {
            account: "Account 1",
            rank: 1,
            attractiveness: null,
            strength: null,
            score: 9,
            quadrant: "keyAccount",
            revenue: 100,
            share: 0.1,
            points: [7, 8],
          },
          {
            account: "Account 2",
            rank: 2,
            attractiveness: 7,
            strength: 8,
            score: 9,
            quadrant: null,
            revenue: 100,
            share: 0.1,
            points: [null, null],
          },
        ],
      },
    ]);
  });

  it("reads a stamp that Sheets returns as a date, and blank stamp, data sheet and model cells as empty", () => {
    const at = new Date(Date.UTC(2026, 8, 1, 8, 0, 0));
    expect(parsed([sheetRow(1, { 0: at })])[0]!.at).toBe("2026-09-01T08:00:00.000Z");
    const blank = parsed([sheetRow(1, { 0: null, 1: null, 2: null })])[0]!;
    expect([blank.at, blank.dataSheet, blank.model]).toEqual(["", "", ""]);
  });

  it("reads German quadrant names under a German header", () => {
    const de: HistoryHeader = { language: "de", criteria: [] };
    const rows = [
      sheetRow(1, { 8: "Schlüsselkunde" }).slice(0, 11),
      sheetRow(2, { 8: "gelegenheitskunde" }).slice(0, 11),
    ];
    expect(parsed(rows, de)[0]!.rows.map((r) => r.quadrant)).toEqual(["keyAccount", "opportunistic"]);
  });

  it("names the column, as its header reads, of a cell that is not a finite number", () => {
    expect(parseSnapshots(header, [sheetRow(1), sheetRow(2, { 7: "5" })], 2)).toEqual({
      row: 3,
      problem: { kind: "notANumber", column: "KAM score", found: "5" },
    });
    expect(parseSnapshots(header, [sheetRow(1, { 9: Infinity })], 2)).toEqual({
      row: 2,
      problem: { kind: "notANumber", column: "Revenue", found: "Infinity" },
    });
    expect(parseSnapshots(header, [sheetRow(1, { 12: "n/a" })], 2)).toEqual({
      row: 2,
      problem: { kind: "notANumber", column: "Points: Fit", found: "n/a" },
    });
    const de: HistoryHeader = { language: "de", criteria: ["Volume", "Fit"] };
    expect(parseSnapshots(de, [sheetRow(1, { 8: "Pflegekunde", 11: NaN })], 5)).toEqual({
      row: 5,
      problem: { kind: "notANumber", column: "Punkte: Volume", found: "NaN" },
    });
  });

  it("refuses an empty account name and an unknown quadrant", () => {
    expect(parseSnapshots(header, [sheetRow(1), sheetRow(2, { 3: "   " })], 2)).toEqual({
      row: 3,
      problem: { kind: "emptyName" },
    });
    expect(parseSnapshots(header, [sheetRow(1, { 3: null })], 2)).toEqual({
      row: 2,
      problem: { kind: "emptyName" },
    });
    expect(parseSnapshots(header, [sheetRow(1, { 8: "Star" })], 2)).toEqual({
      row: 2,
      problem: { kind: "quadrant", found: "Star" },
    });
  });

  it("names the rank found and the one that should follow", () => {
    expect(parseSnapshots(header, [sheetRow(1), sheetRow(3)], 2)).toEqual({
      row: 3,
      problem: { kind: "rankOrder", found: "3", expected: 2 },
    });
    expect(parseSnapshots(header, [sheetRow(null)], 7)).toEqual({
      row: 7,
      problem: { kind: "rankOrder", found: "", expected: 1 },
    });
  });

  it("starts a new snapshot when the stamp, the data sheet or the model changes, so rank 2 there is damage", () => {
    for (const [column, value] of [
      [0, "2026-09-02 10:00:00"],
      [1, "Other sheet"],
      [2, "m2"],
    ] as const) {
      expect(parseSnapshots(header, [sheetRow(1), sheetRow(2, { [column]: value })], 2)).toEqual({
        row: 3,
        problem: { kind: "rankOrder", found: "2", expected: 1 },
      });
    }
    const two = parsed([sheetRow(1), sheetRow(1, { 1: "Other sheet" }), sheetRow(2, { 1: "Other sheet" })]);
    expect(two.map((s) => [s.dataSheet, s.firstRow, s.rows.length])).toEqual([
      ["Accounts", 2, 1],
      ["Other sheet", 3, 2],
    ]);
  });
});

describe("latestOf", () => {
  it("finds the last snapshot of a data sheet, whatever its case or spaces, or null", () => {
    const at = (stamp: string, dataSheet: string): Snapshot => ({ ...META, at: stamp, dataSheet, rows: [] });
    const snapshots = [
      at("1", "First"),
      at("2", "Accounts"),
      at("3", "Other"),
      at("4", " accounts "),
      at("5", "X"),
    ];
    expect(latestOf(snapshots, "ACCOUNTS")?.at).toBe("4");
    expect(latestOf(snapshots, " other  ")?.at).toBe("3");
    expect(latestOf(snapshots, "first")?.at).toBe("1");
    expect(latestOf(snapshots, "Missing")).toBeNull();
    expect(latestOf([], "Accounts")).toBeNull();
  });
});

describe("computeMovement", () => {
  it("gives each account's movement by its data row too", () => {
    const previous = snapshotOf([account("A", 1, "maintenance"), account("B", 2, "maintenance")], META);
    const now = [account("B", 1, "maintenance"), account("C", 2, null)];
    const m = computeMovement(previous, now, META);
    expect(m.byRow.get(2)).toEqual({ rankChange: 1, previousQuadrant: "maintenance" });
    expect(m.byRow.get(3)).toEqual({ rankChange: "New", previousQuadrant: null });
    expect(m.byRow.size).toBe(2);
    expect(m.gone.map((r) => r.account)).toEqual(["A"]);
  });

  it("lists an account that kept its rank but changed quadrant", () => {
    const previous = snapshotOf([account("A", 1, "keyDevelopment", [4, 9])], META);
    const m = computeMovement(previous, [account("A", 1, "keyAccount", [6, 9])], META);
    expect(m.movers).toEqual([
      {
        account: "A",
        rank: 1,
        rankChange: 0,
        from: "keyDevelopment",
        to: "keyAccount",
        drivers: [{ criterion: "Volume", change: 2 }],
      },
    ]);
  });

  it("names the two criteria that changed most, matched by name across a changed criteria list", () => {
    const previous = snapshotOf([account("A", 2, "maintenance", [5, 5, 5])], {
      ...META,
      criteria: ["Fit", "volume", "Reach"],
    });
    // Volume 5 -> 2, Fit 5 -> 6, Need is new (no change to show), Reach 5 -> 10.
    const now = [account("A", 1, "maintenance", [2, 6, 9, 10])];
    const m = computeMovement(previous, now, { model: "m1", criteria: ["Volume", "Fit", "Need", "Reach"] });
    expect(m.movers[0]!.drivers).toEqual([
      { criterion: "Reach", change: 5 },
      { criterion: "Volume", change: -3 },
    ]);
  });

  it(`names no criterion whose change would read 0 with one decimal (under ${DRIVER_SHOWN_FROM})`, () => {
    const previous = snapshotOf([account("A", 2, "maintenance", [0, 5, 5])], {
      ...META,
      criteria: ["Volume", "Fit", "Reach"],
    });
    // Volume +0.05 (shown as "+0.1"), Fit +0.04 (shown as "+0"), Reach -0.3.
    const now = [account("A", 1, "maintenance", [0.05, 5.04, 4.7])];
    const m = computeMovement(previous, now, { model: "m1", criteria: ["Volume", "Fit", "Reach"] });
    expect(m.movers[0]!.drivers.map((d) => d.criterion)).toEqual(["Reach", "Volume"]);
  });

  it("shows no change for a criterion without points in either snapshot", () => {
    const previous = snapshotOf([account("A", 2, "maintenance", [4, null, 5])], {
      ...META,
      criteria: ["Volume", "Fit", "Reach"],
    });
    const now = [account("A", 1, "maintenance", [null, 7, 6])];
    const m = computeMovement(previous, now, { model: "m1", criteria: ["Volume", "Fit", "Reach"] });
    expect(m.movers[0]!.drivers).toEqual([{ criterion: "Reach", change: 1 }]);
  });

  it("puts leaving Key account first, before a larger move between other quadrants", () => {
    const previous = snapshotOf(
      [account("A", 1, "keyAccount"), account("B", 2, "maintenance"), account("C", 3, "opportunistic")],
      META,
    );
    const now = [
      account("C", 1, "maintenance"),
      account("A", 2, "keyDevelopment"),
      account("B", 3, "opportunistic"),
    ];
    const m = computeMovement(previous, now, META);
    expect(m.movers.map((x) => [x.account, x.rankChange])).toEqual([
      ["A", -1],
      ["C", 2],
      ["B", -1],
    ]);
  });

  it("orders by the size of the move up or down, then by rank, and names the first ten", () => {
    // Twelve accounts in reverse order: the k-th moves 13 - 2k places (11, 9, ... -9, -11).
    const names = Array.from({ length: 12 }, (_, i) => `A${i + 1}`);
    const previous = snapshotOf(
      names.map((n, i) => account(n, i + 1, "maintenance")),
      META,
    );
    const now = [...names].reverse().map((n, i) => account(n, i + 1, "maintenance"));
    const m = computeMovement(previous, now, META);
    expect(m.movers.map((x) => [x.account, x.rankChange])).toEqual([
      ["A12", 11],
      ["A1", -11],
      ["A11", 9],
      ["A2", -9],
      ["A10", 7],
      ["A3", -7],
      ["A9", 5],
      ["A4", -5],
      ["A8", 3],
      ["A5", -3],
    ]);
  });
});

describe("historyLimit", () => {
  const million = 1_000_000;

  it("lets an append that fills the spreadsheet, or half of it with history, exactly", () => {
    expect(
      historyLimit({
        spreadsheet: 9 * million,
        history: 4 * million,
        append: million,
        snapshots: [4 * million],
      }),
    ).toBeNull();
    expect(SHEETS_CELL_LIMIT).toBe(10 * million);
  });

  it("says half, not limit, when the spreadsheet would be exactly full and the history over half", () => {
    expect(
      historyLimit({ spreadsheet: 9 * million, history: 5 * million, append: million, snapshots: [million] }),
    ).toEqual({ reason: "half", keep: 1 });
  });

  it("drops the oldest snapshots until the append fits and counts those that stay with the new one", () => {
    const snapshots = [200_000, 200_000, 500_000, million, million];
    // 10.5 million after the append: dropping 0.2, 0.4 is not enough, 0.9 million is.
    expect(
      historyLimit({ spreadsheet: 9.5 * million, history: 4 * million, append: million, snapshots }),
    ).toEqual({
      reason: "limit",
      keep: 3,
    });
  });
});
