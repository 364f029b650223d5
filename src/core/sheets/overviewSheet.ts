import type { KamConfig } from "../config";
import { CONCENTRATION_LEVEL_LABELS, CONCENTRATION_ROWS, QUADRANT_LABELS } from "../i18n";
import type { AccountResult } from "../model";
import { QUADRANT_KEYS, type QuadrantKey } from "../quadrant";
import { MAJOR_CUSTOMER_SHARE, MONO_CUSTOMER_SHARE } from "../revenue";
import { formatFlip, isOnTheEdge, ON_THE_EDGE, type Flip } from "../sensitivity";
import { bubbleChartOptions } from "./chart";
import { HEADER_FILL, QUADRANT_FILLS, SHARE_AMBER, SHARE_RED } from "./colors";
import {
  Canvas,
  CUT_FORMAT,
  DEFAULT_COLUMN_WIDTH,
  MARGIN_FORMAT,
  DEFAULT_ROW_HEIGHT,
  groupWidths,
  PERCENT_FORMAT,
  REVENUE_FORMAT,
  SCORE_FORMAT,
  SHARE_FORMAT,
  type ChartDescriptor,
  type GridRect,
  type OverviewLayout,
} from "./grid";
import type { MatrixInput } from "./input";
import { SHEET_TEXTS } from "./texts";
import { drawMovers } from "./moversArea";
import type { OverviewArea, OverviewContext } from "./overviewContext";
import { fitText } from "./textWidth";

/**
 * The `KAISM Matrix` overview. Its first screen (1280 x 720 px of grid at 100% zoom) holds the title
 * lines, the 2 x 2 blocks, the bubble chart and the concentration verdict; the areas below follow one
 * another. Each area is one function that draws from a row and returns the rows it used.
 */
export const FIRST_SCREEN = { width: 1280, height: 720 };
/** Sheets' row-number column left of column A. */
export const ROW_NUMBERS_PX = 46;

/** Columns A-E: the axis labels and the blocks (name column, number column) for low and high strength. */
export const OVERVIEW_COLUMN_WIDTHS = [110, 236, 64, 236, 64];
const LABEL_COL = 1;
const LOW_STRENGTH_COL = 2;
const HIGH_STRENGTH_COL = 4;
/** Columns under the chart, then a spacer, then the chart's data. */
const CHART_COLUMNS = 7;
const CHART_DATA_COL = OVERVIEW_COLUMN_WIDTHS.length + CHART_COLUMNS + 1;
const CHART_DATA_COLUMNS = 5;
/** The chart data's columns, wide enough for its headers and the (shortened) key account labels. */
const CHART_DATA_WIDTH = 150;
/** The overview's width: the blocks, the columns under the chart, a spacer and the chart's data. */
export const OVERVIEW_COLUMNS = CHART_DATA_COL + CHART_DATA_COLUMNS - 1;
/** Accounts named in a block; the rest are counted ("+ N more") and all are in the table. */
export const BLOCK_ACCOUNTS = 7;
/** Rows of a block: name and count, strategy, the accounts, "+ N more". */
const BLOCK_ROWS = 2 + BLOCK_ACCOUNTS + 1;
/** Key accounts whose bubbles carry their name (the best ones; more would overlap). */
export const LABELLED_KEY_ACCOUNTS = 8;
const WARNINGS_LISTED = 10;
/** Accounts on the edge named on the overview, closest first; the table has the flip of every account. */
export const EDGE_LISTED = 10;

export type { OverviewArea, OverviewContext } from "./overviewContext";

function blocksWidth(): number {
  return OVERVIEW_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
}

/** Accounts per quadrant, best first (the evaluation is ranked already). */
function byQuadrant(accounts: readonly AccountResult[]): Record<QuadrantKey, AccountResult[]> {
  const groups = Object.fromEntries(QUADRANT_KEYS.map((k) => [k, [] as AccountResult[]])) as Record<
    QuadrantKey,
    AccountResult[]
  >;
  for (const a of accounts) if (a.quadrant) groups[a.quadrant].push(a);
  return groups;
}

function attractivenessShare(config: KamConfig): number {
  const { attractiveness, strength } = config.axisWeights;
  return attractiveness / (attractiveness + strength);
}

/**
 * The lines under the title, one function each returning its text (or null to leave it out); the first
 * screen has room for one more line.
 */
export const TITLE_LINES: ReadonlyArray<(ctx: OverviewContext) => string | null> = [
  ({ input, t, scoresSheet }) =>
    t.made(input.madeAt, input.config.dataSheet, input.evaluation.accounts.length, scoresSheet),
  ({ input, t }) => t.scoreFormed(input.config, attractivenessShare(input.config)),
  // The Key Account Plan's state when the spreadsheet has one, computed at this generation.
  ({ input }) => input.planStatus ?? null,
];

