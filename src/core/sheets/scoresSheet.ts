import { QUADRANT_LABELS } from "../i18n";
import { midpoint } from "../points";
import { QUADRANT_KEYS } from "../quadrant";
import { MAJOR_CUSTOMER_SHARE, MONO_CUSTOMER_SHARE } from "../revenue";
import { GRADIENT, HEADER_FILL, QUADRANT_FILLS, SHARE_AMBER, SHARE_RED } from "./colors";
import { Canvas, groupWidths, type GridRect, type RuleDescriptor, type ScoresLayout } from "./grid";
import type { MatrixInput } from "./input";
import { placeColumns, SCORES_COLUMNS, type PlacedColumn, type TableColumn } from "./scoresColumns";
import { SHEET_TEXTS } from "./texts";
import { cellWidthFor } from "./textWidth";

const HEADER_ROW = 1;
/** Wide enough for "Contribution: " and a criterion name of about 35 characters; longer ones are cut. */
const MAX_COLUMN_WIDTH = 340;

/** The data rows of the columns with `id` (contiguous, as placeColumns keeps them); null when absent. */
export function columnRect(columns: readonly PlacedColumn[], id: string, dataRows: number): GridRect | null {
  const matching = columns.filter((c) => c.id === id);
  const first = matching[0];
  if (!first || dataRows === 0) return null;
  return { row: HEADER_ROW + 1, col: first.col, numRows: dataRows, numCols: matching.length };
}

/** The colour rules, each finding its column by id: scores and points, quadrants, shares. */
function scoreRules(columns: readonly PlacedColumn[], input: MatrixInput): RuleDescriptor[] {
  const { config, language } = input;
  const rows = input.evaluation.accounts.length;
  const rect = (id: string) => columnRect(columns, id, rows);
  const present = (ids: string[]) => ids.map(rect).filter((r): r is GridRect => r !== null);
  const rules: RuleDescriptor[] = [];
  const graded = present(["attractiveness", "strength", "score", "points"]);
  if (graded.length > 0) {
    // One colour scale for every score and point: red at 1, white at the scale's middle, green at the top.
    rules.push({
      kind: "gradient",
      ranges: graded,
      min: { value: 1, color: GRADIENT.low },
      mid: { value: midpoint(config.scaleMax), color: GRADIENT.mid },
      max: { value: config.scaleMax, color: GRADIENT.high },
    });
  }
  const quadrant = present(["quadrant"]);
  if (quadrant.length > 0) {
    for (const key of QUADRANT_KEYS) {
      const text = QUADRANT_LABELS[language][key];
      rules.push({ kind: "textEqualTo", ranges: quadrant, text, background: QUADRANT_FILLS[key] });
    }
  }
  const share = present(["share"]);
  if (share.length > 0) {
    const red = { value: MONO_CUSTOMER_SHARE, background: SHARE_RED, bold: true };
    const amber = { value: MAJOR_CUSTOMER_SHARE, background: SHARE_AMBER, bold: false };
    rules.push({ kind: "numberGreaterThan", ranges: share, ...red });
    rules.push({ kind: "numberGreaterThanOrEqualTo", ranges: share, ...amber });
  }
  return rules;
}

/** `KAM Scores`: the ranked table with a frozen header row and account column and a filter. */
export function buildScoresLayout(
  input: MatrixInput,
  columnList: readonly TableColumn[] = SCORES_COLUMNS,
): ScoresLayout {
  const { language, evaluation } = input;
  const t = SHEET_TEXTS[language];
  const columns = placeColumns(input, columnList);
  const canvas = new Canvas(columns.length);
  for (const column of columns) canvas.put(HEADER_ROW, column.col, column.header);
  canvas.fill({ row: HEADER_ROW, col: 1, numRows: 1, numCols: columns.length }, HEADER_FILL, true);
  evaluation.accounts.forEach((account, i) => {
    for (const column of columns)
      canvas.put(HEADER_ROW + 1 + i, column.col, column.value(account), column.format);
  });
  const accountColumn = columns.find((c) => c.id === "account")?.col ?? 1;
  // The columns right of the account column share one width, wide enough for the longest header (one
  // call for all of them); the ones up to the account column keep their entry's width.
  const shared = Math.min(
    MAX_COLUMN_WIDTH,
    Math.max(
      ...columns
        .filter((c) => c.col > accountColumn)
        .map((c) => Math.max(c.width, cellWidthFor(c.header, true))),
    ),
  );
  const widths = columns.map((c) => (c.col > accountColumn ? shared : c.width));
  const table: GridRect = {
    row: HEADER_ROW,
    col: 1,
    numRows: 1 + evaluation.accounts.length,
    numCols: columns.length,
  };
  return {
    role: "scores",
    sheetName: t.scoresName,
    numRows: canvas.rows,
    numColumns: columns.length,
    values: canvas.values,
    numberFormats: canvas.formats,
    backgrounds: canvas.backgrounds,
    fontWeights: canvas.weights,
    frozenRows: HEADER_ROW,
    frozenColumns: accountColumn,
    columnWidths: groupWidths(widths),
    rules: scoreRules(columns, input),
    charts: [],
    filter: table,
    protectionDescription: t.protection,
    table,
  };
}
