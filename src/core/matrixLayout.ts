import type { Criterion, KamConfig } from "./config";
import {
  CONCENTRATION_LABELS,
  CONCENTRATION_LEVEL_LABELS,
  QUADRANT_LABELS,
  QUADRANT_STRATEGIES,
  type Language,
} from "./i18n";
import type { AccountResult, DataWarning, Evaluation } from "./model";
import { midpoint } from "./points";
import { QUADRANT_KEYS, type QuadrantKey } from "./quadrant";
import { MAJOR_CUSTOMER_SHARE, MONO_CUSTOMER_SHARE, type ConcentrationSummary } from "./revenue";

/**
 * The `KAISM Matrix` sheet as plain data (PRODUCT.md section 4): one rectangle of values with its number
 * formats, backgrounds and font weights, plus the rules, the chart and the sheet settings. The adapter
 * writes it in a fixed number of calls, however many accounts there are.
 */
export const MATRIX_SHEET_NAME = "KAISM Matrix";

export type LayoutValue = string | number | boolean;

/** 1-based rectangle. */
export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type RuleDescriptor =
  | {
      kind: "gradient";
      ranges: GridRect[];
      min: { value: number; color: string };
      mid: { value: number; color: string };
      max: { value: number; color: string };
    }
  | { kind: "textEqualTo"; ranges: GridRect[]; text: string; background: string }
  | { kind: "numberGreaterThan"; ranges: GridRect[]; value: number; background: string; bold: boolean }
  | {
      kind: "numberGreaterThanOrEqualTo";
      ranges: GridRect[];
      value: number;
      background: string;
      bold: boolean;
    };

export interface ChartDescriptor {
  /** Header row plus one row per point: ID, x (strength), y (attractiveness), series, size (revenue). */
  range: GridRect;
  anchor: { row: number; col: number };
  options: Record<string, unknown>;
}

