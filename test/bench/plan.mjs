// The Key Account Plan bench, imported by test/bench/bench.mjs (npm run bench) or run alone after a build:
//   npm run build && node test/bench/plan.mjs
// Creates the plan through the built dist/Code.js in the emulator, then refreshes it after a data change, for
// about 50 and 5,000 plan rows, and prints the Spreadsheet-service calls of the refresh (the ledger) and the time.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function loadEmulator() {
  const outfile = path.join(root, "test-output", "bench-plan-emulator.cjs");
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `export { Emulator, AppsScriptRunner } from "./test/emulator/index.ts";
        export { accountRows, CONFIG, DATA_SHEET, HEADERS } from "./test/server/matrixFixtures.ts";`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    outfile,
    logLevel: "silent",
  });
  return createRequire(import.meta.url)(outfile);
}

/** Cuts at the bottom of the scale put every account in Key account, so the plan has a row per account. */
function refresh(lib, count) {
  const { Emulator, AppsScriptRunner, accountRows, CONFIG, DATA_SHEET, HEADERS } = lib;
  const emulator = Emulator.fromFixture(
    { sheets: [{ name: DATA_SHEET, rows: [HEADERS, ...accountRows(count)] }] },
    { distDir: path.join(root, "dist") },
  );
  const runner = new AppsScriptRunner(emulator);
  runner.scriptRun("saveConfig", { ...CONFIG, cuts: { attractiveness: 1, strength: 1 } });
  runner.run("updateAccountPlan");
  // A data change: the first account is renamed, so the refresh has a leaver to move and a row to add.
  emulator.spreadsheet.getSheetByName(DATA_SHEET).getRange(2, 1).setValue("Renamed account");
  emulator.ledger.reset();
  const started = performance.now();
  const result = runner.run("updateAccountPlan");
  const ms = performance.now() - started;
  if (!result) throw new Error(`plan bench: the refresh failed for ${count} accounts`);
  return { rows: result.accounts + result.kept, result, calls: emulator.ledger.total(), ms };
}

export async function benchPlan() {
  const lib = await loadEmulator();
  refresh(lib, 50); // warm-up
  const rows = [refresh(lib, 50), refresh(lib, 5000)];
  console.log(
    "\nKey Account Plan refresh through Code.js in the emulator (Spreadsheet-service calls from the ledger):\n",
  );
  for (const r of rows) {
    console.log(
      `  ${String(r.rows).padStart(5)} plan rows (${r.result.added} added, ${r.result.kept} kept): ${r.calls} calls, ${r.ms.toFixed(0)} ms`,
    );
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchPlan();
}
