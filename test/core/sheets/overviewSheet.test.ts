import { parseConfig, type KamConfig } from "../../../src/core/config";
import { CONCENTRATION_LEVEL_LABELS, QUADRANT_LABELS } from "../../../src/core/i18n";
import type { Language } from "../../../src/core/language";
import type { AccountResult, DataWarning, Evaluation } from "../../../src/core/model";
import type { QuadrantKey } from "../../../src/core/quadrant";
import type { ConcentrationSummary } from "../../../src/core/revenue";
import type { ScaleWarning } from "../../../src/core/scaleWarnings";
import { formatFlip } from "../../../src/core/sensitivity";
import {
  BUBBLE_COLORS,
  HEADER_FILL,
  QUADRANT_FILLS,
  SHARE_AMBER,
  SHARE_RED,
} from "../../../src/core/sheets/colors";
import type { OverviewLayout } from "../../../src/core/sheets/grid";
import type { MatrixInput } from "../../../src/core/sheets/input";
import { buildOverviewLayout } from "../../../src/core/sheets/overviewSheet";
import { SHEET_TEXTS } from "../../../src/core/sheets/texts";
import { fitText } from "../../../src/core/sheets/textWidth";

const SCORES = "KAM Scores";
const LONG_CRITERION =
  "Share of the customer's purchases in our product group, as estimated by sales in the yearly account review with the buying centre";

