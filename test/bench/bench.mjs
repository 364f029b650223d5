// npm run bench: times the custom functions as Apps Script runs them (top-level stubs of the built
// dist/Code.js inside a vm context), the cold evaluation of Code.js, and the matrix generation when its
// bench exists. Prints figures only; tests never assert timings.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const codePath = path.join(root, "dist/Code.js");
const code = fs.readFileSync(codePath, "utf8");
const RUNS = 7;
const CRITERIA = 10;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function freshContext() {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: "Code.js" });
  return context;
}

function timeMedian(fn) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

function benchFunctions(accounts) {
  const next = random(accounts);
  const points = Array.from({ length: accounts }, () =>
    Array.from({ length: CRITERIA }, () => 1 + Math.floor(next() * 10)),
  );
  const weights = [Array.from({ length: CRITERIA }, (_, j) => j + 1)];
  const revenues = Array.from({ length: accounts }, () => [Math.round(1000 / (next() + 0.001))]);
  const context = freshContext();
  const call = (name, ...args) => context[name](...args);
  return {
    accounts,
    KAM_SCORE: timeMedian(() => call("KAM_SCORE", points, weights)),
    "KAM_POINTS linear": timeMedian(() => call("KAM_POINTS", revenues)),
    "KAM_POINTS rank": timeMedian(() => call("KAM_POINTS", revenues, "higher", 10, "rank")),
    REVENUE_SHARE: timeMedian(() => call("REVENUE_SHARE", revenues)),
    KAM_ABC: timeMedian(() => call("KAM_ABC", revenues)),
    KAM_CONTRIBUTION: timeMedian(() => call("KAM_CONTRIBUTION", points, weights)),
    "KAM_POINTS log": timeMedian(() => call("KAM_POINTS", revenues, "higher", 10, "log")),
  };
}

function benchColdEvaluation() {
  const times = [];
  for (let i = 0; i < 21; i++) {
    const context = vm.createContext({});
    const started = performance.now();
    vm.runInContext(code, context, { filename: "Code.js" });
    times.push(performance.now() - started);
  }
  return median(times);
}

function printTable(rows) {
  const columns = Object.keys(rows[0]);
  const cells = rows.map((row) =>
    columns.map((c) => (typeof row[c] === "number" && c !== "accounts" ? row[c].toFixed(1) : String(row[c]))),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values) => "| " + values.map((v, i) => v.padStart(widths[i])).join(" | ") + " |";
  console.log(line(columns));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of cells) console.log(line(r));
}

console.log(`Custom functions through the Code.js stubs, ${CRITERIA} criteria, median ms of ${RUNS} runs:\n`);
printTable([1_000, 10_000, 100_000].map(benchFunctions));
const kb = (Buffer.byteLength(code) / 1024).toFixed(1);
console.log(
  `\nCode.js: ${kb} KB; cold evaluation in a fresh context: ${benchColdEvaluation().toFixed(2)} ms (median of 21)`,
);

const { benchScoring } = await import(pathToFileURL(path.join(root, "test/bench/scoring.mjs")).href);
await benchScoring();

const matrixBench = path.join(root, "test/bench/matrix.mjs");
if (fs.existsSync(matrixBench)) {
  const { benchMatrix } = await import(pathToFileURL(matrixBench).href);
  await benchMatrix();
}

const historyBench = path.join(root, "test/bench/history.mjs");
if (fs.existsSync(historyBench)) {
  const { benchHistory } = await import(pathToFileURL(historyBench).href);
  await benchHistory();
}

const sqlBench = path.join(root, "test/bench/sql.mjs");
if (fs.existsSync(sqlBench)) await (await import(pathToFileURL(sqlBench).href)).benchSql();

const planBench = path.join(root, "test/bench/plan.mjs");
if (fs.existsSync(planBench)) {
  const { benchPlan } = await import(pathToFileURL(planBench).href);
  await benchPlan();
}
