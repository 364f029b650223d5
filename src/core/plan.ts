import { shiftRelativeRows } from "./formulaRows";
import { columnLetter } from "./a1";
import type { CellValue } from "./cells";
import { isBlank } from "./cells";
import { QUADRANT_LABELS, QUADRANT_STRATEGIES } from "./i18n";
import type { Language } from "./language";
import { QUADRANT_KEYS, type QuadrantKey } from "./quadrant";

/**
 * The Key Account Plan (the second half of the source text: working with the key accounts), pure: which
 * row each account gets, what the add-on writes into its own columns, and what a person typed, carried
 * along with its account whatever moved. The adapter reads the sheet once and writes this in one go.
 */

export const PLAN_SHEET_NAMES: Record<Language, string> = {
  en: "Key Account Plan",
  de: "Key-Account-Plan",
};

/** Who fills a column: the add-on on every refresh, a person (the add-on only sets a default), or a formula. */
export type PlanColumnKind = "account" | "addon" | "person" | "formula";

export type PlanColumnKey =
  | "account"
  | "quadrant"
  | "score"
  | "strategy"
  | "owner"
  | "needsAnalysed"
  | "offer"
  | "loyalty"
  | "contactEvery"
  | "lastContact"
  | "nextContact"
  | "notes"
  | "status";

export interface PlanColumn {
  key: PlanColumnKey;
  kind: PlanColumnKind;
  header: Record<Language, string>;
  /** Number format of the column's cells (people's own formats on their cells are kept). */
  format: string;
  width: number;
}

/** The plan's columns in sheet order: one list, so a new column is one entry. */
export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: "account", kind: "account", header: { en: "Account", de: "Kunde" }, format: "@", width: 200 },
  { key: "quadrant", kind: "addon", header: { en: "Quadrant", de: "Quadrant" }, format: "@", width: 130 },
  { key: "score", kind: "addon", header: { en: "KAM score", de: "KAM-Wert" }, format: "0.00", width: 80 },
  { key: "strategy", kind: "addon", header: { en: "Strategy", de: "Strategie" }, format: "@", width: 280 },
  { key: "owner", kind: "person", header: { en: "Owner", de: "Verantwortlich" }, format: "@", width: 120 },
  {
    key: "needsAnalysed",
    kind: "person",
    header: { en: "Needs analysed on", de: "Bedarf analysiert am" },
    format: "yyyy-mm-dd",
    width: 120,
  },
  {
    key: "offer",
    kind: "person",
    header: { en: "Individual offer", de: "Individuelles Angebot" },
    format: "@",
    width: 120,
  },
  {
    key: "loyalty",
    kind: "person",
    header: { en: "Loyalty programme", de: "Treueprogramm" },
    format: "General",
    width: 110,
  },
  {
    key: "contactEvery",
    kind: "person",
    header: { en: "Contact every (days)", de: "Kontakt alle (Tage)" },
    format: "0",
    width: 110,
  },
  {
    key: "lastContact",
    kind: "person",
    header: { en: "Last contact", de: "Letzter Kontakt" },
    format: "yyyy-mm-dd",
    width: 110,
  },
  {
    key: "nextContact",
    kind: "formula",
    header: { en: "Next contact due", de: "Nächster Kontakt fällig" },
    format: "yyyy-mm-dd",
    width: 130,
  },
  { key: "notes", kind: "person", header: { en: "Notes", de: "Notizen" }, format: "@", width: 300 },
  { key: "status", kind: "addon", header: { en: "Status", de: "Status" }, format: "@", width: 260 },
];

/** `Individual offer` dropdown words, in the order of the offer's life. */
export const OFFER_STATES: Record<Language, readonly string[]> = {
  en: ["none", "drafted", "sent", "accepted"],
  de: ["keins", "entworfen", "gesendet", "angenommen"],
};

/** Default `Contact every (days)`: closest for key accounts, least for opportunistic ones. */
export const CONTACT_DAYS: Record<QuadrantKey, number> = {
  keyAccount: 14,
  keyDevelopment: 30,
  maintenance: 60,
  opportunistic: 90,
};

