// The model as SQL bench, imported by test/bench/bench.mjs (npm run bench) or run alone:
//   node test/bench/sql.mjs [accounts]       (default 1,000,000)
// Scores the same accounts x 10 criteria twice in one run: with the JavaScript engine (evaluateAccounts, the
// reference) on rows in memory, and with DuckDB running the generated query (modelSql) on the same rows
// loaded from CSV into a table. Prints both times and the ratio, and the size the generator adds to Code.js.
import { DuckDBInstance } from "@duckdb/node-api";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as esbuild from "esbuild";
import { bundle, median, outputDir as out, random, root, runAlone } from "./benchSetup.mjs";

const loadCore = () =>
  bundle(
    "bench-sql",
    `export { evaluateAccounts } from "./src/core/model.ts";
     export { parseConfig } from "./src/core/config.ts";
     export { modelSql } from "./src/core/sql/modelSql.ts";`,
  );

/** Minified size of the generator alone, as esbuild would add it to a bundle that has the core already. */
async function generatorBytes() {
  const size = async (contents) => {
    const result = await esbuild.build({
      stdin: { contents, resolveDir: root, loader: "ts" },
      bundle: true,
      minify: true,
      format: "iife",
      write: false,
      logLevel: "silent",
    });
    return result.outputFiles[0].contents.length;
  };
  const core = `export { evaluateAccounts } from "./src/core/model.ts"; export { parseConfig } from "./src/core/config.ts";`;
  return (await size(core + `export { modelSql } from "./src/core/sql/modelSql.ts";`)) - (await size(core));
}

const CRITERIA = [
  { name: "Revenue", axis: "attractiveness", weight: 30, input: "log" },
  { name: "Potential", axis: "attractiveness", weight: 20, input: "linear" },
  { name: "Stability", axis: "attractiveness", weight: 15, input: "points" },
  { name: "Cost to serve", axis: "attractiveness", weight: 10, input: "linear", direction: "lower" },
  { name: "Need", axis: "attractiveness", weight: 15, input: "points" },
  { name: "Reputation", axis: "attractiveness", weight: 10, input: "rank" },
  { name: "Share of wallet", axis: "strength", weight: 40, input: "linear", low: 0, high: 1 },
  { name: "Satisfaction", axis: "strength", weight: 25, input: "points" },
  { name: "Relationship", axis: "strength", weight: 15, input: "rank" },
  { name: "Product fit", axis: "strength", weight: 20, input: "points" },
];

function makeData(accounts) {
  const next = random(accounts);
  const headers = ["Customer", ...CRITERIA.map((c) => c.name)];
  const rows = new Array(accounts);
  for (let i = 0; i < accounts; i++) {
    const revenue = Math.round(1000 / (next() + 0.001)) * 10;
    rows[i] = [
      `Customer ${i}`,
      revenue,
      next() < 0.02 ? "" : Math.round(revenue * (1 + next())),
      1 + Math.floor(next() * 10),
      Math.round(4000 + next() * 40000),
      1 + Math.floor(next() * 10),
      1 + Math.floor(next() * 10),
      Math.round(next() * 100) / 100,
      1 + Math.floor(next() * 10),
      1 + Math.floor(next() * 5),
      next() < 0.02 ? "" : 1 + Math.floor(next() * 10),
    ];
  }
  return { headers, rows };
}

function writeCsv(file, headers, rows) {
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, headers.map((h) => `"${h}"`).join(",") + "\n");
  const chunk = 50_000;
  for (let i = 0; i < rows.length; i += chunk) {
    fs.writeSync(
      fd,
      rows
        .slice(i, i + chunk)
        .map((r) => r.join(","))
        .join("\n") + "\n",
    );
  }
  fs.closeSync(fd);
}

const ms = (started) => performance.now() - started;

export async function benchSql(accounts = 1_000_000) {
  const core = await loadCore();
  const config = core.parseConfig({
    version: 1,
    dataSheet: "Accounts",
    accountColumn: "Customer",
    revenueColumn: "Revenue",
    criteria: CRITERIA.map((c) => ({ direction: "higher", ...c, column: c.name })),
  });
  const { headers, rows } = makeData(accounts);
  const file = path.join(out, "bench-accounts.csv");
  writeCsv(file, headers, rows);

  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  let started = performance.now();
  await connection.run(`CREATE TABLE accounts AS SELECT * FROM read_csv('${file}', header = true)`);
  const load = ms(started);
  const sql = core.modelSql(config, { dialect: "duckdb", table: "accounts" }).scores;
  const duckdb = [];
  for (let run = 0; run < 3; run++) {
    started = performance.now();
    await connection.run(`CREATE OR REPLACE TEMP TABLE scores AS ${sql}`);
    duckdb.push(ms(started));
  }
  const counted = (await connection.runAndReadAll("SELECT COUNT(*) FROM scores")).getRowsJS()[0][0];
  connection.closeSync();
  instance.closeSync();
  fs.rmSync(file, { force: true });

  const js = [];
  for (let run = 0; run < 3; run++) {
    started = performance.now();
    const evaluation = core.evaluateAccounts(config, { headers, rows, headerRow: 1 });
    js.push(ms(started));
    if (evaluation.accounts.length !== Number(counted))
      throw new Error("sql bench: the engines disagree on the accounts");
  }
  const figures = {
    accounts,
    criteria: CRITERIA.length,
    jsMs: median(js),
    duckdbMs: median(duckdb),
    loadMs: load,
    ratio: median(js) / median(duckdb),
    generatorKb: (await generatorBytes()) / 1024,
  };
  console.log(
    `\nThe model as SQL: ${accounts.toLocaleString("en-US")} accounts x ${CRITERIA.length} criteria, median of 3 runs:\n`,
  );
  console.log("| engine | ms |");
  console.log("|---|---|");
  console.log(`| evaluateAccounts (JavaScript, rows in memory) | ${figures.jsMs.toFixed(0)} |`);
  console.log(`| DuckDB, generated query into a table | ${figures.duckdbMs.toFixed(0)} |`);
  console.log(`| DuckDB, loading the CSV first (once) | ${figures.loadMs.toFixed(0)} |`);
  console.log(
    `\nDuckDB is ${figures.ratio.toFixed(1)}x faster than the JavaScript engine (query against evaluation).`,
  );
  console.log(
    `The SQL generator adds ${figures.generatorKb.toFixed(1)} KB (minified) to a bundle holding the core.`,
  );
  return figures;
}

if (runAlone(import.meta.url)) {
  await benchSql(Number(process.argv[2] ?? 1_000_000));
}
