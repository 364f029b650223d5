import { MATRIX_SHEET_NAME } from "../../src/core/matrixLayout";
import {
  FORMULAS_SHEET_NAME,
  SAMPLE_ACCOUNTS,
  SAMPLE_SHEET_NAME,
  formulasSheet,
} from "../../src/core/sampleData";
import { FORMULAS_METADATA_KEY } from "../../src/server/sampleData";
import { AppsScriptRunner, Emulator } from "../emulator";

const CRITERIA_SHEET = "KAM Criteria";
/** Insert sample data also writes one earlier snapshot (src/server/history.ts, writeSampleHistory). */
const HISTORY_SHEET = "KAM History";

function fresh(extraSheets: Array<{ name: string; rows: unknown[][] }> = []) {
  const emulator = Emulator.fromFixture({ sheets: [{ name: "Sheet1" }, ...extraSheets] });
  return { emulator, runner: new AppsScriptRunner(emulator) };
}

const names = (emulator: Emulator) => emulator.dump().sheets.map((s) => s.name);
/** Everything in the spreadsheet except which sheet is open (the sample sheet is shown at the end). */
const content = (emulator: Emulator) => JSON.stringify({ ...emulator.dump(), activeSheet: null });

describe("insertSampleData", () => {
  const { emulator, runner } = fresh();
  const result = runner.run("insertSampleData") as { written: string[]; kept: string[] };

  it("adds the sample accounts, their criteria and the Formulas sheet", () => {
    expect(result).toEqual({
      written: [SAMPLE_SHEET_NAME, CRITERIA_SHEET, FORMULAS_SHEET_NAME, HISTORY_SHEET],
      kept: [],
    });
    // The Key Account Plan comes with a few entries filled in (test/server/accountPlan.test.ts checks them).
    expect(names(emulator)).toEqual([
      "Sheet1",
      SAMPLE_SHEET_NAME,
      CRITERIA_SHEET,
      FORMULAS_SHEET_NAME,
      HISTORY_SHEET,
      "Key Account Plan",
    ]);
    const data = emulator.dump().sheets.find((s) => s.name === SAMPLE_SHEET_NAME)!;
    expect(data.values).toHaveLength(1 + SAMPLE_ACCOUNTS);
    expect(data.frozenRows).toBe(1);
    expect(emulator.ui.alerts).toHaveLength(1);
    expect(emulator.ui.alerts[0]!.prompt).toMatch(/Generate KAISM matrix/);
  });

  it("shows each custom function at work without errors", () => {
    const cells = ["A5", "B5", "C5", "D5", "E5", "F5", "G5", "H5", "J5", "K5", "B44", "F44", "K13"];
    for (const a1 of cells) {
      const shown = emulator.displayed(FORMULAS_SHEET_NAME, a1);
      expect({ a1, error: shown.error, value: shown.value }).toEqual({
        a1,
        error: undefined,
        value: expect.any(String),
      });
      expect(shown.value).not.toBe("");
      expect(shown.value).not.toMatch(/^#/);
    }
    expect(emulator.displayed(FORMULAS_SHEET_NAME, "J5").value).toBe("Customers");
    expect(emulator.displayed(FORMULAS_SHEET_NAME, "K5").value).toBe(String(SAMPLE_ACCOUNTS));
    expect(["Key account", "Key development", "Maintenance", "Opportunistic"]).toContain(
      emulator.displayed(FORMULAS_SHEET_NAME, "F5").value,
    );
    // Row 4 shows the formulas as text.
    expect(emulator.displayed(FORMULAS_SHEET_NAME, "G4").value).toMatch(/^=REVENUE_SHARE\(/);
  });

  it("lets Generate KAISM matrix work with no other step", () => {
    const summary = runner.run("generateKaismMatrix") as {
      accounts: number;
      quadrants: Record<string, number>;
    };
    expect(summary.accounts).toBe(SAMPLE_ACCOUNTS);
    for (const count of Object.values(summary.quadrants)) expect(count).toBeGreaterThan(0);
    expect(emulator.ui.alerts).toHaveLength(1);
    expect(names(emulator)).toContain(MATRIX_SHEET_NAME);
  });

  it("run again, duplicates and changes nothing, and says so", () => {
    const before = content(emulator);
    const again = runner.run("insertSampleData");
    expect(again).toEqual({ written: [], kept: [SAMPLE_SHEET_NAME, CRITERIA_SHEET, FORMULAS_SHEET_NAME] });
    expect(content(emulator) === before).toBe(true);
    const last = emulator.ui.alerts[emulator.ui.alerts.length - 1]!;
    expect(last.buttons).toBe("OK");
    expect(last.prompt).toMatch(/already existed/);
  });
});

describe("insertSampleData with sheets the user changed", () => {
  it("asks before replacing a changed sample sheet and keeps it when told No", () => {
    const { emulator, runner } = fresh();
    runner.run("insertSampleData");
    emulator.spreadsheet.getSheetByName(SAMPLE_SHEET_NAME)!.getRange("C2").setValue(123);
    const before = content(emulator);
    emulator.answerAlerts("NO");
    const result = runner.run("insertSampleData");
    expect(result).toEqual({ written: [], kept: [SAMPLE_SHEET_NAME, CRITERIA_SHEET, FORMULAS_SHEET_NAME] });
    expect(content(emulator) === before).toBe(true);
    const questions = emulator.ui.alerts.filter((a) => a.buttons === "YES_NO");
    expect(questions).toHaveLength(1);
    expect(questions[0]!.prompt).toContain(`"${SAMPLE_SHEET_NAME}"`);
  });

  it("restores the sample when told Yes", () => {
    const { emulator, runner } = fresh();
    runner.run("insertSampleData");
    const original = JSON.stringify(emulator.dump().sheets.find((s) => s.name === SAMPLE_SHEET_NAME));
    emulator.spreadsheet.getSheetByName(SAMPLE_SHEET_NAME)!.getRange("C2").setValue(123);
    emulator.answerAlerts("YES");
    expect(runner.run("insertSampleData")).toEqual({
      written: [SAMPLE_SHEET_NAME],
      kept: [CRITERIA_SHEET, FORMULAS_SHEET_NAME],
    });
    expect(JSON.stringify(emulator.dump().sheets.find((s) => s.name === SAMPLE_SHEET_NAME))).toBe(original);
  });

  it("leaves someone's own Formulas sheet alone when told No", () => {
    const { emulator, runner } = fresh([{ name: FORMULAS_SHEET_NAME, rows: [["my own notes"]] }]);
    emulator.answerAlerts("NO");
    const result = runner.run("insertSampleData");
    expect(result).toEqual({
      written: [SAMPLE_SHEET_NAME, CRITERIA_SHEET, HISTORY_SHEET],
      kept: [FORMULAS_SHEET_NAME],
    });
    expect(emulator.dump().sheets.find((s) => s.name === FORMULAS_SHEET_NAME)?.values).toEqual([
      ["my own notes"],
    ]);
  });
});

describe("the Formulas sheet is written as formulas and recognised by its developer metadata", () => {
  const tagOf = (emulator: Emulator) =>
    emulator.spreadsheet
      .getSheetByName(FORMULAS_SHEET_NAME)!
      .createDeveloperMetadataFinder()
      .withKey(FORMULAS_METADATA_KEY)
      .find();

  it("writes every formula with setFormulas and tags the sheet with the fingerprint", () => {
    const { emulator, runner } = fresh();
    runner.run("insertSampleData");
    const f = formulasSheet("en");
    const written = emulator.spreadsheet.getSheetByName(FORMULAS_SHEET_NAME)!;
    // Rows 4 and 5 hold formulas (set with setFormulas); the text rows above hold no formula.
    expect(written.getRange(4, 1, 2, f.formulas.length).getFormulas()).toEqual([f.formulaTexts, f.formulas]);
    expect(written.getRange(1, 1, 3, f.formulas.length).getFormulas().flat().join("")).toBe("");
    const tags = tagOf(emulator);
    expect(tags).toHaveLength(1);
    expect(tags[0]!.getValue()).toBe(formulasSheet("en").fingerprint);
    // Row 4 shows each row-5 formula through FORMULATEXT, as the spreadsheet itself writes it.
    const sheet = emulator.spreadsheet.getSheetByName(FORMULAS_SHEET_NAME)!;
    expect(sheet.getRange("D4").getFormula()).toBe("=FORMULATEXT(D5)");
    expect(emulator.displayed(FORMULAS_SHEET_NAME, "D4").value).toBe(sheet.getRange("D5").getFormula());
    // The weights KAM_SCORE reads are cells beside their criteria's names.
    expect(emulator.displayed(FORMULAS_SHEET_NAME, "J16").value).toBe("Order stability");
    expect(emulator.displayed(FORMULAS_SHEET_NAME, "K16").value).toBe("15");
  });

  describe.each([
    ["de_DE", "de"],
    ["en_US", "en"],
  ])("in a %s spreadsheet", (spreadsheetLocale, userLocale) => {
    const make = () => {
      const emulator = Emulator.fromFixture(
        { locale: spreadsheetLocale, sheets: [{ name: "Sheet1" }] },
        { locale: userLocale },
      );
      const runner = new AppsScriptRunner(emulator);
      runner.run("insertSampleData");
      return { emulator, runner };
    };

    it("shows the functions at work", () => {
      const { emulator } = make();
      for (const a1 of ["B5", "C5", "D5", "E5", "F5", "G5", "H5", "J5"]) {
        const shown = emulator.displayed(FORMULAS_SHEET_NAME, a1);
        expect({ a1, error: shown.error }).toEqual({ a1, error: undefined });
        expect(shown.value).not.toMatch(/^#|^$/);
      }
    });

    it("recognises its own Formulas sheet and leaves it alone without asking", () => {
      const { emulator, runner } = make();
      const before = content(emulator);
      const again = runner.run("insertSampleData") as { written: string[]; kept: string[] };
      expect(again.kept).toContain(FORMULAS_SHEET_NAME);
      expect(emulator.ui.alerts.filter((a) => a.buttons === "YES_NO")).toEqual([]);
      expect(content(emulator) === before).toBe(true);
    });

    it("regenerates a Formulas sheet of another version without asking", () => {
      const { emulator, runner } = make();
      tagOf(emulator)[0]!.setValue("an older version");
      emulator.spreadsheet.getSheetByName(FORMULAS_SHEET_NAME)!.getRange("A1").setValue("Old title");
      const again = runner.run("insertSampleData") as { written: string[]; kept: string[] };
      expect(again.written).toEqual([FORMULAS_SHEET_NAME]);
      expect(emulator.ui.alerts.filter((a) => a.buttons === "YES_NO")).toEqual([]);
      expect(tagOf(emulator).map((t) => t.getValue())).toEqual([
        formulasSheet(userLocale as "en" | "de").fingerprint,
      ]);
      expect(emulator.displayed(FORMULAS_SHEET_NAME, "A1").value).toBe(
        formulasSheet(userLocale as "en" | "de").texts[0]![0],
      );
    });

    it("asks before replacing its own sheet where someone typed over a formula, and No keeps it", () => {
      const { emulator, runner } = make();
      emulator.spreadsheet.getSheetByName(FORMULAS_SHEET_NAME)!.getRange("G5").setValue(0.5);
      const before = content(emulator);
      emulator.answerAlerts("NO");
      const again = runner.run("insertSampleData") as { written: string[]; kept: string[] };
      expect(again.kept).toContain(FORMULAS_SHEET_NAME);
      const questions = emulator.ui.alerts.filter((a) => a.buttons === "YES_NO");
      expect(questions).toHaveLength(1);
      expect(questions[0]!.prompt).toContain(FORMULAS_SHEET_NAME);
      expect(content(emulator) === before).toBe(true);
    });

    it("asks before replacing a Formulas sheet without the tag (a copy is not ours), even if it looks the same", () => {
      const { emulator, runner } = make();
      for (const tag of tagOf(emulator)) tag.remove();
      emulator.answerAlerts("NO");
      runner.run("insertSampleData");
      expect(emulator.ui.alerts.filter((a) => a.buttons === "YES_NO")).toHaveLength(1);
    });

    it("asks before rewriting another version's sheet that holds notes beside it", () => {
      const { emulator, runner } = make();
      tagOf(emulator)[0]!.setValue("an older version");
      emulator.spreadsheet.getSheetByName(FORMULAS_SHEET_NAME)!.getRange("M3").setValue("my note");
      emulator.answerAlerts("NO");
      const again = runner.run("insertSampleData") as { written: string[]; kept: string[] };
      expect(again.kept).toContain(FORMULAS_SHEET_NAME);
      expect(emulator.displayed(FORMULAS_SHEET_NAME, "M3").value).toBe("my note");
    });
  });
});
