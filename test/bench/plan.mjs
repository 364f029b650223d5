// The Key Account Plan bench, imported by test/bench/bench.mjs (npm run bench) or run alone after a build:
//   npm run build && node test/bench/plan.mjs
// Creates the plan through the built dist/Code.js in the emulator, then refreshes it after a data change, for
// about 50 and 5,000 plan rows, and prints the Spreadsheet-service calls of the refresh (the ledger) and the time.
import { countedRun, emulatorWithAccounts, loadEmulator, runAlone } from "./benchSetup.mjs";

/** Cuts at the bottom of the scale put every account in Key account, so the plan has a row per account. */
function refresh(lib, count) {
  const { AppsScriptRunner, CONFIG, DATA_SHEET } = lib;
  const emulator = emulatorWithAccounts(lib, count);
  const runner = new AppsScriptRunner(emulator);
  runner.scriptRun("saveConfig", { ...CONFIG, cuts: { attractiveness: 1, strength: 1 } });
  runner.run("updateAccountPlan");
  // A data change: the first account is renamed, so the refresh has a leaver to move and a row to add.
  emulator.spreadsheet.getSheetByName(DATA_SHEET).getRange(2, 1).setValue("Renamed account");
  const { result, calls, ms } = countedRun(emulator, runner, "updateAccountPlan");
  if (!result) throw new Error(`plan bench: the refresh failed for ${count} accounts`);
  return { rows: result.accounts + result.kept, result, calls, ms };
}

export async function benchPlan() {
  const lib = await loadEmulator("bench-plan-emulator");
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

if (runAlone(import.meta.url)) await benchPlan();
