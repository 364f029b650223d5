import type { KamConfig } from "./config";
import { QUADRANT_LABELS } from "./i18n";
import type { Language } from "./language";
import type { AccountResult } from "./model";
import type { QuadrantKey } from "./quadrant";

/**
 * The `KAM History` sheet as data (docs/REFERENCE.md, "KAM History"): one row per account per generation,
 * the contract's columns first, then each criterion's points (so the movers can say which criteria moved).
 * Everything here is pure; src/adapters/historySheet.ts reads and writes the sheet.
 */

export const HISTORY_SHEET_NAMES: Record<Language, string> = { en: "KAM History", de: "KAM-Verlauf" };

/** The contract's columns in sheet order. Adding one is one entry here (and its value in snapshotValues). */
export const HISTORY_COLUMNS = [
  { id: "snapshot", en: "Snapshot", de: "Stand" },
  { id: "dataSheet", en: "Data sheet", de: "Datenblatt" },
  { id: "model", en: "Model", de: "Modell" },
  { id: "account", en: "Account", de: "Kunde" },
  { id: "rank", en: "Rank", de: "Rang" },
  { id: "attractiveness", en: "Attractiveness", de: "Attraktivität" },
  { id: "strength", en: "Relative strength", de: "Relative Stärke" },
  { id: "score", en: "KAM score", de: "KAM-Score" },
  { id: "quadrant", en: "Quadrant", de: "Quadrant" },
  { id: "revenue", en: "Revenue", de: "Umsatz" },
  { id: "share", en: "Revenue share", de: "Umsatzanteil" },
] as const;
export const FIXED_HISTORY_COLUMNS = HISTORY_COLUMNS.length;

const POINTS_PREFIX: Record<Language, string> = { en: "Points: ", de: "Punkte: " };
/** Movers named on the overview; the table's `Rank change` column has them all. */
export const MOVERS_LISTED = 10;
/** Accounts no longer in the data named on the overview. */
export const GONE_LISTED = 10;

export type HistoryValue = string | number;

export interface SnapshotRow {
  account: string;
  rank: number;
  attractiveness: number | null;
  strength: number | null;
  score: number | null;
  quadrant: QuadrantKey | null;
  revenue: number | null;
  share: number | null;
  /** Points per criterion, in the order of the snapshot's `criteria`. */
  points: (number | null)[];
}

export interface Snapshot {
  /** When it was taken, as written (yyyy-MM-dd HH:mm:ss in the spreadsheet's time zone). */
  at: string;
  dataSheet: string;
  model: string;
  criteria: string[];
  rows: SnapshotRow[];
}

/** How accounts are matched between snapshots: trimmed, spaces collapsed, case-insensitive. */
export function matchKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

/** FNV-1a, 32 bits: a short, stable fingerprint (not a security hash). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * A short fingerprint of what makes the scores: criteria (name, axis, weight, how points are made),
 * scale, cuts, axis shares, revenue column and total. The language, the plan and the data sheet are left
 * out: they change no score.
 */
export function modelFingerprint(config: KamConfig): string {
  const model = {
    criteria: config.criteria.map((c) => [
      // The configuration has trimmed names and columns already.
      c.name.toLowerCase(),
      c.column.toLowerCase(),
      c.axis,
      c.weight,
      c.input,
      c.direction,
      c.low ?? null,
      c.high ?? null,
    ]),
    scaleMax: config.scaleMax,
    cuts: [config.cuts.attractiveness, config.cuts.strength],
    axisWeights: [config.axisWeights.attractiveness, config.axisWeights.strength],
    revenue: config.revenueColumn?.toLowerCase() ?? null,
    totalRevenue: config.totalRevenue ?? null,
  };
  return fnv1a(JSON.stringify(model));
}

/** The snapshot of one evaluation (accounts in rank order). */
export function snapshotOf(
  accounts: readonly AccountResult[],
  meta: { at: string; dataSheet: string; model: string; criteria: string[] },
): Snapshot {
  return {
    ...meta,
    rows: accounts.map((a) => ({
      account: a.account,
      rank: a.rank,
      attractiveness: a.attractiveness,
      strength: a.strength,
      score: a.score,
      quadrant: a.quadrant,
      revenue: a.revenue,
      share: a.share,
      points: [...a.points],
    })),
  };
}

