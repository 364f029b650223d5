/**
 * Where the emulator is as strict as Sheets, or stricter where only real Sheets could tell (issue 14 item 8):
 * documented chart options only, a lock's wait takes its time, formula text written as a value in a `;`
 * locale is not emulated, and a run that passes Apps Script's execution-time limit fails.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AppsScriptRunner, Emulator } from "../index";
import { CELL_MS, CUSTOM_FUNCTION_LIMIT_MS, SCRIPT_LIMIT_MS, SERVICE_CALL_MS } from "../budget";
import { CHART_OPTION_SOURCES, DOCUMENTED_CHART_OPTIONS } from "../chartOptions";
import { usesSemicolonSeparators } from "../formulaLocale";

const SCRIPT = String.raw`
function lockWithTimeout(ms) { return LockService.getDocumentLock().tryLock(ms); }
function waitForLock(ms) { LockService.getDocumentLock().waitLock(ms); }
function sleepFor(ms) { Utilities.sleep(ms); }
function cellByCell(n) {
  var sheet = SpreadsheetApp.getActiveSheet();
  for (var r = 1; r <= n; r++) sheet.getRange(r, 1).setValue(r);
  return n;
}
function batched(n) {
  var rows = [];
  for (var r = 1; r <= n; r++) rows.push([r]);
  SpreadsheetApp.getActiveSheet().getRange(1, 1, n, 1).setValues(rows);
  return n;
}
function swallowTimeout(n) {
  try { cellByCell(n); } catch (e) { return "caught " + e.message; }
  return "finished";
}
/**
 * Reads the sheet cell by cell, which a custom function may do but slowly.
 * @customfunction
 */
