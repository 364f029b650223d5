/** A1 notation, the one copy for the add-on and the playground (the emulator keeps its own as an independent oracle). */

/** "A", "B", ..., "Z", "AA": the column letters of a 1-based column. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "B7" for row 7, column 2 (both 1-based). */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
