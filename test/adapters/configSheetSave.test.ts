import { parseConfig } from "../../src/core/config";
import {
  CONFIG_SHEET_NAME,
  configToGrid,
  gridToConfigInput,
  layoutOf,
  LAYOUT,
} from "../../src/adapters/configLayout";
import { CONFIG_METADATA_KEY } from "../../src/adapters/configSheet";
import { Emulator } from "../emulator";
import { GOOD, setup } from "./configSheetFixtures";
import { failure } from "../support/failure";

/** Another model than GOOD in every part the sheet holds, one criterion more (the sheet grows). */
const OTHER = {
  ...GOOD,
  language: "de",
  scaleMax: 100,
  axisWeights: { attractiveness: 70, strength: 30 },
  plan: { quadrants: ["keyAccount", "maintenance"] },
  criteria: [
    ...GOOD.criteria.map((c) => ({ ...c, weight: c.weight * 10 })),
    { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 5, input: "log", low: 1000 },
  ],
};

const shown = (emulator: Emulator, a1: string) => emulator.displayed(CONFIG_SHEET_NAME, a1).value;

describe("the KAM score's axis shares and the plan's quadrants in the sheet", () => {
  it("writes both rows with their labels in the sheet's language and reads them back", () => {
    for (const language of ["en", "de"] as const) {
      const { save, load, emulator } = setup();
      const config = { ...OTHER, language };
      save(config);
      expect(load()).toEqual(parseConfig(config));
      const labels = ["A11", "A12", "A13", "B13"].map((cell) => shown(emulator, cell));
      expect(labels).toEqual(
        language === "en"
          ? [
              "KAM score: attractiveness share",
              "KAM score: relative strength share",
              "Plan: quadrants",
              "Key account, Maintenance",
            ]
          : [
              "KAM-Score: Anteil Attraktivität",
              "KAM-Score: Anteil relative Stärke",
              "Plan: Quadranten",
              "Schlüsselkunde, Pflegekunde",
            ],
      );
      expect([shown(emulator, "B11"), shown(emulator, "B12")]).toEqual(["70", "30"]);
    }
  });

  it("writes the defaults (1 and 1, Key account and Key development) for a config without them", () => {
    const { save, emulator } = setup();
    save(GOOD);
    expect(["B11", "B12", "B13"].map((cell) => shown(emulator, cell))).toEqual([
      "1",
      "1",
      "Key account, Key development",
    ]);
  });

  it("takes percents, names in either language or as keys, any separator, none, and blanks as defaults", () => {
    const { save, load, sheet } = setup();
    save(GOOD);
    const read = () => load() as ReturnType<typeof parseConfig>;
    sheet()
      .getRange("B11:B13")
      .setValues([[0.25], [0.75], ["pflegekunde;  Key account\nopportunistic"]]);
    expect(read().axisWeights).toEqual({ attractiveness: 0.25, strength: 0.75 });
    expect(read().plan.quadrants).toEqual(["keyAccount", "maintenance", "opportunistic"]);
    sheet()
      .getRange("B11:B13")
      .setValues([[""], [""], ["Keine"]]);
    expect(read().axisWeights).toEqual({ attractiveness: 1, strength: 1 });
    expect(read().plan.quadrants).toEqual([]);
    sheet()
      .getRange("B11:B13")
      .setValues([[""], [2], [""]]);
    expect(read().axisWeights).toEqual({ attractiveness: 0, strength: 2 });
    expect(read().plan.quadrants).toEqual(["keyAccount", "keyDevelopment"]);
  });

  it("saves an empty plan as none and reads it back empty", () => {
    const { save, load, emulator } = setup();
    save({ ...GOOD, plan: { quadrants: [] } });
    expect(shown(emulator, "B13")).toBe("none");
    expect((load() as ReturnType<typeof parseConfig>).plan.quadrants).toEqual([]);
  });

  it("names the cell of a broken share or plan word, in English and German", () => {
    const english = setup();
    english.save(GOOD);
    english.sheet().getRange("B11:B13").clearDataValidations();
    english.sheet().getRange("B13").setValue("Key account, Stars");
    expect(failure(english.load)).toBe(
      'KAM Criteria!B13: "Stars" is not a quadrant. Use Key account, Key development, Maintenance, Opportunistic, separated by commas, or none.',
    );
    english
      .sheet()
      .getRange("B11:B13")
      .setValues([[0], [0], [""]]);
    expect(failure(english.load)).toBe(
      "KAM Criteria!B11: At least one axis must have a share of the KAM score above 0.",
    );
    english.sheet().getRange("B12").setValue("half");
    expect(failure(english.load)).toMatch(/^KAM Criteria!B12: /);

    const german = setup();
    german.save({ ...GOOD, language: "de" });
    german.sheet().getRange("B13").setValue("Sterne");
    expect(failure(german.load)).toBe(
      "KAM Criteria!B13: „Sterne“ ist kein Quadrant. Erlaubt sind Schlüsselkunde, Entwicklungskunde, Pflegekunde, Gelegenheitskunde, durch Kommas getrennt, oder keine.",
    );
  });

  it("overwrites a sheet of the old layout with the new one, keeping nothing of the old rows", () => {
    const { save, load, sheet, emulator } = setup();
    save(GOOD);
    // The old layout (frozen in test/fixtures) read back and rewritten: rows 11-13 are settings now.
    save(OTHER);
    expect(load()).toEqual(parseConfig(OTHER));
    expect(layoutOf(sheet().getDataRange().getValues())).toBe(LAYOUT);
    expect(emulator.dump().sheets.find((s) => s.name === CONFIG_SHEET_NAME)!.validations.B12).toMatchObject({
      values: [0],
    });
  });

  it("reads a grid of the old layout in which the header is at row 12 (pure)", () => {
    const grid = configToGrid(parseConfig(GOOD), "en").map((row) =>
      row.map((cell) => (typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell)),
    );
    grid.splice(10, 3); // drop the three new settings rows: what an old sheet holds
    const { input, criterionRows } = gridToConfigInput(grid);
    expect(criterionRows).toEqual([13, 14, 15]);
    expect(parseConfig(input)).toEqual(parseConfig(GOOD));
    // A third criterion named like the header (in row 15, where the new layout has its header) is a criterion.
    (grid[14] as (string | number)[])[0] = "Criterion";
    expect(gridToConfigInput(grid).criterionRows).toEqual([13, 14, 15]);
  });
});

