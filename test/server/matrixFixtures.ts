import { Emulator, AppsScriptRunner } from "../emulator";
import { seededRandom } from "../../src/core/sampleData";

export const DATA_SHEET = "Accounts";
export const HEADERS = ["Customer", "Revenue", "Potential", "Need", "Wallet", "Satisfaction"];

/** A KamConfig for the generated accounts: two criteria per axis, revenue linear. */
export const CONFIG = {
  version: 1,
  language: "en",
  dataSheet: DATA_SHEET,
  headerRow: 1,
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  scaleMax: 10,
  criteria: [
    {
      name: "Revenue",
      column: "Revenue",
      axis: "attractiveness",
      weight: 30,
      direction: "higher",
      input: "linear",
    },
    {
      name: "Potential",
      column: "Potential",
      axis: "attractiveness",
      weight: 20,
      direction: "higher",
      input: "rank",
    },
    {
      name: "Need",
      column: "Need",
      axis: "attractiveness",
      weight: 15,
      direction: "higher",
      input: "points",
    },
    {
      name: "Share of wallet",
      column: "Wallet",
      axis: "strength",
      weight: 30,
      direction: "higher",
      input: "linear",
    },
    {
      name: "Satisfaction",
      column: "Satisfaction",
      axis: "strength",
      weight: 20,
      direction: "higher",
      input: "points",
    },
  ],
};

/** `count` accounts with seeded figures; `names` replace the first names (for injection tests). */
export function accountRows(count: number, names: string[] = []): (string | number)[][] {
  const next = seededRandom(count);
  return Array.from({ length: count }, (_, i) => [
    names[i] ?? `Account ${String(i + 1).padStart(5, "0")}`,
    Math.round(1_000_000 / (i + 1) + 1000 * next()),
    Math.round(2_000_000 * next()),
    1 + Math.floor(10 * next()),
    Math.round(100 * next()) / 100,
    1 + Math.floor(10 * next()),
  ]);
}

export interface Setup {
  emulator: Emulator;
  runner: AppsScriptRunner;
}

/** A spreadsheet with a data sheet (and another, unrelated sheet) and, unless `config` is null, saved criteria. */
export function setup(rows: (string | number)[][], config: object | null = CONFIG, locale = "en"): Setup {
  const emulator = Emulator.fromFixture(
    {
      name: "KAM test",
      sheets: [
        {
          name: "Notes",
          rows: [
            ["Unrelated", 1],
            ['=A1&"!"', 2],
          ],
        },
        { name: DATA_SHEET, rows: [HEADERS, ...rows] },
      ],
    },
    { locale },
  );
  const runner = new AppsScriptRunner(emulator);
  if (config) runner.scriptRun("saveConfig", config);
  emulator.ledger.reset();
  return { emulator, runner };
}

/** Types texts into a column as a person would, into plain-text cells so they stay text; uncounted. */
export function writeTexts(
  emulator: Emulator,
  sheetName: string,
  row: number,
  col: number,
  texts: string[],
): void {
  const sheet = emulator.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  sheet
    .getRange(row, col, texts.length, 1)
    .setNumberFormat("@")
    .setValues(texts.map((t) => [t]));
  emulator.ledger.reset();
}