export interface MatrixLayout {
  sheetName: string;
  numRows: number;
  numColumns: number;
  values: LayoutValue[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  fontWeights: ("bold" | "normal")[][];
  /** True where the text wraps (the strategy lines); elsewhere long text overflows or is clipped. */
  wraps: boolean[][];
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Array<{ col: number; count: number; width: number }>;
  /** In priority order: the first matching rule colours a cell. */
  rules: RuleDescriptor[];
  chart: ChartDescriptor;
  protectionDescription: string;
  /** The ranked table, header row included. */
  table: GridRect;
  /** Per quadrant, the cells of its block (title, strategy, accounts). */
  quadrantBlocks: Record<QuadrantKey, GridRect>;
}

export interface MatrixInput {
  evaluation: Evaluation;
  config: KamConfig;
  language: Language;
  /** When it was made, already formatted in the spreadsheet's time zone. */
  madeAt: string;
}

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
export const SCORE_FORMAT = "0.0";
export const SHARE_FORMAT = "0.0%";
export const REVENUE_FORMAT = "#,##0";
export const INTEGER_FORMAT = "0";

export const QUADRANT_FILLS: Record<QuadrantKey, string> = {
  keyAccount: "#d9ead3",
  keyDevelopment: "#cfe2f3",
  maintenance: "#fff2cc",
  opportunistic: "#efefef",
};
const BUBBLE_COLORS: Record<QuadrantKey, string> = {
  keyAccount: "#34a853",
  keyDevelopment: "#4285f4",
  maintenance: "#f9ab00",
  opportunistic: "#9aa0a6",
};
const CUT_LINE_COLOR = "#5f6368";
export const SHARE_RED = "#ea9999";
export const SHARE_AMBER = "#f9cb9c";
export const HEADER_FILL = "#e8eaed";
const GRADIENT = { low: "#e67c73", mid: "#ffffff", high: "#57bb8a" };

export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
export const NOTE_ROW = 3;
export const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Fixed table columns before the per-criterion points: Rank .. Revenue share, ABC class. */
const FIXED_TABLE_COLUMNS = 9;
/** Accounts named per quadrant block; the table lists them all. */
export const QUADRANT_LIST_LIMIT = 50;
const WARNINGS_LISTED = 10;
const CUT_LINE_STEPS = 20;
const CHART_WIDTH = 720;
const CHART_HEIGHT = 480;
/** Default-width columns the chart covers; the chart data starts after them. */
const CHART_COLUMNS = 8;
const MAX_NAME_IN_BLOCK = 60;

interface SheetTexts {
  title: string;
  subtitle: (madeAt: string, sheet: string, accounts: number) => string;
  note: (unused: number, sheet: string) => string;
  headers: string[];
  abc: string;
  points: (criterion: string) => string;
  dataRow: string;
  matrix: string;
  strength: { low: string; high: string };
  attractiveness: { low: string; high: string };
  more: (n: number) => string;
  notPlaced: (n: number) => string;
  concentration: string;
  noRevenue: string;
  yesNo: [string, string];
  model: string;
  modelHeaders: [string, string, string, string];
  axis: Record<Criterion["axis"], string>;
  input: (c: Criterion, scaleMax: number) => string;
  scale: string;
  scaleValue: (max: number) => string;
  cuts: [string, string];
  totalRevenue: string;
  about: string;
  made: string;
  dataSheet: string;
  headerRow: string;
  accounts: string;
  unused: string;
  unusedItem: (w: DataWarning) => string;
  strengthInChart: string;
  strengthDirection: string;
  chartHeaders: string[];
  cutLines: string;
  chartTitle: string;
  hAxis: string;
  vAxis: string;
  protection: string;
}

const TEXTS: Record<Language, SheetTexts> = {
  en: {
    title: "KAISM Matrix: Key Account Identification and Selection Matrix",
    subtitle: (madeAt, sheet, n) =>
      `Made ${madeAt} from the sheet "${sheet}": ${n} accounts ranked by KAM score. Values, not formulas: generate again (Extensions > Key Account Matrix) after changing the data or the criteria.`,
    note: (n, sheet) =>
      `${n} ${n === 1 ? "cell" : "cells"} in "${sheet}" could not be used and ${n === 1 ? "was" : "were"} skipped; see "Cells not used" on the right.`,
    headers: [
      "Rank",
      "Account",
      "Attractiveness",
      "Relative strength",
      "KAM score",
      "Quadrant",
      "Revenue",
      "Revenue share",
    ],
    abc: "ABC class",
    points: (c) => `Points: ${c}`,
    dataRow: "Data row",
    matrix: "KAISM matrix",
    strength: { low: "Relative strength: low", high: "Relative strength: high" },
    attractiveness: { low: "Attractiveness: low", high: "Attractiveness: high" },
    more: (n) => `… and ${n} more (see the table)`,
    notPlaced: (n) =>
      `${n} ${n === 1 ? "account has" : "accounts have"} no points on an axis and no quadrant.`,
    concentration: "Revenue concentration",
    noRevenue: "No revenue column is chosen: no shares, concentration or ABC classes.",
    yesNo: ["yes", "no"],
    model: "Model",
    modelHeaders: ["Criterion", "Axis", "Points from", "Weight"],
    axis: { attractiveness: "Attractiveness", strength: "Relative strength" },
    input: (c, max) => {
      const how =
        c.input === "points"
          ? `points 1 to ${max}`
          : c.input === "rank"
            ? "rank among the accounts"
            : c.low !== undefined || c.high !== undefined
              ? `linear from ${c.low ?? "min"} to ${c.high ?? "max"}`
              : "linear from min to max";
      return c.direction === "lower" ? `${how}, lower is better` : how;
    },
    scale: "Points scale",
    scaleValue: (max) => `1 to ${max}`,
    cuts: ["Cut: attractiveness", "Cut: relative strength"],
    totalRevenue: "Total revenue (for shares)",
    about: "About this sheet",
    made: "Made",
    dataSheet: "Data sheet",
    headerRow: "Header row",
    accounts: "Accounts",
    unused: "Cells not used",
    unusedItem: (w) => `row ${w.sheetRow}, ${w.column}: ${w.message}`,
    strengthInChart: "Relative strength in the chart",
    strengthDirection: "low on the left, high on the right",
    chartHeaders: ["Account", "Relative strength", "Attractiveness", "Quadrant", "Revenue"],
    cutLines: "Cut lines",
    chartTitle: "KAISM matrix: attractiveness against relative strength (high strength on the right)",
    hAxis: "Relative strength: low → high",
    vAxis: "Attractiveness: low → high",
    protection:
      "Generated by Key Account Matrix. Generate it again (Extensions > Key Account Matrix) instead of editing.",
  },
  de: {
    title: "KAISM-Matrix: Key Account Identification and Selection Matrix",
    subtitle: (madeAt, sheet, n) =>
      `Erstellt ${madeAt} aus dem Blatt „${sheet}“: ${n} Kunden nach KAM-Score. Werte, keine Formeln: nach Änderungen an Daten oder Kriterien neu erstellen (Erweiterungen > Key Account Matrix).`,
    note: (n, sheet) =>
      `${n} ${n === 1 ? "Zelle" : "Zellen"} in „${sheet}“ ${n === 1 ? "war" : "waren"} nicht verwendbar und ${n === 1 ? "wurde" : "wurden"} übersprungen; siehe „Nicht verwendete Zellen“ rechts.`,
    headers: [
      "Rang",
      "Kunde",
      "Attraktivität",
      "Relative Stärke",
      "KAM-Score",
      "Quadrant",
      "Umsatz",
      "Umsatzanteil",
    ],
    abc: "ABC-Klasse",
    points: (c) => `Punkte: ${c}`,
    dataRow: "Datenzeile",
    matrix: "KAISM-Matrix",
    strength: { low: "Relative Stärke: niedrig", high: "Relative Stärke: hoch" },
    attractiveness: { low: "Attraktivität: niedrig", high: "Attraktivität: hoch" },
    more: (n) => `… und ${n} weitere (siehe Tabelle)`,
    notPlaced: (n) =>
      `${n} ${n === 1 ? "Kunde hat" : "Kunden haben"} auf einer Achse keine Punkte und keinen Quadranten.`,
    concentration: "Umsatzkonzentration",
    noRevenue: "Keine Umsatzspalte gewählt: keine Anteile, Konzentration oder ABC-Klassen.",
    yesNo: ["ja", "nein"],
    model: "Modell",
    modelHeaders: ["Kriterium", "Achse", "Punkte aus", "Gewicht"],
    axis: { attractiveness: "Attraktivität", strength: "Relative Stärke" },
    input: (c, max) => {
      const how =
        c.input === "points"
          ? `Punkte 1 bis ${max}`
          : c.input === "rank"
            ? "Rang unter den Kunden"
            : c.low !== undefined || c.high !== undefined
              ? `linear von ${c.low ?? "Min"} bis ${c.high ?? "Max"}`
              : "linear von Min bis Max";
      return c.direction === "lower" ? `${how}, weniger ist besser` : how;
    },
    scale: "Punkteskala",
    scaleValue: (max) => `1 bis ${max}`,
    cuts: ["Grenze: Attraktivität", "Grenze: relative Stärke"],
    totalRevenue: "Gesamtumsatz (für Anteile)",
    about: "Über dieses Blatt",
    made: "Erstellt",
    dataSheet: "Datenblatt",
    headerRow: "Kopfzeile",
    accounts: "Kunden",
    unused: "Nicht verwendete Zellen",
    unusedItem: (w) => `Zeile ${w.sheetRow}, ${w.column}: ${w.message}`,
    strengthInChart: "Relative Stärke im Diagramm",
    strengthDirection: "links niedrig, rechts hoch",
    chartHeaders: ["Kunde", "Relative Stärke", "Attraktivität", "Quadrant", "Umsatz"],
    cutLines: "Grenzlinien",
    chartTitle: "KAISM-Matrix: Attraktivität gegen relative Stärke (hohe Stärke rechts)",
    hAxis: "Relative Stärke: niedrig → hoch",
    vAxis: "Attraktivität: niedrig → hoch",
    protection:
      "Erstellt von Key Account Matrix. Bitte neu erstellen (Erweiterungen > Key Account Matrix) statt zu bearbeiten.",
  },
};

/** The table headers of PRODUCT.md section 4, in order. */
export function tableHeaders(language: Language): string[] {
  return TEXTS[language].headers.slice();
}

export function tableColumnCount(criteria: number): number {
  return FIXED_TABLE_COLUMNS + criteria + 1;
}

/** Column positions of the three areas, from the number of criteria. */
function columnsOf(criteria: number) {
  const tableColumns = tableColumnCount(criteria);
  const side = tableColumns + 2;
  const chartAnchor = side + 5;
  const chartData = chartAnchor + CHART_COLUMNS;
  return { tableColumns, side, chartAnchor, chartData, total: chartData + 4 };
}

/** An upper bound on the cells the sheet needs, for the spreadsheet's cell limit, before evaluating. */
export function estimateMatrixCells(accounts: number, criteria: number): number {
  const rows = HEADER_ROW + accounts + 2 * (CUT_LINE_STEPS + 1) + 2 * QUADRANT_LIST_LIMIT + criteria + 60;
  return rows * columnsOf(criteria).total;
}

/** A blank rectangle that cells are placed into. */
class Canvas {
  readonly values: LayoutValue[][];
  readonly formats: string[][];
  readonly backgrounds: (string | null)[][];
  readonly weights: ("bold" | "normal")[][];
  readonly wraps: boolean[][];

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    const grid = <T>(fill: T) => Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
    this.values = grid<LayoutValue>("");
    this.formats = grid(GENERAL_FORMAT);
    this.backgrounds = grid<string | null>(null);
    this.weights = grid<"bold" | "normal">("normal");
    this.wraps = grid(false);
  }

