import { parseConfig } from "../../src/core/config";
import { QUADRANT_LABELS } from "../../src/core/i18n";
import {
  buildMatrixLayout,
  estimateMatrixCells,
  HEADER_ROW,
  MATRIX_SHEET_NAME,
  QUADRANT_LIST_LIMIT,
  SHARE_AMBER,
  SHARE_RED,
  TEXT_FORMAT,
  tableHeaders,
  type LayoutValue,
  type MatrixLayout,
} from "../../src/core/matrixLayout";
import { evaluateAccounts, type Evaluation } from "../../src/core/model";
import { QUADRANT_KEYS } from "../../src/core/quadrant";

const config = parseConfig({
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 2, input: "linear" },
    { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
    { name: "Share of wallet", column: "Wallet", axis: "strength", weight: 1 },
  ],
});

const INJECTIONS = ['=IMPORTXML("http://x")', "+1", "-1", "@x"];

function evaluation(language: "en" | "de" = "en"): Evaluation {
  const rows = [
    ["Alpha GmbH", 600, 10, 9],
    ["Beta AG", 300, 4, 2],
    ["Gamma Ltd", 100, "n/a", 6],
    ["Delta SE", 50, 2, 9],
    ...INJECTIONS.map((name, i) => [name, 10 + i, 3 + i, 1 + i]),
  ];
  const headers = ["Customer", "Revenue", "Need", "Wallet"];
  return evaluateAccounts(config, { headerRow: 1, headers, rows }, language);
}

const build = (e = evaluation(), language: "en" | "de" = "en"): MatrixLayout =>
  buildMatrixLayout({ evaluation: e, config, language, madeAt: "2025-01-02 03:04" });

const cell = (layout: MatrixLayout, row: number, col: number): LayoutValue =>
  layout.values[row - 1]?.[col - 1] as LayoutValue;

