import type { GridRect } from "./model";

/** A parsed A1 reference; a missing bound means "to the edge of the sheet" (whole columns or rows). */
export interface A1Ref {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export function columnLetters(col: number): string {
  let out = "";
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Sheets quotes a sheet name in A1 notation unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function rectToA1(rect: GridRect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function endpoint(text: string): { row?: number; col?: number } | null {
  const m = ENDPOINT.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = columnNumber(m[1]);
  if (m[2]) {
    const row = Number(m[2]);
    if (row < 1) return null;
    out.row = row;
  }
  return out;
}

/** Splits `'My sheet'!A1:B2` into sheet name and range part; null when the quoting is broken. */
export function splitSheetName(text: string): { sheetName?: string; rest: string } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (text[i] !== "'" || text[i + 1] !== "!") return null;
    return { sheetName: name, rest: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang >= 0) return { sheetName: text.slice(0, bang), rest: text.slice(bang + 1) };
  return { rest: text };
}

/** Parses A1 notation: `B2`, `A1:C3`, `A:C`, `2:5`, `A2:C` and any of them after `Sheet!` or `'My sheet'!`. */
export function parseA1(text: string): A1Ref | null {
  const split = splitSheetName(text.trim());
  if (!split) return null;
  const parts = split.rest.split(":");
  if (parts.length > 2) return null;
  const a = endpoint(parts[0] ?? "");
  if (!a) return null;
  const ref: A1Ref = {};
  if (split.sheetName !== undefined) ref.sheetName = split.sheetName;
  if (parts.length === 1) {
    if (a.row === undefined || a.col === undefined) return null;
    return { ...ref, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = endpoint(parts[1] ?? "");
  if (!b) return null;
  // Whole rows (2:5) need rows on both ends; whole columns (A:C) need columns on both ends.
  if (a.col === undefined && (b.col !== undefined || b.row === undefined)) return null;
  if (a.row === undefined && b.col === undefined) return null;
  const rows = [a.row, b.row];
  const cols = [a.col, b.col];
  const lowHigh = (pair: Array<number | undefined>): [number | undefined, number | undefined] => {
    const [x, y] = pair;
    if (x !== undefined && y !== undefined) return [Math.min(x, y), Math.max(x, y)];
    return [x, y];
  };
  const [startRow, endRow] = lowHigh(rows);
  const [startCol, endCol] = lowHigh(cols);
  if (startRow !== undefined) ref.startRow = startRow;
  if (endRow !== undefined) ref.endRow = endRow;
  if (startCol !== undefined) ref.startCol = startCol;
  if (endCol !== undefined) ref.endCol = endCol;
  return ref;
}

/** Resolves open bounds against the sheet's size. */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): GridRect {
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const endRow = ref.endRow ?? maxRows;
  const endCol = ref.endCol ?? maxCols;
  return { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 };
}
