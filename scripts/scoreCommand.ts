// npm run score -- <accounts.csv|parquet> [--config kam.json | --config "KAM Criteria.csv"] [--out scores.csv]
// Scores a file of accounts of any size with the model's DuckDB query (src/core/sql), the same query the
// add-on's Export model as SQL shows, and writes one row per account.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import fs from "node:fs";
import path from "node:path";
import { a1 } from "../src/core/a1";
import { parseCsv } from "./csv";
import type { CellValue } from "../src/core/cells";
import {
  ConfigError,
  describeProblem,
  languageOf,
  parseConfig,
  validateConfig,
  type KamConfig,
} from "../src/core/config";
import { missingColumns } from "../src/core/model";
import {
  cellOfPath,
  CONFIG_SHEET_NAME,
  gridToConfigInput,
  layoutProblems,
} from "../src/adapters/configLayout";
import { DUCKDB } from "../src/core/sql/dialect";
import { modelSql } from "../src/core/sql/modelSql";

export const USAGE =
  "Usage: npm run score -- <accounts.csv|accounts.parquet> [--config kam.json | --config 'KAM Criteria.csv'] [--out scores.csv]";

/** A problem the person running the command can fix; printed without a stack trace. */
export class ScoreError extends Error {
  override name = "ScoreError";
}

export interface ScoreOptions {
  input: string;
  config: string;
  out: string;
}

export function parseArgs(argv: readonly string[]): ScoreOptions {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--config" || arg === "--out") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--"))
        throw new ScoreError(`${arg} needs a file name.\n${USAGE}`);
      flags[arg.slice(2)] = value;
    } else if (arg.startsWith("--")) {
      throw new ScoreError(`Unknown option ${arg}.\n${USAGE}`);
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new ScoreError(`Give exactly one file of accounts.\n${USAGE}`);
  return {
    input: positional[0] as string,
    config: flags.config ?? "kam.json",
    out: flags.out ?? "scores.csv",
  };
}

/** A KamConfig as JSON, validated by the same schema as the add-on; problems name the field. */
export function configFromJson(text: string, file: string): KamConfig {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new ScoreError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseConfig(input, languageOf(input, "en"));
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ScoreError(
        `${file} is not a valid model:\n${error.problems.map((p) => `  ${describeProblem(p)}`).join("\n")}`,
      );
    }
    throw error;
  }
}

/**
 * A CSV cell as getValues would give it: a plain decimal with a dot as its number, a percentage (Sheets
 * downloads a cell formatted as percent as "50%") as its fraction, anything else as the text.
 */
function csvCell(text: string): CellValue {
  const t = text.trim();
  if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  const percent = /^(-?(\d+\.?\d*|\.\d+))\s?%$/.exec(t);
  return percent ? Number(percent[1]) / 100 : text;
}

/**
 * The KAM Criteria sheet downloaded as CSV (File > Download > Comma-separated values), read with the
 * add-on's own layout code (src/adapters/configLayout.ts); problems name the sheet's cell.
 */
export function configFromCriteriaCsv(text: string, file: string): KamConfig {
  const grid = parseCsv(text.replace(/^\uFEFF/, "")).map((row) => row.map(csvCell));
  const where = (row: number, column: number) => `${CONFIG_SHEET_NAME}!${a1(row, column)}`;
  const layout = layoutProblems(grid, "en");
  if (layout.length > 0) {
    throw new ScoreError(
      `${file} does not look like a ${CONFIG_SHEET_NAME} sheet:\n${layout.map((p) => `  ${where(p.row, p.column)}: ${p.message}`).join("\n")}`,
    );
  }
  const { input, criterionRows } = gridToConfigInput(grid);
  const result = validateConfig(input, languageOf(input, "en"));
  if (result.ok) return result.config;
  const lines = result.problems.map((p) => {
    const cell = cellOfPath(p.path, criterionRows);
    return `  ${cell ? where(cell.row, cell.column) : CONFIG_SHEET_NAME}: ${p.message}`;
  });
  throw new ScoreError(`${file} is not a valid model:\n${lines.join("\n")}`);
}

