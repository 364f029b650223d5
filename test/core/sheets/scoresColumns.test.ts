import { parseConfig, type KamConfig } from "../../../src/core/config";
import type { AccountMovement, HistoryView, Movement } from "../../../src/core/history";
import { evaluateAccounts, type AccountResult } from "../../../src/core/model";
import { INTEGER_FORMAT, SCORE_FORMAT, TEXT_FORMAT } from "../../../src/core/sheets/grid";
import {
  placeColumns,
  SCORES_COLUMNS,
  type ColumnContext,
  type TableColumn,
} from "../../../src/core/sheets/scoresColumns";

const CONFIG: KamConfig = parseConfig({
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 2, input: "linear" },
    { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
    { name: "Fit", column: "Fit", axis: "strength", weight: 1 },
  ],
});

const ACCOUNTS = evaluateAccounts(
  CONFIG,
  {
    headerRow: 1,
    headers: ["Customer", "Revenue", "Need", "Fit"],
    rows: [
      ["Alpha", 600, 10, 9],
      ["Beta", 300, 4, 2],
      ["Gamma", 100, "n/a", ""],
    ],
  },
  "en",
).accounts;
const [alpha, beta, gamma] = ACCOUNTS as [AccountResult, AccountResult, AccountResult];

function history(byRow: Array<[number, AccountMovement]>): HistoryView {
  const movement = { byRow: new Map(byRow) } as unknown as Movement;
  return { movement, notice: null };
}

/** The value of column `id` (the first of a per-criterion column's, or criterion `j`'s) for an account. */
function cell(ctx: ColumnContext, id: string, account: AccountResult, j = 0): unknown {
  const placed = placeColumns(ctx).filter((c) => c.id === id);
  return placed[j]?.value(account);
}

const EN: ColumnContext = { config: CONFIG, language: "en" };
const DE: ColumnContext = { config: CONFIG, language: "de" };

describe("placeColumns", () => {
  it("places every column once and a per-criterion column once per criterion, numbered from 1", () => {
    const placed = placeColumns(EN);
    expect(placed.map((c) => c.id)).toEqual([
      "rank",
      "account",
      "attractiveness",
      "strength",
      "score",
      "quadrant",
      "revenue",
      "share",
      "abc",
      "rankChange",
      "previousQuadrant",
      "marginToCut",
      "flip",
      "drivers",
      "points",
      "points",
      "points",
      "contribution",
      "contribution",
      "contribution",
      "dataRow",
    ]);
    expect(placed.map((c) => c.col)).toEqual(placed.map((_, i) => i + 1));
    expect(placed.map((c) => c.header).slice(14, 20)).toEqual([
      "Points: Revenue",
      "Points: Need",
      "Points: Fit",
      "Contribution: Revenue",
      "Contribution: Need",
      "Contribution: Fit",
    ]);
    expect(placed.slice(0, 3).map((c) => [c.format, c.width])).toEqual([
      [INTEGER_FORMAT, 56],
      [TEXT_FORMAT, 220],
      [SCORE_FORMAT, 130],
    ]);
    expect(placed[15]?.source).toBe(SCORES_COLUMNS.find((c) => c.id === "points"));
  });

  it("heads the columns in German", () => {
    const headers = placeColumns(DE).map((c) => c.header);
    expect(headers.slice(0, 9)).toEqual([
      "Rang",
      "Kunde",
      "Attraktivität",
      "Relative Stärke",
      "KAM-Score",
      "Quadrant",
      "Umsatz",
      "Umsatzanteil",
      "ABC-Klasse",
    ]);
    expect(headers.slice(9, 11)).toEqual(["Rangänderung", "Vorheriger Quadrant"]);
    expect(headers.slice(14, 17)).toEqual(["Punkte: Revenue", "Punkte: Need", "Punkte: Fit"]);
  });

  it("gives a single column the first criterion and criterion 0", () => {
    const probe: TableColumn = {
      id: "probe",
      header: { en: (c) => `about ${c.name}`, de: (c) => `über ${c.name}` },
      format: TEXT_FORMAT,
      width: 90,
      value: (_a, _ctx, j) => `criterion ${j}`,
    };
    const [placed] = placeColumns(DE, [probe]);
    expect(placed?.header).toBe("über Revenue");
    expect(placed?.value(alpha)).toBe("criterion 0");
  });

  it("leaves out a column that is not present", () => {
    const absent: TableColumn = { ...(SCORES_COLUMNS[0] as TableColumn), id: "later", present: () => false };
    const present: TableColumn = { ...(SCORES_COLUMNS[0] as TableColumn), id: "now", present: () => true };
    expect(placeColumns(EN, [absent, present]).map((c) => [c.id, c.col])).toEqual([["now", 1]]);
  });
});

