import { perTest } from "../support/perTest";
import { parseConfig, type KamConfig } from "../../src/core/config";
import { CONCENTRATION_ROWS, QUADRANT_LABELS } from "../../src/core/i18n";
import type { Language } from "../../src/core/language";
import {
  buildMatrixLayouts,
  buildScoresLayout,
  CHART_OPTIONS_USED,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  estimateMatrixCells,
  FIRST_SCREEN,
  SCORES_COLUMNS,
  SHARE_AMBER,
  SHARE_RED,
  tableHeaders,
  TEXT_FORMAT,
  type MatrixLayouts,
  type SheetLayout,
  type TableColumn,
} from "../../src/core/matrixLayout";
import { evaluateAccounts, type Evaluation } from "../../src/core/model";
import { planStatusLine } from "../../src/core/plan";
import { formatFlip, isOnTheEdge, ON_THE_EDGE } from "../../src/core/sensitivity";
import { EDGE_LISTED } from "../../src/core/sheets/overviewSheet";
import { SHEET_TEXTS } from "../../src/core/sheets/texts";
import { QUADRANT_KEYS } from "../../src/core/quadrant";
import { axisWindow, MAX_BUBBLE_PX } from "../../src/core/sheets/chart";
import { cellWidthFor } from "../../src/core/sheets/textWidth";

const CONFIG = {
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 2, input: "linear" },
    { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
    { name: "Share of the customer's purchases", column: "Wallet", axis: "strength", weight: 1 },
  ],
};
const INJECTIONS = ['=IMPORTXML("http://x")', "+1", "-1", "@x"];

function evaluation(config: KamConfig, language: Language, extra = 0): Evaluation {
  const rows: (string | number)[][] = [
    ["Alpha GmbH", 600, 10, 9],
    ["Beta AG", 300, 4, 2],
    ["Gamma Ltd", 100, "n/a", 6],
    ["Delta SE", 50, 2, 9],
    ["Epsilon Versicherungs- und Rückversicherungsgesellschaft mbH & Co. KG", 80, 9, 9],
    ...INJECTIONS.map((name, i) => [name, 10 + i, 3 + i, 1 + i]),
    ...Array.from({ length: extra }, (_, i) => [
      `Account ${i}`,
      5 + (i % 40),
      1 + (i % 10),
      1 + ((i * 7) % 10),
    ]),
  ];
  return evaluateAccounts(
    config,
    { headerRow: 1, headers: ["Customer", "Revenue", "Need", "Wallet"], rows },
    language,
  );
}

function build(
  language: Language = "en",
  extra = 0,
  overrides: object = {},
  planStatus?: string,
): MatrixLayouts {
  const config = parseConfig({ ...CONFIG, ...overrides });
  return buildMatrixLayouts({
    evaluation: evaluation(config, language, extra),
    config,
    language,
    madeAt: "2025-01-02 03:04",
    ...(planStatus === undefined ? {} : { planStatus }),
  });
}

/** The longest plan status line the overview can get: four-digit counts everywhere. */
function longPlanStatus(language: Language): string {
  return planStatusLine({ accounts: 9999, overdue: 9999, withoutNeedsAnalysis: 9999 }, language);
}

/** Pixel x of a column's left edge (1-based), from the widths the layout sets. */
function columnLeft(layout: SheetLayout, col: number): number {
  let x = 0;
  for (let c = 1; c < col; c++) x += widthOf(layout, c);
  return x;
}
function widthOf(layout: SheetLayout, col: number): number {
  const group = layout.columnWidths.find((g) => col >= g.col && col < g.col + g.count);
  return group?.width ?? DEFAULT_COLUMN_WIDTH;
}

/**
 * Every text that would be cut off: a text not wrapped shows over its own cell and the empty cells to its
 * right (as Sheets overflows text), up to the first cell with content, a chart, or the end of the layout.
 */