/** One cell of the plan sheet as read: its value, its formula ("" when none) and its number format. */
export interface PlanCell {
  value: CellValue;
  formula: string;
  format: string;
}

/** The plan sheet as read in one batch: row 1 is the header row. */
export interface PlanGrid {
  rows: PlanCell[][];
}

/** An account of the data, as the model evaluated it. */
export interface PlanAccount {
  name: string;
  quadrant: QuadrantKey | null;
  score: number | null;
  /** 1-based data sheet row: duplicates are kept apart by their order in the data. */
  sheetRow: number;
}

export interface PlanInput {
  existing: PlanGrid | null;
  accounts: readonly PlanAccount[];
  quadrants: readonly QuadrantKey[];
  language: Language;
  /** Today in the spreadsheet's time zone, yyyy-mm-dd: the date a leaver's Status names. */
  today: string;
}

/** What a cell becomes: a formula text ("=..."), or a value with the number format set before it. */
export interface PlanOutCell {
  /** The value to write; for a person's formula, what it showed when read (not written: the status reads it). */
  value: CellValue;
  /** A formula to write (ours, or one a person typed, moved with its row). */
  formula?: string;
  format: string;
}

export interface DuplicateName {
  name: string;
  sheetRows: number[];
}

export interface PlanResult {
  /** Header row first; as wide as the sheet (people's own columns included), padded to the old height. */
  cells: PlanOutCell[][];
  /** 1-based sheet column of each of the plan's columns. */
  columns: Record<PlanColumnKey, number>;
  /** Rows below the header that hold an account (the rest is padding that clears old rows). */
  planRows: number;
  /** Rows in the plan's quadrants now, added by this refresh, kept for accounts that left. */
  accounts: number;
  added: number;
  kept: number;
  duplicates: DuplicateName[];
  /** A header cell of the plan's columns changes (a new sheet, or the language changed). */
  headersRenamed: boolean;
}

/** A header as matched: trimmed, case-insensitive, either language. */
const normal = (text: string): string => text.trim().toLowerCase();

/** The key accounts are matched by: trimmed, case-insensitive name. */
export const accountKey = normal;

const HEADER_LOOKUP = new Map<string, PlanColumnKey>();
for (const column of PLAN_COLUMNS) {
  for (const text of Object.values(column.header)) HEADER_LOOKUP.set(normal(text), column.key);
}

/** 1-based columns of the plan's columns in a header row (either language); missing ones are absent. */
export function locateColumns(header: readonly CellValue[]): Partial<Record<PlanColumnKey, number>> {
  const found: Partial<Record<PlanColumnKey, number>> = {};
  header.forEach((cell, i) => {
    // A cell that is not text (a date, a number, a blank) is no header of ours under any spelling.
    const key = HEADER_LOOKUP.get(normal(String(cell)));
    if (key && found[key] === undefined) found[key] = i + 1;
  });
  return found;
}

/**
 * `Next contact due` of a row: Last contact plus the interval, blank while Last contact is blank. Written
 * without an argument separator, because Sheets' separators differ by locale (`,` in en, `;` in de):
 * IFERROR's second argument is optional (blank), and dividing by the test `J2<>""` fails while J2 is blank.
 */
export function nextContactFormula(row: number, lastContact: number, interval: number): string {
  const j = `${columnLetter(lastContact)}${row}`;
  const i = `${columnLetter(interval)}${row}`;
  return `=IFERROR(${j}+${i}/(${j}<>""))`;
}

const OUR_FORMULA = /^=IFERROR\(([A-Z]+)(\d+)\+([A-Z]+)(\d+)\/\(([A-Z]+)(\d+)<>""\)\)$/;

/** Is this our own `Next contact due` formula (for any row)? Anything else there was typed by a person. */
export function isOurNextContactFormula(formula: string): boolean {
  const m = OUR_FORMULA.exec(formula.replace(/\s/g, ""));
  return !!m && m[2] === m[4] && m[4] === m[6] && m[1] === m[5];
}