describe("the column values", () => {
  it("show the account's results, blank where there are none", () => {
    expect(cell(EN, "rank", alpha)).toBe(alpha.rank);
    expect(cell(EN, "account", beta)).toBe("Beta");
    expect(cell(EN, "dataRow", gamma)).toBe(gamma.sheetRow);
    expect(cell(EN, "score", alpha)).toBe(alpha.score);
    expect(cell(EN, "revenue", beta)).toBe(300);
    expect(cell(EN, "share", alpha)).toBeCloseTo(0.6, 10);
    expect(cell(EN, "abc", alpha)).toBe("A");
    const empty: AccountResult = {
      ...gamma,
      attractiveness: null,
      strength: null,
      score: null,
      quadrant: null,
      revenue: null,
      share: null,
      abc: null,
      marginToCut: null,
      flip: null,
    };
    for (const id of ["attractiveness", "strength", "score", "quadrant", "revenue", "share", "abc"])
      expect([id, cell(EN, id, empty)]).toEqual([id, ""]);
    expect(cell(EN, "marginToCut", empty)).toBe("");
    expect(cell(EN, "flip", empty)).toBe("");
  });

  it("name the quadrant in the language", () => {
    const withQuadrant = { ...alpha, quadrant: "keyAccount" as const };
    expect(cell(EN, "quadrant", withQuadrant)).toBe("Key account");
    expect(cell(DE, "quadrant", withQuadrant)).toBe("Schlüsselkunde");
  });

  it("show each criterion's points and contribution in its own column", () => {
    const rated = { ...alpha, points: [3, null, 7], contributions: [1.5, null, 2] };
    expect([0, 1, 2].map((j) => cell(EN, "points", rated, j))).toEqual([3, "", 7]);
    expect([0, 1, 2].map((j) => cell(EN, "contribution", rated, j))).toEqual([1.5, "", 2]);
    const short = { ...alpha, points: [4], contributions: [0.5] };
    expect(cell(EN, "points", short, 2)).toBe("");
    expect(cell(EN, "contribution", short, 1)).toBe("");
  });

  it("name the main drivers, nothing for an unknown criterion", () => {
    expect(cell(EN, "drivers", { ...alpha, drivers: [2, 0] })).toBe("Fit, Revenue");
    expect(cell(EN, "drivers", { ...alpha, drivers: [] })).toBe("");
    expect(cell(EN, "drivers", { ...alpha, drivers: [1, 7] })).toBe("Need, ");
  });

  it("show the movement against the previous snapshot, New for a new account", () => {
    const view = history([
      [alpha.sheetRow, { rankChange: 2, previousQuadrant: "maintenance" }],
      [beta.sheetRow, { rankChange: "New", previousQuadrant: null }],
      [gamma.sheetRow, { rankChange: 0, previousQuadrant: "opportunistic" }],
    ]);
    const en = { ...EN, history: view };
    const de = { ...DE, history: view };
    expect(cell(en, "rankChange", alpha)).toBe(2);
    expect(cell(en, "rankChange", beta)).toBe("New");
    expect(cell(de, "rankChange", beta)).toBe("Neu");
    expect(cell(en, "rankChange", gamma)).toBe(0);
    expect(cell(en, "previousQuadrant", alpha)).toBe("Maintenance");
    expect(cell(de, "previousQuadrant", alpha)).toBe("Pflegekunde");
    expect(cell(en, "previousQuadrant", beta)).toBe("");
  });

  it("leave the movement blank without a snapshot or for an account not in it", () => {
    const none: HistoryView = { movement: null, notice: "first snapshot" };
    for (const ctx of [EN, { ...EN, history: none }, { ...EN, history: history([]) }]) {
      expect(cell(ctx, "rankChange", alpha)).toBe("");
      expect(cell(ctx, "previousQuadrant", alpha)).toBe("");
    }
  });
});
