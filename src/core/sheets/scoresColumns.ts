import type { Criterion, KamConfig } from "../config";
import { QUADRANT_LABELS } from "../i18n";
import type { Language } from "../language";
import type { AccountResult } from "../model";
import { formatFlip } from "../sensitivity";
import {
  blank,
  CONTRIBUTION_FORMAT,
  INTEGER_FORMAT,
  MARGIN_FORMAT,
  REVENUE_FORMAT,
  SCORE_FORMAT,
  SHARE_FORMAT,
  TEXT_FORMAT,
  type LayoutValue,
} from "./grid";
import type { MatrixInput } from "./input";
import { HISTORY_TEXTS } from "../historyTexts";
import { RANK_CHANGE_FORMAT } from "./moversArea";
import { SHEET_TEXTS } from "./texts";

/**
 * What a column needs to draw itself: the model and the language always; when the table is drawn, the
 * whole MatrixInput (so a column filled from more data, such as the history's previous snapshot, reads
 * the field it adds to MatrixInput here).
 */
export type ColumnContext = { config: KamConfig; language: Language } & Partial<MatrixInput>;

/**
 * One column of the `KAM Scores` table (docs/REFERENCE.md, the generated sheets). Rules find their column
 * by `id`, never by position, so a column inserted anywhere moves nothing else.
 * - `header` per language; a per-criterion column gets the criterion and makes one sheet column each.
 * - `present` leaves a column out entirely (absent, not empty) until what fills it exists.
 */
export interface TableColumn {
  id: string;
  header: Record<Language, (criterion: Criterion) => string>;
  format: string;
  /** Width in pixels; a per-criterion column is widened to fit its longest header. */
  width: number;
  perCriterion?: boolean;
  present?: (ctx: ColumnContext) => boolean;
  value: (account: AccountResult, ctx: ColumnContext, criterion: number) => LayoutValue;
}

const fixed = (en: string, de: string): TableColumn["header"] => ({ en: () => en, de: () => de });

