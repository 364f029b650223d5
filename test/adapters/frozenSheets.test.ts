import { readFileSync } from "fs";
import { join } from "path";
import { validateConfig } from "../../src/core/config";
import { gridToConfigInput } from "../../src/adapters/configLayout";
import { AppsScriptRunner, Emulator } from "../emulator";

/**
 * Frozen copies of the `KAM Criteria` sheet as earlier versions of the add-on wrote it (cell values and
 * formulas, as getValues/getFormulas return them). A user's saved model must read the same for ever, so
 * these files are never regenerated: a new layout or a reworded label that breaks them breaks every
 * existing sheet.
 */
interface FrozenSheet {
  locale: string;
  dataSheet: { name: string; rows: unknown[][] };
  values: (string | number | boolean)[][];
  formulas: string[][];
  expected: unknown;
}

const FROZEN = ["kam-criteria-v1-en.json", "kam-criteria-v1-de.json"];

function frozen(file: string): FrozenSheet {
  return JSON.parse(readFileSync(join(__dirname, "..", "fixtures", file), "utf8")) as FrozenSheet;
}

/** A spreadsheet holding the frozen sheet: texts kept as text, formulas as formulas, no metadata. */
function spreadsheetWith(sheet: FrozenSheet) {
  const emulator = Emulator.fromFixture(
    { locale: sheet.locale, sheets: [sheet.dataSheet, { name: "KAM Criteria" }] },
    { locale: sheet.locale },
  );
  const target = emulator.spreadsheet.getSheetByName("KAM Criteria")!;
  const values = sheet.values.map((row, r) =>
    row.map((cell, c) => {
      if (sheet.formulas[r]?.[c]) return "";
      return typeof cell === "string" && cell !== "" ? `'${cell}` : cell;
    }),
  );
  target.getRange(1, 1, values.length, values[0]!.length).setValues(values);
  sheet.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula) target.getRange(r + 1, c + 1).setFormula(formula);
    }),
  );
  return { emulator, runner: new AppsScriptRunner(emulator) };
}

describe.each(FROZEN)("the frozen sheet %s", (file) => {
  const sheet = frozen(file);

  it("reads (pure) to the config it was saved from", () => {
    const { input } = gridToConfigInput(sheet.values);
    expect(validateConfig(input)).toEqual({ ok: true, config: sheet.expected });
  });

  it("reads through getConfig in Code.js to the config it was saved from, with 50/50 and the default plan", () => {
    const { runner } = spreadsheetWith(sheet);
    const config = runner.scriptRun("getConfig");
    expect(config).toEqual(sheet.expected);
    expect(config).toMatchObject({
      axisWeights: { attractiveness: 1, strength: 1 },
      plan: { quadrants: ["keyAccount", "keyDevelopment"] },
    });
  });
});
