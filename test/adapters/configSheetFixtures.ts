// What the KAM Criteria sheet's emulator tests share (configSheet.test.ts, configSheetSave.test.ts): a data sheet,
// a valid model on it, and a spreadsheet running the built Code.js with saveConfig/getConfig at hand.
import { CONFIG_SHEET_NAME } from "../../src/adapters/configLayout";
import { AppsScriptRunner, Emulator } from "../emulator";

/** The sheet "Accounts"; the column "007" is a header that looks like a number. */
export const DATA_ROWS = [
  ["Customer", "Revenue", "Need", "Satisfaction", "Fit", "007"],
  ["Nordwind GmbH", 1200000, 9, 7, 8, 3],
  ["Alpenblick AG", 350000, 8, 9, 4, 5],
  ["Kessler & Co.", 90000, 5, 4, 6, 9],
];

/** A valid model of DATA_ROWS; one criterion is named like a formula, which the sheet must keep as text. */
export const GOOD = {
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Need", column: "Need", axis: "attractiveness", weight: 2 },
    { name: "=Fit()", column: "Fit", axis: "attractiveness", weight: 1 },
    { name: "Satisfaction", column: "Satisfaction", axis: "strength", weight: 3 },
  ],
};

/** `locale` is the spreadsheet's, `userLocale` the user's (Session.getActiveUserLocale). */
export function setup(locale = "en_US", userLocale = "en") {
  const emulator = Emulator.fromFixture(
    { locale, sheets: [{ name: "Accounts", rows: DATA_ROWS }] },
    { locale: userLocale },
  );
  const runner = new AppsScriptRunner(emulator);
  const save = (config: unknown) => runner.scriptRun("saveConfig", config);
  const load = () => runner.scriptRun("getConfig");
  const sheet = (name = CONFIG_SHEET_NAME) => {
    const found = emulator.spreadsheet.getSheetByName(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return { emulator, runner, save, load, sheet };
}
