// Sums StrykerJS JSON reports (mutation-testing-report-schema) into one score per file and overall:
// `node test/mutation/score.mjs test-output/mutation/report.json [more.json ...]`. Several reports let the
// run be done file by file (`npx stryker run --mutate src/core/model.ts`, each report copied aside); a file
// present in more than one report counts from the last one given.
import { readFileSync } from "node:fs";

const reports = process.argv.slice(2);
if (reports.length === 0) {
  console.error("usage: node test/mutation/score.mjs report.json [more.json ...]");
  process.exit(2);
}
const files = new Map();
// `report.json#src/core/plan.ts` takes only that file from the report (an incremental run's report also
// carries the files of the run it started from).
for (const arg of reports) {
  const [path, only] = arg.split("#");
  const report = JSON.parse(readFileSync(path, "utf8"));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!only || file === only) files.set(file, mutants);
  }
}
// Stryker's own score: detected (killed, timeout) over valid mutants (ignored, compile errors left out).
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const rows = [];
const total = { detected: 0, undetected: 0, ignored: 0 };
for (const [file, mutants] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const count = { detected: 0, undetected: 0, ignored: 0 };
  for (const m of mutants) {
    if (DETECTED.has(m.status)) count.detected++;
    else if (UNDETECTED.has(m.status)) count.undetected++;
    else count.ignored++;
  }
  for (const key of Object.keys(total)) total[key] += count[key];
  rows.push([file, count]);
}
const pct = (c) => {
  const valid = c.detected + c.undetected;
  return valid === 0 ? "   n/a" : `${((100 * c.detected) / valid).toFixed(1).padStart(5)}%`;
};
const width = Math.max(...rows.map(([f]) => f.length), 8);
console.log(`${"file".padEnd(width)}  score   killed  survived  ignored`);
for (const [file, c] of [...rows, ["all", total]]) {
  console.log(
    `${file.padEnd(width)}  ${pct(c)}  ${String(c.detected).padStart(6)}  ${String(c.undetected).padStart(8)}  ${String(c.ignored).padStart(7)}`,
  );
}