/** Status words, English and German; the date in a leaver's Status is read back, so it stays ISO. */
const STATUS = {
  en: {
    inPlan: "In plan",
    left: (since: string, where: string) => `Left the plan on ${since}: ${where}`,
    now: (quadrant: string) => `now ${quadrant}`,
    notInData: "no longer in the data sheet",
    noScore: "no KAM score",
    duplicate: (n: number, of: number, row: number) =>
      of > 1
        ? ` (name ${of} times in the data: #${n}, data row ${row})`
        : ` (#${n} of the rows with this name, data row ${row})`,
    twin: (n: number) => ` (#${n} of the rows with this name)`,
    noName: "No account name in this row",
  },
  de: {
    inPlan: "Im Plan",
    left: (since: string, where: string) => `Aus dem Plan seit ${since}: ${where}`,
    now: (quadrant: string) => `jetzt ${quadrant}`,
    notInData: "nicht mehr im Datenblatt",
    noScore: "kein KAM-Wert",
    duplicate: (n: number, of: number, row: number) =>
      of > 1
        ? ` (Name ${of}-mal in den Daten: #${n}, Datenzeile ${row})`
        : ` (#${n} der Zeilen mit diesem Namen, Datenzeile ${row})`,
    twin: (n: number) => ` (#${n} der Zeilen mit diesem Namen)`,
    noName: "Kein Kundenname in dieser Zeile",
  },
} as const;

const SINCE = /(\d{4}-\d{2}-\d{2})/;
const OCCURRENCE = /#(\d+)/;

function cellText(cell: PlanCell | undefined): string {
  if (!cell) return "";
  return cell.value instanceof Date ? "" : String(cell.value ?? "");
}

/** Did a person leave something in this cell? */
function hasContent(cell: PlanCell | undefined): boolean {
  return !!cell && (cell.formula !== "" || !isBlank(cell.value));
}

interface OldRow {
  cells: PlanCell[];
  key: string;
  order: number;
  occurrence: number;
  /** The leaver's date from its Status, when the row was a leaver. */
  leftSince: string | null;
}

interface NewRow {
  old: OldRow | null;
  account: PlanAccount | null;
  active: boolean;
  occurrence: number;
  occurrences: number;
  /** The name has twins (in the data or the plan): the Status carries the row's #n. */
  tagged: boolean;
}

