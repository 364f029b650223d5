import { isBlank, isValidNumber, describeInvalid, type CellValue } from "./cells";
import { axesWithoutCriterion, type Criterion, type KamConfig } from "./config";
import type { Language } from "./i18n";
import { coreMessages, type CoreMessages } from "./messages";
import { mirrorPoints, pointsForNumbers } from "./points";
import { quadrantOf, QUADRANT_KEYS, type QuadrantKey } from "./quadrant";
import { abcClassesOf, concentrationOf, type AbcClass, type ConcentrationSummary } from "./revenue";

/** A data sheet as read in one batch: the header texts and every row below the header row. */
export interface DataTable {
  headers: string[];
  rows: CellValue[][];
  /** 1-based sheet row of the header; data rows follow it. */
  headerRow: number;
}

export interface AccountResult {
  /** 1-based row in the data sheet, the account's identity even when names repeat. */
  sheetRow: number;
  account: string;
  revenue: number | null;
  /** Points per criterion in config order; null where the value is missing or unusable. */
  points: (number | null)[];
  attractiveness: number | null;
  strength: number | null;
  score: number | null;
  quadrant: QuadrantKey | null;
  share: number | null;
  abc: AbcClass | null;
  /** 1-based position in the ranking (score, highest first; unscored accounts last). */
  rank: number;
}

/** A cell that could not be used; the account is still evaluated without it. */
export interface DataWarning {
  sheetRow: number;
  column: string;
  message: string;
}

export interface Evaluation {
  /** Ranked: highest KAM score first, ties in sheet order, accounts without a score at the end. */
  accounts: AccountResult[];
  warnings: DataWarning[];
  quadrantCounts: Record<QuadrantKey, number>;
  concentration: ConcentrationSummary | null;
}

/** Why the model cannot be evaluated at all; `field` says what to fix. */
export class ModelError extends Error {
  constructor(
    message: string,
    public readonly field: string,
  ) {
    super(message);
    this.name = "ModelError";
  }
}

function normaliseHeader(text: unknown): string {
  return String(text ?? "")
    .trim()
    .toLowerCase();
}

/** Index of a header (trimmed, case-insensitive), or -1. */
export function findColumn(headers: readonly string[], name: string): number {
  const wanted = normaliseHeader(name);
  return headers.findIndex((h) => normaliseHeader(h) === wanted);
}

/** Every column the config names that the header row lacks. */
export function missingColumns(config: KamConfig, headers: readonly string[]): string[] {
  const named = [config.accountColumn, ...(config.revenueColumn ? [config.revenueColumn] : [])];
  named.push(...config.criteria.map((c) => c.column));
  return [...new Set(named)].filter((name) => findColumn(headers, name) < 0);
}

/** Problems that keep a matrix from being drawn (no weighted criterion on an axis), in `language`. */
export function matrixReadiness(config: KamConfig, language: Language = "en"): string[] {
  const m = coreMessages(language);
  return axesWithoutCriterion(config).map((axis) => m.noWeightOnAxis(axis));
}

function columnIndex(
  headers: readonly string[],
  name: string,
  field: string,
  sheetName: string,
  m: CoreMessages,
): number {
  const index = findColumn(headers, name);
  if (index < 0) throw new ModelError(m.columnNotInHeader(name, sheetName), field);
  return index;
}

/** The three weighted means of one account's points, each summed in criterion order like KAM_SCORE. */
function axisScores(
  points: readonly (number | null)[],
  weights: readonly number[],
  onAttractiveness: readonly boolean[],
): { attractiveness: number | null; strength: number | null; score: number | null } {
  let attractiveness = 0;
  let attractivenessWeights = 0;
  let strength = 0;
  let strengthWeights = 0;
  let all = 0;
  let allWeights = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j] as number;
    const p = points[j];
    if (w <= 0 || p === null || p === undefined) continue;
    const weighted = w * p;
    all += weighted;
    allWeights += w;
    if (onAttractiveness[j]) {
      attractiveness += weighted;
      attractivenessWeights += w;
    } else {
      strength += weighted;
      strengthWeights += w;
    }
  }
  return {
    attractiveness: attractivenessWeights > 0 ? attractiveness / attractivenessWeights : null,
    strength: strengthWeights > 0 ? strength / strengthWeights : null,
    score: allWeights > 0 ? all / allWeights : null,
  };
}

