/**
 * The two generated sheets (docs/REFERENCE.md, "The generated sheets"): the `KAISM Matrix` overview and the
 * `KAM Scores` table, drawn as plain data by src/core/sheets/ and written by src/adapters/matrixSheet.ts.
 */
import type { Language } from "./language";
import type { OverviewLayout, ScoresLayout } from "./sheets/grid";
import type { MatrixInput } from "./sheets/input";
import { buildOverviewLayout, OVERVIEW_COLUMNS } from "./sheets/overviewSheet";
import { placeColumns, tableWidth } from "./sheets/scoresColumns";
import { buildScoresLayout } from "./sheets/scoresSheet";
import { SHEET_TEXTS } from "./sheets/texts";
import type { KamConfig } from "./config";

export * from "./sheets/grid";
export * from "./sheets/colors";
export type { MatrixInput } from "./sheets/input";
export { SHEET_TEXTS, DEFAULT_SHEET_NAMES } from "./sheets/texts";
export { SCORES_COLUMNS, placeColumns, type TableColumn } from "./sheets/scoresColumns";
export { columnRect, buildScoresLayout } from "./sheets/scoresSheet";
export { buildOverviewLayout } from "./sheets/overviewSheet";
export { AREAS_BELOW, TITLE_LINES, FIRST_SCREEN, OVERVIEW_COLUMN_WIDTHS } from "./sheets/overviewSheet";
export { CHART_OPTIONS_USED } from "./sheets/chart";

/** The overview's English name, which generateKaismMatrix used to report before sheets had languages. */
export const MATRIX_SHEET_NAME = SHEET_TEXTS.en.overviewName;
export const SCORES_SHEET_NAME = SHEET_TEXTS.en.scoresName;

export interface MatrixLayouts {
  overview: OverviewLayout;
  scores: ScoresLayout;
}

/**
 * Both sheets. `names` are the sheets' actual names where they exist already (a person may have renamed
 * them), so the overview's references to the table name the right tab.
 */
export function buildMatrixLayouts(input: MatrixInput, names?: { scores?: string }): MatrixLayouts {
  const scores = buildScoresLayout(input);
  const overview = buildOverviewLayout(input, names?.scores ?? scores.sheetName);
  return { overview, scores };
}

/** The table headers in order, for a language and the saved criteria. */
export function tableHeaders(language: Language, config: KamConfig): string[] {
  return placeColumns({ config, language }).map((c) => c.header);
}

/** An upper bound on the cells both sheets need, for the spreadsheet's cell limit, before evaluating. */
export function estimateMatrixCells(accounts: number, criteria: number): number {
  // The overview's chart data has a header and a row per account; above a few accounts that is its height.
  // Its areas (model, scale warnings: a row per criterion each; edge list, movers) stay under 140 + 2 per
  // criterion rows, a generous bound (about 70 rows with 12 criteria).
  const overviewRows = Math.max(accounts + 1, 140 + 2 * criteria);
  return (accounts + 1) * tableWidth(criteria) + overviewRows * OVERVIEW_COLUMNS;
}
