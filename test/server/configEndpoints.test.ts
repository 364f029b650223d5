import { AppsScriptRunner, Emulator } from "../emulator";
import { failure } from "../support/failure";

const signed = new Date(Date.UTC(2024, 2, 15));

function setup(options: { locale?: string } = {}) {
  const emulator = Emulator.fromFixture(
    {
      sheets: [
        {
          name: "Report",
          rows: [
            ["Key accounts 2024"],
            [],
            ["Customer", "Revenue", "Signed", "Active", "Need"],
            ["Nordwind GmbH", 1200000, signed, true, 9],
            ["Alpenblick AG", "", "", false, 7],
            ["Kessler & Co.", 90000, "n/a", true, ""],
          ],
        },
        { name: "Notes", rows: [] },
        { name: "KAISM Matrix", rows: [["Rank", "Account"]] },
      ],
    },
    options,
  );
  return { emulator, runner: new AppsScriptRunner(emulator) };
}

const CONFIG = {
  version: 1,
  dataSheet: "Report",
  headerRow: 3,
  accountColumn: "Customer",
  criteria: [
    { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
    { name: "Revenue", column: "Revenue", axis: "strength", weight: 1, input: "linear" },
  ],
};

describe("server endpoints over google.script.run", () => {
  it("listDataSheets detects header rows and leaves out the add-on's own sheets, even renamed", () => {
    const { runner, emulator } = setup();
    runner.scriptRun("saveConfig", CONFIG);
    emulator.spreadsheet.getSheetByName("KAM Criteria")!.setName("Model");
    expect(runner.scriptRun("listDataSheets")).toEqual([
      { name: "Report", headerRow: 3, headers: ["Customer", "Revenue", "Signed", "Active", "Need"] },
      { name: "Notes", headerRow: 1, headers: [] },
    ]);
  });

  it('getPreviewData returns the raw cells below the header row: blanks as "", dates as the day', () => {
    const { runner, emulator } = setup();
    emulator.ledger.reset();
    expect(runner.scriptRun("getPreviewData", "Report", 3)).toEqual({
      headers: ["Customer", "Revenue", "Signed", "Active", "Need"],
      rows: [
        ["Nordwind GmbH", 1200000, "2024-03-15", true, 9],
        ["Alpenblick AG", "", "", false, 7],
        ["Kessler & Co.", 90000, "n/a", true, ""],
      ],
      totalRows: 3,
    });
    expect(emulator.ledger.count("Range.getValues")).toBe(1);
  });

  it("getPreviewData reads a date cell at midnight in the spreadsheet's zone (Europe/Berlin) as that day", () => {
    // 15 March 2024, 00:00 in Berlin is 14 March, 23:00 UTC: toISOString would say the 14th.
    const midnightBerlin = new Date(Date.UTC(2024, 2, 14, 23, 0, 0));
    const afternoon = new Date(Date.UTC(2024, 2, 15, 13, 30, 0));
    const emulator = Emulator.fromFixture({
      timeZone: "Europe/Berlin",
      sheets: [
        {
          name: "Data",
          rows: [
            ["Customer", "Signed"],
            ["A", midnightBerlin],
            ["B", afternoon],
          ],
        },
      ],
    });
    expect(emulator.displayed("Data", "B2").value).toBe("3/15/2024");
    expect(new AppsScriptRunner(emulator).scriptRun("getPreviewData", "Data", 1)).toEqual({
      headers: ["Customer", "Signed"],
      rows: [
        ["A", "2024-03-15"],
        ["B", "2024-03-15 14:30:00"],
      ],
      totalRows: 2,
    });
  });

  it("getPreviewData sends the first 5,000 accounts of 20,000, in one read, and says how many there are", () => {
    const rows: (string | number)[][] = [["Customer", "Need"]];
    for (let i = 1; i <= 20000; i++) rows.push([`Account ${i}`, (i % 10) + 1]);
    const emulator = Emulator.fromFixture({ sheets: [{ name: "Big", rows }] });
    emulator.ledger.reset();
    const data = new AppsScriptRunner(emulator).scriptRun("getPreviewData", "Big", 1) as {
      rows: unknown[][];
      totalRows: number;
    };
    expect(data.rows).toHaveLength(5000);
    expect(data.rows[4999]).toEqual(["Account 5000", 1]);
    expect(data.totalRows).toBe(20000);
    expect(emulator.ledger.count("Range.getValues")).toBe(1);
  });

  it("getPreviewData says what is wrong with its arguments", () => {
    const { runner } = setup();
    expect(failure(() => runner.scriptRun("getPreviewData", "Missing", 1))).toBe(
      'There is no sheet named "Missing".',
    );
    expect(failure(() => runner.scriptRun("getPreviewData", "Report", 0))).toBe(
      "Header row must be a whole number of 1 or more.",
    );
  });

  it("getPreviewData words its problems in the user's language", () => {
    const { runner } = setup({ locale: "de_DE" });
    expect(failure(() => runner.scriptRun("getPreviewData", "Missing", 1))).toBe(
      "Es gibt kein Blatt namens „Missing“.",
    );
    expect(failure(() => runner.scriptRun("getPreviewData", "Report", 0))).toBe(
      "Kopfzeile muss eine ganze Zahl ab 1 sein.",
    );
    expect(failure(() => runner.scriptRun("getPreviewData", "", 1))).toBe("Datenblatt darf nicht leer sein.");
  });

  it("getConfig is null until saveConfig, then returns what was saved", () => {
    const { runner } = setup();
    expect(runner.scriptRun("getConfig")).toBeNull();
    const saved = runner.scriptRun("saveConfig", CONFIG);
    expect(saved).toMatchObject({ ...CONFIG, scaleMax: 10, cuts: { attractiveness: 5.5, strength: 5.5 } });
    expect(runner.scriptRun("getConfig")).toEqual(saved);
  });

  it("saveConfig fails with lines of 'field: message' the sidebar puts beside its fields", () => {
    const { runner } = setup();
    const bad = {
      ...CONFIG,
      criteria: [
        { ...CONFIG.criteria[0], weight: -1 },
        { ...CONFIG.criteria[1], column: "X" },
      ],
    };
    expect(failure(() => runner.scriptRun("saveConfig", bad))).toBe(
      "criteria[0].weight: Weight must be 0 or more.",
    );
    expect(
      failure(() =>
        runner.scriptRun("saveConfig", { ...CONFIG, criteria: [CONFIG.criteria[0], bad.criteria[1]] }),
      ),
    ).toBe('criteria[1].column: The column "X" is not in row 3 of the sheet "Report".');
  });

  it("saveConfigFromSidebar answers a refused model with its problems, each with its field, and writes nothing", () => {
    const { runner, emulator } = setup();
    const bad = {
      ...CONFIG,
      criteria: [
        { ...CONFIG.criteria[0], weight: -1 },
        { ...CONFIG.criteria[1], column: "X" },
      ],
    };
    expect(runner.scriptRun("saveConfigFromSidebar", bad)).toEqual({
      ok: false,
      problems: [
        {
          field: "criteria[0].weight",
          path: ["criteria", 0, "weight"],
          message: "Weight must be 0 or more.",
        },
      ],
    });
    expect(
      runner.scriptRun("saveConfigFromSidebar", {
        ...CONFIG,
        criteria: [CONFIG.criteria[0], bad.criteria[1]],
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          field: "criteria[1].column",
          path: ["criteria", 1, "column"],
          message: 'The column "X" is not in row 3 of the sheet "Report".',
        },
      ],
    });
    expect(emulator.spreadsheet.getSheetByName("KAM Criteria")).toBeNull();
    const saved = runner.scriptRun("saveConfigFromSidebar", CONFIG) as { ok: boolean; config: unknown };
    expect(saved.ok).toBe(true);
    expect(saved.config).toEqual(runner.scriptRun("getConfig"));
  });

  it("saveConfigFromSidebar lets a service failure through as an error, not as a field problem", () => {
    const { runner, emulator } = setup();
    emulator.failOn("*", { times: Infinity });
    expect(failure(() => runner.scriptRun("saveConfigFromSidebar", CONFIG))).toMatch(
      /Service Spreadsheets failed/,
    );
  });

  it("writes the sheet in the spreadsheet's language when the config names none", () => {
    const { runner, emulator } = setup();
    emulator.spreadsheet.setSpreadsheetLocale("de_DE");
    runner.scriptRun("saveConfig", CONFIG);
    expect(emulator.displayed("KAM Criteria", "A2").value).toBe("Datenblatt");
    expect(emulator.displayed("KAM Criteria", "C16").value).toBe("Attraktivität");
    expect(runner.scriptRun("getConfig")).toMatchObject({
      criteria: [{ axis: "attractiveness" }, { axis: "strength" }],
    });
  });

  it("saveConfig and getConfig carry the axis shares and the plan's quadrants, in a German sheet too", () => {
    const { runner, emulator } = setup();
    emulator.spreadsheet.setSpreadsheetLocale("de_DE");
    const config = {
      ...CONFIG,
      axisWeights: { attractiveness: 0.6, strength: 0.4 },
      plan: { quadrants: ["opportunistic", "keyAccount"] },
    };
    const saved = runner.scriptRun("saveConfig", config);
    // The plan's quadrants come back in the matrix's order, whatever order they were given in.
    expect(saved).toMatchObject({
      axisWeights: { attractiveness: 0.6, strength: 0.4 },
      plan: { quadrants: ["keyAccount", "opportunistic"] },
    });
    expect(emulator.displayed("KAM Criteria", "B13").value).toBe("Schlüsselkunde, Gelegenheitskunde");
    expect(runner.scriptRun("getConfig")).toEqual(saved);
  });

  it("saveConfig says what it expected when given no configuration object", () => {
    const { runner } = setup({ locale: "de" });
    expect(failure(() => runner.scriptRun("saveConfig", null))).toMatch(
      /^Erwartet wird ein Konfigurationsobjekt wie \{ version: 1, dataSheet, accountColumn, criteria: \[\.\.\.\] \}, erhalten: nichts \(null\)\.$/,
    );
    expect(failure(() => runner.scriptRun("saveConfig", [])).endsWith("erhalten: eine Liste.")).toBe(true);
  });

  it("showSidebar opens the built sidebar, 300 px wide, with the user's locale in an inline script", () => {
    const { runner, emulator } = setup({ locale: "de" });
    runner.run("showSidebar");
    expect(emulator.ui.sidebars).toHaveLength(1);
    const sidebar = emulator.ui.sidebars[0]!;
    expect(sidebar.title).toBe("Key Account Matrix");
    expect(sidebar.width).toBe(300);
    expect(sidebar.html).toMatch(/<script>\s*var kamUserLocale = "de";\s*<\/script>/);
    // HtmlService ignores meta tags in the file: the viewport goes through addMetaTag, none is in the page.
    expect(sidebar.html).not.toMatch(/<meta\b/i);
    expect(sidebar.html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });
});