export function historyHeaders(language: Language, criteria: readonly string[]): string[] {
  return [...HISTORY_COLUMNS.map((c) => c[language]), ...criteria.map((c) => POINTS_PREFIX[language] + c)];
}

/** The criteria of the header after this snapshot: the existing ones, then any new ones (by name). */
export function mergeCriteria(existing: readonly string[], current: readonly string[]): string[] {
  const merged = [...existing];
  const seen = new Set(existing.map(matchKey));
  for (const c of current) {
    if (seen.has(matchKey(c))) continue;
    merged.push(c);
    seen.add(matchKey(c));
  }
  return merged;
}

const orBlank = (v: number | null): HistoryValue => (v === null ? "" : v);

/** The snapshot's rows as sheet values, points placed under the header's criteria (by name). */
export function snapshotValues(
  snapshot: Snapshot,
  headerCriteria: readonly string[],
  language: Language,
): HistoryValue[][] {
  const at = headerCriteria.map((h) => snapshot.criteria.findIndex((c) => matchKey(c) === matchKey(h)));
  return snapshot.rows.map((r) => [
    snapshot.at,
    snapshot.dataSheet,
    snapshot.model,
    r.account,
    r.rank,
    orBlank(r.attractiveness),
    orBlank(r.strength),
    orBlank(r.score),
    r.quadrant ? QUADRANT_LABELS[language][r.quadrant] : "",
    orBlank(r.revenue),
    orBlank(r.share),
    // A criterion this snapshot lacks has index -1, which reads undefined: a blank cell.
    ...at.map((j) => orBlank(r.points[j] ?? null)),
  ]);
}

/** Why the history cannot be trusted: a row (1-based sheet row) and what is wrong there. */
export interface HistoryDamage {
  row: number;
  problem:
    | { kind: "header"; column: number; found: string; expected: string }
    | { kind: "notANumber"; column: string; found: string }
    | { kind: "quadrant"; found: string }
    | { kind: "emptyName" }
    | { kind: "rankOrder"; found: string; expected: number }
    | { kind: "gap" };
}

export interface HistoryHeader {
  language: Language;
  criteria: string[];
}

/** Reads the header row back, in either language; a changed contract header is damage. */
export function parseHistoryHeader(row: readonly unknown[]): HistoryHeader | HistoryDamage {
  const cells = row.map((c) => String(c ?? "").trim());
  const language: Language = cells[0] === HISTORY_COLUMNS[0].de ? "de" : "en";
  for (let j = 0; j < FIXED_HISTORY_COLUMNS; j++) {
    const expected = (HISTORY_COLUMNS[j] as (typeof HISTORY_COLUMNS)[number])[language];
    if (cells[j] !== expected) {
      return { row: 1, problem: { kind: "header", column: j + 1, found: cells[j] ?? "", expected } };
    }
  }
  const criteria: string[] = [];
  const prefix = POINTS_PREFIX[language];
  for (let j = FIXED_HISTORY_COLUMNS; j < cells.length; j++) {
    const cell = cells[j] as string;
    if (cell === "") break;
    criteria.push(cell.startsWith(prefix) ? cell.slice(prefix.length) : cell);
  }
  return { language, criteria };
}

export function isDamage(value: unknown): value is HistoryDamage {
  return typeof value === "object" && value !== null && "problem" in value;
}

const QUADRANT_BY_LABEL = new Map<string, QuadrantKey>(
  (["en", "de"] as const).flatMap((l) =>
    Object.entries(QUADRANT_LABELS[l]).map(([k, label]) => [label.toLowerCase(), k as QuadrantKey]),
  ),
);

function stamp(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value ?? "").trim();
}

/**
 * Rows of the history sheet (starting at sheet row `firstRow`) as snapshots, oldest first. A snapshot is a
 * run of rows with the same stamp, data sheet and model whose ranks run 1, 2, 3 ...; any cell that does not
 * read back (a number that is text, an unknown quadrant, a skipped rank) is damage, named by its row.
 */