describe("buildMatrixLayout", () => {
  const e = evaluation();
  const layout = build(e);

  it("is one rectangle: every grid has numRows rows of numColumns cells", () => {
    for (const grid of [layout.values, layout.numberFormats, layout.backgrounds, layout.fontWeights]) {
      expect(grid).toHaveLength(layout.numRows);
      for (const row of grid) expect(row).toHaveLength(layout.numColumns);
    }
    expect(layout.sheetName).toBe(MATRIX_SHEET_NAME);
    expect(estimateMatrixCells(e.accounts.length, config.criteria.length)).toBeGreaterThanOrEqual(
      layout.numRows * layout.numColumns,
    );
  });

  it("starts the table with the PRODUCT.md headers in order, in English and German", () => {
    const header = layout.values[HEADER_ROW - 1] as LayoutValue[];
    expect(header.slice(0, 8)).toEqual([
      "Rank",
      "Account",
      "Attractiveness",
      "Relative strength",
      "KAM score",
      "Quadrant",
      "Revenue",
      "Revenue share",
    ]);
    expect(header.slice(8, 13)).toEqual([
      "ABC class",
      "Points: Revenue",
      "Points: Need",
      "Points: Share of wallet",
      "Data row",
    ]);
    const de = build(e, "de").values[HEADER_ROW - 1] as LayoutValue[];
    expect(de.slice(0, 8)).toEqual(tableHeaders("de"));
    expect(tableHeaders("de")[0]).toBe("Rang");
    expect(layout.frozenRows).toBe(HEADER_ROW);
  });

  it("lists every account in rank order with core's figures", () => {
    e.accounts.forEach((a, i) => {
      const row = layout.values[HEADER_ROW + i] as LayoutValue[];
      expect(row[0]).toBe(i + 1);
      expect(row[1]).toBe(a.account);
      expect(row[2]).toBe(a.attractiveness ?? "");
      expect(row[3]).toBe(a.strength ?? "");
      expect(row[4]).toBe(a.score ?? "");
      expect(row[5]).toBe(a.quadrant ? QUADRANT_LABELS.en[a.quadrant] : "");
      expect(row[6]).toBe(a.revenue ?? "");
      expect(row[7]).toBe(a.share ?? "");
      expect(row[8]).toBe(a.abc ?? "");
      expect(row.slice(9, 12)).toEqual(a.points.map((p) => p ?? ""));
      expect(row[12]).toBe(a.sheetRow);
    });
    expect(layout.table).toEqual({ row: HEADER_ROW, col: 1, numRows: 1 + e.accounts.length, numCols: 13 });
  });

  it("formats scores to one decimal and shares as percent", () => {
    const formats = layout.numberFormats[HEADER_ROW] as string[];
    expect(formats.slice(0, 9)).toEqual(["0", "@", "0.0", "0.0", "0.0", "@", "#,##0", "0.0%", "@"]);
  });

  it("puts every text, account names that look like formulas included, in plain-text cells", () => {
    layout.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v !== "") expect(layout.numberFormats[r]?.[c]).toBe(TEXT_FORMAT);
      }),
    );
    const names = e.accounts.map((a) => a.account);
    for (const name of INJECTIONS) expect(names).toContain(name);
  });

  it("names every account in exactly one quadrant block, best first", () => {
    const seen = new Map<number, string>();
    for (const key of QUADRANT_KEYS) {
      const block = layout.quadrantBlocks[key];
      const texts: string[] = [];
      for (let r = block.row; r < block.row + block.numRows; r++)
        texts.push(String(cell(layout, r, block.col)));
      expect(texts[0]).toBe(`${QUADRANT_LABELS.en[key]} (${e.quadrantCounts[key]})`);
      const ranks = texts
        .slice(2)
        .filter((t) => t.startsWith("#"))
        .map((t) => Number(/^#(\d+) /.exec(t)?.[1]));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const rank of ranks) {
        expect(seen.has(rank)).toBe(false);
        seen.set(rank, key);
      }
    }
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(e.accounts.map((a) => a.rank));
    for (const a of e.accounts) expect(seen.get(a.rank)).toBe(a.quadrant);
  });

  it("colours by rules: score scales, a colour per quadrant, red above 50% before amber from 10%", () => {
    const kinds = layout.rules.map((r) => r.kind);
    expect(kinds.filter((k) => k === "gradient")).toHaveLength(1);
    expect(layout.rules.filter((r) => r.kind === "textEqualTo")).toHaveLength(4);
    const red = layout.rules.findIndex((r) => r.kind === "numberGreaterThan");
    const amber = layout.rules.findIndex((r) => r.kind === "numberGreaterThanOrEqualTo");
    expect(red).toBeLessThan(amber);
    expect(layout.rules[red]).toMatchObject({ value: 0.5, background: SHARE_RED, ranges: [{ col: 8 }] });
    expect(layout.rules[amber]).toMatchObject({ value: 0.1, background: SHARE_AMBER, ranges: [{ col: 8 }] });
    for (const rule of layout.rules) {
      for (const range of rule.ranges) {
        expect(range.row).toBe(HEADER_ROW + 1);
        expect(range.numRows).toBe(e.accounts.length);
      }
    }
  });

  it("feeds the bubble chart each placed account and both cut lines", () => {
    const { range, options } = layout.chart;
    expect(range.numCols).toBe(5);
    const rows = layout.values
      .slice(range.row, range.row + range.numRows - 1)
      .map((r) => r.slice(range.col - 1));
    const accounts = rows.filter((r) => r[0] !== "");
    expect(accounts).toHaveLength(e.accounts.filter((a) => a.quadrant).length);
    const cuts = rows.filter((r) => r[0] === "");
    expect(cuts.some((r) => r[1] === config.cuts.strength)).toBe(true);
    expect(cuts.some((r) => r[2] === config.cuts.attractiveness)).toBe(true);
    for (const r of accounts) {
      const a = e.accounts.find((x) => x.account === r[0]);
      expect(r.slice(1, 5)).toEqual([
        a?.strength,
        a?.attractiveness,
        QUADRANT_LABELS.en[a!.quadrant!],
        a?.revenue,
      ]);
    }
    expect(String(options.title)).toMatch(/high strength on the right/);
    expect((options.colors as string[]).length).toBe(new Set(rows.map((r) => r[3])).size);
  });

  it("explains itself: when, from which sheet, the model and the concentration", () => {
    const texts = layout.values.flat().filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes("2025-01-02 03:04") && t.includes('"Accounts"'))).toBe(true);
    for (const c of config.criteria) expect(texts).toContain(c.name);
    expect(texts).toContain("Cut: attractiveness");
    expect(texts).toContain("HHI");
    expect(texts).toContain("Mono-customer");
    expect(texts.some((t) => t.includes('the text "n/a" is not a number'))).toBe(true);
  });

  it("lists the cells not used in German in a German matrix, naming row and column", () => {
    const german = build(evaluation("de"), "de");
    const texts = german.values.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Nicht verwendete Zellen");
    expect(texts).toContain("Zeile 4, Need: der Text „n/a“ ist keine Zahl");
  });

  it("caps the names in a quadrant block and says how many more there are", () => {
    const many = evaluateAccounts(config, {
      headerRow: 1,
      headers: ["Customer", "Revenue", "Need", "Wallet"],
      rows: Array.from({ length: QUADRANT_LIST_LIMIT + 7 }, (_, i) => [`Account ${i}`, 100, 10, 10]),
    });
    const big = build(many);
    const block = big.quadrantBlocks.keyAccount;
    expect(block.numRows).toBe(2 + QUADRANT_LIST_LIMIT + 1);
    expect(cell(big, block.row + block.numRows - 1, block.col)).toBe("… and 7 more (see the table)");
  });
});