/** Points of one criterion for every account row; unusable cells become null and a warning. */
function criterionPoints(
  criterion: Criterion,
  rows: readonly (readonly CellValue[])[],
  column: number,
  sheetRows: readonly number[],
  scaleMax: number,
  warnings: DataWarning[],
  language: Language,
): (number | null)[] {
  const m = coreMessages(language);
  const out: (number | null)[] = new Array<number | null>(rows.length).fill(null);
  const validIndex: number[] = [];
  const validValues: number[] = [];
  const asPoints = criterion.input === "points";
  for (let i = 0; i < rows.length; i++) {
    const cell = (rows[i] as readonly CellValue[])[column];
    if (isBlank(cell)) continue;
    if (!isValidNumber(cell)) {
      warnings.push({
        sheetRow: sheetRows[i] as number,
        column: criterion.column,
        message: m.notANumber(describeInvalid(cell, language)),
      });
      continue;
    }
    if (asPoints && (cell < 1 || cell > scaleMax)) {
      warnings.push({
        sheetRow: sheetRows[i] as number,
        column: criterion.column,
        message: m.outsideScale(cell, scaleMax),
      });
      continue;
    }
    validIndex.push(i);
    validValues.push(cell);
  }
  let points: readonly number[];
  if (criterion.input === "points") {
    points =
      criterion.direction === "lower" ? validValues.map((p) => mirrorPoints(p, scaleMax)) : validValues;
  } else {
    points = pointsForNumbers(validValues, {
      direction: criterion.direction,
      scaleMax,
      method: criterion.input,
      low: criterion.low,
      high: criterion.high,
    });
  }
  for (let k = 0; k < validIndex.length; k++) out[validIndex[k] as number] = points[k] as number;
  return out;
}

/**
 * Evaluates the model on a data table: points, axis scores, KAM score, quadrant, share and ABC class per
 * account (PRODUCT.md section 4). Rows with a blank account name take no part in anything. Errors and
 * warnings are worded in `language`.
 */
