/**
 * The few constructs in which GoogleSQL (BigQuery) and DuckDB differ. The model's query is written once
 * against this interface, so the two dialects' texts differ only here; test/core/sql/dialect.test.ts holds
 * this list against the generated texts.
 */
export type SqlDialectName = "bigquery" | "duckdb";

export const SQL_DIALECTS: readonly SqlDialectName[] = ["bigquery", "duckdb"];

/**
 * Everything in which the two texts differ, for the README and the test that holds it: rewrite these in a
 * bigquery text and it is the duckdb text, character for character.
 */
export const DIALECT_DIFFERENCES = [
  { construct: "quoted name", bigquery: "`name`, \\ and \\` escaped", duckdb: '"name", a " written twice' },
  { construct: "text literal", bigquery: "'text', \\ and \\' escaped", duckdb: "'text', a ' written twice" },
  { construct: "cell to number", bigquery: "SAFE_CAST(x AS FLOAT64)", duckdb: "TRY_CAST(x AS DOUBLE)" },
  { construct: "double type", bigquery: "FLOAT64", duckdb: "DOUBLE" },
  { construct: "dialect named in the first comment line", bigquery: "(bigquery)", duckdb: "(duckdb)" },
] as const;

export interface SqlDialect {
  name: SqlDialectName;
  /** A name from the configuration as a quoted identifier: `x` in GoogleSQL, "x" in DuckDB. */
  identifier(name: string): string;
  /** A text as a string literal: GoogleSQL escapes with backslashes, DuckDB doubles the quote. */
  string(text: string): string;
  /** A cell as a double, NULL where it is no number: SAFE_CAST(x AS FLOAT64) / TRY_CAST(x AS DOUBLE). */
  toNumber(expression: string): string;
  /** The double type's name: FLOAT64 / DOUBLE. */
  doubleType: string;
}

/** Characters a GoogleSQL literal or quoted identifier must not hold raw: control characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

function googleSqlEscape(text: string, quote: "'" | "`"): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(quote === "'" ? /'/g : /`/g, `\\${quote}`)
      // \uXXXX is one of GoogleSQL's escape sequences; a raw newline would end the literal's line.
      .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
  );
}

function rejectNul(text: string): string {
  // No SQL engine keeps a NUL inside a name or a literal: refuse it rather than cut the text short.
  if (text.includes("\u0000")) throw new Error("A name in the model holds a NUL character.");
  return text;
}

export const BIGQUERY: SqlDialect = {
  name: "bigquery",
  identifier: (name) => "`" + googleSqlEscape(rejectNul(name), "`") + "`",
  string: (text) => "'" + googleSqlEscape(rejectNul(text), "'") + "'",
  toNumber: (expression) => `SAFE_CAST(${expression} AS FLOAT64)`,
  doubleType: "FLOAT64",
};

export const DUCKDB: SqlDialect = {
  name: "duckdb",
  // Standard SQL: inside a quoted name or literal only the quote itself is special, written twice.
  identifier: (name) => '"' + rejectNul(name).replace(/"/g, '""') + '"',
  string: (text) => "'" + rejectNul(text).replace(/'/g, "''") + "'",
  toNumber: (expression) => `TRY_CAST(${expression} AS DOUBLE)`,
  doubleType: "DOUBLE",
};

export function dialectNamed(name: string): SqlDialect {
  if (name === "bigquery") return BIGQUERY;
  if (name === "duckdb") return DUCKDB;
  throw new Error(`Unknown SQL dialect "${name}": use "bigquery" or "duckdb".`);
}
