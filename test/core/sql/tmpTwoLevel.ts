// TEMPORARY, until the core's two-level weights (issue "Scores a manager can trust") reach main: the
// contract's KAM score is the axis-weighted mean of the two axis scores, (a*A + s*S) / (a + s). While the
// engine on this branch still averages all criteria at once, the SQL tests take the engine's own
// attractiveness and strength and recompute only the KAM score and the ranking from them. Once the engine
// scores that way itself (probed below), this is a no-op and can be deleted with its callers.
import { parseConfig, type KamConfig } from "../../../src/core/config";
import { evaluateAccounts, rankAccounts, type Evaluation } from "../../../src/core/model";

function engineHasTwoLevelWeights(): boolean {
  const config = parseConfig({
    version: 1,
    dataSheet: "Probe",
    accountColumn: "A",
    axisWeights: { attractiveness: 1, strength: 3 },
    criteria: [
      { name: "x", column: "X", axis: "attractiveness", weight: 1 },
      { name: "y", column: "Y", axis: "strength", weight: 1 },
    ],
  });
  const [account] = evaluateAccounts(config, {
    headers: ["A", "X", "Y"],
    rows: [["a", 2, 10]],
    headerRow: 1,
  }).accounts;
  return account?.score === (2 + 3 * 10) / 4;
}

const TWO_LEVEL_IN_ENGINE = engineHasTwoLevelWeights();

export function twoLevel(config: KamConfig, e: Evaluation): Evaluation {
  if (TWO_LEVEL_IN_ENGINE) return e;
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
