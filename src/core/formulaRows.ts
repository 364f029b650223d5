/**
 * Moving a person's formula to another row, as copying it there in Sheets would: every relative row number
 * of an A1 reference (`J5`, `$J5`, `Team!B5`, `5:5`) moves with it, a `$`-fixed one (`J$5`, `$5:$5`) stays.
 * The Key Account Plan needs it: a refresh writes a row's cells to its account's new row in one `setValues`,
 * and a formula written back as it was typed, `=TODAY()-J5` moved to row 7, would read another account's
 * cell. Text in quotes, quoted sheet names, function names (`LOG10(`), numbers and names are left as they are.
 */

/**
 * One token at a time, leftmost first; what no alternative takes (operators, spaces, `!`, `:`) is kept as it
 * is between them. In order: a text or a quoted sheet name (a doubled quote inside reads as one ending and the
 * next starting, which copies the same characters); a row range `$5:7`; a cell `$AB$12`; any other word, taken
 * whole so that no reference is found inside `LOG10` or `Sheet1`. A reference followed by more of a word, a
 * call `(` or a sheet's `!` is no reference.
 */
const TOKEN =
  /"[^"]*"?|'[^']*'?|(\$?)(\d+):(\$?)(\d+)(?![\w.(!])|(\$?[A-Za-z]{1,3})(\$?)(\d+)(?![\w.(!])|[\w.$]+/g;
const REF = "#REF!";

export function shiftRelativeRows(formula: string, delta: number): string {
  // Not moved: exactly as read (a row typed as "05" stays so).
  if (delta === 0) return formula;
  /** A relative row number after the move; pushed above row 1 it is no reference any more, as in Sheets. */
  const moved = (digits: string): string => {
    const row = Number(digits) + delta;
    return row < 1 ? REF : String(row);
  };
  const keepOrMove = (dollar: string, digits: string) => (dollar ? dollar + digits : moved(digits));
  return formula.replace(
    TOKEN,
    (
      token,
      d1?: string,
      r1?: string,
      d2?: string,
      r2?: string,
      column?: string,
      d3?: string,
      r3?: string,
    ) => {
      if (r1 !== undefined)
        return `${keepOrMove(d1 as string, r1)}:${keepOrMove(d2 as string, r2 as string)}`;
      if (r3 === undefined) return token;
      const row = keepOrMove(d3 as string, r3);
      return row === REF ? REF : (column as string) + row;
    },
  );
}
