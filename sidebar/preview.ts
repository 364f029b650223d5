import type { KamConfig } from "../src/core/config";
import type { Language } from "../src/core/language";
import {
  evaluateAccounts,
  matrixReadiness,
  rescoreEvaluation,
  type DataTable,
  type Evaluation,
} from "../src/core/model";
import type { QuadrantKey } from "../src/core/quadrant";
import { MONO_CUSTOMER_SHARE } from "../src/core/revenue";
import { formatFlip, isOnTheEdge } from "../src/core/sensitivity";

/** One criterion's part of an account's KAM score. */
export interface Contribution {
  criterion: string;
  value: number;
}

export interface TopAccount {
  rank: number;
  sheetRow: number;
  account: string;
  score: number;
  quadrant: QuadrantKey | null;
  /** Ranks moved up (positive) or down against the saved model; null: not in it; undefined: no saved model. */
  movement: number | null | undefined;
  /** What each criterion adds to the score, largest first; they add up to `score`. */
  contributions: Contribution[];
}

/** An account a small single-weight change would move into another quadrant. */
export interface EdgeAccount {
  sheetRow: number;
  account: string;
  /** The smallest single-weight change that flips it, as formatFlip words it ("+8.5% Reputation"). */
  flip: string;
  /** Its fraction of the axis's total weight, for the order (smallest first). */
  change: number;
  /** Distance to the nearest cut, in points. */
  margin: number | null;
}

/** A scale warning as the preview shows it: the core's message, naming the column and the range found. */
export interface PreviewScaleWarning {
  criterion: string;
  column: string;
  message: string;
}

export interface PreviewSummary {
  accounts: number;
  quadrantCounts: Record<QuadrantKey, number>;
  top: TopAccount[];
  mono: { account: string; share: number } | null;
  warnings: number;
  /** The model cannot place accounts on the matrix yet. */
  needsAxes: boolean;
  /** Accounts on the edge (a flip under ON_THE_EDGE of an axis's weight), closest first. */
  edge: EdgeAccount[];
  scaleWarnings: PreviewScaleWarning[];
}

/** An account's contributions by criterion name, largest first (ties in criterion order), blanks left out. */
export function contributionsOf(
  contributions: readonly (number | null)[],
  config: KamConfig,
): Contribution[] {
  const out: Contribution[] = [];
  contributions.forEach((value, j) => {
    if (value !== null) out.push({ criterion: config.criteria[j]?.name ?? "", value });
  });
  // Array.prototype.sort is stable, so equal parts keep the criteria's order.
  return out.sort((x, y) => y.value - x.value);
}

const TOP = 10;

/** Evaluates a model in the browser; a ModelError (missing column, total too small) is thrown to the caller. */
export function evaluate(config: KamConfig, table: DataTable, language: Language = "en"): Evaluation {
  return evaluateAccounts(config, table, language);
}

/** Rank per data row, to compare a draft with the saved model. */
export function ranksOf(evaluation: Evaluation): Map<number, number> {
  return new Map(evaluation.accounts.map((a) => [a.sheetRow, a.rank]));
}

/**
 * What evaluateAccounts would give for `config` when only the weights differ from the model `base` was
 * evaluated with: the core's rescoreEvaluation, so the browser and the server share one scoring rule.
 */
export function reweigh(base: Evaluation, config: KamConfig): Evaluation {
  return rescoreEvaluation(base, config);
}

/** What the preview shows for the draft model, compared with the saved model's ranks when given. */
export function summarise(
  current: Evaluation,
  config: KamConfig,
  savedRanks: ReadonlyMap<number, number> | null,
  language: Language = "en",
): PreviewSummary {
  const top: TopAccount[] = [];
  for (const a of current.accounts) {
    if (top.length === TOP || a.score === null) break;
    const before = savedRanks?.get(a.sheetRow);
    top.push({
      rank: a.rank,
      sheetRow: a.sheetRow,
      account: a.account,
      score: a.score,
      quadrant: a.quadrant,
      movement: savedRanks ? (before === undefined ? null : before - a.rank) : undefined,
      contributions: contributionsOf(a.contributions, config),
    });
  }
  const edge: EdgeAccount[] = [];
  for (const a of current.accounts) {
    if (!a.flip || !isOnTheEdge(a.flip)) continue;
    edge.push({
      sheetRow: a.sheetRow,
      account: a.account,
      flip: formatFlip(a.flip, config, language),
      change: Math.abs(a.flip.change),
      margin: a.marginToCut,
    });
  }
  edge.sort((x, y) => x.change - y.change || x.sheetRow - y.sheetRow);
  let mono: PreviewSummary["mono"] = null;
  for (const a of current.accounts) {
    if (a.share !== null && a.share > MONO_CUSTOMER_SHARE && (!mono || a.share > mono.share)) {
      mono = { account: a.account, share: a.share };
    }
  }
  return {
    accounts: current.accounts.length,
    quadrantCounts: current.quadrantCounts,
    top,
    mono,
    warnings: current.warnings.length,
    needsAxes: matrixReadiness(config).length > 0,
    edge,
    scaleWarnings: current.scaleWarnings.map((w) => ({
      criterion: config.criteria[w.criterionIndex]?.name ?? "",
      column: w.column,
      message: w.message,
    })),
  };
}

/**
 * The parts of a model that change the points: everything but the weights, the axis weights and the cuts,
 * which rescoreEvaluation redoes without a full evaluation.
 */
export function pointsKey(config: KamConfig): string {
  return JSON.stringify({
    ...config,
    axisWeights: undefined,
    cuts: undefined,
    criteria: config.criteria.map((c) => ({ ...c, weight: undefined })),
  });
}