  wrap(row: number, col: number, numCols = 1): void {
    for (let c = col - 1; c < col - 1 + numCols; c++) (this.wraps[row - 1] as boolean[])[c] = true;
  }

  /** Places a value; text always gets the plain-text format so that nothing in it is read as a formula. */
  put(row: number, col: number, value: LayoutValue | null, format?: string): void {
    const r = row - 1;
    const c = col - 1;
    const v = value ?? "";
    (this.values[r] as LayoutValue[])[c] = v;
    (this.formats[r] as string[])[c] =
      typeof v === "string" ? (v === "" ? GENERAL_FORMAT : TEXT_FORMAT) : (format ?? GENERAL_FORMAT);
  }

  fill(rect: GridRect, background: string | null, bold?: boolean): void {
    for (let r = rect.row - 1; r < rect.row - 1 + rect.numRows; r++) {
      for (let c = rect.col - 1; c < rect.col - 1 + rect.numCols; c++) {
        (this.backgrounds[r] as (string | null)[])[c] = background;
        if (bold !== undefined) (this.weights[r] as ("bold" | "normal")[])[c] = bold ? "bold" : "normal";
      }
    }
  }

  bold(row: number, col: number, numCols = 1): void {
    for (let c = col - 1; c < col - 1 + numCols; c++)
      (this.weights[row - 1] as ("bold" | "normal")[])[c] = "bold";
  }
}

