import { accountText, isBlank, isValidNumber, describeInvalid, type CellValue } from "./cells";
import { axesWithoutCriterion, type Criterion, type KamConfig } from "./config";
import type { Language } from "./language";
import { coreMessages, type CoreMessages } from "./messages";
import { mirrorPoints, pointsForNumbers } from "./points";
import { quadrantOf, QUADRANT_KEYS, type QuadrantKey } from "./quadrant";
import { abcClassesOf, concentrationOf, type AbcClass, type ConcentrationSummary } from "./revenue";
import { scaleWarningOf, type ScaleWarning } from "./scaleWarnings";
import { rowContributions, weightedMean } from "./score";
import { flipOf, mainDrivers, marginToCut, sensitivityModel, type Flip } from "./sensitivity";
import { findColumn, type DataTable } from "./table";
import { axisOnlyWeights, sharesOf } from "./weights";

export { findColumn, type DataTable };

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
  /**
   * What each criterion adds to the KAM score, in config order: its axis's share of axisWeights times
   * w_j * p_j / (the weights of that axis with a usable point). They add up to `score`; null where the point
   * is missing or the weight is 0.
   */
  contributions: (number | null)[];
  /** The smaller of |attractiveness - cut| and |strength - cut|, in points; null without both scores. */
  marginToCut: number | null;
  /** The smallest single-weight change that moves the account into another quadrant (sensitivity.ts). */
  flip: Flip | null;
  /** Indexes of the (up to) two criteria with the largest contribution, largest first. */
  drivers: number[];
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
  /** One per "points" column whose values do not match the points scale (scaleWarnings.ts). */
  scaleWarnings: ScaleWarning[];
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

/** Points of one criterion for every account row; unusable cells become null and a warning. */
function criterionPoints(
  criterion: Criterion,
  rows: readonly (readonly CellValue[])[],
  column: number,
  sheetRows: readonly number[],
  scaleMax: number,
  warnings: DataWarning[],
  language: Language,
  range: { min: number; max: number },
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
    if (cell < range.min) range.min = cell;
    if (cell > range.max) range.max = cell;
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
 * account (docs/REFERENCE.md sections 2 and 4). Rows with a blank account name take no part in anything. Errors and
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
  const scaleWarnings: ScaleWarning[] = [];
  const pointsByCriterion = config.criteria.map((c, j) => {
    const range = { min: Infinity, max: -Infinity };
    const points = criterionPoints(
      c,
      rows,
      criterionIndexes[j] as number,
      sheetRows,
      config.scaleMax,
      warnings,
      language,
      range,
    );
    const warning = scaleWarningOf(c, j, range.min, range.max, config.scaleMax, language);
    if (warning) scaleWarnings.push(warning);
    return points;
  });

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

  const scoreOf = accountScorer(config);
  const criteriaCount = pointsByCriterion.length;
  const accounts: AccountResult[] = new Array<AccountResult>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const points = new Array<number | null>(criteriaCount);
    for (let j = 0; j < criteriaCount; j++)
      points[j] = (pointsByCriterion[j] as (number | null)[])[i] ?? null;
    accounts[i] = {
      sheetRow: sheetRows[i] as number,
      account: accountText((rows[i] as CellValue[])[accountIndex]),
      revenue: revenues[i] ?? null,
      points,
      share: shares[i] ?? null,
      abc: abc[i] ?? null,
      rank: 0,
      ...scoreOf(points),
    };
  }

  const quadrantCounts = rankAccounts(accounts);
  return { accounts, warnings, scaleWarnings, quadrantCounts, concentration };
}

/** Everything on an AccountResult that depends on the weights, the cuts or the axis weights. */
export type AccountScores = Pick<
  AccountResult,
  "attractiveness" | "strength" | "score" | "quadrant" | "contributions" | "marginToCut" | "flip" | "drivers"
>;

/**
 * The scoring of one account's points under a config, worked out once per config: axis scores (each the
 * weighted mean of its own criteria), the KAM score, quadrant, contributions and sensitivity. The one place
 * the matrix, the sidebar's preview and the table get their scores from.
 */
export function accountScorer(config: KamConfig): (points: readonly (number | null)[]) => AccountScores {
  const attractivenessWeights = axisOnlyWeights(config, "attractiveness");
  const strengthWeights = axisOnlyWeights(config, "strength");
  const onAttractiveness = config.criteria.map((c) => c.axis === "attractiveness");
  const { attractiveness: axisA, strength: axisS } = config.axisWeights;
  const sensitivity = sensitivityModel(config);
  return (points) => {
    const attractiveness = weightedMean(points, attractivenessWeights);
    const strength = weightedMean(points, strengthWeights);
    // Two-level weights: the KAM score is the axisWeights mean of the axis scores, an axis without a score
    // left out, so it never depends on how large one axis's criteria weights are against the other's.
    const score = weightedMean([attractiveness, strength], [axisA, axisS]);
    const contributions = contributionsOf(points, attractivenessWeights, strengthWeights, onAttractiveness, [
      attractiveness === null ? 0 : axisA,
      strength === null ? 0 : axisS,
    ]);
    return {
      attractiveness,
      strength,
      score,
      quadrant:
        attractiveness !== null && strength !== null
          ? quadrantOf(attractiveness, strength, config.cuts)
          : null,
      contributions,
      marginToCut: marginToCut(attractiveness, strength, config.cuts),
      flip: flipOf(sensitivity, points, attractiveness, strength),
      drivers: mainDrivers(contributions),
    };
  };
}

/**
 * What evaluateAccounts would give for `config` when only weights, axis weights or cuts differ from the
 * model `base` was evaluated with: points, warnings and revenue figures do not depend on them, so only the
 * scores, quadrants, sensitivity and ranks are redone (the sidebar's live preview, within a frame).
 */
export function rescoreEvaluation(base: Evaluation, config: KamConfig): Evaluation {
  const scoreOf = accountScorer(config);
  const accounts = base.accounts.map((a) => ({ ...a, ...scoreOf(a.points) }));
  const quadrantCounts = rankAccounts(accounts);
  return { ...base, accounts, quadrantCounts };
}

/**
 * Per criterion: its axis's share of the KAM score times its part of that axis score. The axis weights are
 * those the account's score used (0 for an axis without a score), so the contributions add up to it.
 */
function contributionsOf(
  points: readonly (number | null)[],
  attractivenessWeights: readonly number[],
  strengthWeights: readonly number[],
  onAttractiveness: readonly boolean[],
  usedAxisWeights: [number, number],
): (number | null)[] {
  const [shareA, shareS] = sharesOf(usedAxisWeights[0], usedAxisWeights[1]);
  const partsA = rowContributions(points, attractivenessWeights);
  const partsS = rowContributions(points, strengthWeights);
  const out = new Array<number | null>(points.length);
  for (let j = 0; j < points.length; j++) {
    const part = onAttractiveness[j] ? partsA[j] : partsS[j];
    const share = onAttractiveness[j] ? shareA : shareS;
    out[j] = part === null || part === undefined || share === 0 ? null : part * share;
  }
  return out;
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
