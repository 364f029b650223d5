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

export interface TopAccount {
  rank: number;
  sheetRow: number;
  account: string;
  score: number;
  quadrant: QuadrantKey | null;
  /** Ranks moved up (positive) or down against the saved model; null: not in it; undefined: no saved model. */
  movement: number | null | undefined;
}

export interface PreviewSummary {
  accounts: number;
  quadrantCounts: Record<QuadrantKey, number>;
  top: TopAccount[];
  mono: { account: string; share: number } | null;
  warnings: number;
  /** The model cannot place accounts on the matrix yet. */
  needsAxes: boolean;
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
    });
  }
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
  };
}

/** The parts of a model that change the points: everything but the weights. */
export function pointsKey(config: KamConfig): string {
  return JSON.stringify({ ...config, criteria: config.criteria.map((c) => ({ ...c, weight: undefined })) });
}