const titleArea: OverviewArea = (canvas, row, ctx) => {
  canvas.put(row, 1, ctx.t.title);
  canvas.bold(row, 1);
  let used = 1;
  for (const line of TITLE_LINES) {
    const text = line(ctx);
    if (text === null) continue;
    canvas.put(row + used, 1, text);
    used++;
  }
  return used;
};

/** One line: mono-customer yes/no with the largest share, and the HHI with its level. */
const verdictArea: OverviewArea = (canvas, row, { input, t }) => {
  const c = input.evaluation.concentration;
  canvas.put(row, LABEL_COL, t.concentration);
  canvas.bold(row, LABEL_COL);
  if (!c) {
    canvas.put(row, LOW_STRENGTH_COL, t.noRevenue);
    return 1;
  }
  canvas.put(row, LOW_STRENGTH_COL, t.monoVerdict(c.monoCustomer));
  canvas.put(row, LOW_STRENGTH_COL + 1, c.largestShare, SHARE_FORMAT);
  const alarm =
    c.largestShare > MONO_CUSTOMER_SHARE
      ? SHARE_RED
      : c.largestShare >= MAJOR_CUSTOMER_SHARE
        ? SHARE_AMBER
        : null;
  canvas.fill({ row, col: LOW_STRENGTH_COL, numRows: 1, numCols: 2 }, alarm, c.monoCustomer);
  canvas.put(row, HIGH_STRENGTH_COL, t.hhiVerdict(CONCENTRATION_LEVEL_LABELS[input.language][c.level]));
  canvas.put(row, HIGH_STRENGTH_COL + 1, c.hhi, REVENUE_FORMAT);
  return 1;
};

const spacer: OverviewArea = () => 1;

/** Where each quadrant sits: attractiveness high at the top, strength high on the right. */
const BLOCK_PLACES: Record<QuadrantKey, { top: boolean; col: number }> = {
  keyDevelopment: { top: true, col: LOW_STRENGTH_COL },
  keyAccount: { top: true, col: HIGH_STRENGTH_COL },
  opportunistic: { top: false, col: LOW_STRENGTH_COL },
  maintenance: { top: false, col: HIGH_STRENGTH_COL },
};

function drawBlock(canvas: Canvas, block: GridRect, key: QuadrantKey, ctx: OverviewContext): void {
  const { t, input, groups } = ctx;
  const members = groups[key];
  const nameWidth = OVERVIEW_COLUMN_WIDTHS[block.col - 1] as number;
  canvas.fill(block, QUADRANT_FILLS[key]);
  canvas.put(block.row, block.col, QUADRANT_LABELS[input.language][key]);
  canvas.put(block.row, block.col + 1, members.length, "0");
  canvas.bold(block.row, block.col, 2);
  canvas.put(block.row + 1, block.col, t.strategy[key]);
  if (members.length === 0) {
    canvas.put(block.row + 2, block.col, t.none);
  } else {
    members.slice(0, BLOCK_ACCOUNTS).forEach((a, i) => {
      canvas.put(block.row + 2 + i, block.col, fitText(`${a.rank}. ${a.account}`, nameWidth));
      canvas.put(block.row + 2 + i, block.col + 1, a.score ?? "", SCORE_FORMAT);
    });
  }
  if (members.length > BLOCK_ACCOUNTS) {
    canvas.put(
      block.row + BLOCK_ROWS - 1,
      block.col,
      t.more(members.length - BLOCK_ACCOUNTS, ctx.scoresSheet),
    );
  }
}

/** The 2 x 2 matrix: the header row with the strength axis, then the top and the bottom blocks. */
function matrixArea(blocks: Record<QuadrantKey, GridRect>): OverviewArea {
  return (canvas, row, ctx) => {
    const { t } = ctx;
    canvas.put(row, LOW_STRENGTH_COL, t.strengthLow);
    canvas.put(row, HIGH_STRENGTH_COL, t.strengthHigh);
    canvas.fill({ row, col: LABEL_COL, numRows: 1, numCols: 5 }, HEADER_FILL, true);
    const top = row + 1;
    const bottom = top + BLOCK_ROWS;
    canvas.fill({ row: top, col: LABEL_COL, numRows: 2 * BLOCK_ROWS, numCols: 1 }, HEADER_FILL, true);
    canvas.put(top, LABEL_COL, t.attractiveness);
    canvas.put(top + 1, LABEL_COL, t.high);
    canvas.put(bottom, LABEL_COL, t.attractiveness);
    canvas.put(bottom + 1, LABEL_COL, t.low);
    for (const key of QUADRANT_KEYS) {
      const place = BLOCK_PLACES[key];
      const block = { row: place.top ? top : bottom, col: place.col, numRows: BLOCK_ROWS, numCols: 2 };
      blocks[key] = block;
      drawBlock(canvas, block, key, ctx);
    }
    return 1 + 2 * BLOCK_ROWS;
  };
}

