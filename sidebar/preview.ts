import type { KamConfig } from "../src/core/config";
import {
  evaluateAccounts,
  matrixReadiness,
  rankMovements,
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
export function evaluate(config: KamConfig, table: DataTable): Evaluation {
  return evaluateAccounts(config, table);
}

/** What the preview shows for the draft model, compared with the saved model's evaluation when given. */
export function summarise(current: Evaluation, config: KamConfig, saved: Evaluation | null): PreviewSummary {
  const moves = saved ? rankMovements(saved, current) : null;
  const top: TopAccount[] = [];
  for (const a of current.accounts) {
    if (top.length === TOP || a.score === null) break;
    top.push({
      rank: a.rank,
      sheetRow: a.sheetRow,
      account: a.account,
      score: a.score,
      quadrant: a.quadrant,
      movement: moves ? (moves.get(a.sheetRow) ?? null) : undefined,
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