/** Builds the refreshed plan: see PlanResult. Never drops a row a person typed into. */
export function buildPlan(input: PlanInput): PlanResult {
  const { language, quadrants, today } = input;
  // Holds null too, so that an account without a quadrant simply is not in it.
  const inPlan = new Set<QuadrantKey | null>(quadrants);
  const oldRows = input.existing?.rows ?? [];
  const header = (oldRows[0] ?? []).map((c) => c.value);
  const located = locateColumns(header);
  const columns = {} as Record<PlanColumnKey, number>;
  let width = header.length;
  let headersRenamed = false;
  for (const column of PLAN_COLUMNS) {
    const at = located[column.key];
    if (at !== undefined) {
      columns[column.key] = at;
    } else {
      // A missing column (a new sheet, or one a person deleted) goes after the last column there is.
      columns[column.key] = ++width;
    }
  }
  width = Math.max(width, ...Object.values(columns));
  const kindAt = new Map<number, PlanColumn>();
  for (const column of PLAN_COLUMNS) kindAt.set(columns[column.key], column);

  // The data's accounts by key, in data order: the nth row of a name is that name's #n.
  const byKey = new Map<string, PlanAccount[]>();
  const inDataOrder = [...input.accounts].sort((a, b) => a.sheetRow - b.sheetRow);
  for (const account of inDataOrder) {
    const key = accountKey(account.name);
    if (key === "") continue;
    const list = byKey.get(key);
    if (list) list.push(account);
    else byKey.set(key, [account]);
  }
  const duplicates: DuplicateName[] = [];
  for (const list of byKey.values()) {
    if (list.length > 1)
      duplicates.push({ name: (list[0] as PlanAccount).name, sheetRows: list.map((a) => a.sheetRow) });
  }

  // The plan's rows by key, in plan order, then by the #n their Status carries (a hand sort may swap them).
  const oldByKey = new Map<string, OldRow[]>();
  const orphans: OldRow[] = [];
  for (let r = 1; r < oldRows.length; r++) {
    const cells = oldRows[r] as PlanCell[];
    const key = accountKey(cellText(cells[columns.account - 1]));
    const status = cellText(cells[columns.status - 1]);
    const since = SINCE.exec(status);
    const occurrence = OCCURRENCE.exec(status);
    const row: OldRow = {
      cells,
      key,
      order: r,
      occurrence: occurrence ? Number(occurrence[1]) : Number.MAX_SAFE_INTEGER,
      leftSince: since ? (since[1] as string) : null,
    };
    if (key === "") {
      // A row without a name: kept at the end if a person typed anything into it, else it is an empty row.
      const typed = cells.some(
        (c, i) => kindAt.get(i + 1)?.kind !== "addon" && hasContent(c) && !isOursAt(c, i),
      );
      if (typed) orphans.push(row);
      continue;
    }
    const list = oldByKey.get(key);
    if (list) list.push(row);
    else oldByKey.set(key, [row]);
  }
  function isOursAt(cell: PlanCell, index: number): boolean {
    return index + 1 === columns.nextContact && isOurNextContactFormula(cell.formula);
  }

  const kept: NewRow[] = [];
  const matched = new Set<PlanAccount | null>();
  for (const [key, list] of oldByKey) {
    const data = byKey.get(key) ?? [];
    // A row whose Status names its #n takes the nth row of that name in the data (a hand sort may have
    // swapped the twins); the others take the remaining ones in plan order.
    const taken = new Map<OldRow, number>();
    const free = new Set(data.map((_, i) => i));
    for (const old of list) {
      const i = old.occurrence - 1;
      if (free.has(i)) {
        taken.set(old, i);
        free.delete(i);
      }
    }
    // A Set keeps the order things went in: the data's indices, ascending.
    const rest = [...free];
    for (const old of list) {
      if (!taken.has(old) && rest.length > 0) taken.set(old, rest.shift() as number);
    }
    // Rows left without a data row keep a number above the data's, in their old order, so that twins stay
    // told apart on the next refresh too (the list is in plan order, and the sort keeps that on a tie).
    const unmatched = list.filter((old) => !taken.has(old)).sort((a, b) => a.occurrence - b.occurrence);
    const tagged = list.length > 1 || data.length > 1;
    for (const old of list) {
      // -1: the row has no data row (index -1 reads undefined).
      const i = taken.get(old) ?? -1;
      const account = data[i] ?? null;
      matched.add(account);
      kept.push({
        old,
        account,
        active: !!account && inPlan.has(account.quadrant),
        occurrence: i >= 0 ? i + 1 : data.length + 1 + unmatched.indexOf(old),
        occurrences: data.length,
        tagged,
      });
    }
  }
  kept.sort((a, b) => (a.old as OldRow).order - (b.old as OldRow).order);

  const added: NewRow[] = [];
  for (const list of byKey.values()) {
    list.forEach((account, i) => {
      if (matched.has(account) || !inPlan.has(account.quadrant)) return;
      added.push({
        old: null,
        account,
        active: true,
        occurrence: i + 1,
        occurrences: list.length,
        // A name with plan rows is added only when the data has more rows of it than the plan: twins.
        tagged: list.length > 1,
      });
    });
  }
  added.sort(
    (a, b) =>
      ((b.account as PlanAccount).score ?? -Infinity) - ((a.account as PlanAccount).score ?? -Infinity) ||
      (a.account as PlanAccount).sheetRow - (b.account as PlanAccount).sheetRow,
  );

  const active = kept.filter((r) => r.active);
  const leavers = kept.filter((r) => !r.active);
  // Leavers at the end: those that had left already first (as they were), then the new ones.
  const wereLeavers = leavers.filter((r) => (r.old as OldRow).leftSince);
  const newLeavers = leavers.filter((r) => !(r.old as OldRow).leftSince);
  const order: NewRow[] = [...active, ...added, ...wereLeavers, ...newLeavers];

  const words = STATUS[language];
  const labels = QUADRANT_LABELS[language];
  const cells: PlanOutCell[][] = [];
  cells.push(
    Array.from({ length: width }, (_, i) => {
      const column = kindAt.get(i + 1);
      const old = oldRows[0]?.[i];
      // Stryker disable next-line StringLiteral: within the header's width every header cell was read.
      if (!column) return carry(old, "General");
      const text = column.header[language];
      if (old && cellText(old) !== text) headersRenamed = true;
      return { value: text, format: "@" };
    }),
  );

  const statusOf = (row: NewRow): string => {
    const account = row.account;
    const dup = !row.tagged
      ? ""
      : account
        ? words.duplicate(row.occurrence, row.occurrences, account.sheetRow)
        : words.twin(row.occurrence);
    if (row.active) return words.inPlan + dup;
    // Only rows of the old plan leave it.
    const since = (row.old as OldRow).leftSince ?? today;
    const where = !account
      ? words.notInData
      : account.quadrant === null
        ? words.noScore
        : words.now(labels[account.quadrant]);
    return words.left(since, where) + dup;
  };

  order.forEach((row, k) => {
    const sheetRow = k + 2;
    // How far the row moves: a person's formula moves with it (old row r sits at index r - 1, at sheet row r).
    const shift = row.old ? sheetRow - (row.old.order + 1) : 0;
    const account = row.account;
    const quadrant = account?.quadrant ?? null;
    const line: PlanOutCell[] = [];
    for (let c = 1; c <= width; c++) {
      const column = kindAt.get(c);
      const old = row.old?.cells[c - 1];
      const format = column?.format ?? "General";
      if (!column) {
        line.push(carry(old, format, shift));
        continue;
      }
      switch (column.key) {
        case "account":
          line.push(row.old ? carry(old, format, shift) : { value: (account as PlanAccount).name, format });
          break;
        case "quadrant":
          line.push({ value: quadrant ? labels[quadrant] : "", format });
          break;
        case "score":
          line.push({ value: account?.score ?? "", format });
          break;
        case "strategy":
          line.push({ value: quadrant ? QUADRANT_STRATEGIES[language][quadrant] : "", format });
          break;
        case "status":
          line.push({ value: statusOf(row), format });
          break;
        case "nextContact":
          if (!hasContent(old) || isOurNextContactFormula((old as PlanCell).formula)) {
            line.push({
              value: "",
              formula: nextContactFormula(sheetRow, columns.lastContact, columns.contactEvery),
              format: old?.format ?? format,
            });
          } else {
            line.push(carry(old, format, shift));
          }
          break;
        default:
          line.push(
            row.old
              ? carry(old, format, shift)
              : // A new row is always in one of the plan's quadrants.
                { value: defaultFor(column.key, quadrant as QuadrantKey, language), format },
          );
      }
    }
    cells.push(line);
  });

  orphans.forEach((row) => {
    const sheetRow = cells.length + 1;
    const shift = sheetRow - (row.order + 1);
    cells.push(
      Array.from({ length: width }, (_, i) => {
        const column = kindAt.get(i + 1);
        const old = row.cells[i];
        if (column?.key === "status") return { value: words.noName, format: column.format };
        if (column?.kind === "addon") return { value: "", format: column.format };
        if (
          column?.key === "nextContact" &&
          (!hasContent(old) || isOurNextContactFormula((old as PlanCell).formula))
        )
          return {
            value: "",
            formula: nextContactFormula(sheetRow, columns.lastContact, columns.contactEvery),
            format: old?.format ?? column.format,
          };
        return carry(old, column?.format ?? "General", shift);
      }),
    );
  });

  const planRows = cells.length - 1;
  // Rows the sheet had beyond the new plan (empty rows a person left) are cleared in the same write.
  while (cells.length < oldRows.length) {
    cells.push(Array.from({ length: width }, (_, i) => ({ value: "", format: oldFormat(oldRows, i) })));
  }
  return {
    cells,
    columns,
    planRows,
    accounts: active.length + added.length,
    added: added.length,
    kept: leavers.length,
    duplicates,
    headersRenamed,
  };
}

