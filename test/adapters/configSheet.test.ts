import { parseConfig, validateConfig } from "../../src/core/config";
import { CONFIG_METADATA_KEY } from "../../src/adapters/configSheet";
import { a1, columnLetter } from "../../src/core/a1";
import { GOOD, setup } from "./configSheetFixtures";
import {
  CONFIG_COLUMNS,
  CONFIG_SHEET_NAME,
  FIRST_CRITERION_ROW,
  cellOfPath,
  configToGrid,
  gridToConfigInput,
  layoutProblems,
  settingRow,
  textCell,
} from "../../src/adapters/configLayout";
import { failure } from "../support/failure";

const config = parseConfig({
  version: 1,
  language: "en",
  dataSheet: "Accounts",
  headerRow: 1,
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  totalRevenue: 2000000,
  criteria: [
    {
      name: "Revenue",
      column: "Revenue",
      axis: "attractiveness",
      weight: 30,
      input: "linear",
      low: 0,
      high: 1e6,
    },
    { name: "=Need", column: "Need", axis: "attractiveness", weight: 15 },
    {
      name: "Satisfaction",
      column: "Satisfaction",
      axis: "strength",
      weight: 2,
      direction: "lower",
      input: "rank",
    },
  ],
});

/** What Sheets hands back for the written block: formulas as (here, fake) values, apostrophes dropped. */
function asRead(grid: (string | number)[][]): (string | number)[][] {
  return grid.map((row) =>
    row.map((cell) => {
      if (typeof cell !== "string") return cell;
      if (cell.startsWith("'")) return cell.slice(1);
      return cell.startsWith("=") ? 0.5 : cell;
    }),
  );
}

