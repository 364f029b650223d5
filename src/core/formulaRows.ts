/**
 * Moving a person's formula to another row, as copying it there in Sheets would: every relative row number
 * of an A1 reference (`J5`, `$J5`, `Team!B5`, `5:5`) moves with it, a `$`-fixed one (`J$5`, `$5:$5`) stays.
 * The Key Account Plan needs it: a refresh writes a row's cells to its account's new row in one `setValues`,
 * and a formula written back as it was typed, `=TODAY()-J5` moved to row 7, would read another account's
 * cell. Text in quotes, quoted sheet names, function names (`LOG10(`), numbers and names are left as they are.
 */

/** A cell reference at a token's start: `$A$1`, `AB12`, `$C7`. */
const CELL = /(\$?[A-Za-z]{1,3}\$?)(\d+)/y;
/** A row range at a token's start: `5:7`, `$5:$7`. */
const ROWS = /(\$?)(\d+):(\$?)(\d+)/y;
/** The rest of a word that is not a reference (a function or range name, a number, TRUE). */
const WORD = /[\w.$]+/y;
/** What may not follow a reference: more of a word, a call, a sheet's `!`. */
const NOT_AFTER = /[\w.(!]/;

export function shiftRelativeRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  let out = "";
  let i = 0;
  /** A row number after the move: `$`-fixed as it was; pushed above row 1, no reference any more (Sheets). */
  const row = (dollar: string, digits: string): string => {
    if (dollar === "$") return `$${digits}`;
    const moved = Number(digits) + delta;
    return moved < 1 ? "#REF!" : String(moved);
  };
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      // A text or a quoted sheet name, its quote doubled inside: copied as it is.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch))
        j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!/[\w$]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    ROWS.lastIndex = i;
    const rows = ROWS.exec(formula);
    if (rows && !NOT_AFTER.test(formula[ROWS.lastIndex] ?? "")) {
      const [, d1, r1, d2, r2] = rows as unknown as [string, string, string, string, string];
      out += `${row(d1, r1)}:${row(d2, r2)}`;
      i = ROWS.lastIndex;
      continue;
    }
    CELL.lastIndex = i;
    const cell = CELL.exec(formula);
    if (cell && !NOT_AFTER.test(formula[CELL.lastIndex] ?? "")) {
      const [, column, digits] = cell as unknown as [string, string, string];
      const moved = row("", digits);
      out += column.endsWith("$") ? column + digits : moved === "#REF!" ? moved : column + moved;
      i = CELL.lastIndex;
      continue;
    }
    WORD.lastIndex = i;
    WORD.exec(formula);
    out += formula.slice(i, WORD.lastIndex);
    i = WORD.lastIndex;
  }
  return out;
}
