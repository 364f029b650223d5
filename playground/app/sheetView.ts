import type { Emulator } from "../../test/emulator";
import { columnLetter } from "../../src/core/a1";
import type { BubblePoint, CellView, ChartView, SheetView } from "../view";

type Dump = ReturnType<Emulator["dump"]>;
type DumpedSheet = Dump["sheets"][number];
type DumpedChart = DumpedSheet["charts"][number];

/** Extra empty rows and columns drawn around the data, as Sheets shows a grid larger than the data. */
const MARGIN_ROWS = 20;
const MARGIN_COLUMNS = 4;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
const DEFAULT_COLUMN_WIDTH = 100;

/** "B2:D5" -> 1-based rectangle. */
function parseRect(a1: string): { row: number; col: number; rows: number; cols: number } | null {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/^.*!/, "").replace(/\$/g, ""));
  if (!match) return null;
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  const col = column(match[1] as string);
  const endRow = match[4] ? Number(match[4]) : row;
  const endCol = match[3] ? column(match[3]) : col;
  return { row, col, rows: endRow - row + 1, cols: endCol - col + 1 };
}

function isNumberLike(text: string): boolean {
  return /^[-+]?[\d.,]+\s?%?$/.test(text.trim());
}

/** Every sheet as a person sees it: displayed text, colours after conditional formatting, merges, charts. */
export function sheetViews(emulator: Emulator): SheetView[] {
  const dump = emulator.dump();
  return dump.sheets.map((sheet) => sheetView(emulator, dump, sheet));
}

function sheetView(emulator: Emulator, dump: Dump, sheet: DumpedSheet): SheetView {
  const usedRows = sheet.values.length;
  const usedColumns = sheet.values[0]?.length ?? 0;
  const charts = sheet.charts.map((chart) => chartView(emulator, chart));
  const rows = Math.max(
    MIN_ROWS,
    usedRows + MARGIN_ROWS,
    ...charts.map((c) => c.row + Math.ceil(c.height / 21)),
  );
  const columns = Math.max(MIN_COLUMNS, usedColumns + MARGIN_COLUMNS, ...charts.map((c) => c.column + 6));

  const cells: CellView[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: CellView[] = [];
    for (let c = 1; c <= columns; c++) {
      if (r > usedRows || c > usedColumns) {
        line.push({ text: "" });
        continue;
      }
      const address = `${columnLetter(c)}${r}`;
      const shown = emulator.displayed(sheet.name, address);
      const cell: CellView = { text: shown.value };
      if (shown.background && shown.background.toLowerCase() !== "#ffffff")
        cell.background = shown.background;
      const formula = sheet.formulas[address];
      if (formula) cell.formula = formula;
      if (sheet.fontWeights[address] === "bold") cell.bold = true;
      const color = sheet.fontColors[address];
      if (color && color.toLowerCase() !== "#000000") cell.color = color;
      const align = sheet.horizontalAlignments[address];
      if (align === "center" || align === "right" || align === "left") cell.align = align;
      else if (isNumberLike(shown.value)) cell.align = "right";
      if (sheet.wraps[address]) cell.wrap = true;
      line.push(cell);
    }
    cells.push(line);
  }
  for (const merge of sheet.merges) {
    const rect = parseRect(merge);
    if (!rect) continue;
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const cell = cells[r - 1]?.[c - 1];
        if (cell && (r !== rect.row || c !== rect.col)) cell.hidden = true;
      }
    }
    const anchor = cells[rect.row - 1]?.[rect.col - 1];
    if (anchor) {
      anchor.rowSpan = rect.rows;
      anchor.colSpan = rect.cols;
    }
  }
  const widths = sheet.columnWidths as Record<string, number>;
  const columnWidths = Array.from(
    { length: columns },
    (_, i) => widths[columnLetter(i + 1)] ?? DEFAULT_COLUMN_WIDTH,
  );

  return {
    name: sheet.name,
    rows,
    columns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths,
    cells,
    charts,
    protectedWarning: dump.protections.some((p) => p.sheet === sheet.name && p.warningOnly),
  };
}

function inside(rect: ReturnType<typeof parseRect>, row: number, column: number): boolean {
  return (
    rect !== null &&
    row >= rect.row &&
    row < rect.row + rect.rows &&
    column >= rect.col &&
    column < rect.col + rect.cols
  );
}

/** True when Sheets would warn before a person edits this cell (a warning-only protection covers it). */
export function warnsOnEdit(emulator: Emulator, sheetName: string, row: number, column: number): boolean {
  return emulator.dump().protections.some((p) => {
    if (!p.warningOnly || p.sheet !== sheetName) return false;
    if (p.type === "RANGE") return p.range !== null && inside(parseRect(p.range), row, column);
    return !p.unprotectedRanges.some((a1) => inside(parseRect(a1), row, column));
  });
}

/** Values of a qualified range such as 'KAISM Matrix'!A2:E41, read through the emulated service. */
function rangeValues(emulator: Emulator, qualified: string): unknown[][] {
  try {
    return emulator.spreadsheet.getRange(qualified).getValues();
  } catch {
    return [];
  }
}

type Options = Record<string, unknown>;

function nested(options: Options, key: string): Options {
  const value = options[key];
  return typeof value === "object" && value !== null ? (value as Options) : {};
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function windowOf(axis: Options): [number, number] | undefined {
  const view = nested(axis, "viewWindow");
  return typeof view.min === "number" && typeof view.max === "number" ? [view.min, view.max] : undefined;
}

/**
 * A bubble chart from its data range in the Sheets bubble layout (header row, then ID, x, y, colour
 * series, size) and its options (title, axis titles and windows, series colours).
 */
function chartView(emulator: Emulator, chart: DumpedChart): ChartView {
  const options = chart.options as Options;
  const points: BubblePoint[] = [];
  const seriesNames: string[] = [];
  for (const range of chart.ranges) {
    for (const row of rangeValues(emulator, range).slice(1)) {
      const [label, x, y, series, size] = row;
      if (typeof x !== "number" || typeof y !== "number") continue;
      const name = String(series ?? "");
      if (!seriesNames.includes(name)) seriesNames.push(name);
      points.push({ label: String(label), x, y, size: typeof size === "number" ? size : 1, series: name });
    }
  }
  const colors = Array.isArray(options.colors) ? options.colors.map(String) : [];
  const hAxis = nested(options, "hAxis");
  const vAxis = nested(options, "vAxis");
  const size = (key: string, fallback: number) =>
    typeof options[key] === "number" ? (options[key] as number) : fallback;
  return {
    title: text(options.title),
    type: chart.type,
    row: chart.position.row,
    column: chart.position.col,
    width: size("width", 600),
    height: size("height", 420),
    xTitle: text(hAxis.title),
    yTitle: text(vAxis.title),
    points,
    series: seriesNames.map((name, i) => ({ name, color: colors[i] ?? "#1a73e8" })),
    xRange: windowOf(hAxis),
    yRange: windowOf(vAxis),
  };
}