/** The format of the old plan's first row in `column`: only asked while padding, so that row exists. */
function oldFormat(rows: readonly PlanCell[][], column: number): string {
  return (rows[1] as PlanCell[])[column]?.format ?? "General";
}

/**
 * A person's cell, as typed: its formula if it has one, else its value; its own number format. A formula on
 * a row that moves `rowShift` rows keeps pointing at its own row's cells, as if copied there in Sheets.
 */
function carry(old: PlanCell | undefined, fallbackFormat: string, rowShift = 0): PlanOutCell {
  if (!old) return { value: "", format: fallbackFormat };
  if (old.formula !== "")
    return { value: old.value ?? "", formula: shiftRelativeRows(old.formula, rowShift), format: old.format };
  return { value: old.value ?? "", format: old.format };
}

function defaultFor(key: PlanColumnKey, quadrant: QuadrantKey, language: Language): CellValue {
  switch (key) {
    case "offer":
      return OFFER_STATES[language][0] as string;
    case "loyalty":
      return false;
    case "contactEvery":
      return CONTACT_DAYS[quadrant];
    default:
      return "";
  }
}

/** The day number (days since 1970-01-01) of a yyyy-mm-dd text, or null. */
export function dayNumber(iso: string | null): number | null {
  // null reads "null", which fails the pattern as an empty text does.
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!m) return null;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

