// The KAISM matrix bench, imported by test/bench/bench.mjs (npm run bench) or run alone after a build:
//   npm run build && node test/bench/matrix.mjs
// Generates both sheets (the KAISM Matrix overview and the KAM Scores table) through the built dist/Code.js
// in the emulator for 50 and 5,000 accounts, first and again, and prints the Spreadsheet-service calls (the
// emulator's ledger) and the time: for the whole generation, and for the two sheets' writer alone
// (writeGeneratedSheets from src/, the bound of at most 50). The emulator and the writer are
// TypeScript, so they are bundled on the fly with esbuild into test-output/.
import { countedRun, emulatorWithAccounts, loadEmulator, runAlone } from "./benchSetup.mjs";

const loadMatrixEmulator = () =>
  loadEmulator(
    "bench-emulator",
    `export { writeGeneratedSheets } from "./src/adapters/matrixSheet.ts";
     export { buildMatrixLayouts } from "./src/core/matrixLayout.ts";
     export { parseConfig } from "./src/core/config.ts";
     export { evaluateAccounts } from "./src/core/model.ts";`,
  );

/** One generation of the matrix for `count` accounts: ledger calls and milliseconds. */
function generate(lib, count) {
  const emulator = emulatorWithAccounts(lib, count);
  const runner = new lib.AppsScriptRunner(emulator);
  runner.scriptRun("saveConfig", lib.CONFIG);
  const first = countedRun(emulator, runner, "generateKaismMatrix");
  if (!first.result || first.result.accounts !== count)
    throw new Error(`matrix bench: generation failed for ${count} accounts`);
  const again = countedRun(emulator, runner, "generateKaismMatrix");
  return { accounts: count, calls: first.calls, ms: first.ms, againCalls: again.calls, againMs: again.ms };
}

/** The two sheets' writer alone, first and again, for `count` accounts: its ledger calls. */
function writerCalls(lib, count) {
  const { accountRows, CONFIG, HEADERS } = lib;
  const emulator = emulatorWithAccounts(lib, count);
  const config = lib.parseConfig(CONFIG);
  const table = { headerRow: 1, headers: HEADERS, rows: accountRows(count) };
  const evaluation = lib.evaluateAccounts(config, table, "en");
  const layouts = lib.buildMatrixLayouts({ evaluation, config, language: "en", madeAt: "2026-01-01 10:00" });
  const { SpreadsheetApp, Charts } = emulator.globals();
  const saved = { SpreadsheetApp: globalThis.SpreadsheetApp, Charts: globalThis.Charts };
  Object.assign(globalThis, { SpreadsheetApp, Charts });
  try {
    const counts = [];
    for (let pass = 0; pass < 2; pass++) {
      emulator.ledger.reset();
      lib.writeGeneratedSheets(emulator.spreadsheet, layouts);
      counts.push(emulator.ledger.total());
    }
    return { first: counts[0], again: counts[1] };
  } finally {
    Object.assign(globalThis, saved);
  }
}

/** Prints and returns the figures; `calls` and `ms` are those for 5,000 accounts. */
export async function benchMatrix() {
  const lib = await loadMatrixEmulator();
  generate(lib, 50); // warm-up: the first run pays for compiling Code.js
  const rows = [generate(lib, 50), generate(lib, 5000)];
  console.log(
    "\nKAISM Matrix + KAM Scores through Code.js in the emulator (Spreadsheet-service calls from the ledger):\n",
  );
  for (const r of rows) {
    console.log(
      `  ${String(r.accounts).padStart(5)} accounts: first ${r.calls} calls, ${r.ms.toFixed(0)} ms; again ${r.againCalls} calls, ${r.againMs.toFixed(0)} ms`,
    );
  }
  console.log("\nThe two sheets' writer alone (writeGeneratedSheets; the issue's bound: at most 50):\n");
  for (const count of [50, 5000]) {
    const w = writerCalls(lib, count);
    console.log(`  ${String(count).padStart(5)} accounts: first ${w.first} calls; again ${w.again} calls`);
  }
  const large = rows[1];
  return { calls: large.calls, ms: large.ms, byAccounts: rows };
}

if (runAlone(import.meta.url)) await benchMatrix();
