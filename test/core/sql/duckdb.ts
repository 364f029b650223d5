import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CellValue } from "../../../src/core/cells";

/** One in-memory DuckDB for a test file; two threads at most, as the machine is shared. */
export async function openDuckDb(): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A cell as a CSV field: numbers in their shortest exact form, texts quoted, blanks empty. */
function csvField(cell: CellValue): string {
  if (cell === "" || cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  const text = cell instanceof Date ? cell.toISOString() : String(cell).replace(/"/g, '""');
  return `"${text}"`;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [headers.map((h) => csvField(h)).join(",")];
  for (const row of rows) lines.push(headers.map((_, j) => csvField(row[j])).join(","));
  return lines.join("\n") + "\n";
}

export function tempFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-sql-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/**
 * Loads a table the way a person would: written as CSV and read by DuckDB's own CSV reader, which types a
 * column DOUBLE or BIGINT when every cell is a number and VARCHAR when text is mixed in.
 */
export async function loadCsvTable(
  connection: DuckDBConnection,
  table: string,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
): Promise<void> {
  const file = tempFile("accounts.csv", toCsv(headers, rows));
  const literal = "'" + file.replace(/'/g, "''") + "'";
  await connection.run(
    `CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM read_csv(${literal}, header = true, sample_size = -1)`,
  );
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

export type SqlRow = Record<string, unknown>;

/** Runs a query; BIGINT counts come back as numbers. */
export async function query(connection: DuckDBConnection, sql: string): Promise<SqlRow[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => {
    const out: SqlRow = {};
    for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" ? Number(v) : v;
    return out;
  });
}