function cutOff(layout: SheetLayout): string[] {
  const chartCells = (row: number, col: number) =>
    layout.charts.some((c) => {
      const top = c.anchor.row;
      const bottom = top + Math.ceil(c.height / DEFAULT_ROW_HEIGHT);
      return row >= top && row <= bottom && columnLeft(layout, col) + 1 > columnLeft(layout, c.anchor.col);
    });
  const problems: string[] = [];
  layout.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (typeof value !== "string" || value === "") return;
      let room = widthOf(layout, c + 1);
      for (let next = c + 1; next < line.length && line[next] === "" && !chartCells(r + 1, next + 1); next++)
        room += widthOf(layout, next + 1);
      const bold = layout.fontWeights[r]?.[c] === "bold";
      if (cellWidthFor(value, bold) > room)
        problems.push(
          `row ${r + 1} col ${c + 1}: "${value}" needs ${cellWidthFor(value, bold)} px, has ${room}`,
        );
    }),
  );
  return problems;
}

describe.each(["en", "de"] as const)("the generated sheets in %s", (language) => {
  // With a Key Account Plan: its status line is the longest title the first screen must hold.
  const made = perTest(() => build(language, 60, {}, longPlanStatus(language)));
  let layouts: MatrixLayouts;
  let overview: MatrixLayouts["overview"];
  let scores: MatrixLayouts["scores"];
  beforeEach(() => {
    layouts = made();
    ({ overview, scores } = layouts);
  });

  it("are rectangles: every grid has numRows rows of numColumns cells", () => {
    for (const layout of [overview, scores]) {
      for (const grid of [layout.values, layout.numberFormats, layout.backgrounds, layout.fontWeights]) {
        expect(grid).toHaveLength(layout.numRows);
        for (const row of grid) expect(row).toHaveLength(layout.numColumns);
      }
    }
  });

  it("show the 2 x 2 blocks and the whole chart in the first 1280 x 720 pixels", () => {
    for (const block of Object.values(overview.quadrantBlocks)) {
      expect(columnLeft(overview, block.col + block.numCols)).toBeLessThanOrEqual(FIRST_SCREEN.width);
      expect((block.row + block.numRows - 1) * DEFAULT_ROW_HEIGHT).toBeLessThanOrEqual(FIRST_SCREEN.height);
    }
    const chart = overview.charts[0]!;
    const left = columnLeft(overview, chart.anchor.col) + chart.anchor.offsetX;
    const top = (chart.anchor.row - 1) * DEFAULT_ROW_HEIGHT + chart.anchor.offsetY;
    expect(left + chart.width).toBeLessThanOrEqual(FIRST_SCREEN.width);
    expect(top + chart.height).toBeLessThanOrEqual(FIRST_SCREEN.height);
    // The title lines and the verdict come first, above the blocks.
    expect(overview.areas.map((a) => a.id).slice(0, 4)).toEqual(["title", "verdict", "spacer", "matrix"]);
  });

  it("cut no text off: headers, blocks and every area fit their cells for the default font", () => {
    expect(cutOff(overview)).toEqual([]);
    // In the table only the headers: an account's full name stays in its cell, as the data has it.
    expect(cutOff({ ...scores, values: scores.values.slice(0, 1) })).toEqual([]);
  });

  it("put attractiveness high at the top and strength high on the right, best accounts first", () => {
    const b = overview.quadrantBlocks;
    expect(b.keyDevelopment.row).toBe(b.keyAccount.row);
    expect(b.opportunistic.row).toBeGreaterThan(b.keyAccount.row);
    expect(b.keyAccount.col).toBeGreaterThan(b.keyDevelopment.col);
    expect(b.maintenance.col).toBe(b.keyAccount.col);
    for (const key of QUADRANT_KEYS) {
      const block = b[key];
      expect(overview.values[block.row - 1]?.[block.col - 1]).toBe(QUADRANT_LABELS[language][key]);
      expect(typeof overview.values[block.row - 1]?.[block.col]).toBe("number");
      const ranks = overview.values
        .slice(block.row + 1, block.row + block.numRows)
        .map((r) => /^(\d+)\. /.exec(String(r[block.col - 1]))?.[1])
        .filter((r) => r !== undefined)
        .map(Number);
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    }
    expect(overview.values.flat().some((v) => typeof v === "string" && /^\+ \d+ /.test(v))).toBe(true);
  });

  it("name the quadrants only in the chart's data (the legend), cut lines as gridlines", () => {
    const chart = overview.charts[0]!;
    const { row, col, numRows } = chart.range;
    const series = overview.values.slice(row, row + numRows - 1).map((r) => r[col + 2]);
    const labels = Object.values(QUADRANT_LABELS[language]);
    expect(series.every((s) => labels.includes(s as string))).toBe(true);
    const options = chart.options as { hAxis: { ticks: { v: number }[] }; vAxis: { ticks: { v: number }[] } };
    expect(options.hAxis.ticks.map((t) => t.v)).toContain(5.5);
    expect(options.vAxis.ticks.map((t) => t.v)).toContain(5.5);
  });

  it("write text as plain text so that nothing becomes a formula", () => {
    for (const layout of [overview, scores]) {
      layout.values.forEach((line, r) =>
        line.forEach((v, c) => {
          if (typeof v === "string" && v !== "") expect(layout.numberFormats[r]?.[c]).toBe(TEXT_FORMAT);
        }),
      );
    }
    expect(scores.values.map((r) => r[1])).toEqual(expect.arrayContaining(INJECTIONS));
  });

  it("list every concentration row in the summary", () => {
    const texts = overview.values.flat();
    for (const row of CONCENTRATION_ROWS) expect(texts).toContain(row.label[language]);
  });
});