const notPlacedArea: OverviewArea = (canvas, row, { input, t }) => {
  const unplaced = input.evaluation.accounts.filter((a) => a.quadrant === null).length;
  if (unplaced === 0) return 0;
  canvas.put(row, LOW_STRENGTH_COL, t.notPlaced(unplaced));
  return 1;
};

function heading(canvas: Canvas, row: number, text: string): void {
  canvas.put(row, LABEL_COL, text);
  canvas.fill({ row, col: LABEL_COL, numRows: 1, numCols: 5 }, HEADER_FILL, true);
}

/** The full concentration summary: every row of the concentration list but the verdict's level word. */
const concentrationArea: OverviewArea = (canvas, row, { input, t }) => {
  const c = input.evaluation.concentration;
  heading(canvas, row, t.concentrationSummary);
  if (!c) {
    canvas.put(row + 1, LOW_STRENGTH_COL, t.noRevenue);
    return 3;
  }
  let used = 1;
  for (const line of CONCENTRATION_ROWS) {
    const value = line.value(c, input.language);
    canvas.put(row + used, LOW_STRENGTH_COL, line.label[input.language]);
    const shown = typeof value === "boolean" ? t.yesNo[value ? 0 : 1] : value;
    canvas.put(row + used, LOW_STRENGTH_COL + 1, shown, line.format);
    used++;
  }
  return used + 1;
};

/** The model: criteria with weight, axis, how points are made and % of axis; axis shares; scale; cuts. */
const modelArea: OverviewArea = (canvas, row, { input, t }) => {
  const { config } = input;
  heading(canvas, row, t.model);
  t.modelHeaders.forEach((h, j) => canvas.put(row + 1, LOW_STRENGTH_COL + j, h));
  canvas.bold(row + 1, LOW_STRENGTH_COL, 4);
  let r = row + 2;
  const axisTotal = (axis: string) =>
    config.criteria.filter((c) => c.axis === axis).reduce((sum, c) => sum + c.weight, 0);
  for (const c of config.criteria) {
    const total = axisTotal(c.axis);
    canvas.put(r, LOW_STRENGTH_COL, fitText(c.name, OVERVIEW_COLUMN_WIDTHS[1] as number));
    canvas.put(r, LOW_STRENGTH_COL + 1, c.weight);
    const how = `${t.axis[c.axis]}: ${t.input(c, config.scaleMax)}`;
    canvas.put(
      r,
      LOW_STRENGTH_COL + 2,
      fitText(how, OVERVIEW_COLUMN_WIDTHS[HIGH_STRENGTH_COL - 1] as number),
    );
    canvas.put(r, LOW_STRENGTH_COL + 3, total > 0 ? c.weight / total : 0, PERCENT_FORMAT);
    r++;
  }
  const share = attractivenessShare(config);
  canvas.put(r, LOW_STRENGTH_COL, t.axisShare.attractiveness);
  canvas.put(r, LOW_STRENGTH_COL + 1, share, PERCENT_FORMAT);
  canvas.put(r + 1, LOW_STRENGTH_COL, t.axisShare.strength);
  canvas.put(r + 1, LOW_STRENGTH_COL + 1, 1 - share, PERCENT_FORMAT);
  canvas.put(r + 2, LOW_STRENGTH_COL, t.scale);
  canvas.put(r + 2, LOW_STRENGTH_COL + 1, t.scaleValue(config.scaleMax));
  canvas.put(r + 3, LOW_STRENGTH_COL, t.cuts.attractiveness);
  canvas.put(r + 3, LOW_STRENGTH_COL + 1, config.cuts.attractiveness, CUT_FORMAT);
  canvas.put(r + 4, LOW_STRENGTH_COL, t.cuts.strength);
  canvas.put(r + 4, LOW_STRENGTH_COL + 1, config.cuts.strength, CUT_FORMAT);
  r += 5;
  if (config.totalRevenue !== undefined) {
    canvas.put(r, LOW_STRENGTH_COL, t.totalRevenue);
    canvas.put(r, LOW_STRENGTH_COL + 1, config.totalRevenue, REVENUE_FORMAT);
    r++;
  }
  return r - row + 1;
};

