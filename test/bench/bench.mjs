// npm run bench: times the custom functions as Apps Script runs them (top-level stubs of the built
// dist/Code.js inside a vm context), the cold evaluation of Code.js, and the matrix generation when its
// bench exists. Prints figures only; tests never assert timings.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { codeContext, median, random, readCode, root } from "./benchSetup.mjs";

const code = readCode();
const RUNS = 7;
const CRITERIA = 10;

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
  const context = codeContext(code);
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

// The other benches, each a module of its own that also runs alone (see its first lines).
for (const [file, bench] of [
  ["scoring.mjs", "benchScoring"],
  ["matrix.mjs", "benchMatrix"],
  ["history.mjs", "benchHistory"],
  ["sql.mjs", "benchSql"],
  ["plan.mjs", "benchPlan"],
]) {
  const modulePath = path.join(root, "test/bench", file);
  if (fs.existsSync(modulePath)) await (await import(pathToFileURL(modulePath).href))[bench]();
}
