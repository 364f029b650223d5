import {
  FIXED_HISTORY_COLUMNS,
  HISTORY_SHEET_NAMES,
  historyHeaders,
  isDamage,
  latestOf,
  mergeCriteria,
  parseHistoryHeader,
  parseSnapshots,
  snapshotValues,
  type HistoryDamage,
  type HistoryHeader,
  type HistoryValue,
  type Snapshot,
} from "../core/history";
import type { Language } from "../core/language";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Sheet-level developer metadata on the history sheet: finds it when renamed and holds the index. */
export const HISTORY_METADATA_KEY = "kam.history";
/** Index entries kept in the metadata value (developer metadata is limited to 30,000 characters). */
const INDEXED_SNAPSHOTS = 200;

/** Where one snapshot sits: first sheet row, rows, data sheet, stamp. */
export interface IndexEntry {
  start: number;
  rows: number;
  dataSheet: string;
  at: string;
}

/** What generation learns from the history before it writes anything. */
export interface HistoryRead {
  sheet: Sheet | null;
  metadata: Metadata | null;
  header: HistoryHeader | null;
  /** The latest earlier snapshot of the same data sheet, or null (none, or the history is damaged). */
  previous: Snapshot | null;
  damage: HistoryDamage | null;
  /** The index no longer fitted the sheet (edited by hand): the sheet was read whole. */
  fullRead: boolean;
  /** Every snapshot known, oldest first (the index, or what the full read found). */
  snapshots: IndexEntry[];
  lastRow: number;
  lastColumn: number;
  maxRows: number;
  maxColumns: number;
}

function parseIndex(value: string | null): IndexEntry[] | null {
  try {
    const parsed = JSON.parse(value ?? "") as { v?: unknown; s?: unknown };
    if (parsed.v !== 1 || !Array.isArray(parsed.s)) return null;
    const entries: IndexEntry[] = [];
    for (const e of parsed.s as unknown[]) {
      if (!Array.isArray(e) || e.length !== 4) return null;
      const [start, rows, dataSheet, at] = e as unknown[];
      if (
        !Number.isInteger(start) ||
        !Number.isInteger(rows) ||
        (start as number) < 2 ||
        (rows as number) < 1
      )
        return null;
      if (typeof dataSheet !== "string" || typeof at !== "string") return null;
      entries.push({ start: start as number, rows: rows as number, dataSheet, at });
    }
    return entries;
  } catch {
    return null;
  }
}

function indexValue(entries: readonly IndexEntry[]): string {
  const kept = entries.slice(-INDEXED_SNAPSHOTS);
  return JSON.stringify({ v: 1, s: kept.map((e) => [e.start, e.rows, e.dataSheet, e.at]) });
}

/** The sheet tagged as history (whatever it is called now), else one with the history's name. */
function findHistorySheet(ss: Spreadsheet): { sheet: Sheet; metadata: Metadata | null } | null {
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(HISTORY_METADATA_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return { sheet, metadata };
  }
  for (const name of Object.values(HISTORY_SHEET_NAMES)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return { sheet, metadata: null };
  }
  return null;
}