/** Pixels from column B to the chart's data: room for a line that runs on into the empty cells right of it. */
function lineRoom(): number {
  return blocksWidth() - (OVERVIEW_COLUMN_WIDTHS[0] as number) + CHART_COLUMNS * DEFAULT_COLUMN_WIDTH;
}

/**
 * The accounts on the edge (a single weight change under ON_THE_EDGE of its axis moves them into another
 * quadrant), closest first: name, margin to the cut, quadrant, and what would flip it. Absent when none.
 */
const edgeArea: OverviewArea = (canvas, row, { input, t, scoresSheet }) => {
  const { config, language } = input;
  // isOnTheEdge holds only for an account with a flip.
  const change = (a: AccountResult) => Math.abs((a.flip as Flip).change);
  const edge = input.evaluation.accounts
    .filter((a) => isOnTheEdge(a.flip) && a.quadrant !== null)
    .sort((x, y) => change(x) - change(y) || x.rank - y.rank);
  if (edge.length === 0) return 0;
  heading(canvas, row, t.edge(edge.length, ON_THE_EDGE));
  t.edgeHeaders.forEach((h, j) => canvas.put(row + 1, LOW_STRENGTH_COL + j, h));
  canvas.bold(row + 1, LOW_STRENGTH_COL, 4);
  // Columns B (name), C (margin), D (quadrant), then E and the empty columns under the chart (the flip).
  const [nameWidth, marginWidth, quadrantWidth] = OVERVIEW_COLUMN_WIDTHS.slice(LOW_STRENGTH_COL - 1) as [
    number,
    number,
    number,
  ];
  edge.slice(0, EDGE_LISTED).forEach((a, i) => {
    const r = row + 2 + i;
    canvas.put(r, LOW_STRENGTH_COL, fitText(`${a.rank}. ${a.account}`, nameWidth));
    canvas.put(r, LOW_STRENGTH_COL + 1, a.marginToCut ?? "", MARGIN_FORMAT);
    const quadrant = QUADRANT_LABELS[language][a.quadrant as QuadrantKey];
    canvas.put(r, LOW_STRENGTH_COL + 2, fitText(quadrant, quadrantWidth));
    const flip = formatFlip(a.flip as NonNullable<typeof a.flip>, config, language);
    canvas.put(r, LOW_STRENGTH_COL + 3, fitText(flip, lineRoom() - nameWidth - marginWidth - quadrantWidth));
  });
  let used = 2 + Math.min(EDGE_LISTED, edge.length);
  if (edge.length > EDGE_LISTED) {
    canvas.put(row + used, LOW_STRENGTH_COL, t.edgeMore(edge.length - EDGE_LISTED, scoresSheet));
    used++;
  }
  return used + 1;
};

/**
 * The cells that could not be used, the first ten named, after the points columns whose ratings do not
 * match the scale (the column and the range found). Text may run on into the empty cells right of it.
 */
const unusedArea: OverviewArea = (canvas, row, { input, t }) => {
  const { warnings, scaleWarnings } = input.evaluation;
  heading(canvas, row, t.unused(warnings.length));
  const room = lineRoom();
  scaleWarnings.forEach((w, i) => {
    canvas.put(row + 1 + i, LOW_STRENGTH_COL, fitText(t.scaleItem(w, input.config.scaleMax), room));
  });
  const top = row + scaleWarnings.length;
  if (warnings.length === 0) {
    canvas.put(top + 1, LOW_STRENGTH_COL, t.unusedNone);
    return 2 + scaleWarnings.length;
  }
  const listed = warnings.slice(0, WARNINGS_LISTED);
  listed.forEach((w, i) => {
    canvas.put(top + 1 + i, LOW_STRENGTH_COL, fitText(t.unusedItem(w), room));
  });
  let used = 1 + scaleWarnings.length + listed.length;
  if (warnings.length > WARNINGS_LISTED) {
    canvas.put(row + used, LOW_STRENGTH_COL, t.moreWarnings(warnings.length - WARNINGS_LISTED));
    used++;
  }
  return used;
};

/**
 * The areas below the first screen, in order. The history engineer's movers area and the accounts on the
 * edge go first here, each one entry (an area returning 0 rows is absent, not empty).
 */
export const AREAS_BELOW: ReadonlyArray<{ id: string; draw: OverviewArea }> = [
  { id: "movers", draw: drawMovers },
  { id: "edge", draw: edgeArea },
  { id: "concentration", draw: concentrationArea },
  { id: "model", draw: modelArea },
  { id: "unused", draw: unusedArea },
];

