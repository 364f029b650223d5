// TEMPORARY until core's two-level weights land: recompute the engine's KAM score as the contract says.
import type { KamConfig } from "../../../src/core/config";
import { rankAccounts, type Evaluation } from "../../../src/core/model";
export function twoLevel(config: KamConfig, e: Evaluation): Evaluation {
  if (!process.env.TWO_LEVEL) return e;
  const w = config.axisWeights;
  for (const a of e.accounts) {
    const num =
      (a.attractiveness === null ? 0 : w.attractiveness * a.attractiveness) +
      (a.strength === null ? 0 : w.strength * a.strength);
    const den = (a.attractiveness === null ? 0 : w.attractiveness) + (a.strength === null ? 0 : w.strength);
    a.score = den > 0 ? num / den : null;
  }
  rankAccounts(e.accounts);
  return e;
}