describe("formulas in every spreadsheet locale", () => {
  it.each(["en_US", "de_DE"])("writes the formulas with setFormulas, never as values (%s)", (locale) => {
    const { save, emulator, sheet, load } = setup(locale, locale);
    emulator.ledger.reset();
    save(GOOD);
    expect(emulator.ledger.count("Range.setFormulas")).toBe(2);
    expect(emulator.ledger.count("Range.setFormula")).toBe(0);
    const formulas = sheet().getRange("E16:L18").getFormulas();
    expect(formulas.map((row) => [row[0], row[5], row[6], row[7]].every((f) => f!.startsWith("=")))).toEqual([
      true,
      true,
      true,
    ]);
    // Formulas only where the add-on puts them (E, J, K, L of the criteria rows): every other cell, the
    // "=Fit()" name included, was written as a value and holds no formula.
    const where = sheet()
      .getDataRange()
      .getFormulas()
      .flatMap((row, r) => row.flatMap((f, c) => (f ? [`${"ABCDEFGHIJKL"[c]}${r + 1}`] : [])));
    expect(where).toEqual([
      "E16",
      "J16",
      "K16",
      "L16",
      "E17",
      "J17",
      "K17",
      "L17",
      "E18",
      "J18",
      "K18",
      "L18",
    ]);
    // No argument separator: nothing a ";" locale would read differently.
    expect(formulas.flat().some((f) => f.includes(",") || f.includes(";"))).toBe(false);
    expect([shown(emulator, "E16"), shown(emulator, "E17"), shown(emulator, "E18")]).toEqual([
      "67%",
      "33%",
      "100%",
    ]);
    expect(load()).toEqual(parseConfig(GOOD));
  });

  it("recognises its own sheet by developer metadata after a rename, whatever its formulas say", () => {
    const { save, load, sheet, emulator } = setup("de_DE", "de_DE");
    save(GOOD);
    sheet().setName("Unser Modell");
    emulator.spreadsheet.getSheetByName("Unser Modell")!.getRange("E16:E18").clearContent();
    expect(load()).toEqual(parseConfig(GOOD));
    expect(emulator.dump().developerMetadata).toEqual([
      expect.objectContaining({
        key: CONFIG_METADATA_KEY,
        location: { type: "SHEET", sheet: "Unser Modell" },
      }),
    ]);
  });
});

