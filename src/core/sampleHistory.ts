import type { KamConfig } from "./config";
import type { DataTable } from "./model";
import type { SampleSheet } from "./sampleData";
import { findColumn } from "./table";

/**
 * The sample's data three months before: the same accounts with a few plausible changes, so the first
 * generation after Insert sample data already has movers to show. Rows are 0-based sample rows; a change
 * adds to every 1-to-10 points criterion of that axis (clamped), as a quarter of news would.
 */
const CHANGES: ReadonlyArray<{ row: number; attractiveness: number; strength: number }> = [
  { row: 3, attractiveness: -3, strength: -2 },
  { row: 7, attractiveness: 3, strength: 2 },
  { row: 11, attractiveness: 0, strength: -4 },
  { row: 19, attractiveness: -4, strength: 0 },
  { row: 26, attractiveness: 2, strength: 3 },
];
/** An account the sample had three months ago and no longer has: like row 30, under another name. */
const GONE = { like: 30, name: "Elbtal Stahlhandel GmbH" };
/** An account that is new since then. */
const NEW_ROW = 35;
export const SAMPLE_HISTORY_MONTHS = 3;

export function earlierSampleTable(sample: SampleSheet, config: KamConfig): DataTable {
  const column = (name: string) => findColumn(sample.headers, name);
  // A column the sample lacks has index -1, whose cell reads undefined: no number, so it is skipped below.
  const pointColumns = config.criteria
    .filter((c) => c.input === "points")
    .map((c) => ({ axis: c.axis, index: column(c.column) }));
  const rows = sample.rows.map((row) => [...row]);
  for (const change of CHANGES) {
    const row = rows[change.row];
    if (!row) continue;
    for (const { axis, index } of pointColumns) {
      const value = row[index];
      if (typeof value !== "number") continue;
      row[index] = Math.min(config.scaleMax, Math.max(1, value + change[axis]));
    }
  }
  const accountIndex = column(config.accountColumn);
  // The new account was not in the data then: a blank name is no account.
  const added = rows[NEW_ROW];
  if (added) added[accountIndex] = "";
  const like = rows[GONE.like];
  if (like) rows.push(like.map((v, j) => (j === accountIndex ? GONE.name : v)));
  return { headers: [...sample.headers], rows, headerRow: 1 };
}