describe("the chart", () => {
  it("uses only the documented options listed in chart.ts", () => {
    const options = build().overview.charts[0]!.options;
    const paths: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (
        value &&
        typeof value === "object" &&
        !Array.isArray(value) &&
        !["bubble.textStyle", "viewWindow"].some((p) => path.endsWith(p))
      )
        for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
      else paths.push(path);
    };
    walk(options, "");
    const expanded = paths.flatMap((p) => (p.endsWith("viewWindow") ? [`${p}.min`, `${p}.max`] : [p]));
    expect(expanded.every((p) => (CHART_OPTIONS_USED as readonly string[]).includes(p))).toBe(true);
  });

  it("leaves room beyond both ends of the scale for the largest bubble", () => {
    const chart = build().overview.charts[0]!;
    const window = axisWindow(10);
    const plotHeight = chart.height * 0.6; // a generous guess of the plot area inside the chart
    const pxPerPoint = plotHeight / (window.max - window.min);
    expect((1 - window.min) * pxPerPoint).toBeGreaterThan(MAX_BUBBLE_PX);
    expect((window.max - 10) * pxPerPoint).toBeGreaterThan(MAX_BUBBLE_PX);
  });
});

describe("the KAM Scores columns", () => {
  const config = parseConfig(CONFIG);
  const input = perTest(() => ({
    evaluation: evaluation(config, "en"),
    config,
    language: "en" as const,
    madeAt: "x",
  }));

  it("colour the column headed Revenue share whatever comes before it", () => {
    const trial: TableColumn = {
      id: "trial",
      header: { en: () => "Trial", de: () => "Versuch" },
      format: TEXT_FORMAT,
      width: 100,
      value: () => "t",
    };
    for (const at of [0, 2, 7]) {
      const columns = [...SCORES_COLUMNS.slice(0, at), trial, ...SCORES_COLUMNS.slice(at)];
      const scores = buildScoresLayout(input(), columns);
      const shareCol = (scores.values[0] ?? []).indexOf("Revenue share") + 1;
      const shareRules = scores.rules.filter(
        (r) => r.kind === "numberGreaterThan" || r.kind === "numberGreaterThanOrEqualTo",
      );
      expect(shareRules.map((r) => r.ranges.map((g) => g.col))).toEqual([[shareCol], [shareCol]]);
      expect(shareRules.map((r) => ("background" in r ? r.background : null))).toEqual([
        SHARE_RED,
        SHARE_AMBER,
      ]);
      const quadrantCol = (scores.values[0] ?? []).indexOf("Quadrant") + 1;
      expect(
        scores.rules.filter((r) => r.kind === "textEqualTo").every((r) => r.ranges[0]!.col === quadrantCol),
      ).toBe(true);
      const perCriterion = SCORES_COLUMNS.filter((c) => c.perCriterion).length;
      expect(scores.values[0]).toHaveLength(
        SCORES_COLUMNS.length + 1 + perCriterion * (config.criteria.length - 1),
      );
    }
  });

  it("show the core's sensitivity, drivers and contributions, in the reference's order", () => {
    const scores = buildScoresLayout(input());
    const headers = scores.values[0] as string[];
    const names = config.criteria.map((c) => c.name);
    const at = (h: string) => headers.indexOf(h);
    // The movement columns (Rank change, Previous quadrant) stand between them when a snapshot exists.
    const movement = ["Rank change", "Previous quadrant"].filter((h) => at(h) >= 0);
    expect(headers.slice(at("ABC class"), at("ABC class") + 4 + movement.length)).toEqual([
      "ABC class",
      ...movement,
      "Margin to cut",
      "Weight change to flip",
      "Main drivers",
    ]);
    expect(headers.slice(at("Main drivers") + 1, -1)).toEqual([
      ...names.map((n) => `Points: ${n}`),
      ...names.map((n) => `Contribution: ${n}`),
    ]);
    expect(headers.at(-1)).toBe("Data row");
    const contributionAt = at(`Contribution: ${names[0]}`);
    input().evaluation.accounts.forEach((a, i) => {
      const row = scores.values[i + 1] as (string | number)[];
      expect(row[at("Margin to cut")]).toBe(a.marginToCut ?? "");
      expect(row[at("Weight change to flip")]).toBe(a.flip ? formatFlip(a.flip, config, "en") : "");
      expect(row[at("Main drivers")]).toBe(a.drivers.map((j) => names[j]).join(", "));
      const parts = row.slice(contributionAt, contributionAt + names.length);
      expect(parts).toEqual(a.contributions.map((c) => c ?? ""));
      // An account's contributions add up to its KAM score.
      if (a.score !== null) {
        const sum = parts.reduce<number>((s, p) => s + (typeof p === "number" ? p : 0), 0);
        expect(sum).toBeCloseTo(a.score, 10);
      }
    });
    // Some account has a flip and a driver, so the columns are not all blank.
    expect(scores.values.slice(1).some((r) => r[at("Weight change to flip")] !== "")).toBe(true);
    expect(scores.values.slice(1).some((r) => String(r[at("Main drivers")]).includes(", "))).toBe(true);
  });

  it("head the new columns in German", () => {
    const scores = buildScoresLayout({ ...input(), language: "de" });
    expect(scores.values[0]).toEqual(
      expect.arrayContaining([
        "Abstand zur Grenze",
        "Gewichtsänderung zum Wechsel",
        "Haupttreiber",
        ...config.criteria.map((c) => `Beitrag: ${c.name}`),
      ]),
    );
  });

  it("leave out a column whose data is absent (absent, not empty)", () => {
    const absent: TableColumn = { ...SCORES_COLUMNS[0]!, id: "later", present: () => false };
    const scores = buildScoresLayout(input(), [...SCORES_COLUMNS, absent]);
    expect(scores.numColumns).toBe(buildScoresLayout(input()).numColumns);
  });
});