function SLOW_SUM(n) {
  var sheet = SpreadsheetApp.getActiveSheet();
  var total = 0;
  for (var i = 1; i <= n; i++) total += Number(sheet.getRange(1, 2).getValue()) || 0;
  return total;
}
`;

function setup(locale = "en_US") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-strict-"));
  fs.writeFileSync(path.join(dir, "Code.js"), SCRIPT);
  const emulator = Emulator.fromFixture({ locale, sheets: [{ name: "S" }] }, { distDir: dir });
  const sheet = emulator.spreadsheet.getSheetByName("S")!;
  sheet.insertRowsAfter(sheet.getMaxRows(), 10_000 - sheet.getMaxRows());
  return { emulator, runner: new AppsScriptRunner(emulator), sheet };
}

function bubbleBuilder(emulator: Emulator, sheet: GoogleAppsScript.Spreadsheet.Sheet) {
  const charts = emulator.globals().Charts as {
    ChartType: Record<string, GoogleAppsScript.Charts.ChartType>;
  };
  return sheet
    .newChart()
    .setChartType(charts.ChartType.BUBBLE!)
    .addRange(sheet.getRange("A1:E5"))
    .setPosition(1, 7, 0, 0);
}

describe("chart options: only what Google documents", () => {
  it("accepts the bubble chart's documented options, flat or nested, including those a quadrant chart needs", () => {
    const { emulator, sheet } = setup();
    const chart = bubbleBuilder(emulator, sheet)
      .setOption("title", "KAISM matrix")
      .setOption("titleTextStyle", { fontSize: 14, bold: true })
      .setOption("width", 720)
      .setOption("height", 480)
      // Cut lines as gridlines: the view window and the gridline count put a gridline on each cut.
      .setOption("hAxis", {
        title: "Relative strength",
        direction: 1,
        viewWindow: { min: 0, max: 10 },
        gridlines: { count: 3, color: "#999999" },
        minorGridlines: { count: 0 },
        ticks: [0, 5.5, 10],
        textStyle: { color: "#444444" },
      })
      .setOption("vAxis.viewWindow.min", 0)
      .setOption("vAxis.viewWindow.max", 10)
      .setOption("vAxis.gridlines.count", 3)
      .setOption("vAxis.baseline", 5.5)
      // Bubble labels (the ID column) for the key accounts, and the legend naming the quadrants.
      .setOption("bubble", { opacity: 0.8, stroke: "#ffffff", textStyle: { fontSize: 9, auraColor: "none" } })
      .setOption("legend", { position: "right", textStyle: { fontSize: 10 } })
      .setOption("series", { "Key account": { color: "#1a73e8" }, Cuts: { visibleInLegend: false } })
      .setOption("colors", ["#1a73e8", "#e8710a"])
      .setOption("sizeAxis", { minSize: 4, maxSize: 24 })
      .setOption("chartArea", { left: 60, top: 40, width: "75%", height: "75%" })
      .setOption("sortBubblesBySize", true)
      .setOption("tooltip.trigger", "focus")
      .setOption("animation.duration", 500)
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()[0]!.getOptions().get("hAxis.gridlines.count")).toBe(3);
  });

  it("refuses an option the documentation does not name, saying which and where the list is", () => {
    const { emulator, sheet } = setup();
    expect(() => bubbleBuilder(emulator, sheet).setOption("hAxis.viewWindow.middle", 5).build()).toThrow(
      /"hAxis\.viewWindow\.middle" is not documented for a BUBBLE chart.*chartOptions\.ts/,
    );
    expect(() =>
      bubbleBuilder(emulator, sheet)
        .setOption("dataLabels", true)
        .setOption("vAxis", { title: "Attractiveness", gridLines: 3 })
        .build(),
    ).toThrow(/"dataLabels", "vAxis\.gridLines" are not documented/);
    // Trend lines and point shapes belong to other chart types.
    expect(() =>
      bubbleBuilder(emulator, sheet)
        .setOption("trendlines", { 0: { type: "linear" } })
        .build(),
    ).toThrow(/"trendlines" is not documented/);
    expect(() => bubbleBuilder(emulator, sheet).setOption("pointShape", "diamond").build()).toThrow(
      "not documented",
    );
  });

  it("keeps each documented option with its source page", () => {
    const bubble = DOCUMENTED_CHART_OPTIONS.BUBBLE!;
    expect(bubble.size).toBeGreaterThan(100);
    for (const source of bubble.values())
      expect(CHART_OPTION_SOURCES[source]).toMatch(/^https:\/\/developers\.google\.com\//);
  });

  it("refuses options on chart types whose documented options are not listed", () => {
    const { emulator, sheet } = setup();
    const charts = emulator.globals().Charts as {
      ChartType: Record<string, GoogleAppsScript.Charts.ChartType>;
    };
    const scatter = () =>
      sheet
        .newChart()
        .setChartType(charts.ChartType.SCATTER!)
        .addRange(sheet.getRange("A1:B3"))
        .setPosition(1, 4, 0, 0);
    expect(() => sheet.insertChart(scatter().build())).not.toThrow();
    expect(() => scatter().setOption("title", "x").build()).toThrow(
      "not emulated: options of SCATTER charts",
    );
  });
});

describe("LockService waits its time", () => {
  it("tryLock(ms) on a lock held elsewhere advances the emulated clock by ms and returns false", () => {
    const { emulator, runner } = setup();
    emulator.holdLock("document");
    expect(runner.run("lockWithTimeout", 10_000)).toBe(false);
    expect(emulator.sleptMs).toBe(10_000);
    expect(emulator.lastRunMs).toBeGreaterThanOrEqual(10_000);
    expect(() => runner.run("waitForLock", 2_000)).toThrow("Lock timeout");
    expect(emulator.sleptMs).toBe(12_000);
  });

  it("a free lock is taken at once", () => {
    const { emulator, runner } = setup();
    expect(runner.run("lockWithTimeout", 10_000)).toBe(true);
    expect(emulator.sleptMs).toBe(0);
  });
});

describe("formula text written as a value in a ';' locale is not emulated", () => {
  it("knows which locales use ';' between arguments", () => {
    for (const locale of [
      "de_DE",
      "de_AT",
      "fr_FR",
      "fr_CA",
      "es_ES",
      "it_IT",
      "nl_NL",
      "pt_BR",
      "ru_RU",
      "pl_PL",
    ])
      expect([locale, usesSemicolonSeparators(locale)]).toEqual([locale, true]);
    for (const locale of ["en_US", "en_GB", "en_CA", "de_CH", "ja_JP", "zh_CN", "es_MX", "hi_IN", "en"])
      expect([locale, usesSemicolonSeparators(locale)]).toEqual([locale, false]);
  });

  it("refuses setValue/setValues with a leading '=' in de_DE, naming the cell; setFormulas and text stay allowed", () => {
    const { sheet } = setup("de_DE");
    expect(() => sheet.getRange("A1").setValue("=SUM(B1,C1)")).toThrow(
      /^not emulated: Range\.setValue with formula text \(A1\) in a de_DE spreadsheet/,
    );
    expect(() =>
      sheet.getRange("A1:B2").setValues([
        ["x", "y"],
        ["z", "=1+1"],
      ]),
    ).toThrow("not emulated: Range.setValues with formula text (B2) in a de_DE spreadsheet");
    sheet.getRange("A1:A2").setFormulas([["=SUM(B1:C1)"], ["=1+1"]]);
    sheet.getRange("B1").setValue("'=not a formula");
    sheet.getRange("C1").setValue(12.5);
    expect(sheet.getRange("A2").getValue()).toBe(2);
    expect(sheet.getRange("B1").getValue()).toBe("=not a formula");
  });

  it("still writes formula text as a value in en_US", () => {
    const { sheet } = setup("en_US");
    sheet.getRange("A1").setValue("=1+2");
    expect(sheet.getRange("A1").getValue()).toBe(3);
  });
});

describe("execution time budget", () => {
  const callsInScriptLimit = SCRIPT_LIMIT_MS / SERVICE_CALL_MS;

  it("a cell-by-cell loop passes the 6-minute limit and fails with Apps Script's message", () => {
    const { emulator, runner } = setup();
    // Two counted calls per row (getRange, setValue): 3,700 rows is 7,400 calls, more than 7,200.
    expect(() => runner.run("cellByCell", 3_700)).toThrow(
      /^Exceeded maximum execution time \(a script may run 360 s/,
    );
    expect(emulator.lastRunMs).toBeGreaterThan(SCRIPT_LIMIT_MS);
    expect(callsInScriptLimit).toBe(7_200);
  });

  it("the same rows written in one batch stay far below it", () => {
    const { emulator, runner } = setup();
    emulator.ledger.reset();
    expect(runner.run("batched", 3_700)).toBe(3_700);
    // A fixed cost per counted call plus one per cell written.
    expect(emulator.lastRunMs).toBeCloseTo(emulator.ledger.total() * SERVICE_CALL_MS + 3_700 * CELL_MS, 6);
    expect(emulator.lastRunMs).toBeLessThan(1_000);
  });

  it("a script that catches the timeout is still ended", () => {
    const { runner } = setup();
    expect(() => runner.run("swallowTimeout", 3_700)).toThrow("Exceeded maximum execution time");
  });

  it("waiting counts: a sleep past the limit ends the run", () => {
    const { runner } = setup();
    expect(() => runner.run("sleepFor", SCRIPT_LIMIT_MS + 1)).toThrow("Exceeded maximum execution time");
    expect(runner.run("sleepFor", 1_000)).toBeUndefined();
  });

  it("a custom function has 30 seconds: past them its cell shows #ERROR! with the message", () => {
    const { emulator, sheet } = setup();
    sheet.getRange("B1").setValue(1);
    // Two counted calls per read: 301 reads are 602 calls, 30.1 s.
    const reads = CUSTOM_FUNCTION_LIMIT_MS / SERVICE_CALL_MS / 2 + 1;
    sheet.getRange("C1").setFormula(`=SLOW_SUM(${reads})`);
    sheet.getRange("C2").setFormula("=SLOW_SUM(10)");
    expect(sheet.getRange("C1:C2").getValues()).toEqual([["#ERROR!"], [10]]);
    expect(emulator.displayed("S", "C1").error).toMatch(
      /^Exceeded maximum execution time \(a custom function may run 30 s/,
    );
  });

  it("a test's own calls outside a run are not timed", () => {
    const { emulator, sheet } = setup();
    for (let r = 1; r <= 8_000; r++) sheet.getRange(r, 1).setValue(r);
    expect(emulator.lastRunMs).toBe(0);
  });
});
