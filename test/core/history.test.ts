import { parseConfig } from "../../src/core/config";
import {
  computeMovement,
  historyHeaders,
  historyLimit,
  isDamage,
  matchKey,
  mergeCriteria,
  modelFingerprint,
  parseHistoryHeader,
  parseSnapshots,
  snapshotOf,
  snapshotValues,
  SHEETS_CELL_LIMIT,
  type Snapshot,
} from "../../src/core/history";
import { account, META } from "./historyFixtures";

const CONFIG = parseConfig({
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Account",
  criteria: [
    { name: "Volume", column: "Volume", axis: "attractiveness", weight: 2 },
    { name: "Fit", column: "Fit", axis: "strength", weight: 1 },
  ],
});

describe("modelFingerprint", () => {
  it("is short and stable, changes with a weight or cut, not with the language or the plan", () => {
    const base = modelFingerprint(CONFIG);
    expect(base).toMatch(/^[0-9a-f]{8}$/);
    expect(modelFingerprint(parseConfig({ ...CONFIG, language: "de" }))).toBe(base);
    expect(modelFingerprint(parseConfig({ ...CONFIG, plan: { quadrants: ["keyAccount"] } }))).toBe(base);
    const heavier = { ...CONFIG, criteria: [{ ...CONFIG.criteria[0]!, weight: 3 }, CONFIG.criteria[1]!] };
    expect(modelFingerprint(parseConfig(heavier))).not.toBe(base);
    expect(modelFingerprint(parseConfig({ ...CONFIG, cuts: { attractiveness: 4, strength: 5.5 } }))).not.toBe(
      base,
    );
  });
});

describe("matchKey", () => {
  it("ignores case and surrounding or repeated spaces", () => {
    expect(matchKey("  ACME  Corp ")).toBe(matchKey("acme corp"));
    expect(matchKey("Acme")).not.toBe(matchKey("Acme Corp"));
  });
});

describe("computeMovement", () => {
  const previous = snapshotOf(
    [
      account("Alpha", 1, "keyAccount", [9, 9]),
      account("Beta", 2, "keyAccount", [8, 8]),
      account("Dup", 3, "maintenance"),
      account("Dup", 4, "opportunistic"),
      account("Old name", 5, "maintenance"),
      account("Gamma", 6, "opportunistic", [3, 3]),
    ],
    META,
  );

  it("gives previous rank minus this rank, New, previous quadrant and the accounts gone", () => {
    const now = [
      account("  gamma ", 1, "keyAccount", [9, 6]),
      account("ALPHA", 2, "keyAccount", [9, 9]),
      account("Dup", 3, "maintenance"),
      account("Dup", 4, "opportunistic"),
      account("New name", 5, "maintenance"),
    ];
    const m = computeMovement(previous, now, { model: "m1", criteria: ["Volume", "Fit"] });
    expect(m.accounts).toEqual([
      { rankChange: 5, previousQuadrant: "opportunistic" },
      { rankChange: -1, previousQuadrant: "keyAccount" },
      { rankChange: 0, previousQuadrant: "maintenance" },
      { rankChange: 0, previousQuadrant: "opportunistic" },
      { rankChange: "New", previousQuadrant: null },
    ]);
    expect(m.gone.map((r) => r.account)).toEqual(["Beta", "Old name"]);
    expect(m.modelChanged).toBe(false);
    // Gamma entered Key account: first, with its two criteria that moved most.
    expect(m.movers[0]).toEqual({
      account: "  gamma ",
      rank: 1,
      rankChange: 5,
      from: "opportunistic",
      to: "keyAccount",
      drivers: [
        { criterion: "Volume", change: 6 },
        { criterion: "Fit", change: 3 },
      ],
    });
    expect(m.movers.map((x) => x.account)).toEqual(["  gamma ", "ALPHA"]);
  });

  it("keeps repeated names apart by their order in each snapshot", () => {
    const now = [account("Dup", 1, "keyAccount"), account("dup", 2, "maintenance")];
    const m = computeMovement(previous, now, { model: "m1", criteria: ["Volume", "Fit"] });
    expect(m.accounts.map((a) => a.rankChange)).toEqual([2, 2]);
    expect(m.accounts.map((a) => a.previousQuadrant)).toEqual(["maintenance", "opportunistic"]);
  });

  it("orders quadrant changes into or out of Key account first, then other quadrant changes, then rank", () => {
    const base = snapshotOf(
      [
        account("A", 1, "maintenance"),
        account("B", 2, "maintenance"),
        account("C", 3, "maintenance"),
        account("D", 4, "maintenance"),
      ],
      META,
    );
    const now = [
      account("D", 1, "maintenance"),
      account("C", 2, "opportunistic"),
      account("B", 3, "keyAccount"),
      account("A", 4, "maintenance"),
    ];
    const m = computeMovement(base, now, { model: "m2", criteria: ["Volume", "Fit"] });
    expect(m.movers.map((x) => x.account)).toEqual(["B", "C", "D", "A"]);
    expect(m.modelChanged).toBe(true);
  });

  it("shows no movers when nothing changed", () => {
    const same = previous.rows.map((r) => account(r.account, r.rank, r.quadrant, r.points as number[]));
    const m = computeMovement(previous, same, { model: "m1", criteria: ["Volume", "Fit"] });
    expect(m.movers).toEqual([]);
    expect(m.gone).toEqual([]);
    expect(m.accounts.every((a) => a.rankChange === 0)).toBe(true);
  });
});