function blank<T>(value: T | null): T | "" {
  return value === null ? "" : value;
}

function shortName(name: string): string {
  return name.length > MAX_NAME_IN_BLOCK ? name.slice(0, MAX_NAME_IN_BLOCK - 1) + "…" : name;
}

function tableRow(a: AccountResult, language: Language): LayoutValue[] {
  return [
    a.rank,
    a.account,
    blank(a.attractiveness),
    blank(a.strength),
    blank(a.score),
    a.quadrant ? QUADRANT_LABELS[language][a.quadrant] : "",
    blank(a.revenue),
    blank(a.share),
    blank(a.abc),
    ...a.points.map((p) => blank(p)),
    a.sheetRow,
  ];
}

function tableFormats(criteria: number): string[] {
  return [
    INTEGER_FORMAT,
    TEXT_FORMAT,
    SCORE_FORMAT,
    SCORE_FORMAT,
    SCORE_FORMAT,
    TEXT_FORMAT,
    REVENUE_FORMAT,
    SHARE_FORMAT,
    TEXT_FORMAT,
    ...new Array<string>(criteria).fill(SCORE_FORMAT),
    INTEGER_FORMAT,
  ];
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

function blockLines(group: readonly AccountResult[], t: SheetTexts): string[] {
  const listed = group.slice(0, QUADRANT_LIST_LIMIT).map((a) => `#${a.rank} ${shortName(a.account)}`);
  if (group.length > QUADRANT_LIST_LIMIT) listed.push(t.more(group.length - QUADRANT_LIST_LIMIT));
  return listed;
}

function concentrationRows(c: ConcentrationSummary, language: Language): Array<[LayoutValue, string]> {
  const t = TEXTS[language];
  return [
    [c.customers, INTEGER_FORMAT],
    [c.largestShare, SHARE_FORMAT],
    [c.top5Share, SHARE_FORMAT],
    [c.top10Share, SHARE_FORMAT],
    [c.hhi, REVENUE_FORMAT],
    [c.effectiveCustomers ?? "", SCORE_FORMAT],
    [c.customersWithTenPercent, INTEGER_FORMAT],
    [c.monoCustomer ? t.yesNo[0] : t.yesNo[1], TEXT_FORMAT],
    [CONCENTRATION_LEVEL_LABELS[language][c.level], TEXT_FORMAT],
  ];
}

/** Points along both cut lines, so the chart shows them as dotted lines. */
function cutLinePoints(config: KamConfig): Array<[number, number]> {
  const { scaleMax, cuts } = config;
  const points: Array<[number, number]> = [];
  for (let i = 0; i <= CUT_LINE_STEPS; i++) {
    const along = 1 + ((scaleMax - 1) * i) / CUT_LINE_STEPS;
    points.push([cuts.strength, along], [along, cuts.attractiveness]);
  }
  return points;
}

export function buildMatrixLayout({ evaluation, config, language, madeAt }: MatrixInput): MatrixLayout {
  const t = TEXTS[language];
  const accounts = evaluation.accounts;
  const criteria = config.criteria;
  const cols = columnsOf(criteria.length);
  const groups = byQuadrant(accounts);
  const lines = Object.fromEntries(QUADRANT_KEYS.map((k) => [k, blockLines(groups[k], t)])) as Record<
    QuadrantKey,
    string[]
  >;
  const plotted = accounts.filter((a) => a.attractiveness !== null && a.strength !== null);
  const cutPoints = cutLinePoints(config);

  // Strength runs low to high from left to right, so the high-strength quadrants are on the right.
  const topHeight = 2 + Math.max(1, lines.keyDevelopment.length, lines.keyAccount.length);
  const bottomHeight = 2 + Math.max(1, lines.opportunistic.length, lines.maintenance.length);
  const unplaced = accounts.length - plotted.length;
  const sideRows =
    1 + topHeight + bottomHeight + 2 + 10 + 2 + criteria.length + 5 + 2 + 7 + WARNINGS_LISTED + 1;
  const numRows = Math.max(
    HEADER_ROW + accounts.length,
    HEADER_ROW - 1 + sideRows,
    HEADER_ROW + plotted.length + cutPoints.length,
  );
  const canvas = new Canvas(numRows, cols.total);

  // Title rows.
  canvas.put(TITLE_ROW, 1, t.title);
  canvas.bold(TITLE_ROW, 1);
  canvas.put(SUBTITLE_ROW, 1, t.subtitle(madeAt, config.dataSheet, accounts.length));
  if (evaluation.warnings.length > 0)
    canvas.put(NOTE_ROW, 1, t.note(evaluation.warnings.length, config.dataSheet));

  // The ranked table.
  const headers = [...t.headers, t.abc, ...criteria.map((c) => t.points(c.name)), t.dataRow];
  headers.forEach((h, j) => canvas.put(HEADER_ROW, 1 + j, h));
  canvas.fill({ row: HEADER_ROW, col: 1, numRows: 1, numCols: cols.tableColumns }, HEADER_FILL, true);
  const formats = tableFormats(criteria.length);
  accounts.forEach((a, i) => {
    tableRow(a, language).forEach((v, j) => canvas.put(FIRST_DATA_ROW + i, 1 + j, v, formats[j]));
  });

  // The 2 x 2 matrix.
  const s = cols.side;
  canvas.put(HEADER_ROW, s, t.matrix);
  canvas.put(HEADER_ROW, s + 1, t.strength.low);
  canvas.put(HEADER_ROW, s + 2, t.strength.high);
  canvas.fill({ row: HEADER_ROW, col: s, numRows: 1, numCols: 3 }, HEADER_FILL, true);
  const top = FIRST_DATA_ROW;
  const bottom = top + topHeight;
  const quadrantBlocks: Record<QuadrantKey, GridRect> = {
    keyDevelopment: { row: top, col: s + 1, numRows: topHeight, numCols: 1 },
    keyAccount: { row: top, col: s + 2, numRows: topHeight, numCols: 1 },
    opportunistic: { row: bottom, col: s + 1, numRows: bottomHeight, numCols: 1 },
    maintenance: { row: bottom, col: s + 2, numRows: bottomHeight, numCols: 1 },
  };
  canvas.put(top, s, t.attractiveness.high);
  canvas.put(bottom, s, t.attractiveness.low);
  canvas.fill({ row: top, col: s, numRows: topHeight + bottomHeight, numCols: 1 }, HEADER_FILL, true);
  for (const key of QUADRANT_KEYS) {
    const block = quadrantBlocks[key];
    canvas.fill(block, QUADRANT_FILLS[key]);
    canvas.put(block.row, block.col, `${QUADRANT_LABELS[language][key]} (${groups[key].length})`);
    canvas.bold(block.row, block.col);
    canvas.put(block.row + 1, block.col, QUADRANT_STRATEGIES[language][key]);
    canvas.wrap(block.row + 1, block.col);
    lines[key].forEach((line, i) => canvas.put(block.row + 2 + i, block.col, line));
  }
  let row = bottom + bottomHeight;
  if (unplaced > 0) canvas.put(row, s + 1, t.notPlaced(unplaced));
  row += 2;

  // Concentration.
  canvas.put(row, s, t.concentration);
  canvas.fill({ row, col: s, numRows: 1, numCols: 4 }, HEADER_FILL, true);
  row++;
  const concentration = evaluation.concentration;
  if (concentration) {
    concentrationRows(concentration, language).forEach(([value, format], i) => {
      canvas.put(row + i, s, CONCENTRATION_LABELS[language][i] as string);
      canvas.put(row + i, s + 1, value, format);
    });
    const largest = concentration.largestShare;
    const alarm =
      largest > MONO_CUSTOMER_SHARE ? SHARE_RED : largest >= MAJOR_CUSTOMER_SHARE ? SHARE_AMBER : null;
    canvas.fill({ row: row + 1, col: s + 1, numRows: 1, numCols: 1 }, alarm);
    if (concentration.monoCustomer)
      canvas.fill({ row: row + 7, col: s + 1, numRows: 1, numCols: 1 }, SHARE_RED, true);
    row += 9;
  } else {
    canvas.put(row, s, t.noRevenue);
    row++;
  }
  row++;

  // The model.
  canvas.put(row, s, t.model);
  canvas.fill({ row, col: s, numRows: 1, numCols: 4 }, HEADER_FILL, true);
  row++;
  t.modelHeaders.forEach((h, j) => canvas.put(row, s + j, h));
  canvas.bold(row, s, 4);
  row++;
  for (const c of criteria) {
    canvas.put(row, s, c.name);
    canvas.put(row, s + 1, t.axis[c.axis]);
    canvas.put(row, s + 2, t.input(c, config.scaleMax));
    canvas.put(row, s + 3, c.weight, GENERAL_FORMAT);
    row++;
  }
  canvas.put(row, s, t.scale);
  canvas.put(row + 1, s, t.cuts[0]);
  canvas.put(row + 2, s, t.cuts[1]);
  canvas.put(row, s + 1, t.scaleValue(config.scaleMax));
  canvas.put(row + 1, s + 1, config.cuts.attractiveness, "0.0##");
  canvas.put(row + 2, s + 1, config.cuts.strength, "0.0##");
  row += 3;
  if (config.totalRevenue !== undefined) {
    canvas.put(row, s, t.totalRevenue);
    canvas.put(row, s + 1, config.totalRevenue, REVENUE_FORMAT);
    row++;
  }
  row++;

  // About.
  canvas.put(row, s, t.about);
  canvas.fill({ row, col: s, numRows: 1, numCols: 4 }, HEADER_FILL, true);
  row++;
  const about: Array<[string, LayoutValue, string?]> = [
    [t.made, madeAt],
    [t.dataSheet, config.dataSheet],
    [t.headerRow, config.headerRow, INTEGER_FORMAT],
    [t.accounts, accounts.length, INTEGER_FORMAT],
    [t.strengthInChart, t.strengthDirection],
    [t.unused, evaluation.warnings.length, INTEGER_FORMAT],
  ];
  for (const [label, value, format] of about) {
    canvas.put(row, s, label);
    canvas.put(row, s + 1, value, format);
    row++;
  }
  const listedWarnings = evaluation.warnings.slice(0, WARNINGS_LISTED);
  listedWarnings.forEach((w, i) => canvas.put(row + i, s + 1, t.unusedItem(w)));
  if (evaluation.warnings.length > WARNINGS_LISTED) {
    canvas.put(row + WARNINGS_LISTED, s + 1, t.more(evaluation.warnings.length - WARNINGS_LISTED));
  }

  // Chart data: accounts grouped by quadrant, then the cut lines, so series colours follow a fixed order.
  const d = cols.chartData;
  t.chartHeaders.forEach((h, j) => canvas.put(HEADER_ROW, d + j, h));
  canvas.fill({ row: HEADER_ROW, col: d, numRows: 1, numCols: 5 }, HEADER_FILL, true);
  let r = FIRST_DATA_ROW;
  const seriesColors: string[] = [];
  for (const key of QUADRANT_KEYS) {
    const members = groups[key];
    if (members.length === 0) continue;
    seriesColors.push(BUBBLE_COLORS[key]);
    for (const a of members) {
      canvas.put(r, d, a.account);
      canvas.put(r, d + 1, a.strength as number, SCORE_FORMAT);
      canvas.put(r, d + 2, a.attractiveness as number, SCORE_FORMAT);
      canvas.put(r, d + 3, QUADRANT_LABELS[language][key]);
      canvas.put(r, d + 4, config.revenueColumn ? (a.revenue ?? 0) : 1, REVENUE_FORMAT);
      r++;
    }
  }
  seriesColors.push(CUT_LINE_COLOR);
  for (const [x, y] of cutPoints) {
    canvas.put(r, d, "");
    canvas.put(r, d + 1, x, SCORE_FORMAT);
    canvas.put(r, d + 2, y, SCORE_FORMAT);
    canvas.put(r, d + 3, t.cutLines);
    canvas.put(r, d + 4, 0, REVENUE_FORMAT);
    r++;
  }
  const chartRange: GridRect = { row: HEADER_ROW, col: d, numRows: r - HEADER_ROW, numCols: 5 };

  const dataRows = accounts.length;
  const column = (col: number, numCols = 1): GridRect => ({
    row: FIRST_DATA_ROW,
    col,
    numRows: dataRows,
    numCols,
  });
  const gradient = (ranges: GridRect[], mid: number): RuleDescriptor => ({
    kind: "gradient",
    ranges,
    min: { value: 1, color: GRADIENT.low },
    mid: { value: mid, color: GRADIENT.mid },
    max: { value: config.scaleMax, color: GRADIENT.high },
  });
  // One colour scale for every score and point: red at 1, white at the scale's middle, green at the top.
  const rules: RuleDescriptor[] = [
    gradient(
      criteria.length > 0 ? [column(3, 3), column(FIXED_TABLE_COLUMNS + 1, criteria.length)] : [column(3, 3)],
      midpoint(config.scaleMax),
    ),
    ...QUADRANT_KEYS.map((key): RuleDescriptor => ({
      kind: "textEqualTo",
      ranges: [column(6)],
      text: QUADRANT_LABELS[language][key],
      background: QUADRANT_FILLS[key],
    })),
    {
      kind: "numberGreaterThan",
      ranges: [column(8)],
      value: MONO_CUSTOMER_SHARE,
      background: SHARE_RED,
      bold: true,
    },
    {
      kind: "numberGreaterThanOrEqualTo",
      ranges: [column(8)],
      value: MAJOR_CUSTOMER_SHARE,
      background: SHARE_AMBER,
      bold: false,
    },
  ];

  const axisWindow = { min: 1, max: config.scaleMax };
  // Few width groups on purpose: each is one call. Other columns keep Sheets' default of 100 pixels.
  const widths: Array<{ col: number; count: number; width: number }> = [
    { col: 1, count: 1, width: 48 },
    { col: 2, count: 1, width: 220 },
    { col: s, count: 3, width: 300 },
    { col: d, count: 1, width: 200 },
  ];

  return {
    sheetName: MATRIX_SHEET_NAME,
    numRows,
    numColumns: cols.total,
    values: canvas.values,
    numberFormats: canvas.formats,
    backgrounds: canvas.backgrounds,
    fontWeights: canvas.weights,
    wraps: canvas.wraps,
    frozenRows: HEADER_ROW,
    frozenColumns: 2,
    columnWidths: widths,
    rules,
    chart: {
      range: chartRange,
      anchor: { row: FIRST_DATA_ROW, col: cols.chartAnchor },
      options: {
        title: t.chartTitle,
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        hAxis: { title: t.hAxis, direction: 1, viewWindow: axisWindow },
        vAxis: { title: t.vAxis, viewWindow: axisWindow },
        sizeAxis: { minSize: 2, maxSize: 28 },
        colors: seriesColors,
        bubble: { textStyle: { fontSize: 9 } },
        legend: { position: "right" },
      },
    },
    protectionDescription: t.protection,
    table: { row: HEADER_ROW, col: 1, numRows: 1 + accounts.length, numCols: cols.tableColumns },
    quadrantBlocks,
  };
}