describe("estimateMatrixCells", () => {
  const cellsOf = ({ overview, scores }: MatrixLayouts) =>
    overview.numRows * overview.numColumns + scores.numRows * scores.numColumns;

  it("bounds the cells of both sheets", () => {
    expect(estimateMatrixCells(309, 3)).toBeGreaterThanOrEqual(cellsOf(build("en", 300)));
  });

  /** Layouts for `accounts` accounts scored on `criteria` criteria (half of them on each axis). */
  function layoutsFor(accounts: number, criteria: number): MatrixLayouts {
    const names = Array.from({ length: criteria }, (_, j) => `Criterion ${j + 1} with a long name`);
    const config = parseConfig({
      ...CONFIG,
      criteria: names.map((name, j) => ({
        name,
        column: `C${j}`,
        axis: j % 2 === 0 ? "attractiveness" : "strength",
        weight: 1 + j,
      })),
    });
    const rows = Array.from({ length: accounts }, (_, i) => [
      `Account ${i}`,
      10 + i,
      ...names.map((_, j) => 1 + ((i * (j + 3)) % 10)),
    ]);
    const headers = ["Customer", "Revenue", ...names.map((_, j) => `C${j}`)];
    const evaluation = evaluateAccounts(config, { headerRow: 1, headers, rows }, "en");
    return buildMatrixLayouts({ evaluation, config, language: "en", madeAt: "2025-01-02 03:04" });
  }

  it.each([
    [1, 1],
    [10, 12],
    [150, 3],
    [400, 1],
    [400, 12],
  ])("is never below what %i accounts on %i criteria take", (accounts, criteria) => {
    expect(estimateMatrixCells(accounts, criteria)).toBeGreaterThanOrEqual(
      cellsOf(layoutsFor(accounts, criteria)),
    );
  });

  // The refusal must not turn away a portfolio that fits: once the chart data (a row per account) is the
  // overview's tallest part, the estimate is what the two sheets really take.
  it.each([
    [400, 3],
    [600, 12],
  ])("is exact for a large portfolio (%i accounts, %i criteria)", (accounts, criteria) => {
    expect(estimateMatrixCells(accounts, criteria)).toBe(cellsOf(layoutsFor(accounts, criteria)));
  });
});