/** The table's columns in sheet order: the contract's headers first. Adding a column is one entry here. */
export const SCORES_COLUMNS: readonly TableColumn[] = [
  { id: "rank", header: fixed("Rank", "Rang"), format: INTEGER_FORMAT, width: 56, value: (a) => a.rank },
  {
    id: "account",
    header: fixed("Account", "Kunde"),
    format: TEXT_FORMAT,
    width: 220,
    value: (a) => a.account,
  },
  {
    id: "attractiveness",
    header: fixed("Attractiveness", "Attraktivität"),
    format: SCORE_FORMAT,
    width: 130,
    value: (a) => blank(a.attractiveness),
  },
  {
    id: "strength",
    header: fixed("Relative strength", "Relative Stärke"),
    format: SCORE_FORMAT,
    width: 130,
    value: (a) => blank(a.strength),
  },
  {
    id: "score",
    header: fixed("KAM score", "KAM-Score"),
    format: SCORE_FORMAT,
    width: 130,
    value: (a) => blank(a.score),
  },
  {
    id: "quadrant",
    header: fixed("Quadrant", "Quadrant"),
    format: TEXT_FORMAT,
    width: 130,
    value: (a, ctx) => (a.quadrant ? QUADRANT_LABELS[ctx.language][a.quadrant] : ""),
  },
  {
    id: "revenue",
    header: fixed("Revenue", "Umsatz"),
    format: REVENUE_FORMAT,
    width: 130,
    value: (a) => blank(a.revenue),
  },
  {
    id: "share",
    header: fixed("Revenue share", "Umsatzanteil"),
    format: SHARE_FORMAT,
    width: 130,
    value: (a) => blank(a.share),
  },
  {
    id: "abc",
    header: fixed(SHEET_TEXTS.en.abc, SHEET_TEXTS.de.abc),
    format: TEXT_FORMAT,
    width: 130,
    value: (a) => blank(a.abc),
  },
  {
    id: "rankChange",
    header: fixed("Rank change", "Rangänderung"),
    format: RANK_CHANGE_FORMAT,
    width: 110,
    value: (a, ctx) => {
      const moved = ctx.history?.movement?.byRow.get(a.sheetRow);
      if (!moved) return "";
      return moved.rankChange === "New" ? HISTORY_TEXTS[ctx.language].newAccount : moved.rankChange;
    },
  },
  {
    id: "previousQuadrant",
    header: fixed("Previous quadrant", "Vorheriger Quadrant"),
    format: TEXT_FORMAT,
    width: 140,
    value: (a, ctx) => {
      const before = ctx.history?.movement?.byRow.get(a.sheetRow)?.previousQuadrant;
      return before ? QUADRANT_LABELS[ctx.language][before] : "";
    },
  },
  {
    id: "marginToCut",
    header: fixed(SHEET_TEXTS.en.marginToCut, SHEET_TEXTS.de.marginToCut),
    format: MARGIN_FORMAT,
    width: 130,
    value: (a) => blank(a.marginToCut),
  },
  {
    id: "flip",
    header: fixed(SHEET_TEXTS.en.weightChangeToFlip, SHEET_TEXTS.de.weightChangeToFlip),
    format: TEXT_FORMAT,
    width: 130,
    value: (a, ctx) => (a.flip ? formatFlip(a.flip, ctx.config, ctx.language) : ""),
  },
  {
    id: "drivers",
    header: fixed(SHEET_TEXTS.en.mainDrivers, SHEET_TEXTS.de.mainDrivers),
    format: TEXT_FORMAT,
    width: 130,
    value: (a, ctx) => a.drivers.map((j) => ctx.config.criteria[j]?.name ?? "").join(", "),
  },
  {
    id: "points",
    header: { en: (c) => SHEET_TEXTS.en.points(c.name), de: (c) => SHEET_TEXTS.de.points(c.name) },
    format: SCORE_FORMAT,
    width: 130,
    perCriterion: true,
    value: (a, _ctx, j) => blank(a.points[j] ?? null),
  },
  {
    id: "contribution",
    header: {
      en: (c) => SHEET_TEXTS.en.contribution(c.name),
      de: (c) => SHEET_TEXTS.de.contribution(c.name),
    },
    format: CONTRIBUTION_FORMAT,
    width: 130,
    perCriterion: true,
    value: (a, _ctx, j) => blank(a.contributions[j] ?? null),
  },
  {
    id: "dataRow",
    header: fixed(SHEET_TEXTS.en.dataRow, SHEET_TEXTS.de.dataRow),
    format: INTEGER_FORMAT,
    width: 130,
    value: (a) => a.sheetRow,
  },
];

/** A column as it lands in the sheet: one per criterion for a per-criterion column. */
export interface PlacedColumn {
  id: string;
  /** 1-based sheet column. */
  col: number;
  header: string;
  format: string;
  width: number;
  value: (account: AccountResult) => LayoutValue;
  /** The column list entry, for the width of per-criterion columns. */
  source: TableColumn;
}

/** Sheet columns of the table for a number of criteria, every column counted (an upper bound). */
export function tableWidth(criteria: number, columns: readonly TableColumn[] = SCORES_COLUMNS): number {
  return columns.reduce((sum, column) => sum + (column.perCriterion ? criteria : 1), 0);
}

export function placeColumns(
  ctx: ColumnContext,
  columns: readonly TableColumn[] = SCORES_COLUMNS,
): PlacedColumn[] {
  const placed: PlacedColumn[] = [];
  for (const column of columns) {
    if (column.present && !column.present(ctx)) continue;
    const instances = column.perCriterion
      ? ctx.config.criteria.map((c, j) => ({ c, j }))
      : [{ c: null, j: 0 }];
    for (const { c, j } of instances) {
      placed.push({
        id: column.id,
        col: placed.length + 1,
        header: column.header[ctx.language](c ?? (ctx.config.criteria[0] as Criterion)),
        format: column.format,
        width: column.width,
        value: (a) => column.value(a, ctx, j),
        source: column,
      });
    }
  }
  return placed;
}
