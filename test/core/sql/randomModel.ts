import type { CellValue } from "../../../src/core/cells";
import { parseConfig, INPUTS, type KamConfig, type KamConfigInput } from "../../../src/core/config";
import { seededRandom } from "../../../src/core/sampleData";
import type { DataTable } from "../../../src/core/model";

/** Texts a person leaves in number columns; "NaN" and "Infinity" would read as doubles without a finite check. */
const JUNK: readonly CellValue[] = [
  "n/a",
  "#N/A",
  "-",
  "NaN",
  "Infinity",
  "-inf",
  "1,5",
  "TRUE",
  "ca. 7",
  true,
];

export interface RandomCase {
  config: KamConfig;
  table: DataTable;
}

/**
 * A random model and table: every input kind, both directions, fixed anchors, zero weights, axis weights,
 * repeated columns; blanks, text in number columns, duplicate names and values, ties, negative and zero
 * figures, blank account names, sometimes a mono-customer and a company total.
 */
export function randomCase(seed: number, accounts: number): RandomCase {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const scaleMax = pick([10, 10, 5, 7, 100, 2]);
  const columnCount = 2 + Math.floor(next() * 5);
  const columns = Array.from({ length: columnCount }, (_, j) => `Figure ${j + 1}`);
  const headers = ["Account", "Revenue", ...columns];

  const criteria = Array.from({ length: 1 + Math.floor(next() * 7) }, (_, i) => {
    const input = pick(INPUTS);
    const criterion: KamConfigInput["criteria"][number] = {
      name: `Criterion ${i + 1}`,
      column: chance(0.15) ? "Revenue" : pick(columns),
      axis: i === 0 ? "attractiveness" : i === 1 ? "strength" : pick(["attractiveness", "strength"] as const),
      weight: chance(0.15) ? 0 : pick([1, 2, 3, 10, 30, 0.3, 0.15, 1e-3, 7.25]),
      direction: pick(["higher", "lower"] as const),
      input,
    };
    if ((input === "linear" || input === "log") && chance(0.4)) {
      const low = input === "log" ? pick([0.5, 1, 10, 100]) : pick([-50, 0, 10, 100]);
      if (chance(0.7)) criterion.low = low;
      if (chance(0.7)) criterion.high = low + pick([5, 100, 1000, 1e5]);
    }
    return criterion;
  });
  const style = columns.map(() => pick(["points", "figures", "figures", "tied"] as const));
  const names = Array.from({ length: Math.max(3, Math.floor(accounts * 0.9)) }, (_, k) => `Customer ${k}`);

  const rows: CellValue[][] = [];
  for (let i = 0; i < accounts; i++) {
    const name = chance(0.03) ? pick(["", "   ", null]) : chance(0.05) ? `  ${pick(names)} ` : pick(names);
    const revenue = chance(0.05)
      ? pick(JUNK)
      : chance(0.05)
        ? ""
        : chance(0.03)
          ? -pick([1, 500])
          : chance(0.1)
            ? pick([0, 1000, 5000])
            : Math.round(next() * 10 ** (2 + next() * 5)) / (chance(0.3) ? 100 : 1);
    const cells = style.map((s): CellValue => {
      if (chance(0.08)) return "";
      if (chance(0.04)) return pick(JUNK);
      if (s === "points")
        return chance(0.05) ? pick([0, scaleMax + 1, 0.5]) : 1 + Math.floor(next() * scaleMax);
      if (s === "tied") return pick([-3, 0, 2, 2, 5, 8.5]);
      return Math.round((next() - 0.1) * 10 ** (1 + next() * 5) * 1000) / 1000;
    });
    rows.push([name, revenue, ...cells]);
  }
  if (chance(0.25) && rows.length > 1) rows[0]![1] = 1e9; // a mono-customer

  const input: KamConfigInput = {
    version: 1,
    dataSheet: "Accounts",
    headerRow: 1,
    accountColumn: "Account",
    scaleMax,
    criteria,
  };
  if (chance(0.85)) input.revenueColumn = "Revenue";
  if (chance(0.5))
    input.axisWeights = { attractiveness: pick([0, 1, 2, 0.25, 3]), strength: pick([1, 1, 3, 0.75]) };
  if (chance(0.3)) {
    const mid = (1 + scaleMax) / 2;
    input.cuts = { attractiveness: mid + pick([0, -1, 1.5]), strength: mid + pick([0, 0.5, -2]) };
  }
  const config = parseConfig(input);
  if (chance(0.3) && config.revenueColumn) {
    const listed = rows.reduce((s, r) => {
      const v = r[1];
      return typeof v === "number" && v >= 0 && String(r[0] ?? "").trim() !== "" ? s + v : s;
    }, 0);
    config.totalRevenue = listed * pick([1.5, 2, 10]) + 1;
  }
  return { config, table: { headers, rows, headerRow: 1 } };
}