describe("tableHeaders", () => {
  it.each(["en", "de"] as const)("are the table's header row (%s)", (language) => {
    const config = parseConfig(CONFIG);
    expect(tableHeaders(language, config)).toEqual(build(language).scores.values[0]);
  });
});

describe("the overview's title line, edge list and scale warnings", () => {
  const areaRows = (layouts: MatrixLayouts, id: string) => {
    const area = layouts.overview.areas.find((a) => a.id === id);
    return area ? layouts.overview.values.slice(area.row - 1, area.row - 1 + area.rows) : null;
  };

  it.each([
    ["en", "KAM score = 30% attractiveness + 70% relative strength"],
    ["de", "KAM-Score = 30 % Attraktivität + 70 % relative Stärke"],
  ] as const)("says how the KAM score is formed with the axis shares (%s)", (language, start) => {
    const { overview } = build(language, 0, { axisWeights: { attractiveness: 3, strength: 7 } });
    const title = overview.areas.find((a) => a.id === "title")!;
    const lines = overview.values.slice(title.row - 1, title.row - 1 + title.rows).map((r) => String(r[0]));
    expect(lines.filter((l) => l.startsWith(start))).toHaveLength(1);
  });

  it.each(["en", "de"] as const)(
    "carries the Key Account Plan's status line under the title only when there is a plan (%s)",
    (language) => {
      const line = planStatusLine({ accounts: 12, overdue: 3, withoutNeedsAnalysis: 2 }, language);
      const titleLines = (layouts: MatrixLayouts) =>
        (areaRows(layouts, "title") ?? []).map((r) => String(r[0]));
      const withPlan = titleLines(build(language, 0, {}, line));
      const without = titleLines(build(language, 0));
      expect(withPlan).toEqual([...without, line]);
      expect(line).toMatch(
        language === "de" ? /3 von 12 .*2 ohne Bedarfsanalyse/ : /3 of 12 .*2 without needs analysis/,
      );
    },
  );

  /** Two rated criteria per axis: Need + Fit = 11 puts attractiveness on the cut 5.5, a tiny change from a flip. */
  const EDGE_CONFIG = parseConfig({
    version: 1,
    dataSheet: "Accounts",
    accountColumn: "Customer",
    criteria: [
      { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
      { name: "Fit", column: "Fit", axis: "attractiveness", weight: 1 },
      { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
      { name: "Trust", column: "Trust", axis: "strength", weight: 1 },
    ],
  });
  const edgeEvaluation = (language: Language) =>
    evaluateAccounts(
      EDGE_CONFIG,
      {
        headerRow: 1,
        headers: ["Customer", "Need", "Fit", "Wallet", "Trust"],
        rows: Array.from({ length: 40 }, (_, i) => [
          `Account ${i}`,
          1 + (i % 10),
          10 - (i % 10) - (i % 3 === 0 ? 0 : 1),
          1 + ((i * 5) % 10),
          1 + ((i * 9) % 10),
        ]),
      },
      language,
    );

  it.each(["en", "de"] as const)(
    "lists the accounts on the edge closest first with margin, quadrant and flip (%s)",
    (language) => {
      const ev = edgeEvaluation(language);
      const layouts = buildMatrixLayouts({ evaluation: ev, config: EDGE_CONFIG, language, madeAt: "x" });
      const evaluated = ev.accounts.filter((a) => isOnTheEdge(a.flip));
      expect(evaluated.length).toBeGreaterThan(EDGE_LISTED);
      const rows = areaRows(layouts, "edge")!;
      expect(rows[0]![0]).toBe(SHEET_TEXTS[language].edge(evaluated.length, ON_THE_EDGE));
      expect(rows[1]!.slice(1, 5)).toEqual(SHEET_TEXTS[language].edgeHeaders);
      const listed = rows.slice(2).filter((r) => /^\d+\. /.test(String(r[1])));
      expect(listed).toHaveLength(EDGE_LISTED);
      expect(rows.map((r) => String(r[1]))).toContain(
        SHEET_TEXTS[language].edgeMore(evaluated.length - EDGE_LISTED, layouts.scores.sheetName),
      );
      const closest = [...evaluated].sort(
        (x, y) => Math.abs(x.flip!.change) - Math.abs(y.flip!.change) || x.rank - y.rank,
      );
      listed.forEach((r, i) => {
        const a = closest[i]!;
        expect(String(r[1]).startsWith(`${a.rank}. `)).toBe(true);
        expect(r[2]).toBe(a.marginToCut);
        expect(r[3]).toBe(QUADRANT_LABELS[language][a.quadrant!]);
        expect(r[4]).toBe(formatFlip(a.flip!, EDGE_CONFIG, language));
        expect(Math.abs(a.flip!.change)).toBeLessThan(ON_THE_EDGE);
      });
      expect(cutOff(layouts.overview)).toEqual([]);
    },
  );

  it("leaves the edge list out when no account is on the edge", () => {
    // With one criterion per axis no weight change can move an account: no flips, no edge.
    const layouts = build("en", 0, {
      criteria: [
        { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
      ],
    });
    expect(layouts.overview.areas.map((a) => a.id)).not.toContain("edge");
  });

  it.each(["en", "de"] as const)(
    "names each points column off the scale with the range found in 'cells not used' (%s)",
    (language) => {
      // Need's ratings go to 12 on a 1-10 scale (outside); on a 1-100 scale Wallet's stay within 1-10.
      const config = parseConfig({ ...CONFIG, scaleMax: 100 });
      const rows: (string | number)[][] = [
        ["A", 10, 150, 3],
        ["B", 20, 40, 9],
        ["C", 30, 60, 1],
      ];
      const table = { headerRow: 1, headers: ["Customer", "Revenue", "Need", "Wallet"], rows };
      const ev = evaluateAccounts(config, table, language);
      expect(ev.scaleWarnings.map((w) => w.column)).toEqual(["Need", "Wallet"]);
      const layouts = buildMatrixLayouts({ evaluation: ev, config, language, madeAt: "x" });
      const texts = areaRows(layouts, "unused")!.map((r) => String(r[1]));
      for (const w of ev.scaleWarnings) expect(texts).toContain(SHEET_TEXTS[language].scaleItem(w, 100));
      expect(texts.join(" ")).toMatch(language === "en" ? /"Need".*150/ : /„Need“.*150/);
      expect(texts.join(" ")).toMatch(/"Wallet"|„Wallet“/);
      // The cell outside the scale is listed too.
      expect(texts.some((t) => t.includes("150") && /row 2|Zeile 2/.test(t))).toBe(true);
      expect(cutOff(layouts.overview)).toEqual([]);
    },
  );
});