export function readConfigFile(file: string): KamConfig {
  if (!fs.existsSync(file)) {
    throw new ScoreError(
      `No model at ${file}: pass --config with a KamConfig as JSON or the ${CONFIG_SHEET_NAME} sheet downloaded as CSV.\n${USAGE}`,
    );
  }
  const text = fs.readFileSync(file, "utf8");
  return /\.csv$/i.test(file) ? configFromCriteriaCsv(text, file) : configFromJson(text, file);
}

const literal = (text: string) => DUCKDB.string(text);

/** Loads the accounts file into the table `accounts`: Parquet as it is, CSV typed by DuckDB's reader. */
export async function loadAccounts(connection: DuckDBConnection, file: string): Promise<string[]> {
  if (!fs.existsSync(file)) throw new ScoreError(`There is no file ${file}.`);
  const reader = /\.parquet$/i.test(file)
    ? `read_parquet(${literal(file)})`
    : // sample_size = -1: a column is typed from every row, so text far down a number column cannot stop the load.
      `read_csv(${literal(file)}, header = true, sample_size = -1)`;
  await connection.run(`CREATE OR REPLACE TABLE accounts AS SELECT * FROM ${reader}`);
  const columns = await connection.runAndReadAll("SELECT column_name FROM (DESCRIBE accounts)");
  return columns.getRowsJS().map((r) => String(r[0]));
}

export interface ScoreSummary {
  accounts: number;
  quadrants: Record<string, number>;
  concentration: Record<string, unknown> | null;
  milliseconds: { load: number; score: number };
}

/** Runs the model's DuckDB query over the file and writes the scores as CSV. */
export async function score(options: ScoreOptions, config: KamConfig): Promise<ScoreSummary> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const started = Date.now();
    const headers = await loadAccounts(connection, options.input);
    const missing = missingColumns(config, headers);
    if (missing.length > 0) {
      throw new ScoreError(
        `${options.input} has no column ${missing.map((m) => `"${m}"`).join(", ")}; its columns are ${headers.map((h) => `"${h}"`).join(", ")}.`,
      );
    }
    const loaded = Date.now();
    const sql = modelSql(config, { dialect: "duckdb", table: "accounts", headers });
    await connection.run(`CREATE TABLE scores AS ${sql.scores}`);
    fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    await connection.run(
      `COPY (SELECT * FROM scores ORDER BY rank) TO ${literal(options.out)} (HEADER, DELIMITER ',')`,
    );
    const counts = await connection.runAndReadAll(
      "SELECT COALESCE(quadrant, '') AS quadrant, COUNT(*) AS n FROM scores GROUP BY ALL ORDER BY n DESC",
    );
    const quadrants: Record<string, number> = {};
    for (const [q, n] of counts.getRowsJS()) quadrants[String(q)] = Number(n);
    let concentration: Record<string, unknown> | null = null;
    if (sql.concentration) {
      const rows = (await connection.runAndReadAll(sql.concentration)).getRowObjectsJS();
      concentration = rows[0]
        ? Object.fromEntries(
            Object.entries(rows[0]).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]),
          )
        : null;
    }
    const accounts = Object.values(quadrants).reduce((s, n) => s + n, 0);
    return {
      accounts,
      quadrants,
      concentration,
      milliseconds: { load: loaded - started, score: Date.now() - loaded },
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The command: returns the exit code; prints problems without a stack trace. */
export async function main(
  argv: readonly string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  try {
    const options = parseArgs(argv);
    const config = readConfigFile(options.config);
    const summary = await score(options, config);
    log(`Scored ${summary.accounts.toLocaleString("en-US")} accounts into ${options.out}`);
    log(`  load ${summary.milliseconds.load} ms, score and write ${summary.milliseconds.score} ms`);
    for (const [q, n] of Object.entries(summary.quadrants)) log(`  ${q || "(no quadrant)"}: ${n}`);
    if (summary.concentration) {
      const c = summary.concentration;
      log(
        `  concentration: ${String(c.concentration)}, HHI ${Number(c.hhi).toFixed(0)}, largest share ${(Number(c.largest_share) * 100).toFixed(1)}%, mono-customer ${String(c.mono_customer)}`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof ScoreError) {
      log(error.message);
      return 1;
    }
    log(`npm run score failed: ${(error as Error).message}`);
    return 2;
  }
}