function config(overrides: object = {}): KamConfig {
  return parseConfig({
    version: 1,
    dataSheet: "Accounts",
    accountColumn: "Customer",
    revenueColumn: "Revenue",
    criteria: [
      { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 3, input: "linear" },
      { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
      { name: LONG_CRITERION, column: "Wallet", axis: "strength", weight: 2 },
    ],
    ...overrides,
  });
}

let nextRank = 1;
function account(
  name: string,
  quadrant: QuadrantKey | null,
  extra: Partial<AccountResult> = {},
): AccountResult {
  const rank = nextRank++;
  return {
    sheetRow: rank + 1,
    account: name,
    revenue: 100 * rank,
    points: [5, 5, 5],
    attractiveness: quadrant === null ? null : 4 + rank / 100,
    strength: quadrant === null ? null : 2 + rank / 100,
    score: quadrant === null ? null : 3 + rank / 100,
    quadrant,
    share: null,
    abc: null,
    rank,
    contributions: [null, null, null],
    marginToCut: quadrant === null ? null : 0.25,
    flip: null,
    drivers: [],
    ...extra,
  };
}

function evaluation(accounts: AccountResult[], extra: Partial<Evaluation> = {}): Evaluation {
  return {
    accounts,
    warnings: [],
    scaleWarnings: [],
    quadrantCounts: { keyAccount: 0, keyDevelopment: 0, maintenance: 0, opportunistic: 0 },
    concentration: null,
    ...extra,
  };
}

function input(
  language: Language,
  ev: Evaluation,
  cfg = config(),
  more: Partial<MatrixInput> = {},
): MatrixInput {
  return { evaluation: ev, config: cfg, language, madeAt: "2025-01-02 03:04", ...more };
}

const cell = (l: OverviewLayout, row: number, col: number) => l.values[row - 1]?.[col - 1];
const format = (l: OverviewLayout, row: number, col: number) => l.numberFormats[row - 1]?.[col - 1];
const fill = (l: OverviewLayout, row: number, col: number) => l.backgrounds[row - 1]?.[col - 1];
const weight = (l: OverviewLayout, row: number, col: number) => l.fontWeights[row - 1]?.[col - 1];
/** Values of one row, columns from..to. */
const rowValues = (l: OverviewLayout, row: number, from: number, to: number) =>
  l.values[row - 1]?.slice(from - 1, to);
const area = (l: OverviewLayout, id: string) => {
  const found = l.areas.find((a) => a.id === id);
  if (!found) throw new Error(`no area ${id}`);
  return found;
};

const CONCENTRATION: ConcentrationSummary = {
  customers: 40,
  largestShare: 0.6,
  top5Share: 0.8,
  top10Share: 0.9,
  hhi: 3800,
  effectiveCustomers: 2.6,
  customersWithTenPercent: 2,
  monoCustomer: true,
  level: "high",
};

const warning = (i: number): DataWarning => ({ sheetRow: 10 + i, column: "Need", message: `bad ${i}` });
const SCALE_WARNING: ScaleWarning = {
  criterionIndex: 1,
  column: "Need",
  min: 1,
  max: 10,
  kind: "outsideScale",
  message: "outside the scale",
};

/**
 * The full case: 9 key accounts (one more than are labelled, two more than a block names), 7 key development
 * accounts (exactly a block), no maintenance, one opportunistic account without a score, two accounts
 * without a quadrant, 12 accounts on the edge, 11 warnings and a scale warning.
 */
function fullCase(language: Language) {
  nextRank = 1;
  const edgeChanges = [0.05, -0.02, 0.05, 0.09, -0.01, 0.03, -0.05, 0.07, 0.08, 0.06, -0.04, 0.02];
  const key = Array.from({ length: 9 }, (_, i) => account(`Key ${i + 1}`, "keyAccount"));
  const dev = Array.from({ length: 7 }, (_, i) => account(`Dev ${i + 1}`, "keyDevelopment"));
  const opp = account("Opp 1", "opportunistic", { score: null, revenue: null });
  const unplaced = [
    account("Loose 1", null, { flip: { criterionIndex: 0, change: 0.001 } }),
    account("Loose 2", null),
  ];
  const placed = [...key, ...dev];
  edgeChanges.forEach((change, i) => {
    (placed[i] as AccountResult).flip = { criterionIndex: 2, change };
  });
  // An account beyond the edge (a change of 10% or more) is not listed.
  (placed[12] as AccountResult).flip = { criterionIndex: 2, change: 0.1 };
  const accounts = [...placed, opp, ...unplaced];
  const ev = evaluation(accounts, {
    warnings: Array.from({ length: 11 }, (_, i) => warning(i)),
    scaleWarnings: [SCALE_WARNING],
    concentration: CONCENTRATION,
  });
  const cfg = config({ totalRevenue: 50000 });
  return {
    accounts,
    key,
    dev,
    opp,
    edgeChanges,
    cfg,
    layout: buildOverviewLayout(input(language, ev, cfg), SCORES),
  };
}

describe.each(["en", "de"] as const)("the overview in %s, full case", (language) => {
  const t = SHEET_TEXTS[language];
  const q = QUADRANT_LABELS[language];
  // Each test builds the layout itself: Stryker activates a mutant only while a test runs, so a layout built
  // when the suite is collected would always be the unmutated one.
  const built = () => {
    const made = fullCase(language);
    const matrix = area(made.layout, "matrix");
    const top = matrix.row + 1;
    return { ...made, matrix, top, bottom: top + 10 };
  };

  it("places the areas one after another", () => {
    const { layout } = built();
    expect(layout.areas).toEqual([
      { id: "title", row: 1, rows: 3 },
      { id: "verdict", row: 4, rows: 1 },
      { id: "spacer", row: 5, rows: 1 },
      { id: "matrix", row: 6, rows: 21 },
      { id: "notPlaced", row: 27, rows: 1 },
      { id: "spacer", row: 28, rows: 1 },
      // heading, headers, 10 accounts, "+ 2 more", blank
      { id: "edge", row: 29, rows: 14 },
      // heading, 9 rows, blank
      { id: "concentration", row: 43, rows: 11 },
      // heading, headers, 3 criteria, 5 rows, total revenue, blank
      { id: "model", row: 54, rows: 12 },
      // heading, scale warning, 10 warnings, "+ 1 more"
      { id: "unused", row: 66, rows: 13 },
    ]);
    expect(layout.numRows).toBe(78);
    expect(layout.values).toHaveLength(78);
    expect(layout.role).toBe("overview");
    expect(layout.sheetName).toBe(t.overviewName);
    expect(layout.protectionDescription).toBe(t.protection);
    expect(layout.numColumns).toBe(17);
    expect(layout.rules).toEqual([]);
    expect(layout.filter).toBeNull();
    expect([layout.frozenRows, layout.frozenColumns]).toEqual([0, 0]);
  });

  it("sets the column widths: blocks, seven columns under the chart, the chart's data", () => {
    const { layout } = built();
    expect(layout.columnWidths).toEqual([
      { col: 1, count: 1, width: 110 },
      { col: 2, count: 1, width: 236 },
      { col: 3, count: 1, width: 64 },
      { col: 4, count: 1, width: 236 },
      { col: 5, count: 1, width: 64 },
      { col: 6, count: 7, width: 100 },
      { col: 13, count: 5, width: 150 },
    ]);
  });

  it("writes the bold title and the lines under it", () => {
    const { accounts, cfg, layout } = built();
    expect(cell(layout, 1, 1)).toBe(t.title);
    expect(weight(layout, 1, 1)).toBe("bold");
    expect(cell(layout, 2, 1)).toBe(t.made("2025-01-02 03:04", "Accounts", accounts.length, SCORES));
    expect(cell(layout, 3, 1)).toBe(t.scoreFormed(cfg, 0.5));
    expect(weight(layout, 2, 1)).toBe("normal");
  });

  it("shows the mono-customer verdict in red with the share and the HHI", () => {
    const { layout } = built();
    expect(cell(layout, 4, 1)).toBe(t.concentration);
    expect(weight(layout, 4, 1)).toBe("bold");
    expect(rowValues(layout, 4, 2, 5)).toEqual([
      t.monoVerdict(true),
      0.6,
      t.hhiVerdict(CONCENTRATION_LEVEL_LABELS[language].high),
      3800,
    ]);
    expect(format(layout, 4, 3)).toBe("0.0%");
    expect(format(layout, 4, 5)).toBe("#,##0");
    expect([fill(layout, 4, 2), fill(layout, 4, 3), fill(layout, 4, 4)]).toEqual([
      SHARE_RED,
      SHARE_RED,
      null,
    ]);
    expect([weight(layout, 4, 2), weight(layout, 4, 3), weight(layout, 4, 4)]).toEqual([
      "bold",
      "bold",
      "normal",
    ]);
  });

  it("draws the matrix header and the attractiveness labels on grey", () => {
    const { layout, matrix, top, bottom } = built();
    expect(rowValues(layout, matrix.row, 1, 5)).toEqual(["", t.strengthLow, "", t.strengthHigh, ""]);
    for (let c = 1; c <= 5; c++) {
      expect(fill(layout, matrix.row, c)).toBe(HEADER_FILL);
      expect(weight(layout, matrix.row, c)).toBe("bold");
    }
    expect(fill(layout, matrix.row, 6)).toBeNull();
    for (let r = top; r < top + 20; r++) {
      expect(fill(layout, r, 1)).toBe(HEADER_FILL);
      expect(weight(layout, r, 1)).toBe("bold");
    }
    expect(fill(layout, top + 20, 1)).toBeNull();
    expect([cell(layout, top, 1), cell(layout, top + 1, 1), cell(layout, top + 2, 1)]).toEqual([
      t.attractiveness,
      t.high,
      "",
    ]);
    expect([cell(layout, bottom, 1), cell(layout, bottom + 1, 1), cell(layout, bottom - 1, 1)]).toEqual([
      t.attractiveness,
      t.low,
      "",
    ]);
  });

  it("places the four blocks: attractiveness high on top, strength high on the right", () => {
    const { layout, top, bottom } = built();
    expect(layout.quadrantBlocks).toEqual({
      keyDevelopment: { row: top, col: 2, numRows: 10, numCols: 2 },
      keyAccount: { row: top, col: 4, numRows: 10, numCols: 2 },
      opportunistic: { row: bottom, col: 2, numRows: 10, numCols: 2 },
      maintenance: { row: bottom, col: 4, numRows: 10, numCols: 2 },
    });
    for (const [k, b] of Object.entries(layout.quadrantBlocks) as [
      QuadrantKey,
      (typeof layout.quadrantBlocks)[QuadrantKey],
    ][]) {
      for (let r = b.row; r < b.row + 10; r++)
        for (let c = b.col; c < b.col + 2; c++) expect(fill(layout, r, c)).toBe(QUADRANT_FILLS[k]);
      expect([
        cell(layout, b.row, b.col),
        weight(layout, b.row, b.col),
        weight(layout, b.row, b.col + 1),
      ]).toEqual([q[k], "bold", "bold"]);
      expect(format(layout, b.row, b.col + 1)).toBe("0");
      expect(cell(layout, b.row + 1, b.col)).toBe(t.strategy[k]);
      expect(weight(layout, b.row + 1, b.col)).toBe("normal");
    }
  });

  it("names seven accounts of a block with their score, then counts the rest", () => {
    const { key, dev, opp, layout, top, bottom } = built();
    // Key accounts: 9, so 7 named and "+ 2 more".
    expect(cell(layout, top, 5)).toBe(9);
    key.slice(0, 7).forEach((a, i) => {
      expect(cell(layout, top + 2 + i, 4)).toBe(`${a.rank}. ${a.account}`);
      expect(cell(layout, top + 2 + i, 5)).toBe(a.score);
      expect(format(layout, top + 2 + i, 5)).toBe("0.0");
    });
    expect(cell(layout, top + 9, 4)).toBe(t.more(2, SCORES));
    // Key development: exactly 7, all named, no "more" line.
    expect(cell(layout, top, 3)).toBe(7);
    expect(cell(layout, top + 8, 2)).toBe(`${dev[6]!.rank}. Dev 7`);
    expect(cell(layout, top + 9, 2)).toBe("");
    // Maintenance: none.
    expect(cell(layout, bottom, 5)).toBe(0);
    expect(cell(layout, bottom + 2, 4)).toBe(t.none);
    expect(cell(layout, bottom + 3, 4)).toBe("");
    // Opportunistic: one account without a score.
    expect(cell(layout, bottom, 3)).toBe(1);
    expect(cell(layout, bottom + 2, 2)).toBe(`${opp.rank}. Opp 1`);
    expect(cell(layout, bottom + 2, 3)).toBe("");
    expect(cell(layout, bottom + 3, 2)).toBe("");
  });

  it("counts the accounts without a quadrant under the matrix", () => {
    const { layout } = built();
    expect(rowValues(layout, 27, 1, 3)).toEqual(["", t.notPlaced(2), ""]);
  });

  it("lists the accounts on the edge, closest first, ties by rank", () => {
    const { accounts, cfg, layout } = built();
    const edge = area(layout, "edge");
    expect(cell(layout, edge.row, 1)).toBe(t.edge(12, 0.1));
    for (let c = 1; c <= 5; c++) expect(fill(layout, edge.row, c)).toBe(HEADER_FILL);
    expect(rowValues(layout, edge.row + 1, 2, 5)).toEqual(t.edgeHeaders);
    expect([2, 3, 4, 5, 6].map((c) => weight(layout, edge.row + 1, c))).toEqual([
      "bold",
      "bold",
      "bold",
      "bold",
      "normal",
    ]);
    // |change|: Key 5 .01, Key 2 .02, Dev 3 .02, Key 6 .03, Dev 2 .04, Key 1 .05, Key 3 .05, Key 7 .05, Dev 1 .06,
    // Key 8 .07 (listed); Key 9 .08, Key 4 .09 (counted).
    const order = ["Key 5", "Key 2", "Dev 3", "Key 6", "Dev 2", "Key 1", "Key 3", "Key 7", "Dev 1", "Key 8"];
    const names = order.map((n) => accounts.find((a) => a.account === n) as AccountResult);
    names.forEach((a, i) => {
      const r = edge.row + 2 + i;
      expect(cell(layout, r, 2)).toBe(`${a.rank}. ${a.account}`);
      expect(cell(layout, r, 3)).toBe(0.25);
      expect(format(layout, r, 3)).toBe("0.0##");
      expect(cell(layout, r, 4)).toBe(q[a.quadrant as QuadrantKey]);
      // The flip text has the room from column E to the chart's data: 1300 - 236 - 64 - 236 px.
      const flip = formatFlip(a.flip!, cfg, language);
      expect(fitText(flip, 764)).not.toBe(flip);
      expect(cell(layout, r, 5)).toBe(fitText(flip, 764));
    });
    expect(cell(layout, edge.row + 12, 2)).toBe(t.edgeMore(2, SCORES));
    expect(cell(layout, edge.row + 13, 2)).toBe("");
  });

  it("shows the whole concentration summary", () => {
    const { layout } = built();
    const c = area(layout, "concentration").row;
    expect(cell(layout, c, 1)).toBe(t.concentrationSummary);
    expect(fill(layout, c, 5)).toBe(HEADER_FILL);
    expect(weight(layout, c, 1)).toBe("bold");
    const en = language === "en";
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [
      cell(layout, c + i, 2),
      cell(layout, c + i, 3),
      format(layout, c + i, 3),
    ]);
    expect(rows).toEqual([
      [en ? "Customers" : "Kunden", 40, "0"],
      [en ? "Largest share" : "Größter Anteil", 0.6, "0.0%"],
      [en ? "Top 5 share" : "Anteil Top 5", 0.8, "0.0%"],
      [en ? "Top 10 share" : "Anteil Top 10", 0.9, "0.0%"],
      ["HHI", 3800, "#,##0"],
      [en ? "Effective number of customers" : "Effektive Anzahl Kunden", 2.6, "0.0"],
      [en ? "Customers with 10% or more" : "Kunden mit 10 % oder mehr", 2, "0"],
      [en ? "Mono-customer" : "Monokunde", t.yesNo[0], "@"],
      [en ? "Concentration" : "Konzentration", CONCENTRATION_LEVEL_LABELS[language].high, "@"],
    ]);
    expect(cell(layout, c + 10, 2)).toBe("");
  });

  it("describes the model: criteria, weights, % of axis, shares, scale, cuts, total revenue", () => {
    const { cfg, layout } = built();
    const m = area(layout, "model").row;
    expect(cell(layout, m, 1)).toBe(t.model);
    expect(fill(layout, m, 1)).toBe(HEADER_FILL);
    expect(rowValues(layout, m + 1, 2, 5)).toEqual(t.modelHeaders);
    expect([2, 3, 4, 5, 6].map((c) => weight(layout, m + 1, c))).toEqual([
      "bold",
      "bold",
      "bold",
      "bold",
      "normal",
    ]);
    const criteria = cfg.criteria;
    const how = (i: number) => fitText(`${t.axis[criteria[i]!.axis]}: ${t.input(criteria[i]!, 10)}`, 236);
    const expected = [
      ["Revenue", 3, how(0), 0.75],
      ["Need", 1, how(1), 0.25],
      [fitText(LONG_CRITERION, 236), 2, how(2), 1],
    ];
    expect(how(1)).toBe(`${t.axis.attractiveness}: ${t.input(criteria[1]!, 10)}`);
    expected.forEach((e, i) => {
      expect(rowValues(layout, m + 2 + i, 2, 5)).toEqual(e);
      expect(format(layout, m + 2 + i, 5)).toBe("0%");
    });
    expect(fitText(LONG_CRITERION, 236)).not.toBe(LONG_CRITERION);
    const r = m + 5;
    expect([r, r + 1, r + 2, r + 3, r + 4, r + 5].map((x) => rowValues(layout, x, 2, 3))).toEqual([
      [t.axisShare.attractiveness, 0.5],
      [t.axisShare.strength, 0.5],
      [t.scale, t.scaleValue(10)],
      [t.cuts.attractiveness, cfg.cuts.attractiveness],
      [t.cuts.strength, cfg.cuts.strength],
      [t.totalRevenue, 50000],
    ]);
    expect([r, r + 1, r + 3, r + 4, r + 5].map((x) => format(layout, x, 3))).toEqual([
      "0%",
      "0%",
      "0.0##",
      "0.0##",
      "#,##0",
    ]);
    expect(cell(layout, r + 6, 2)).toBe("");
  });

  it("lists the scale warning, ten unused cells and counts the rest", () => {
    const { layout } = built();
    const u = area(layout, "unused").row;
    expect(cell(layout, u, 1)).toBe(t.unused(11));
    expect(fill(layout, u, 1)).toBe(HEADER_FILL);
    expect(cell(layout, u + 1, 2)).toBe(fitText(t.scaleItem(SCALE_WARNING, 10), 1300));
    for (let i = 0; i < 10; i++) expect(cell(layout, u + 2 + i, 2)).toBe(t.unusedItem(warning(i)));
    expect(cell(layout, u + 12, 2)).toBe(t.moreWarnings(1));
  });

  it("writes the chart's data right of the chart, grouped by quadrant, key accounts labelled", () => {
    const { key, dev, opp, layout } = built();
    expect(rowValues(layout, 1, 13, 17)).toEqual(t.chartHeaders);
    for (let c = 13; c <= 17; c++) {
      expect(fill(layout, 1, c)).toBe(HEADER_FILL);
      expect(weight(layout, 1, c)).toBe("bold");
    }
    const rows = [...key, ...dev, opp];
    rows.forEach((a, i) => {
      const label = a.quadrant === "keyAccount" && a.rank <= 8 ? a.account : "";
      expect(rowValues(layout, 2 + i, 13, 17)).toEqual([
        label,
        a.strength,
        a.attractiveness,
        q[a.quadrant as QuadrantKey],
        a.revenue ?? 0,
      ]);
      expect([14, 15, 17].map((c) => format(layout, 2 + i, c))).toEqual(["0.0", "0.0", "#,##0"]);
    });
    expect(rowValues(layout, 2 + rows.length, 13, 17)).toEqual(["", "", "", "", ""]);
    const chart = layout.charts[0]!;
    expect(layout.charts).toHaveLength(1);
    expect(chart.range).toEqual({ row: 1, col: 13, numRows: 1 + rows.length, numCols: 5 });
    expect(chart.anchor).toEqual({ row: 6, col: 6, offsetX: 2, offsetY: 0 });
    // 1280 - 46 (row numbers) - 710 (columns A-E) - 12; the matrix's 21 rows of 21 px.
    expect([chart.width, chart.height]).toEqual([512, 441]);
    expect(chart.options["width"]).toBe(512);
    expect(chart.options["height"]).toBe(441);
    expect(chart.options["colors"]).toEqual([
      BUBBLE_COLORS.keyAccount,
      BUBBLE_COLORS.keyDevelopment,
      BUBBLE_COLORS.opportunistic,
    ]);
  });
});