export interface PlanStatus {
  /** Rows in the plan's quadrants. */
  accounts: number;
  overdue: number;
  withoutNeedsAnalysis: number;
}

/**
 * The plan's state for the overview: of the rows in the plan's quadrants, how many are overdue for contact
 * (Last contact + interval before today, or a typed due date before today) and how many have no needs
 * analysis. `cells` are rows as `buildPlan` returns them, as wide as the sheet. `dayOf` turns a date cell into
 * yyyy-mm-dd in the spreadsheet's time zone (null when no date).
 */
export function planStatus(
  cells: readonly (readonly PlanOutCell[])[],
  columns: Record<PlanColumnKey, number>,
  quadrants: readonly QuadrantKey[],
  today: string,
  dayOf: (value: CellValue) => string | null,
): PlanStatus {
  const labels = new Set<CellValue>();
  for (const q of quadrants) for (const lang of ["en", "de"] as const) labels.add(QUADRANT_LABELS[lang][q]);
  const todayNumber = dayNumber(today) ?? 0;
  const status: PlanStatus = { accounts: 0, overdue: 0, withoutNeedsAnalysis: 0 };
  const at = (row: readonly PlanOutCell[], key: PlanColumnKey) => row[columns[key] - 1] as PlanOutCell;
  for (let r = 1; r < cells.length; r++) {
    const row = cells[r] as readonly PlanOutCell[];
    if (!labels.has(at(row, "quadrant").value)) continue;
    status.accounts++;
    const needs = at(row, "needsAnalysed");
    if (isBlank(needs.value) && !needs.formula) status.withoutNeedsAnalysis++;
    const next = at(row, "nextContact");
    let due: number | null = null;
    if (next.formula && isOurNextContactFormula(next.formula)) {
      const last = dayNumber(dayOf(at(row, "lastContact").value));
      // As the formula adds it in Sheets: a blank interval is 0, a number typed as text counts, and other
      // text makes the formula's cell blank (here NaN, which is never before today).
      if (last !== null) due = last + Number(at(row, "contactEvery").value ?? 0);
    } else {
      due = dayNumber(dayOf(next.value));
    }
    if (due !== null && due < todayNumber) status.overdue++;
  }
  return status;
}

