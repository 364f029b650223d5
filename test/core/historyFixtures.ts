import type { AccountResult } from "../../src/core/model";
import type { QuadrantKey } from "../../src/core/quadrant";

/** An evaluated account for the history tests: rank r sits on sheet row r + 1, its score is 10 - r. */
export function account(
  name: string,
  rank: number,
  quadrant: QuadrantKey | null,
  points: (number | null)[] = [5, 5],
): AccountResult {
  return {
    sheetRow: rank + 1,
    account: name,
    revenue: 100 * rank,
    points,
    attractiveness: points[0] ?? null,
    strength: points[1] ?? null,
    score: 10 - rank,
    quadrant,
    share: 0.1,
    abc: "A",
    rank,
    contributions: [],
    marginToCut: null,
    flip: null,
    drivers: [],
  };
}

/** A snapshot's header facts: two criteria, Volume and Fit. */
export const META = {
  at: "2026-09-01 10:00:00",
  dataSheet: "Accounts",
  model: "m1",
  criteria: ["Volume", "Fit"],
};