export function parseSnapshots(
  header: HistoryHeader,
  rows: readonly (readonly unknown[])[],
  firstRow: number,
): { snapshots: Array<Snapshot & { firstRow: number }> } | HistoryDamage {
  const snapshots: Array<Snapshot & { firstRow: number }> = [];
  let current: (Snapshot & { firstRow: number }) | null = null;
  // Damage names a column as its header reads (a criterion's as "Points: Need").
  const names = historyHeaders(header.language, header.criteria);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as readonly unknown[];
    const sheetRow = firstRow + i;
    if (row.every((c) => c === "" || c === null || c === undefined)) continue;
    const damage = (problem: HistoryDamage["problem"]): HistoryDamage => ({ row: sheetRow, problem });
    const number = (j: number): number | null | HistoryDamage => {
      const v = row[j];
      if (v === "" || v === null || v === undefined) return null;
      // Number.isFinite does not convert: it is false for text, NaN and the infinities.
      if (Number.isFinite(v)) return v as number;
      return damage({ kind: "notANumber", column: names[j] as string, found: String(v) });
    };
    const values: (number | null)[] = [];
    for (const j of [4, 5, 6, 7, 9, 10]) {
      const v = number(j);
      if (isDamage(v)) return v;
      values.push(v);
    }
    const points: (number | null)[] = [];
    for (let k = 0; k < header.criteria.length; k++) {
      const v = number(FIXED_HISTORY_COLUMNS + k);
      if (isDamage(v)) return v;
      points.push(v);
    }
    const account = String(row[3] ?? "");
    if (account.trim() === "") return damage({ kind: "emptyName" });
    const label = String(row[8] ?? "").trim();
    const quadrant = label === "" ? null : (QUADRANT_BY_LABEL.get(label.toLowerCase()) ?? undefined);
    if (quadrant === undefined) return damage({ kind: "quadrant", found: label });
    const [rank, attractiveness, strength, score, revenue, share] = values as [
      number | null,
      ...(number | null)[],
    ];
    const at = stamp(row[0]);
    const dataSheet = String(row[1] ?? "").trim();
    const model = String(row[2] ?? "").trim();
    const continues =
      current !== null &&
      current.at === at &&
      current.dataSheet === dataSheet &&
      current.model === model &&
      rank !== 1;
    if (!continues) {
      current = { at, dataSheet, model, criteria: header.criteria, rows: [], firstRow: sheetRow };
      snapshots.push(current);
    }
    const target = current as Snapshot;
    const expected = target.rows.length + 1;
    if (rank !== expected) return damage({ kind: "rankOrder", found: String(row[4] ?? ""), expected });
    target.rows.push({
      account,
      rank,
      attractiveness: attractiveness ?? null,
      strength: strength ?? null,
      score: score ?? null,
      quadrant,
      revenue: revenue ?? null,
      share: share ?? null,
      points,
    });
  }
  return { snapshots };
}

/** The latest snapshot of this data sheet, or null. */
export function latestOf<T extends Snapshot>(snapshots: readonly T[], dataSheet: string): T | null {
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const s = snapshots[i] as T;
    if (s.dataSheet.trim().toLowerCase() === dataSheet.trim().toLowerCase()) return s;
  }
  return null;
}

/** One account's movement against the previous snapshot. */
export interface AccountMovement {
  /** Previous rank minus this rank; "New" when the account was not in the previous snapshot. */
  rankChange: number | "New";
  previousQuadrant: QuadrantKey | null;
}

/** The smallest points change named as a driver: movers show changes with one decimal (historyTexts.ts). */
export const DRIVER_SHOWN_FROM = 0.05;

export interface Mover {
  account: string;
  rank: number;
  rankChange: number;
  from: QuadrantKey | null;
  to: QuadrantKey | null;
  /** The (up to) two criteria whose points changed most, with the change in points. */
  drivers: Array<{ criterion: string; change: number }>;
}

export interface Movement {
  previousAt: string;
  /** Per account, in the order of the evaluation's accounts. */
  accounts: AccountMovement[];
  /** The same by the account's data row (its identity when names repeat). */
  byRow: Map<number, AccountMovement>;
  /** Accounts of the previous snapshot that are no longer in the data, in their previous rank order. */
  gone: SnapshotRow[];
  movers: Mover[];
  /** The model changed between the snapshots: movement mixes data and model changes. */
  modelChanged: boolean;
}

/**
 * Movement of `accounts` (rank order) against `previous`. Names match by matchKey; the k-th account of a
 * repeated name matches the k-th of that name before (both in rank order), so duplicates stay apart.
 */
