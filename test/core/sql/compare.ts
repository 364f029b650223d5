import type { KamConfig } from "../../../src/core/config";
import { CONCENTRATION_LEVEL_LABELS, QUADRANT_LABELS } from "../../../src/core/i18n";
import type { Language } from "../../../src/core/language";
import type { AccountResult, Evaluation } from "../../../src/core/model";
import { DEFAULT_ABC } from "../../../src/core/revenue";
import type { SqlRow } from "./duckdb";

/** Equal up to 1e-9 relative (PRODUCT contract: floating-point rounding); both null counts as equal. */
export function close(a: unknown, b: number | null | undefined, relative = 1e-9): boolean {
  if (a === null || a === undefined) return b === null || b === undefined;
  if (typeof a !== "number" || b === null || b === undefined) return false;
  return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-300;
}

const near = (x: number | null, cut: number) =>
  x !== null && Math.abs(x - cut) <= 1e-9 * Math.max(1, Math.abs(cut));

/**
 * Pairs each SQL row with an account of the JavaScript evaluation (by name; among accounts of the same name,
 * the one with the same figures) and lists every difference beyond what the contract allows: 1e-9 relative on
 * numbers, ranks and ABC classes only among tied accounts.
 */
export function differences(
  config: KamConfig,
  expected: Evaluation,
  rows: readonly SqlRow[],
  language: Language,
): string[] {
  const problems: string[] = [];
  if (rows.length !== expected.accounts.length) {
    problems.push(`${rows.length} SQL rows for ${expected.accounts.length} accounts`);
    return problems;
  }
  const byName = new Map<string, AccountResult[]>();
  for (const a of expected.accounts) {
    const list = byName.get(a.account) ?? [];
    list.push(a);
    byName.set(a.account, list);
  }
  const labels = QUADRANT_LABELS[language];
  const pairs: [SqlRow, AccountResult][] = [];
  for (const row of rows) {
    const candidates = byName.get(String(row.account)) ?? [];
    const k = candidates.findIndex(
      (a) =>
        close(row.attractiveness, a.attractiveness) &&
        close(row.relative_strength, a.strength) &&
        close(row.revenue, a.revenue, 0),
    );
    if (k < 0) {
      problems.push(`no account matches SQL row ${JSON.stringify(row)}`);
      continue;
    }
    const [a] = candidates.splice(k, 1) as [AccountResult];
    pairs.push([row, a]);
  }
  if (problems.length > 0) return problems.slice(0, 5);

  for (const [row, a] of pairs) {
    const onCut =
      near(a.attractiveness, config.cuts.attractiveness) || near(a.strength, config.cuts.strength);
    if (!close(row.kam_score, a.score))
      problems.push(`${a.account}: KAM score ${String(row.kam_score)} for ${a.score}`);
    const quadrant = a.quadrant === null ? null : labels[a.quadrant];
    if (row.quadrant !== quadrant && !onCut)
      problems.push(`${a.account}: quadrant ${String(row.quadrant)} for ${quadrant}`);
    if (!close(row.revenue_share, a.share))
      problems.push(`${a.account}: share ${String(row.revenue_share)} for ${a.share}`);
  }

  // Rank: the accounts with the same score (1e-9) take the same ranks in both, in any order among them. The
  // engine's accounts come ranked, so each tie is a run of neighbours.
  const ranked = expected.accounts;
  const tieFirst = new Map<AccountResult, number>();
  const tieLast = new Map<AccountResult, number>();
  for (let start = 0; start < ranked.length;) {
    let end = start;
    const same = (x: AccountResult, y: AccountResult) =>
      x.score === null ? y.score === null : close(y.score, x.score);
    while (end + 1 < ranked.length && same(ranked[end] as AccountResult, ranked[end + 1] as AccountResult))
      end++;
    for (let k = start; k <= end; k++) {
      tieFirst.set(ranked[k] as AccountResult, (ranked[start] as AccountResult).rank);
      tieLast.set(ranked[k] as AccountResult, (ranked[end] as AccountResult).rank);
    }
    start = end + 1;
  }
  for (const [row, a] of pairs) {
    const rank = row.rank as number;
    if (rank < (tieFirst.get(a) as number) || rank > (tieLast.get(a) as number))
      problems.push(`${a.account}: rank ${rank} for ${a.rank}`);
  }
  const sorted = [...rows].sort((x, y) => (x.rank as number) - (y.rank as number));
  sorted.forEach((row, i) => {
    if (row.rank !== i + 1) problems.push(`ranks are not 1..N at ${i + 1}`);
    const next = sorted[i + 1];
    if (
      next &&
      row.kam_score !== null &&
      next.kam_score === row.kam_score &&
      String(next.account) < String(row.account)
    )
      problems.push(`equal scores not ordered by name at rank ${i + 1}`);
  });

  // ABC: the classes of the accounts with the same revenue agree as a multiset (ties may swap), except where
  // the revenue above an account lies on a class boundary (1e-9).
  const listed = expected.accounts.reduce((s, a) => s + (a.revenue ?? 0), 0);
  const groups = new Map<number, { sql: string[]; js: string[]; boundary: boolean }>();
  const descending = expected.accounts
    .filter((a) => a.revenue !== null)
    .sort((x, y) => (y.revenue as number) - (x.revenue as number));
  let above = 0;
  const onBoundary = new Set<AccountResult>();
  for (const a of descending) {
    const before = above / listed;
    if (near(before, DEFAULT_ABC.a) || near(before, DEFAULT_ABC.b)) onBoundary.add(a);
    above += a.revenue as number;
  }
  for (const [row, a] of pairs) {
    const key = a.revenue ?? NaN;
    const g = groups.get(key) ?? { sql: [], js: [], boundary: false };
    g.sql.push(String(row.abc_class));
    g.js.push(String(a.abc));
    g.boundary ||= onBoundary.has(a);
    groups.set(key, g);
  }
  for (const [revenue, g] of groups) {
    if (!g.boundary && g.sql.sort().join() !== g.js.sort().join())
      problems.push(`ABC classes for revenue ${revenue}: ${g.sql.join()} for ${g.js.join()}`);
  }
  return problems.slice(0, 10);
}

/** The concentration row against KAM_CONCENTRATION's figures. */
export function concentrationDifferences(
  expected: Evaluation,
  rows: readonly SqlRow[],
  language: Language,
): string[] {
  const c = expected.concentration;
  if (c === null) return rows.length === 0 ? [] : [`a concentration row where the engine has none`];
  const [r] = rows;
  if (rows.length !== 1 || !r) return [`${rows.length} concentration rows`];
  const problems: string[] = [];
  const check = (name: string, ok: boolean) => ok || problems.push(`${name}: ${String(r[name])}`);
  check("customers", r.customers === c.customers);
  check("largest_share", close(r.largest_share, c.largestShare));
  check("top_5_share", close(r.top_5_share, c.top5Share));
  check("top_10_share", close(r.top_10_share, c.top10Share));
  check("hhi", close(r.hhi, c.hhi));
  check("effective_customers", close(r.effective_customers, c.effectiveCustomers));
  check("customers_with_10_percent", r.customers_with_10_percent === c.customersWithTenPercent);
  check("mono_customer", r.mono_customer === c.monoCustomer);
  check("concentration", r.concentration === CONCENTRATION_LEVEL_LABELS[language][c.level]);
  return problems;
}