/** The chart's data, right of the chart: accounts grouped by quadrant (series colours follow that order). */
function chartData(canvas: Canvas, ctx: OverviewContext): { range: GridRect; quadrants: QuadrantKey[] } {
  const { t, input, groups } = ctx;
  const d = CHART_DATA_COL;
  t.chartHeaders.forEach((h, j) => canvas.put(1, d + j, h));
  canvas.fill({ row: 1, col: d, numRows: 1, numCols: CHART_DATA_COLUMNS }, HEADER_FILL, true);
  let r = 2;
  const quadrants: QuadrantKey[] = [];
  for (const key of QUADRANT_KEYS) {
    const members = groups[key].filter((a) => a.attractiveness !== null && a.strength !== null);
    if (members.length === 0) continue;
    quadrants.push(key);
    members.forEach((a, i) => {
      // Only the best key accounts carry a label; the others would overlap.
      const label =
        key === "keyAccount" && i < LABELLED_KEY_ACCOUNTS ? fitText(a.account, CHART_DATA_WIDTH) : "";
      canvas.put(r, d, label);
      canvas.put(r, d + 1, a.strength as number, SCORE_FORMAT);
      canvas.put(r, d + 2, a.attractiveness as number, SCORE_FORMAT);
      canvas.put(r, d + 3, QUADRANT_LABELS[input.language][key]);
      canvas.put(r, d + 4, input.config.revenueColumn ? (a.revenue ?? 0) : 1, REVENUE_FORMAT);
      r++;
    });
  }
  return { range: { row: 1, col: d, numRows: r - 1, numCols: CHART_DATA_COLUMNS }, quadrants };
}

export function buildOverviewLayout(input: MatrixInput, scoresSheet: string): OverviewLayout {
  const t = SHEET_TEXTS[input.language];
  const ctx: OverviewContext = { input, t, scoresSheet, groups: byQuadrant(input.evaluation.accounts) };
  const canvas = new Canvas(OVERVIEW_COLUMNS);
  const blocks = {} as Record<QuadrantKey, GridRect>;
  const firstScreen: Array<{ id: string; draw: OverviewArea }> = [
    { id: "title", draw: titleArea },
    { id: "verdict", draw: verdictArea },
    { id: "spacer", draw: spacer },
    { id: "matrix", draw: matrixArea(blocks) },
    { id: "notPlaced", draw: notPlacedArea },
    { id: "spacer", draw: spacer },
  ];
  const areas: OverviewLayout["areas"] = [];
  let row = 1;
  let matrixRow = 1;
  for (const area of [...firstScreen, ...AREAS_BELOW]) {
    const used = area.draw(canvas, row, ctx);
    if (area.id === "matrix") matrixRow = row;
    if (used > 0) areas.push({ id: area.id, row, rows: used });
    row += used;
  }
  const data = chartData(canvas, ctx);
  // The chart's data has made its own rows already (put makes the rows it writes to).
  canvas.extend(row - 1);

  // Room is left for Sheets' row numbers (about 46 px) at the left of the screen.
  const chartWidth = FIRST_SCREEN.width - ROW_NUMBERS_PX - blocksWidth() - 12;
  const chartHeight = (1 + 2 * BLOCK_ROWS) * DEFAULT_ROW_HEIGHT;
  const chart: ChartDescriptor = {
    range: data.range,
    anchor: { row: matrixRow, col: OVERVIEW_COLUMN_WIDTHS.length + 1, offsetX: 2, offsetY: 0 },
    width: chartWidth,
    height: chartHeight,
    options: bubbleChartOptions(input.config, t, data.quadrants, { width: chartWidth, height: chartHeight }),
  };
  const widths = [
    ...OVERVIEW_COLUMN_WIDTHS,
    ...new Array<number>(CHART_DATA_COL - 1 - OVERVIEW_COLUMN_WIDTHS.length).fill(DEFAULT_COLUMN_WIDTH),
    ...new Array<number>(CHART_DATA_COLUMNS).fill(CHART_DATA_WIDTH),
  ];
  return {
    role: "overview",
    sheetName: t.overviewName,
    numRows: canvas.rows,
    numColumns: OVERVIEW_COLUMNS,
    values: canvas.values,
    numberFormats: canvas.formats,
    backgrounds: canvas.backgrounds,
    fontWeights: canvas.weights,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: groupWidths(widths),
    rules: [],
    charts: [chart],
    filter: null,
    protectionDescription: t.protection,
    quadrantBlocks: blocks,
    areas,
  };
}