export function evaluateAccounts(config: KamConfig, table: DataTable, language: Language = "en"): Evaluation {
  const m = coreMessages(language);
  const sheet = config.dataSheet;
  const accountIndex = columnIndex(table.headers, config.accountColumn, "accountColumn", sheet, m);
  const revenueIndex = config.revenueColumn
    ? columnIndex(table.headers, config.revenueColumn, "revenueColumn", sheet, m)
    : -1;
  const criterionIndexes = config.criteria.map((c, i) =>
    columnIndex(table.headers, c.column, `criteria[${i}].column`, sheet, m),
  );

  const rows: CellValue[][] = [];
  const sheetRows: number[] = [];
  table.rows.forEach((row, i) => {
    if (String(row[accountIndex] ?? "").trim() === "") return;
    rows.push(row);
    sheetRows.push(table.headerRow + 1 + i);
  });

  const warnings: DataWarning[] = [];
  const pointsByCriterion = config.criteria.map((c, j) =>
    criterionPoints(c, rows, criterionIndexes[j] as number, sheetRows, config.scaleMax, warnings, language),
  );

  const revenues: (number | null)[] = new Array<number | null>(rows.length);
  const validRevenues: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    revenues[i] = null;
    if (revenueIndex < 0) continue;
    const cell = (rows[i] as CellValue[])[revenueIndex];
    if (isBlank(cell)) continue;
    if (!isValidNumber(cell) || cell < 0) {
      const message = isValidNumber(cell)
        ? m.negativeRevenue(cell)
        : m.notANumber(describeInvalid(cell, language));
      warnings.push({ sheetRow: sheetRows[i] as number, column: config.revenueColumn as string, message });
      continue;
    }
    revenues[i] = cell;
    validRevenues.push(cell);
  }
  const { shares, abc, concentration } = revenueFigures(config, revenues, validRevenues, m);

  const weights = config.criteria.map((c) => c.weight);
  const onAttractiveness = config.criteria.map((c) => c.axis === "attractiveness");
  const criteriaCount = pointsByCriterion.length;
  const accounts: AccountResult[] = new Array<AccountResult>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const points = new Array<number | null>(criteriaCount);
    for (let j = 0; j < criteriaCount; j++)
      points[j] = (pointsByCriterion[j] as (number | null)[])[i] ?? null;
    const { attractiveness, strength, score } = axisScores(points, weights, onAttractiveness);
    accounts[i] = {
      sheetRow: sheetRows[i] as number,
      account: String((rows[i] as CellValue[])[accountIndex]).trim(),
      revenue: revenues[i] ?? null,
      points,
      attractiveness,
      strength,
      score,
      quadrant:
        attractiveness !== null && strength !== null
          ? quadrantOf(attractiveness, strength, config.cuts)
          : null,
      share: shares[i] ?? null,
      abc: abc[i] ?? null,
      rank: 0,
    };
  }

  const quadrantCounts = rankAccounts(accounts);
  return { accounts, warnings, quadrantCounts, concentration };
}

/**
 * Sorts accounts in place by KAM score, highest first, ties in sheet order, unscored accounts last; sets
 * each rank and returns the accounts per quadrant.
 */
export function rankAccounts(accounts: AccountResult[]): Record<QuadrantKey, number> {
  accounts.sort((x, y) => byScoreDescending(x.score, y.score) || x.sheetRow - y.sheetRow);
  const quadrantCounts = Object.fromEntries(QUADRANT_KEYS.map((k) => [k, 0])) as Record<QuadrantKey, number>;
  for (let k = 0; k < accounts.length; k++) {
    const a = accounts[k] as AccountResult;
    a.rank = k + 1;
    if (a.quadrant) quadrantCounts[a.quadrant]++;
  }
  return quadrantCounts;
}

function byScoreDescending(a: number | null, b: number | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return b - a;
}

function revenueFigures(config: KamConfig, revenues: (number | null)[], valid: number[], m: CoreMessages) {
  const listed = valid.reduce((s, v) => s + v, 0);
  if (config.totalRevenue !== undefined && config.totalRevenue < listed) {
    throw new ModelError(m.totalBelowListed(config.totalRevenue, config.dataSheet, listed), "totalRevenue");
  }
  const total = config.totalRevenue ?? listed;
  // Without a revenue column there is nothing to share out, even when a company total is set.
  if (!config.revenueColumn || total <= 0)
    return { shares: revenues.map(() => null), abc: revenues.map(() => null), concentration: null };
  const shares = revenues.map((r) => (r === null ? null : r / total));
  const classes = listed > 0 ? abcClassesOf(valid) : [];
  let k = 0;
  const abc = revenues.map((r) => (r === null ? null : (classes[k++] ?? null)));
  return { shares, abc, concentration: concentrationOf(valid, total) };
}

/** Rank change per data row between two evaluations: positive = moved up. Absent before = null. */
export function rankMovements(before: Evaluation, after: Evaluation): Map<number, number | null> {
  const previous = new Map(before.accounts.map((a) => [a.sheetRow, a.rank]));
  const moves = new Map<number, number | null>();
  for (const a of after.accounts) {
    const old = previous.get(a.sheetRow);
    moves.set(a.sheetRow, old === undefined ? null : old - a.rank);
  }
  return moves;
}