describe.each(["en", "de"] as const)("the overview in %s, small case", (language) => {
  const t = SHEET_TEXTS[language];
  const q = QUADRANT_LABELS[language];

  function small(
    concentration: ConcentrationSummary | null,
    more: Partial<MatrixInput> = {},
    cfg = config(),
  ) {
    nextRank = 1;
    const accounts = [
      account("Solo Key", "keyAccount", { revenue: null }),
      account("Solo Maint", "maintenance", { revenue: 250 }),
      // A quadrant without both scores cannot be drawn as a bubble.
      account("Odd", "opportunistic", { strength: null }),
    ];
    return buildOverviewLayout(input(language, evaluation(accounts, { concentration }), cfg, more), SCORES);
  }

  it("has no edge, not-placed or movers area and says every cell could be used", () => {
    const layout = small(null);
    expect(layout.areas).toEqual([
      { id: "title", row: 1, rows: 3 },
      { id: "verdict", row: 4, rows: 1 },
      { id: "spacer", row: 5, rows: 1 },
      { id: "matrix", row: 6, rows: 21 },
      { id: "spacer", row: 27, rows: 1 },
      { id: "concentration", row: 28, rows: 3 },
      // heading, headers, 3 criteria, 5 rows, blank (no total revenue)
      { id: "model", row: 31, rows: 11 },
      { id: "unused", row: 42, rows: 2 },
    ]);
    expect(layout.numRows).toBe(43);
    expect(rowValues(layout, 27, 1, 5)).toEqual(["", "", "", "", ""]);
    expect(cell(layout, 43, 2)).toBe(t.unusedNone);
    expect(cell(layout, 42, 1)).toBe(t.unused(0));
  });

  it("says there is no revenue, in the verdict and the summary, without colours", () => {
    const layout = small(null);
    expect(rowValues(layout, 4, 1, 5)).toEqual([t.concentration, t.noRevenue, "", "", ""]);
    expect(fill(layout, 4, 2)).toBeNull();
    expect(rowValues(layout, 29, 1, 3)).toEqual(["", t.noRevenue, ""]);
    expect(cell(layout, 30, 2)).toBe("");
  });

  it("colours a major customer amber from 10% up to 50%, nothing under 10%", () => {
    const at = (largestShare: number) => {
      const layout = small({ ...CONCENTRATION, largestShare, monoCustomer: false, level: "low" });
      return [fill(layout, 4, 2), fill(layout, 4, 3), weight(layout, 4, 2), cell(layout, 4, 2)];
    };
    expect(at(0.5)).toEqual([SHARE_AMBER, SHARE_AMBER, "normal", t.monoVerdict(false)]);
    expect(at(0.1)).toEqual([SHARE_AMBER, SHARE_AMBER, "normal", t.monoVerdict(false)]);
    expect(at(0.0999)).toEqual([null, null, "normal", t.monoVerdict(false)]);
    expect(at(0.5001)[0]).toBe(SHARE_RED);
    const layout = small({ ...CONCENTRATION, monoCustomer: false });
    expect(cell(layout, 36, 3)).toBe(t.yesNo[1]);
  });

  it("adds the plan status as a third line under the title", () => {
    const layout = small(null, { planStatus: "Plan: 3 accounts" });
    expect(cell(layout, 4, 1)).toBe("Plan: 3 accounts");
    expect(area(layout, "title")).toEqual({ id: "title", row: 1, rows: 4 });
    expect(area(layout, "matrix").row).toBe(7);
    expect(layout.charts[0]!.anchor.row).toBe(7);
    expect(layout.quadrantBlocks.keyAccount.row).toBe(8);
  });

  it("leaves accounts without both scores out of the chart; without a revenue column every bubble is 1", () => {
    const layout = small(null);
    const data = [2, 3, 4].map((r) => rowValues(layout, r, 13, 17));
    expect(data).toEqual([
      ["Solo Key", 2.01, 4.01, q.keyAccount, 0],
      ["", 2.02, 4.02, q.maintenance, 250],
      ["", "", "", "", ""],
    ]);
    expect(layout.charts[0]!.range.numRows).toBe(3);
    expect(layout.charts[0]!.options["colors"]).toEqual([
      BUBBLE_COLORS.keyAccount,
      BUBBLE_COLORS.maintenance,
    ]);
    const noRevenue = small(null, {}, config({ revenueColumn: undefined }));
    expect([2, 3].map((r) => cell(noRevenue, r, 17))).toEqual([1, 1]);
  });

  it("gives an axis without weight 0% of axis for its criteria", () => {
    const cfg = config({
      criteria: [
        { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 1 },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 0 },
      ],
    });
    const layout = small(null, {}, cfg);
    const m = area(layout, "model").row;
    expect([cell(layout, m + 2, 5), cell(layout, m + 3, 5)]).toEqual([1, 0]);
  });

  it("lists exactly ten accounts on the edge and ten warnings without a 'more' line", () => {
    nextRank = 1;
    const accounts = Array.from({ length: 10 }, (_, i) =>
      account(`A${i}`, "keyAccount", { flip: { criterionIndex: 0, change: 0.005 * (i + 1) } }),
    );
    const ev = evaluation(accounts, { warnings: Array.from({ length: 10 }, (_, i) => warning(i)) });
    const layout = buildOverviewLayout(input(language, ev), SCORES);
    const edge = area(layout, "edge");
    expect(edge.rows).toBe(13);
    expect(cell(layout, edge.row + 11, 2)).toBe(`10. A9`);
    expect(cell(layout, edge.row + 12, 2)).toBe("");
    const unused = area(layout, "unused");
    expect(unused.rows).toBe(11);
    expect(cell(layout, unused.row + 10, 2)).toBe(t.unusedItem(warning(9)));
    expect(layout.numRows).toBe(unused.row + 10);
  });

  it("lists the scale warnings before saying every cell could be used", () => {
    nextRank = 1;
    const tenPoint: ScaleWarning = { ...SCALE_WARNING, column: "Wallet", kind: "tenPointScale", max: 9 };
    const ev = evaluation([account("Only", "keyAccount")], { scaleWarnings: [SCALE_WARNING, tenPoint] });
    const layout = buildOverviewLayout(input(language, ev), SCORES);
    const unused = area(layout, "unused");
    // heading, two scale warnings, "every cell could be used"
    expect(unused.rows).toBe(4);
    expect(layout.numRows).toBe(unused.row + 3);
    expect(
      [0, 1, 2, 3].map((i) => [cell(layout, unused.row + i, 1), cell(layout, unused.row + i, 2)]),
    ).toEqual([
      [t.unused(0), ""],
      ["", t.scaleItem(SCALE_WARNING, 10)],
      ["", t.scaleItem(tenPoint, 10)],
      ["", t.unusedNone],
    ]);
  });

  it("leaves the margin of an account on the edge empty when it has none", () => {
    nextRank = 1;
    const accounts = [
      account("No margin", "keyAccount", { marginToCut: null, flip: { criterionIndex: 0, change: 0.02 } }),
      account("Margin", "maintenance", { marginToCut: -0.5, flip: { criterionIndex: 2, change: -0.04 } }),
    ];
    const layout = buildOverviewLayout(input(language, evaluation(accounts)), SCORES);
    const edge = area(layout, "edge");
    // heading, headers, two accounts, blank
    expect(edge.rows).toBe(5);
    expect(rowValues(layout, edge.row + 2, 2, 4)).toEqual(["1. No margin", "", q.keyAccount]);
    expect(rowValues(layout, edge.row + 3, 2, 4)).toEqual(["2. Margin", -0.5, q.maintenance]);
  });

  it("breaks a tie on the edge by rank, whatever the accounts' order", () => {
    nextRank = 1;
    const [first, second, third] = ["R1", "R2", "R3"].map((n) =>
      account(n, "keyAccount", { flip: { criterionIndex: 0, change: -0.03 } }),
    ) as [AccountResult, AccountResult, AccountResult];
    const layout = buildOverviewLayout(input(language, evaluation([third, first, second])), SCORES);
    const edge = area(layout, "edge").row;
    expect([2, 3, 4].map((i) => cell(layout, edge + i, 2))).toEqual(["1. R1", "2. R2", "3. R3"]);
  });
});