describe("a refused save changes nothing", () => {
  it.each([
    [null, "nothing (null)", "nichts (null)"],
    [[], "a list", "eine Liste"],
    [42, "the number 42", "die Zahl 42"],
    ["config", "a text", "ein Text"],
  ])("saveConfig(%p) says what it expected, in English and German", (input, en, de) => {
    const english = setup();
    expect(failure(() => english.save(input))).toBe(
      `Expected a configuration object such as { version: 1, dataSheet, accountColumn, criteria: [...] }, but got ${en}.`,
    );
    const german = setup("en_US", "de_DE");
    expect(failure(() => german.save(input))).toBe(
      `Erwartet wird ein Konfigurationsobjekt wie { version: 1, dataSheet, accountColumn, criteria: [...] }, erhalten: ${de}.`,
    );
  });

  it("refuses a criterion name longer than a cell holds before writing anything: the saved model stays", () => {
    const { save, load, emulator } = setup();
    save(GOOD);
    const before = emulator.dump();
    const long = "x".repeat(100000);
    const config = { ...GOOD, criteria: [{ ...GOOD.criteria[0], name: long }, ...GOOD.criteria.slice(1)] };
    expect(failure(() => save(config))).toBe(
      "criteria[0].name: Criterion name is 100,000 characters long; a cell in Google Sheets holds at most 50,000.",
    );
    expect(failure(() => save({ ...config, language: "de" }))).toMatch(
      /^criteria\[0\]\.name: .* ist 100\.000 Zeichen lang; eine Zelle in Google Sheets fasst höchstens 50\.000\.$/,
    );
    expect(emulator.dump()).toEqual(before);
    expect(load()).toEqual(parseConfig(GOOD));
    // 49,999 characters and the apostrophe that keeps it text still fit.
    const fits = {
      ...GOOD,
      criteria: [{ ...GOOD.criteria[0], name: "y".repeat(49999) }, ...GOOD.criteria.slice(1)],
    };
    expect(save(fits)).toEqual(parseConfig(fits));
  });

  const isWrite = (method: string) => /\.(set|insert|add|clear|delete|remove)[A-Z]?/.test(method);

  /** The counted calls of saving OTHER over GOOD, in order. */
  function callsOfSave(locale: string): readonly string[] {
    const { save, emulator } = setup(locale);
    save(GOOD);
    emulator.ledger.reset();
    save(OTHER);
    return [...emulator.ledger.calls()];
  }

  it.each(["en_US", "de_DE"])(
    "a service failure in any call of the save (%s) keeps the old model or saves the new one, and says which",
    (locale) => {
      const calls = callsOfSave(locale);
      const firstWrite = calls.findIndex(isWrite) + 1;
      expect(firstWrite).toBeGreaterThan(0);
      const outcomes = new Set<string>();
      for (let k = 1; k <= calls.length; k++) {
        const { save, load, emulator } = setup(locale);
        save(GOOD);
        const before = emulator.dump();
        emulator.failOn("*", { nth: k });
        const message = failure(() => save(OTHER));
        emulator.clearFaults();
        const what = `failure in call ${k} (${calls[k - 1]})`;
        expect([what, message]).toEqual([what, expect.stringContaining("Service Spreadsheets failed")]);
        if (k < firstWrite && !/KAM Criteria/.test(message)) {
          // A read before anything is written (the active spreadsheet, the user's locale): Sheets' own words.
          expect([what, load()]).toEqual([what, parseConfig(GOOD)]);
        } else if (/unchanged|unverändert/.test(message)) {
          expect([what, load()]).toEqual([what, parseConfig(GOOD)]);
          outcomes.add("kept");
        } else {
          expect([what, message]).toEqual([
            what,
            expect.stringMatching(/^Das neue Modell ist in KAM Criteria gespeichert/),
          ]);
          expect([what, load()]).toEqual([what, parseConfig(OTHER)]);
          outcomes.add("saved");
        }
        if (k <= firstWrite) expect([what, emulator.dump()]).toEqual([what, before]);
      }
      expect(outcomes).toEqual(new Set(["kept", "saved"]));
    },
  );

  it("a failure on the first save creates no sheet that could read as a model", () => {
    const { emulator, save, load } = setup();
    emulator.failOn("Range.setValues", { nth: 1 });
    expect(failure(() => save(GOOD))).toMatch(/The saved model in KAM Criteria is unchanged/);
    emulator.clearFaults();
    expect(load()).toBeNull();
  });

  it("words a failed save in German for a German user", () => {
    const { emulator, save } = setup("de_DE", "de_DE");
    save(GOOD);
    emulator.failOn("Range.setValues", { nth: 1 });
    expect(failure(() => save(GOOD))).toMatch(
      /^Das Speichern wurde abgebrochen, .* Das gespeicherte Modell in KAM Criteria ist unverändert/,
    );
  });
});