const sameSheet = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Reads the previous snapshot of `dataSheet`. With an index that fits (its last snapshot ends on the
 * sheet's last row, and the block reads back as exactly that snapshot) only the header row and that
 * block are read, however long the history is. Otherwise the sheet is read whole (`fullRead`); damage
 * anywhere then gives `damage` and no previous snapshot, so no movement is ever computed from it.
 */
export function readHistory(ss: Spreadsheet, dataSheet: string): HistoryRead {
  const found = findHistorySheet(ss);
  const empty: HistoryRead = {
    sheet: null,
    metadata: null,
    header: null,
    previous: null,
    damage: null,
    fullRead: false,
    snapshots: [],
    lastRow: 0,
    lastColumn: 0,
    maxRows: 0,
    maxColumns: 0,
  };
  if (!found) return empty;
  const { sheet, metadata } = found;
  const read: HistoryRead = {
    ...empty,
    sheet,
    metadata,
    lastRow: sheet.getLastRow(),
    lastColumn: sheet.getLastColumn(),
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
  };
  if (read.lastRow === 0) return read;
  const width = Math.max(read.lastColumn, FIXED_HISTORY_COLUMNS);
  const index = metadata ? parseIndex(metadata.getValue()) : null;
  const last = index?.[index.length - 1];
  if (
    index &&
    (index.length === 0 ? read.lastRow === 1 : last && last.start + last.rows - 1 === read.lastRow)
  ) {
    const at = [...index].reverse().find((e) => sameSheet(e.dataSheet, dataSheet));
    const headerRow = sheet.getRange(1, 1, 1, width).getValues()[0] as unknown[];
    const header = parseHistoryHeader(headerRow);
    if (!isDamage(header)) {
      read.header = header;
      if (!at) return { ...read, snapshots: index };
      const block = sheet.getRange(at.start, 1, at.rows, width).getValues();
      const parsed = parseSnapshots(header, block, at.start);
      const snapshot = !isDamage(parsed) && parsed.snapshots.length === 1 ? parsed.snapshots[0] : undefined;
      if (
        snapshot &&
        snapshot.firstRow === at.start &&
        snapshot.rows.length === at.rows &&
        snapshot.at === at.at &&
        sameSheet(snapshot.dataSheet, dataSheet)
      ) {
        return { ...read, previous: snapshot, snapshots: index };
      }
    }
  }
  return readWhole(sheet, read, width, dataSheet);
}

function readWhole(sheet: Sheet, read: HistoryRead, width: number, dataSheet: string): HistoryRead {
  const grid = sheet.getRange(1, 1, read.lastRow, width).getValues();
  const header = parseHistoryHeader(grid[0] as unknown[]);
  if (isDamage(header)) return { ...read, fullRead: true, damage: header };
  const parsed = parseSnapshots(header, grid.slice(1), 2);
  if (isDamage(parsed)) return { ...read, header, fullRead: true, damage: parsed };
  const snapshots = parsed.snapshots.map((s) => ({
    start: s.firstRow,
    rows: s.rows.length,
    dataSheet: s.dataSheet,
    at: s.at,
  }));
  // Rows left empty by hand between snapshots would make the blocks' positions lie: that is damage too.
  let expected = 2;
  for (const s of snapshots) {
    if (s.start !== expected) {
      return {
        ...read,
        header,
        fullRead: true,
        damage: { row: expected, problem: { kind: "gap" } },
      };
    }
    expected = s.start + s.rows;
  }
  return { ...read, header, fullRead: true, previous: latestOf(parsed.snapshots, dataSheet), snapshots };
}

const TEXT = "@";
const FORMATS = [TEXT, TEXT, TEXT, TEXT, "0", "0.0", "0.0", "0.0", TEXT, "#,##0", "0.0%"];

/** The grid of a sheet Sheets has just inserted. */
const NEW_SHEET = { rows: 1000, columns: 26 };

export interface AppendOptions {
  language: Language;
  /** Where a new history sheet goes: the number of sheets at that moment (it goes last). */
  insertAt: number;
  protection: string;
  /** Keep only the snapshots from sheet row `start` on (the user said yes), their rows as read. */
  kept?: { start: number; values: unknown[][] };
}

/**
 * Appends `snapshot` after the last row in one setValues (a new sheet gets its header in the same write),
 * after dropping the oldest snapshots when `keep` says so, and updates the index. Uses only what
 * readHistory read: no read after the first write.
 */
export function appendSnapshot(
  ss: Spreadsheet,
  read: HistoryRead,
  snapshot: Snapshot,
  options: AppendOptions,
): void {
  const { language } = options;
  let sheet = read.sheet;
  const headerCriteria = mergeCriteria(read.header?.criteria ?? [], snapshot.criteria);
  const headerLanguage = read.header?.language ?? language;
  const header = historyHeaders(headerLanguage, headerCriteria);
  const rows = snapshotValues(snapshot, headerCriteria, headerLanguage);
  const width = header.length;
  let entries = read.lastRow === 0 ? [] : [...read.snapshots];
  let lastRow = read.lastRow;
  const maxRows = read.maxRows;

  if (!sheet) {
    sheet = ss.insertSheet(HISTORY_SHEET_NAMES[language], options.insertAt);
    // A new sheet has Sheets' default grid; it is cut to the snapshot (no read after the first write).
    const size = NEW_SHEET;
    const needRows = 1 + rows.length;
    if (size.rows > needRows) sheet.deleteRows(needRows + 1, size.rows - needRows);
    if (size.rows < needRows) sheet.insertRowsAfter(size.rows, needRows - size.rows);
    if (size.columns < width) sheet.insertColumnsAfter(size.columns, width - size.columns);
    const all = sheet.getRange(1, 1, needRows, width);
    all.setNumberFormats([header.map(() => TEXT), ...rows.map(() => formats(width))]);
    all.setValues([header, ...rows]);
    sheet.setFrozenRows(1);
    sheet.protect().setDescription(options.protection).setWarningOnly(true);
    entries = [{ start: 2, rows: rows.length, dataSheet: snapshot.dataSheet, at: snapshot.at }];
    sheet.addDeveloperMetadata(
      HISTORY_METADATA_KEY,
      indexValue(entries),
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
    return;
  }

  const oldWidth = FIXED_HISTORY_COLUMNS + (read.header?.criteria.length ?? 0);
  // New criteria get their points column; a header a person damaged is left as it is.
  if (read.header && width > oldWidth && read.maxColumns >= width) {
    sheet.getRange(1, oldWidth + 1, 1, width - oldWidth).setValues([header.slice(oldWidth)]);
  }
  // Keeping only the last snapshots (the user said yes): they move up to row 2, the new one follows.
  const kept = options.kept;
  const earlier = (kept?.values ?? []).map((r) => Array.from({ length: width }, (_, j) => cell(r[j])));
  if (kept) {
    const shift = kept.start - 2;
    entries = entries.filter((e) => e.start >= kept.start).map((e) => ({ ...e, start: e.start - shift }));
    lastRow = 1 + earlier.length;
  }
  // An emptied sheet gets its header back in the same write as the rows.
  const withHeader = lastRow === 0;
  const firstRow = withHeader ? 1 : kept ? 2 : lastRow + 1;
  const values: HistoryValue[][] = [...(withHeader ? [header] : []), ...earlier, ...rows];
  const lastNeeded = firstRow + values.length - 1;
  if (maxRows < lastNeeded) sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
  if (read.maxColumns < width) sheet.insertColumnsAfter(read.maxColumns, width - read.maxColumns);
  if (read.header && width > oldWidth && read.maxColumns < width) {
    sheet.getRange(1, oldWidth + 1, 1, width - oldWidth).setValues([header.slice(oldWidth)]);
  }
  const block = sheet.getRange(firstRow, 1, values.length, width);
  block.setNumberFormats(
    values.map((_, i) => (withHeader && i === 0 ? header.map(() => TEXT) : formats(width))),
  );
  block.setValues(values);
  // The rows the dropped snapshots leave below go: the sheet ends with the new snapshot.
  const end = Math.max(maxRows, lastNeeded);
  if (kept && end > lastNeeded) sheet.deleteRows(lastNeeded + 1, end - lastNeeded);
  const start = lastNeeded - rows.length + 1;
  entries.push({ start, rows: rows.length, dataSheet: snapshot.dataSheet, at: snapshot.at });
  if (read.metadata) read.metadata.setValue(indexValue(entries));
  else
    sheet.addDeveloperMetadata(
      HISTORY_METADATA_KEY,
      indexValue(entries),
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
}

/** A value read back from the sheet, as it is written again (dates as their text). */
function cell(value: unknown): HistoryValue {
  if (typeof value === "number" || typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  return value === null || value === undefined ? "" : String(value);
}

/** The rows of the snapshots to keep (the last `keep - 1` earlier ones), read before any write. */
export function readKept(read: HistoryRead, keep: number): { start: number; values: unknown[][] } | null {
  if (!read.sheet || read.lastRow < 2) return null;
  const earlier = read.snapshots.slice(Math.max(0, read.snapshots.length - (keep - 1)));
  const start = keep <= 1 ? read.lastRow + 1 : (earlier[0]?.start ?? read.lastRow + 1);
  const rows = read.lastRow - start + 1;
  const width = Math.max(read.lastColumn, 1);
  const values = rows > 0 ? read.sheet.getRange(start, 1, rows, width).getValues() : [];
  return { start, values };
}

function formats(width: number): string[] {
  return Array.from({ length: width }, (_, j) => FORMATS[j] ?? "0.0");
}