describe("the sheet's rows", () => {
  const snapshot: Snapshot = snapshotOf(
    [account("=HYPERLINK(1)", 1, "keyAccount", [7, 8]), account("Zed", 2, null, [2, 3])],
    META,
  );

  it("read back as the snapshot they were written from, in either language", () => {
    for (const language of ["en", "de"] as const) {
      const header = parseHistoryHeader(historyHeaders(language, ["Volume", "Fit"]));
      if (isDamage(header)) throw new Error("header");
      expect(header).toEqual({ language, criteria: ["Volume", "Fit"] });
      const parsed = parseSnapshots(header, snapshotValues(snapshot, header.criteria, language), 2);
      if (isDamage(parsed)) throw new Error("damage");
      expect(parsed.snapshots).toEqual([{ ...snapshot, firstRow: 2 }]);
    }
  });

  it("split into snapshots where the ranks start again, even with the same stamp", () => {
    const values = snapshotValues(snapshot, ["Volume", "Fit"], "en");
    const parsed = parseSnapshots({ language: "en", criteria: ["Volume", "Fit"] }, [...values, ...values], 2);
    if (isDamage(parsed)) throw new Error("damage");
    expect(parsed.snapshots.map((s) => s.firstRow)).toEqual([2, 4]);
  });

  it("name the row and the problem when edited by hand", () => {
    const header = { language: "en" as const, criteria: ["Volume", "Fit"] };
    const values = snapshotValues(snapshot, header.criteria, "en");
    const text = values.map((r, i) => (i === 1 ? r.map((c, j) => (j === 7 ? "high" : c)) : r));
    expect(parseSnapshots(header, text, 2)).toEqual({
      row: 3,
      problem: { kind: "notANumber", column: "KAM score", found: "high" },
    });
    const skipped = [values[1]!];
    expect(parseSnapshots(header, skipped, 2)).toMatchObject({ row: 2, problem: { kind: "rankOrder" } });
    const quadrant = values.map((r) => r.map((c, j) => (j === 8 ? "Star" : c)));
    expect(parseSnapshots(header, quadrant, 2)).toMatchObject({ row: 2, problem: { kind: "quadrant" } });
    expect(parseHistoryHeader(["Snapshot", "Sheet"])).toMatchObject({ row: 1, problem: { kind: "header" } });
  });

  it("place points under the header's criteria by name, new criteria after the old ones", () => {
    expect(mergeCriteria(["Volume", "Fit"], ["fit", "Reach"])).toEqual(["Volume", "Fit", "Reach"]);
    const values = snapshotValues(
      { ...snapshot, criteria: ["Fit", "Volume"] },
      ["Volume", "Reach", "Fit"],
      "en",
    );
    expect(values[0]!.slice(11)).toEqual([8, "", 7]);
  });
});

describe("historyLimit", () => {
  it("asks before the append would pass the cell limit and says how many snapshots can stay", () => {
    const snapshots = [1_000_000, 1_000_000, 1_000_000];
    expect(historyLimit({ spreadsheet: 5_000_000, history: 3_000_000, append: 1_000_000, snapshots })).toBe(
      null,
    );
    expect(
      historyLimit({
        spreadsheet: SHEETS_CELL_LIMIT - 500_000,
        history: 3_000_000,
        append: 1_000_000,
        snapshots,
      }),
    ).toEqual({ reason: "limit", keep: 3 });
  });

  it("asks when the history would take more than half of the cells a spreadsheet may hold", () => {
    const snapshots = [2_000_000, 2_000_000];
    expect(
      historyLimit({ spreadsheet: 6_000_000, history: 4_000_000, append: 2_000_000, snapshots }),
    ).toEqual({
      reason: "half",
      keep: 2,
    });
    expect(historyLimit({ spreadsheet: 2_000_000, history: 0, append: 6_000_000, snapshots: [] })).toEqual({
      reason: "half",
      keep: null,
    });
  });
});
