// The history bench, imported by test/bench/bench.mjs (npm run bench) or run alone after a build:
//   npm run build && node test/bench/history.mjs
// Generation of 5,000 accounts through the built dist/Code.js in the emulator with a KAM History of 1 and
// of 24 earlier snapshots: Spreadsheet-service calls (the ledger) and the cells read (every getValues).
// The 24 snapshots are the first one copied with other stamps (and the index set to match), so the bench
// does not have to generate 24 times.
import { countedRun, emulatorWithAccounts, loadEmulator, runAlone } from "./benchSetup.mjs";

const ACCOUNTS = 5000;

const loadHistoryEmulator = () =>
  loadEmulator("bench-history-emulator", `export { Range } from "./test/emulator/range.ts";`);

/** A spreadsheet of 5,000 accounts whose history holds `snapshots` snapshots; returns it ready to measure. */
function withHistory(lib, snapshots) {
  const { AppsScriptRunner, CONFIG, DATA_SHEET } = lib;
  const emulator = emulatorWithAccounts(lib, ACCOUNTS);
  const runner = new AppsScriptRunner(emulator);
  runner.scriptRun("saveConfig", CONFIG);
  runner.run("generateKaismMatrix");
  const history = emulator.spreadsheet.getSheetByName("KAM History");
  const width = history.getLastColumn();
  const block = history.getRange(2, 1, ACCOUNTS, width).getValues();
  const entries = [[2, ACCOUNTS, DATA_SHEET, String(block[0][0])]];
  for (let k = 1; k < snapshots; k++) {
    const at = `2025-${String(1 + (k % 12)).padStart(2, "0")}-01 09:${String(k).padStart(2, "0")}:00`;
    const start = 2 + k * ACCOUNTS;
    history.insertRowsAfter(history.getMaxRows(), ACCOUNTS);
    history.getRange(start, 1, ACCOUNTS, width).setValues(block.map((r) => [at, ...r.slice(1)]));
    entries.push([start, ACCOUNTS, DATA_SHEET, at]);
  }
  const [metadata] = history.createDeveloperMetadataFinder().withKey("kam.history").find();
  metadata.setValue(JSON.stringify({ v: 1, s: entries }));
  emulator.ledger.reset();
  return { emulator, runner };
}

function measure(lib, snapshots) {
  const { emulator, runner } = withHistory(lib, snapshots);
  const original = lib.Range.prototype.getValues;
  let cells = 0;
  lib.Range.prototype.getValues = function () {
    const values = original.call(this);
    cells += values.length * (values[0]?.length ?? 0);
    return values;
  };
  let run;
  try {
    run = countedRun(emulator, runner, "generateKaismMatrix");
  } finally {
    lib.Range.prototype.getValues = original;
  }
  if (!run.result || run.result.accounts !== ACCOUNTS) throw new Error("history bench: generation failed");
  return { snapshots, calls: run.calls, cells, ms: run.ms };
}

export async function benchHistory() {
  const lib = await loadHistoryEmulator();
  const rows = [measure(lib, 1), measure(lib, 24)];
  console.log(
    `\nGeneration of ${ACCOUNTS.toLocaleString("en-US")} accounts with a KAM History (ledger calls; cells read by every getValues, the data sheet's included):\n`,
  );
  for (const r of rows) {
    console.log(
      `  ${String(r.snapshots).padStart(2)} earlier ${r.snapshots === 1 ? "snapshot: " : "snapshots:"} ${r.calls} calls, ${r.cells.toLocaleString("en-US")} cells read, ${r.ms.toFixed(0)} ms`,
    );
  }
  return rows;
}

if (runAlone(import.meta.url)) await benchHistory();