export function computeMovement(
  previous: Snapshot,
  accounts: readonly AccountResult[],
  current: { model: string; criteria: readonly string[] },
): Movement {
  const before = new Map<string, SnapshotRow[]>();
  for (const row of previous.rows) {
    const key = matchKey(row.account);
    const list = before.get(key);
    if (list) list.push(row);
    else before.set(key, [row]);
  }
  const taken = new Map<string, number>();
  const pairs: Array<SnapshotRow | null> = accounts.map((a) => {
    const key = matchKey(a.account);
    const k = taken.get(key) ?? 0;
    taken.set(key, k + 1);
    return before.get(key)?.[k] ?? null;
  });
  const matched = new Set(pairs);
  const movements = accounts.map((a, i): AccountMovement => {
    const row = pairs[i];
    return row
      ? { rankChange: row.rank - a.rank, previousQuadrant: row.quadrant }
      : { rankChange: "New", previousQuadrant: null };
  });
  const criterionIn = (name: string) => previous.criteria.findIndex((c) => matchKey(c) === matchKey(name));
  const candidates: Mover[] = [];
  accounts.forEach((a, i) => {
    const row = pairs[i];
    if (!row) return;
    const change = row.rank - a.rank;
    if (change === 0 && row.quadrant === a.quadrant) return;
    const drivers = current.criteria
      .map((criterion, j) => {
        const now = a.points[j] ?? null;
        // A criterion the previous snapshot lacks has index -1, which reads undefined: no change.
        const then = row.points[criterionIn(criterion)] ?? null;
        return { criterion, change: now === null || then === null ? 0 : now - then };
      })
      // The change is shown with one decimal: one under 0.05 would read "Need −0".
      .filter((d) => Math.abs(d.change) >= DRIVER_SHOWN_FROM)
      .sort((x, y) => Math.abs(y.change) - Math.abs(x.change))
      .slice(0, 2);
    candidates.push({
      account: a.account,
      rank: a.rank,
      rankChange: change,
      from: row.quadrant,
      to: a.quadrant,
      drivers,
    });
  });
  const tier = (m: Mover): number =>
    m.from === m.to ? 2 : m.from === "keyAccount" || m.to === "keyAccount" ? 0 : 1;
  // Ties stay in rank order: the candidates come in the accounts' rank order and sort is stable.
  candidates.sort((x, y) => tier(x) - tier(y) || Math.abs(y.rankChange) - Math.abs(x.rankChange));
  return {
    previousAt: previous.at,
    accounts: movements,
    byRow: new Map(accounts.map((a, i) => [a.sheetRow, movements[i] as AccountMovement])),
    gone: previous.rows.filter((r) => !matched.has(r)),
    movers: candidates.slice(0, MOVERS_LISTED),
    modelChanged: previous.model !== current.model,
  };
}

/** What the generated sheets show of the history (the KAM Scores columns and the overview's movers). */
export interface HistoryView {
  /** Null when there is no earlier snapshot of this data sheet, or the history could not be read. */
  movement: Movement | null;
  /** Said on the overview instead of the movers: damage, or that this is the first snapshot. */
  notice: string | null;
}

/** The cells the history needs, for Sheets' cell limit. */
export interface HistoryCells {
  /** The whole spreadsheet after the matrix sheets are written, before the append. */
  spreadsheet: number;
  /** The history sheet's grid now (0 when there is none). */
  history: number;
  /** What the append adds. */
  append: number;
  /** Cells of each earlier snapshot, oldest first (for keeping only the last N). */
  snapshots: readonly number[];
}

export const SHEETS_CELL_LIMIT = 10_000_000;

/**
 * Whether the user must be asked before the append: it would pass the cell limit, or the history would
 * then take more than half of the cells a spreadsheet may hold. `keep` is how many snapshots (the new one
 * included) can stay so that neither holds; null when even the new one alone cannot.
 */
export function historyLimit(cells: HistoryCells): { reason: "limit" | "half"; keep: number | null } | null {
  const after = (dropped: number) => ({
    total: cells.spreadsheet - dropped + cells.append,
    history: cells.history - dropped + cells.append,
  });
  const fits = (dropped: number) => {
    const a = after(dropped);
    return a.total <= SHEETS_CELL_LIMIT && a.history <= SHEETS_CELL_LIMIT / 2;
  };
  if (fits(0)) return null;
  const reason = after(0).total > SHEETS_CELL_LIMIT ? "limit" : "half";
  let dropped = 0;
  for (const [i, size] of cells.snapshots.entries()) {
    dropped += size;
    if (fits(dropped)) return { reason, keep: cells.snapshots.length - i };
  }
  return { reason, keep: null };
}