/** "Key account plan: 3 of 12 accounts overdue for contact, 2 without needs analysis." */
export function planStatusLine(status: PlanStatus, language: Language): string {
  if (language === "de") {
    return `Key-Account-Plan: ${status.overdue} von ${status.accounts} Kunden mit überfälligem Kontakt, ${status.withoutNeedsAnalysis} ohne Bedarfsanalyse.`;
  }
  return `Key account plan: ${status.overdue} of ${status.accounts} accounts overdue for contact, ${status.withoutNeedsAnalysis} without needs analysis.`;
}

/** The plan's quadrant labels in `language`, as the conditional formats compare them. */
export function planQuadrantLabels(quadrants: readonly QuadrantKey[], language: Language): string[] {
  return QUADRANT_KEYS.filter((q) => quadrants.includes(q)).map((q) => QUADRANT_LABELS[language][q]);
}

/**
 * The two custom-formula conditions (for the top-left cell of row 2, relative rows): an overdue contact
 * and an account in the plan without needs analysis. No function with more than one argument, so no
 * argument separator: `*` is AND, `+` is OR, and the result compared with 0 is TRUE or FALSE in any locale.
 */
export function planRuleFormulas(
  columns: Record<PlanColumnKey, number>,
  quadrants: readonly QuadrantKey[],
  language: Language,
): { overdue: string; noNeedsAnalysis: string } {
  const q = `$${columnLetter(columns.quadrant)}2`;
  const next = `$${columnLetter(columns.nextContact)}2`;
  const needs = `$${columnLetter(columns.needsAnalysed)}2`;
  const labels = planQuadrantLabels(quadrants, language);
  const inPlan = labels.length === 0 ? "0" : `(${labels.map((l) => `(${q}="${l}")`).join("+")})`;
  return {
    overdue: `=(${next}<>"")*(${next}<TODAY())*${inPlan}>0`,
    noNeedsAnalysis: `=(${needs}="")*${inPlan}>0`,
  };
}

/** Days between two yyyy-mm-dd texts' days: the text of `iso` moved by `days`. */
export function addDays(iso: string, days: number): string {
  const n = dayNumber(iso) ?? 0;
  return new Date((n + days) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A living plan for the sample: the first rows get an owner, a needs analysis, an offer, a loyalty
 * programme, a last contact (one of them overdue) and a note, so the playground shows every practice at
 * work. `makeDate` turns yyyy-mm-dd into the Date the adapter writes. Changes `result` in place.
 */
export function fillSampleEntries(
  result: PlanResult,
  language: Language,
  today: string,
  makeDate: (iso: string) => Date,
): PlanResult {
  const offers = OFFER_STATES[language];
  const notes =
    language === "de"
      ? ([
          "Jahresgespräch im Januar vorbereiten\nEinkauf und Technik einladen",
          "Will Lieferzeiten verkürzen",
          "",
        ] as const)
      : ([
          "Prepare the annual review in January\ninvite purchasing and engineering",
          "Wants shorter lead times",
          "",
        ] as const);
  const samples = [
    { owner: "Anna Weber", needs: -20, offer: offers[2], loyalty: true, last: -40, note: notes[0] },
    { owner: "Jonas Richter", needs: null, offer: offers[1], loyalty: false, last: -5, note: notes[1] },
    { owner: "Anna Weber", needs: -60, offer: offers[3], loyalty: true, last: -10, note: notes[2] },
  ];
  const col = (key: PlanColumnKey) => result.columns[key] - 1;
  samples.forEach((sample, i) => {
    // Below the plan's rows are only the blank rows that clear an old, longer plan.
    if (i + 1 > result.planRows) return;
    const row = result.cells[i + 1] as PlanOutCell[];
    // The plan's rows are as wide as the sheet, so every one of the plan's columns has its cell.
    const set = (key: PlanColumnKey, value: CellValue) => {
      row[col(key)] = { ...(row[col(key)] as PlanOutCell), value };
    };
    set("owner", sample.owner);
    if (sample.needs !== null) set("needsAnalysed", makeDate(addDays(today, sample.needs)));
    set("offer", sample.offer as string);
    set("loyalty", sample.loyalty);
    set("lastContact", makeDate(addDays(today, sample.last)));
    set("notes", sample.note);
  });
  return result;
}
