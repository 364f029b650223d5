/**
 * A number from the configuration as a SQL literal that both dialects read as the same double. Whole
 * numbers up to a million are written plainly (an integer literal meets doubles exactly); anything else in
 * exponent form, which GoogleSQL and DuckDB both read as a double (a plain "0.1" would be a DECIMAL in
 * DuckDB). toExponential() without digits gives the shortest text that reads back as the same double.
 */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`A number in the model is not finite: ${value}.`);
  const text =
    Number.isInteger(value) && Math.abs(value) <= 1e6
      ? String(Object.is(value, -0) ? 0 : value)
      : value.toExponential();
  // A negative literal in parentheses, so that "x - -1" can never read as the start of a comment ("--").
  return value < 0 ? `(${text})` : text;
}

/**
 * A table path typed by a person, such as `project.dataset.accounts`, split on dots into names. Each name is
 * quoted on its own, so no text can leave the identifier.
 */
export function tablePath(table: string): string[] {
  const parts = table.split(".").map((p) => p.trim());
  // A blank table is one empty part.
  if (parts.some((p) => p === "")) {
    throw new Error(`The table name "${table}" is empty or has an empty part between dots.`);
  }
  return parts;
}