describe("KAM Criteria layout (pure)", () => {
  it("writes settings, a header and one row per criterion, CONFIG_COLUMNS wide", () => {
    const grid = configToGrid(config, "en");
    expect(grid).toHaveLength(FIRST_CRITERION_ROW - 1 + 3);
    expect(grid.every((row) => row.length === CONFIG_COLUMNS)).toBe(true);
    expect(grid[settingRow("dataSheet") - 1]!.slice(0, 2)).toEqual(["Data sheet", "'Accounts"]);
    expect(grid[FIRST_CRITERION_ROW - 2]!.slice(0, 5)).toEqual([
      "Criterion",
      "Data column",
      "Axis",
      "Weight",
      "% of axis",
    ]);
    const need = grid[FIRST_CRITERION_ROW]!;
    expect(need.slice(0, 4)).toEqual(["'=Need", "'Need", "attractiveness", 15]);
    expect(need[4]).toBe("=J17/(SUM(J$16:J$18)+(SUM(J$16:J$18)=0))+K17/(SUM(K$16:K$18)+(SUM(K$16:K$18)=0))");
    expect(need[9]).toBe('=N(D17)*((C17="attractiveness")+(C17="Attraktivität"))');
  });

  it("keeps every text from a person as text with a leading apostrophe", () => {
    expect(textCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(textCell("007")).toBe("'007");
  });

  it("writes German words and labels for a German sheet, and reads either language back", () => {
    const grid = configToGrid({ ...config, language: "de" }, "de");
    expect(grid[settingRow("dataSheet") - 1]![0]).toBe("Datenblatt");
    expect(grid[FIRST_CRITERION_ROW + 1]!.slice(2, 7)).toEqual([
      "Stärke",
      2,
      expect.any(String),
      "niedriger",
      "Rang",
    ]);
    const reading = gridToConfigInput(asRead(grid));
    expect(validateConfig(reading.input)).toEqual({ ok: true, config: { ...config, language: "de" } });
  });

  it("reads back exactly what it wrote", () => {
    const reading = gridToConfigInput(asRead(configToGrid(config, "en")));
    expect(reading.criterionRows).toEqual([16, 17, 18]);
    expect(validateConfig(reading.input)).toEqual({ ok: true, config });
  });

  it("skips a row someone emptied and keeps counting sheet rows for messages", () => {
    const grid = asRead(configToGrid(config, "en"));
    grid.splice(FIRST_CRITERION_ROW, 0, new Array(CONFIG_COLUMNS).fill(""));
    expect(gridToConfigInput(grid).criterionRows).toEqual([16, 18, 19]);
  });

  it("takes a number typed as a name as its text, and blank cuts as the scale's middle", () => {
    const grid = asRead(configToGrid(config, "en"));
    grid[FIRST_CRITERION_ROW - 1]![0] = 2024;
    grid[settingRow("cutAttractiveness") - 1]![1] = "";
    grid[settingRow("cutStrength") - 1]![1] = "";
    const result = validateConfig(gridToConfigInput(grid).input);
    expect(result.ok && result.config.criteria[0]!.name).toBe("2024");
    expect(result.ok && result.config.cuts).toEqual({ attractiveness: 5.5, strength: 5.5 });
  });

  it("names the cell of each config field", () => {
    const rows = [13, 15, 16];
    expect(cellOfPath(["criteria", 1, "weight"], rows)).toEqual({ row: 15, column: 4 });
    expect(cellOfPath(["criteria", 2, "high"], rows)).toEqual({ row: 16, column: 9 });
    expect(cellOfPath(["cuts", "strength"], rows)).toEqual({ row: settingRow("cutStrength"), column: 2 });
    expect(cellOfPath(["headerRow"], rows)).toEqual({ row: 3, column: 2 });
    expect(cellOfPath(["version"], rows)).toBeNull();
    expect(a1(15, 4)).toBe("D15");
    expect(columnLetter(28)).toBe("AB");
  });

  it("notices rows inserted above the criteria", () => {
    const grid = asRead(configToGrid(config, "en"));
    expect(layoutProblems(grid)).toEqual([]);
    grid.splice(3, 0, new Array(CONFIG_COLUMNS).fill(""));
    expect(layoutProblems(grid)).toEqual([
      { row: 4, column: 1, message: expect.stringMatching(/^Expected the label "Account column"/) },
    ]);
    expect(layoutProblems(grid, "de")).toEqual([
      { row: 4, column: 1, message: expect.stringMatching(/^Hier sollte „Spalte Kunde“ stehen: /) },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Against the emulator, through the built Code.js, as Apps Script runs it.

describe("KAM Criteria sheet in the emulator", () => {
  it("has no config before the first save", () => {
    const { load, emulator } = setup();
    expect(load()).toBeNull();
    emulator.spreadsheet.insertSheet(CONFIG_SHEET_NAME);
    expect(load()).toBeNull();
  });

  it("getConfig after saveConfig returns the config normalised", () => {
    const { save, load } = setup();
    const expected = parseConfig(GOOD);
    expect(save(GOOD)).toEqual(expected);
    expect(load()).toEqual(expected);
    const full = {
      ...GOOD,
      language: "de",
      headerRow: 1,
      totalRevenue: 4000000,
      scaleMax: 100,
      cuts: { attractiveness: 60, strength: 45.5 },
      criteria: [
        ...GOOD.criteria,
        {
          name: "Revenue",
          column: "revenue",
          axis: "attractiveness",
          weight: 0.25,
          input: "linear",
          low: 0,
          high: 1e6,
        },
        { name: "007", column: "007", axis: "strength", weight: 0, direction: "lower", input: "rank" },
      ],
    };
    expect(save(full)).toEqual(parseConfig(full));
    expect(load()).toEqual(parseConfig(full));
  });

  it("writes texts that look like formulas, numbers or flags as text", () => {
    const { save, load, sheet } = setup();
    const names = ["=SUM(A1:A3)", "+49 Kunden", "-minus", "@mention", "007", "TRUE", "2024-01-01", "10%"];
    const config = {
      ...GOOD,
      criteria: names.map((name, i) => ({
        name,
        column: "Need",
        axis: i % 2 ? "strength" : "attractiveness",
        weight: 1,
      })),
    };
    save(config);
    const cells = sheet().getRange(FIRST_CRITERION_ROW, 1, names.length, 1);
    expect(cells.getFormulas().flat()).toEqual(names.map(() => ""));
    expect(cells.getValues().flat()).toEqual(names);
    expect((load() as { criteria: { name: string }[] }).criteria.map((c) => c.name)).toEqual(names);
  });

  it("writes the block with one setValues and reads it with one getValues", () => {
    const { save, load, emulator } = setup();
    emulator.ledger.reset();
    save(GOOD);
    expect(emulator.ledger.count("Range.setValues")).toBe(1);
    expect(emulator.ledger.count("Range.setValue")).toBe(0);
    expect(emulator.ledger.count("Range.setDataValidations")).toBe(1);
    expect(emulator.ledger.count("Range.setDataValidation")).toBe(0);
    emulator.ledger.reset();
    load();
    expect(emulator.ledger.count("Range.getValues")).toBe(1);
    expect(emulator.ledger.count("Range.getValue")).toBe(0);
  });

  it("finds the sheet by its name in one call, asking the metadata only after a rename", () => {
    const { save, load, sheet, emulator } = setup();
    save(GOOD);
    emulator.ledger.reset();
    load();
    expect(emulator.ledger.byMethod()).toEqual({
      "Range.getValues": 1,
      "Sheet.getDataRange": 1,
      "Spreadsheet.getSheetByName": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
    sheet().setName("Our model");
    emulator.ledger.reset();
    expect(load()).toEqual(parseConfig(GOOD));
    expect(emulator.ledger.count("Spreadsheet.createDeveloperMetadataFinder")).toBe(1);
  });

  it("lays the sheet out for people: labels, % of axis, dropdowns, names and metadata", () => {
    const { save, emulator } = setup();
    save(GOOD);
    const shown = (a1cell: string) => emulator.displayed(CONFIG_SHEET_NAME, a1cell).value;
    expect([shown("A2"), shown("B2"), shown("A15"), shown("D15"), shown("E15")]).toEqual([
      "Data sheet",
      "Accounts",
      "Criterion",
      "Weight",
      "% of axis",
    ]);
    expect([shown("E16"), shown("E17"), shown("E18")]).toEqual(["67%", "33%", "100%"]);
    const dump = emulator.dump();
    expect(dump.namedRanges).toEqual([
      { name: "KAM_WEIGHTS", range: "'KAM Criteria'!L16:L18" },
      { name: "KAM_WEIGHTS_ATTRACTIVENESS", range: "'KAM Criteria'!J16:J18" },
      { name: "KAM_WEIGHTS_STRENGTH", range: "'KAM Criteria'!K16:K18" },
    ]);
    expect(dump.developerMetadata).toEqual([
      expect.objectContaining({
        key: CONFIG_METADATA_KEY,
        location: { type: "SHEET", sheet: CONFIG_SHEET_NAME },
      }),
    ]);
    const validations = dump.sheets.find((s) => s.name === CONFIG_SHEET_NAME)!.validations;
    expect(validations.C16).toMatchObject({
      values: [["attractiveness", "strength"], true],
      allowInvalid: false,
    });
    expect(validations.D17).toMatchObject({ values: [0], allowInvalid: false });
    expect(validations.F18).toMatchObject({ values: [["higher", "lower"], true] });
    expect(validations.G16).toMatchObject({ values: [["points", "linear", "log", "rank"], true] });
    expect(validations.B10).toMatchObject({ values: [["en", "de"], true] });
    expect(validations.B16).toMatchObject({ allowInvalid: true });
  });

  it("finds the sheet again after someone renames it", () => {
    const { save, load, sheet, emulator } = setup();
    save(GOOD);
    sheet().setName("Our model");
    expect(load()).toEqual(parseConfig(GOOD));
    save({ ...GOOD, criteria: GOOD.criteria.slice(0, 1).concat(GOOD.criteria.slice(2)) });
    expect(emulator.spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Accounts", "Our model"]);
    force(sheet("Our model"), "D16", [[-2]]);
    expect(failure(load)).toBe("Our model!D16: Weight must be 0 or more.");
  });

  const BAD: [string, (c: typeof GOOD) => unknown, string][] = [
    [
      "a negative weight",
      (c) => withCriterion(c, 1, { weight: -1 }),
      "criteria[1].weight: Weight must be 0 or more.",
    ],
    [
      "a weight that is text",
      (c) => withCriterion(c, 0, { weight: "2" }),
      "criteria[0].weight: Weight must be a number.",
    ],
    [
      "an empty name",
      (c) => withCriterion(c, 0, { name: "  " }),
      "criteria[0].name: Criterion name must not be empty.",
    ],
    [
      "a name used twice",
      (c) => withCriterion(c, 2, { name: "NEED" }),
      'criteria[2].name: Criterion name "NEED" is used twice (also criterion 1).',
    ],
    [
      "an unknown axis",
      (c) => withCriterion(c, 0, { axis: "both" }),
      'criteria[0].axis: Axis must be "attractiveness" or "strength".',
    ],
    [
      "an unknown direction",
      (c) => withCriterion(c, 0, { direction: "up" }),
      'criteria[0].direction: Direction must be "higher" or "lower".',
    ],
    [
      "an unknown input",
      (c) => withCriterion(c, 0, { input: "sqrt" }),
      'criteria[0].input: Input must be "points", "linear", "log" or "rank".',
    ],
    [
      "low not below high",
      (c) => withCriterion(c, 0, { input: "linear", low: 5, high: 5 }),
      "criteria[0].high: High (5) must be greater than low (5).",
    ],
    ["header row 0", (c) => ({ ...c, headerRow: 0 }), "headerRow: Header row must be 1 or more."],
    [
      "a fractional header row",
      (c) => ({ ...c, headerRow: 1.5 }),
      "headerRow: Header row must be a whole number.",
    ],
    ["a scale of 1", (c) => ({ ...c, scaleMax: 1 }), "scaleMax: Points scale must be at least 2."],
    ["a scale over 1000", (c) => ({ ...c, scaleMax: 1001 }), "scaleMax: Points scale must be at most 1000."],
    [
      "a total revenue of 0",
      (c) => ({ ...c, totalRevenue: 0 }),
      "totalRevenue: Total revenue must be greater than 0.",
    ],
    ["an unknown language", (c) => ({ ...c, language: "fr" }), 'language: Language must be "en" or "de".'],
    ["another version", (c) => ({ ...c, version: 2 }), "version: version must be 1."],
    ["no data sheet", (c) => ({ ...c, dataSheet: "" }), "dataSheet: Data sheet must not be empty."],
    [
      "a data sheet that does not exist",
      (c) => ({ ...c, dataSheet: "Nope" }),
      'dataSheet: There is no sheet named "Nope".',
    ],
    [
      "an account column that does not exist",
      (c) => ({ ...c, accountColumn: "Client" }),
      'accountColumn: The column "Client" is not in row 1 of the sheet "Accounts".',
    ],
    [
      "a revenue column that does not exist",
      (c) => ({ ...c, revenueColumn: "Sales" }),
      'revenueColumn: The column "Sales" is not in row 1 of the sheet "Accounts".',
    ],
    [
      "a criterion column that does not exist",
      (c) => withCriterion(c, 2, { column: "Wallet" }),
      'criteria[2].column: The column "Wallet" is not in row 1 of the sheet "Accounts".',
    ],
    [
      "a header row with other headers",
      (c) => ({ ...c, headerRow: 2 }),
      'accountColumn: The column "Customer" is not in row 2 of the sheet "Accounts".',
    ],
  ];

  it.each(BAD)(
    "refuses %s, naming the field, and leaves the spreadsheet exactly as it was",
    (_what, edit, message) => {
      const { save, emulator } = setup();
      save(GOOD);
      const before = emulator.dump();
      expect(failure(() => save(edit(GOOD)))).toContain(message);
      expect(emulator.dump()).toEqual(before);
    },
  );

  it("refuses in German for a German config or a German user, still naming the field", () => {
    const german = setup();
    expect(failure(() => german.save({ ...withCriterion(GOOD, 1, { weight: -1 }), language: "de" }))).toBe(
      "criteria[1].weight: Gewicht muss 0 oder mehr sein.",
    );
    expect(failure(() => german.save({ ...GOOD, language: "de", accountColumn: "Client" }))).toBe(
      "accountColumn: Die Spalte „Client“ steht nicht in Zeile 1 des Blatts „Accounts“.",
    );
    const user = setup("en_US", "de_DE");
    expect(failure(() => user.save({ ...GOOD, dataSheet: "Nope" }))).toBe(
      "dataSheet: Es gibt kein Blatt namens „Nope“.",
    );
    // The config's own language wins over the user's.
    expect(failure(() => user.save({ ...GOOD, language: "en", dataSheet: "Nope" }))).toBe(
      'dataSheet: There is no sheet named "Nope".',
    );
  });

  it("refuses a bad first save without creating the sheet", () => {
    const { save, emulator } = setup();
    const before = emulator.dump();
    expect(failure(() => save({ ...GOOD, criteria: [{ ...GOOD.criteria[0], weight: -1 }] }))).toBe(
      "criteria[0].weight: Weight must be 0 or more.",
    );
    expect(emulator.dump()).toEqual(before);
  });

  describe("hand edits", () => {
    function edited(edit: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void) {
      const context = setup();
      context.save(GOOD);
      edit(context.sheet());
      return context;
    }

    it.each([
      ["D17", -1, "KAM Criteria!D17: Weight must be 0 or more."],
      ["D16", "lots", "KAM Criteria!D16: Weight must be a number."],
      ["C18", "sideways", 'KAM Criteria!C18: Axis must be "attractiveness" or "strength".'],
      ["F16", "up", 'KAM Criteria!F16: Direction must be "higher" or "lower".'],
      ["A17", "need", 'KAM Criteria!A17: Criterion name "need" is used twice (also criterion 1).'],
      ["A18", "", "KAM Criteria!A18: Criterion name must not be empty."],
      ["B3", "first", "KAM Criteria!B3: Header row must be a number."],
      ["B7", 1, "KAM Criteria!B7: Points scale must be at least 2."],
      ["B6", -5, "KAM Criteria!B6: Total revenue must be greater than 0."],
      ["B10", "fr", 'KAM Criteria!B10: Language must be "en" or "de".'],
      ["B2", "", "KAM Criteria!B2: Data sheet must not be empty."],
    ])("%s = %p gives a message naming the cell", (cell, value, message) => {
      const { load } = edited((sheet) => force(sheet, cell, [[value]]));
      expect(failure(load)).toBe(message);
    });

    it("names the cell in German when the sheet's language is German", () => {
      const { save, load, sheet } = setup();
      save({ ...GOOD, language: "de" });
      force(sheet(), "D17", [[-1]]);
      force(sheet(), "C18", [["seitwärts"]]);
      expect(failure(load)).toBe(
        [
          "KAM Criteria!D17: Gewicht muss 0 oder mehr sein.",
          "KAM Criteria!C18: Achse muss „Attraktivität“ oder „Stärke“ sein.",
        ].join("\n"),
      );
    });

    it("names the cell in the user's language when the sheet sets none", () => {
      const { save, load, sheet } = setup("en_US", "de");
      save(GOOD);
      force(sheet(), "A17", [["need"]]);
      expect(failure(load)).toBe("KAM Criteria!A17: Der Name „need“ kommt doppelt vor (auch Kriterium 1).");
      force(sheet(), "B10", [["en"]]);
      expect(failure(load)).toBe('KAM Criteria!A17: Criterion name "need" is used twice (also criterion 1).');
    });

    it("names every broken cell at once, and the high anchor when low is not below it", () => {
      const { load } = edited((sheet) => force(sheet, "D16:I16", [[-1, "", "higher", "linear", 9, 3]]));
      expect(failure(load)).toBe(
        [
          "KAM Criteria!D16: Weight must be 0 or more.",
          "KAM Criteria!I16: High (3) must be greater than low (9).",
        ].join("\n"),
      );
    });

    it("accepts the German words, blanks for defaults, and skips a cleared row", () => {
      const { load } = edited((sheet) => {
        force(sheet, "C16", [["Stärke"]]);
        force(sheet, "F16:G16", [["", ""]]);
        sheet.getRange("A17:I17").clearContent();
        sheet.getRange("B8:B9").setValues([[""], [""]]);
      });
      const config = load() as ReturnType<typeof parseConfig>;
      expect(config.criteria.map((c) => [c.name, c.axis, c.direction, c.input])).toEqual([
        ["Need", "strength", "higher", "points"],
        ["Satisfaction", "strength", "higher", "points"],
      ]);
      expect(config.cuts).toEqual({ attractiveness: 5.5, strength: 5.5 });
    });

    it("notices rows inserted above the criteria instead of reading the wrong cells", () => {
      // The emulator has no insertRowsBefore yet: shift the rows' values down by one as it would.
      const { load } = edited((sheet) => {
        const below = sheet.getRange(5, 1, sheet.getLastRow() - 4, CONFIG_COLUMNS);
        const values = below.getValues();
        below.clearDataValidations().clearContent();
        sheet.getRange(6, 1, values.length, CONFIG_COLUMNS).setValues(values);
      });
      expect(failure(load)).toMatch(/^KAM Criteria!A5: Expected the label "Revenue column" here/);
    });

    it("recalculates the % of axis when a weight is typed by hand", () => {
      const { emulator, sheet } = edited(() => undefined);
      sheet().getRange("D17").setValue(3);
      expect(emulator.displayed(CONFIG_SHEET_NAME, "E16").value).toBe("40%");
      expect(emulator.displayed(CONFIG_SHEET_NAME, "E17").value).toBe("60%");
    });
  });

  describe("named weight ranges in formulas", () => {
    // Points per criterion in config order: Need, Fit (attractiveness), Satisfaction (strength).
    const axisScore = (points: number[], weights: number[]) =>
      points.reduce((sum, p, i) => sum + p * weights[i]!, 0) / weights.reduce((x, y) => x + y, 0);
    /** The KAM score as the matrix forms it: the axis-weighted mean of the two axis scores. */
    const kamScore = (attractiveness: number, strength: number, shares: [number, number]) =>
      (shares[0] * attractiveness + shares[1] * strength) / (shares[0] + shares[1]);

    function withFormulas(config: Record<string, unknown> = GOOD) {
      const context = setup();
      context.save(config);
      const data = context.sheet("Accounts");
      data.getRange("H1:J1").setValues([["Points Need", "Points Fit", "Points Satisfaction"]]);
      data.getRange("H2:J2").setValues([[9, 8, 7]]);
      data
        .getRange("K2:M2")
        .setFormulas([
          [
            "=KAM_SCORE(H2:J2, KAM_WEIGHTS)",
            "=KAM_SCORE(H2:J2, KAM_WEIGHTS_ATTRACTIVENESS)",
            "=KAM_SCORE(H2:J2, KAM_WEIGHTS_STRENGTH)",
          ],
        ]);
      const shown = (cell: string) => Number(context.emulator.displayed("Accounts", cell).value);
      return { ...context, shown };
    }

    it("=KAM_SCORE(..., KAM_WEIGHTS) is the axis-weighted KAM score and follows a weight edited by hand", () => {
      const { shown, sheet } = withFormulas();
      const attractiveness = axisScore([9, 8], [2, 1]);
      expect(shown("L2")).toBeCloseTo(attractiveness, 4);
      expect(shown("M2")).toBe(7);
      expect(shown("K2")).toBeCloseTo(kamScore(attractiveness, 7, [1, 1]), 4);
      sheet().getRange("D16").setValue(10);
      expect(shown("L2")).toBeCloseTo(axisScore([9, 8], [10, 1]), 4);
      expect(shown("K2")).toBeCloseTo(kamScore(axisScore([9, 8], [10, 1]), 7, [1, 1]), 4);
    });

    it("KAM_WEIGHTS holds the effective weights: weight / its axis's sum x the axis's share", () => {
      const { emulator } = withFormulas({ ...GOOD, axisWeights: { attractiveness: 3, strength: 1 } });
      const weights = emulator.spreadsheet.getRangeByName("KAM_WEIGHTS")!.getValues().flat() as number[];
      expect(weights[0]).toBeCloseTo((2 / 3) * 0.75, 10);
      expect(weights[1]).toBeCloseTo((1 / 3) * 0.75, 10);
      expect(weights[2]).toBeCloseTo(0.25, 10);
      expect(emulator.displayed(CONFIG_SHEET_NAME, "L16").value).toBe("50.0%");
    });

    it("does not change when one axis's weights are all multiplied by 100, and follows the shares", () => {
      const { shown, save, sheet } = withFormulas();
      const before = shown("K2");
      save({
        ...GOOD,
        criteria: GOOD.criteria.map((c) =>
          c.axis === "attractiveness" ? { ...c, weight: c.weight * 100 } : c,
        ),
      });
      expect(shown("K2")).toBeCloseTo(before, 10);
      save({ ...GOOD, axisWeights: { attractiveness: 3, strength: 1 } });
      expect(shown("K2")).toBeCloseTo(kamScore(axisScore([9, 8], [2, 1]), 7, [3, 1]), 4);
      // A share typed by hand (as a percent) is followed too.
      sheet()
        .getRange("B11:B12")
        .setValues([[0.2], [0.8]]);
      expect(shown("K2")).toBeCloseTo(kamScore(axisScore([9, 8], [2, 1]), 7, [0.2, 0.8]), 4);
    });
  });
});

/**
 * Types into cells as a person can once the dropdown is gone (removed, or lost when the range was copied
 * elsewhere): a script write that breaks a rejecting validation rule throws, as in Sheets.
 */
function force(sheet: GoogleAppsScript.Spreadsheet.Sheet, a1Range: string, values: unknown[][]): void {
  sheet.getRange(a1Range).clearDataValidations().setValues(values);
}

function withCriterion(config: typeof GOOD, index: number, change: Record<string, unknown>) {
  return { ...config, criteria: config.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)) };
}
