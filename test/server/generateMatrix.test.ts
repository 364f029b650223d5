import { columnLetter } from "../../src/core/a1";
import { parseConfig } from "../../src/core/config";
import { QUADRANT_LABELS } from "../../src/core/i18n";
import { SHARE_AMBER, SHARE_RED, tableHeaders } from "../../src/core/matrixLayout";
import { evaluateAccounts } from "../../src/core/model";
import { formatFlip } from "../../src/core/sensitivity";
import type { Emulator } from "../emulator";
import { ChartType } from "../emulator/enums";
import { CONFIG, DATA_SHEET, HEADERS, accountRows, setup, writeTexts, type Setup } from "./matrixFixtures";

type Dump = ReturnType<Emulator["dump"]>;
type SheetDump = Dump["sheets"][number];

const OVERVIEW = "KAISM Matrix";
const SCORES = "KAM Scores";
const INJECTIONS = ['=IMPORTXML("http://x")', "+1", "-1", "@x"];

function sheetOf(dump: Dump, name: string): SheetDump {
  const sheet = dump.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The dump without what legitimately differs between two runs: the minute it was made, chart ids. */
function stable(dump: Dump): unknown {
  const text = JSON.stringify(dump).replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, "<time>");
  const copy = JSON.parse(text) as Dump;
  for (const sheet of copy.sheets) for (const chart of sheet.charts) chart.id = 0;
  return copy;
}

/** The dump without KAM History (it grows by one snapshot per generation) and with stamps to the second. */
function withoutHistory(dump: Dump): unknown {
  const copy = JSON.parse(
    JSON.stringify(dump).replace(/(\d{4}-\d{2}-\d{2} \d{2}:\d{2})(:\d{2})?/g, "<time>"),
  ) as Dump;
  copy.sheets = copy.sheets.filter((sheet) => sheet.name !== "KAM History");
  copy.developerMetadata = copy.developerMetadata.filter((m) => m.key !== "kam.history");
  return stable(copy);
}

function columnOf(sheet: SheetDump, header: string): number {
  const col = (sheet.values[0] ?? []).indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return col;
}

/** The column letter of a 0-based column index. */
function letter(col: number): string {
  return columnLetter(col + 1);
}

function injectionSetup(count = 50): Setup {
  const s = setup(accountRows(count));
  writeTexts(s.emulator, DATA_SHEET, 2, 1, INJECTIONS);
  return s;
}

describe("generateKaismMatrix writes the overview and the ranked table", () => {
  const { emulator, runner } = injectionSetup();
  const rows = accountRows(50).map((r, i) =>
    i < INJECTIONS.length ? [INJECTIONS[i] as string, ...r.slice(1)] : r,
  );
  const config = parseConfig(CONFIG);
  const expected = evaluateAccounts(config, { headerRow: 1, headers: HEADERS, rows });
  const dataSheetBefore = sheetOf(emulator.dump(), DATA_SHEET);
  const dataBefore = JSON.stringify(dataSheetBefore);
  const notesBefore = JSON.stringify(sheetOf(emulator.dump(), "Notes"));
  const criteriaBefore = JSON.stringify(sheetOf(emulator.dump(), "KAM Criteria"));
  const result = runner.run("generateKaismMatrix");
  const dump = emulator.dump();
  const scores = sheetOf(dump, SCORES);
  const overview = sheetOf(dump, OVERVIEW);

  it("returns the summary and opens the overview", () => {
    expect(result).toEqual({
      sheetName: OVERVIEW,
      scoresSheetName: SCORES,
      accounts: 50,
      quadrants: expected.quadrantCounts,
    });
    expect(emulator.ui.alerts).toEqual([]);
    expect(dump.activeSheet).toBe(OVERVIEW);
    expect(overview.index).toBeLessThan(scores.index);
  });

  it("heads the table as the reference says", () => {
    expect(scores.values[0]).toEqual([
      "Rank",
      "Account",
      "Attractiveness",
      "Relative strength",
      "KAM score",
      "Quadrant",
      "Revenue",
      "Revenue share",
      "ABC class",
      "Rank change",
      "Previous quadrant",
      "Margin to cut",
      "Weight change to flip",
      "Main drivers",
      ...config.criteria.map((c) => `Points: ${c.name}`),
      ...config.criteria.map((c) => `Contribution: ${c.name}`),
      "Data row",
    ]);
    expect(scores.values[0]).toEqual(tableHeaders("en", config));
  });

  it("ranks the accounts with src/core's results, names that look like formulas kept as text", () => {
    expected.accounts.forEach((a, i) => {
      expect(scores.values[i + 1]?.slice(0, 9)).toEqual([
        i + 1,
        a.account,
        a.attractiveness,
        a.strength,
        a.score,
        QUADRANT_LABELS.en[a.quadrant!],
        a.revenue,
        a.share,
        a.abc,
      ]);
    });
    expect(Object.keys(scores.formulas)).toEqual([]);
    for (const name of INJECTIONS) expect(scores.values.map((r) => r[1])).toContain(name);
    expect(scores.numberFormats["H2"]).toBe("0.0%");
    expect(emulator.displayed(SCORES, "E2").value).toBe((expected.accounts[0]!.score as number).toFixed(1));
  });

  it("shows the core's margin, flip, drivers and contributions; the contributions add up to the score", () => {
    const names = config.criteria.map((c) => c.name);
    const margin = columnOf(scores, "Margin to cut");
    const flip = columnOf(scores, "Weight change to flip");
    const drivers = columnOf(scores, "Main drivers");
    const firstContribution = columnOf(scores, `Contribution: ${names[0]}`);
    let flips = 0;
    expected.accounts.forEach((a, i) => {
      const row = scores.values[i + 1]!;
      expect(row[1]).toBe(a.account);
      expect(row[margin]).toBe(a.marginToCut ?? "");
      expect(row[flip]).toBe(a.flip ? formatFlip(a.flip, config, "en") : "");
      if (a.flip) flips++;
      expect(row[drivers]).toBe(a.drivers.map((j) => names[j]).join(", "));
      const parts = row.slice(firstContribution, firstContribution + names.length);
      expect(parts).toEqual(a.contributions.map((c) => c ?? ""));
      const sum = parts.reduce<number>((s, p) => s + (typeof p === "number" ? p : 0), 0);
      expect(sum).toBeCloseTo(row[4] as number, 10);
    });
    expect(flips).toBeGreaterThan(0);
    // A flip such as "+12% Need" is text, never read as a formula or a number.
    expect(Object.keys(scores.formulas)).toEqual([]);
    expect(scores.numberFormats[`${letter(flip)}2`]).toBe("@");
  });

  it("agrees with the reference formulas: weighted means, cuts, shares, ranking", () => {
    const weights = config.criteria.map((c) => c.weight);
    const mean = (points: number[], use: (j: number) => boolean) => {
      let sum = 0;
      let w = 0;
      points.forEach((p, j) => {
        if (use(j)) {
          sum += weights[j]! * p;
          w += weights[j]!;
        }
      });
      return sum / w;
    };
    const total = rows.reduce((s, r) => s + (r[1] as number), 0);
    let previous = Infinity;
    const firstPoints = columnOf(scores, `Points: ${config.criteria[0]!.name}`);
    const dataRowColumn = columnOf(scores, "Data row");
    for (const row of scores.values.slice(1)) {
      const points = row.slice(firstPoints, firstPoints + weights.length) as number[];
      const attractiveness = mean(points, (j) => config.criteria[j]!.axis === "attractiveness");
      const strength = mean(points, (j) => config.criteria[j]!.axis === "strength");
      expect(row[2]).toBeCloseTo(attractiveness, 10);
      expect(row[3]).toBeCloseTo(strength, 10);
      // Two-level weights (issue 15): the KAM score is the mean of the two axis scores (axisWeights 1 and 1).
      expect(row[4]).toBeCloseTo((attractiveness + strength) / 2, 10);
      const high = (v: number) => v >= config.cuts.attractiveness;
      const key = high(attractiveness)
        ? high(strength)
          ? "keyAccount"
          : "keyDevelopment"
        : high(strength)
          ? "maintenance"
          : "opportunistic";
      expect(row[5]).toBe(QUADRANT_LABELS.en[key]);
      expect(row[7]).toBeCloseTo((row[6] as number) / total, 12);
      expect(row[4] as number).toBeLessThanOrEqual(previous);
      previous = row[4] as number;
      // The data row points back at the account's own row.
      const dataRow = row[dataRowColumn] as number;
      expect(dataSheetBefore.values[dataRow - 1]?.[0]).toBe(row[1]);
    }
  });

  it("freezes the header row and the account column and puts a filter on the table", () => {
    expect(scores.frozenRows).toBe(1);
    expect(scores.frozenColumns).toBe(columnOf(scores, "Account") + 1);
    const filter = emulator.spreadsheet.getSheetByName(SCORES)!.getFilter();
    const range = filter!.getRange();
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      1,
      1,
      51,
      scores.values[0]!.length,
    ]);
  });

  it("colours the column headed Revenue share red above 50% and amber from 10%", () => {
    const share = letter(columnOf(scores, "Revenue share"));
    const shareRules = scores.conditionalFormatRules.filter((r) =>
      r.boolean?.criteria.startsWith("NUMBER_GREATER"),
    );
    expect(shareRules.map((r) => r.ranges)).toEqual([[`${share}2:${share}51`], [`${share}2:${share}51`]]);
    expect(shareRules.map((r) => r.boolean?.background)).toEqual([SHARE_RED, SHARE_AMBER]);
    expect(scores.conditionalFormatRules.filter((r) => r.gradient)).toHaveLength(1);
    expect(scores.conditionalFormatRules.filter((r) => r.boolean?.criteria === "TEXT_EQUAL_TO")).toHaveLength(
      4,
    );
  });

  it("puts the bubble chart on the overview, its data the accounts grouped by quadrant", () => {
    expect(overview.charts).toHaveLength(1);
    const chart = overview.charts[0]!;
    expect(chart.type).toBe("BUBBLE");
    expect(chart.ranges[0]).toMatch(/^'KAISM Matrix'!/);
    const legend = new Set(expected.accounts.map((a) => QUADRANT_LABELS.en[a.quadrant!]));
    const seriesColumn = overview.values.map((r) => r[15]).slice(1, 51);
    expect(new Set(seriesColumn)).toEqual(legend);
    expect(scores.charts).toEqual([]);
  });

  it("protects both sheets with a warning only", () => {
    for (const name of [OVERVIEW, SCORES]) {
      expect(dump.protections.filter((p) => p.sheet === name)).toEqual([
        expect.objectContaining({ type: "SHEET", warningOnly: true }),
      ]);
    }
  });

  it("touches no other sheet", () => {
    expect(JSON.stringify(sheetOf(dump, DATA_SHEET))).toBe(dataBefore);
    expect(JSON.stringify(sheetOf(dump, "Notes"))).toBe(notesBefore);
    expect(JSON.stringify(sheetOf(dump, "KAM Criteria"))).toBe(criteriaBefore);
  });

  it("gives the same two sheets, in the same places, when generated again", () => {
    // The second generation compares with the first snapshot; from then on nothing moves.
    runner.run("generateKaismMatrix");
    const first = emulator.dump();
    runner.run("generateKaismMatrix");
    const second = emulator.dump();
    expect(withoutHistory(second)).toEqual(withoutHistory(first));
    expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(JSON.stringify(sheetOf(second, DATA_SHEET))).toBe(dataBefore);
    expect(emulator.ui.alerts).toEqual([]);
  });
});

describe("regenerating", () => {
  it("finds both sheets again by developer metadata after a person renamed them", () => {
    const { emulator, runner } = setup(accountRows(20));
    runner.run("generateKaismMatrix");
    emulator.spreadsheet.getSheetByName(OVERVIEW)!.setName("Our matrix");
    emulator.spreadsheet.getSheetByName(SCORES)!.setName("Ranking");
    const before = emulator.dump().sheets.map((s) => s.name);
    const result = runner.run("generateKaismMatrix") as { sheetName: string; scoresSheetName: string };
    expect(result).toMatchObject({ sheetName: "Our matrix", scoresSheetName: "Ranking" });
    expect(emulator.dump().sheets.map((s) => s.name)).toEqual(before);
  });

  it("turns an old single-sheet KAISM Matrix into the overview, nothing of the old layout left", () => {
    const fresh = setup(accountRows(20));
    fresh.runner.run("generateKaismMatrix");
    const wanted = stable(fresh.emulator.dump()) as Dump;

    const old = setup(accountRows(20));
    const ss = old.emulator.spreadsheet;
    // The layout of earlier versions: a 21-column table with frozen panes, wide side columns, rules, a chart.
    const sheet = ss.insertSheet(OVERVIEW, 1);
    sheet.insertColumnsAfter(26, 4);
    sheet.getRange(1, 1, 60, 30).setValue("old").setBackground("#ff0000").setFontWeight("bold");
    sheet.setFrozenRows(4);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidths(22, 3, 300);
    const chart = sheet
      .newChart()
      .setChartType(ChartType.BUBBLE as unknown as GoogleAppsScript.Charts.ChartType);
    sheet.insertChart(chart.addRange(sheet.getRange("A1:E5")).setPosition(1, 1, 0, 0).build());
    old.emulator.ledger.reset();
    old.runner.run("generateKaismMatrix");
    const got = stable(old.emulator.dump()) as Dump;
    const pick = (d: Dump, name: string) => {
      const s = sheetOf(d, name);
      return {
        values: s.values,
        frozen: [s.frozenRows, s.frozenColumns],
        rules: s.conditionalFormatRules,
        charts: s.charts.length,
        backgrounds: s.backgrounds,
        widths: s.columnWidths,
      };
    };
    const gotOverview = pick(got, OVERVIEW);
    const wantedOverview = pick(wanted, OVERVIEW);
    // The old sheet was wider: its extra columns are back at Sheets' default width, and otherwise alike.
    for (const [column, width] of Object.entries(gotOverview.widths)) {
      if (!(column in wantedOverview.widths)) {
        expect(width).toBe(100);
        delete gotOverview.widths[column];
      }
    }
    expect(gotOverview).toEqual(wantedOverview);
    expect(sheetOf(got, OVERVIEW).index).toBe(2);
    expect(got.sheets.filter((s) => s.name.startsWith("KAISM"))).toHaveLength(1);
  });

  it("names the sheets and their texts in German when the language is de", () => {
    const { emulator, runner } = setup(accountRows(20), { ...CONFIG, language: "de" });
    const result = runner.run("generateKaismMatrix") as { sheetName: string; scoresSheetName: string };
    expect(result).toMatchObject({ sheetName: "KAISM-Matrix", scoresSheetName: "KAM-Scores" });
    const dump = emulator.dump();
    expect(sheetOf(dump, "KAM-Scores").values[0]?.slice(0, 8)).toEqual([
      "Rang",
      "Kunde",
      "Attraktivität",
      "Relative Stärke",
      "KAM-Score",
      "Quadrant",
      "Umsatz",
      "Umsatzanteil",
    ]);
    expect(sheetOf(dump, "KAISM-Matrix").values.flat()).toContain("Schlüsselkunde");
    expect(String(sheetOf(dump, "KAISM-Matrix").charts[0]?.options.title)).toMatch(/Attraktivität/);
  });
});

describe("batching", () => {
  // The whole generation through Code.js: both sheets with the config and data reads, the toasts, activate
  // and flush, builder factories counted (npm run bench prints them): a first generation and a
  // regeneration. Three of them look for a Key Account Plan to refresh (its developer metadata). KAM History
  // adds its new sheet and the cell limit over every sheet to a first run, and the index, the previous
  // snapshot's header and rows, the cell limit and the append to a regeneration. The two sheets' writer alone
  // is held to at most 50 in test/adapters/matrixSheet.test.ts. The ceilings are the counts today: a new call must earn its place here.
  const MAX_FIRST = 88;
  const MAX_AGAIN = 93;

  function run(count: number): Setup {
    const s = setup(accountRows(count));
    s.runner.run("generateKaismMatrix");
    return s;
  }
  const resizeFree = (byMethod: Record<string, number>) => {
    const { ["Sheet.deleteRows"]: less = 0, ["Sheet.insertRowsAfter"]: more = 0, ...rest } = byMethod;
    return { ...rest, resize: less + more };
  };

  it("makes as many Spreadsheet-service calls for 5,000 accounts as for 50, first run and again", () => {
    const small = run(50);
    const large = run(5000);
    expect(large.emulator.ledger.total()).toBe(small.emulator.ledger.total());
    expect(resizeFree(large.emulator.ledger.byMethod())).toEqual(
      resizeFree(small.emulator.ledger.byMethod()),
    );
    expect(small.emulator.ledger.total()).toBeLessThanOrEqual(MAX_FIRST);
    for (const s of [small, large]) {
      s.emulator.ledger.reset();
      s.runner.run("generateKaismMatrix");
    }
    expect(large.emulator.ledger.total()).toBe(small.emulator.ledger.total());
    expect(small.emulator.ledger.total()).toBeLessThanOrEqual(MAX_AGAIN);
  });

  it("reads nothing after the first write", () => {
    for (const s of [run(50)]) {
      for (let pass = 0; pass < 2; pass++) {
        const { firstWrite, reads } = s.emulator.ledger.readsAfterFirstWrite();
        expect(firstWrite).toBeGreaterThan(0);
        expect(reads).toEqual([]);
        s.emulator.ledger.reset();
        s.runner.run("generateKaismMatrix");
      }
    }
  });
});

describe("faults while generating", () => {
  it("ends in a dialog naming the problem for a service failure in any call, never an uncaught exception", () => {
    const probe = setup(accountRows(10));
    probe.runner.run("generateKaismMatrix");
    const calls = probe.emulator.ledger.calls().length;
    for (let k = 1; k <= calls; k++) {
      const s = setup(accountRows(10));
      const data = JSON.stringify(sheetOf(s.emulator.dump(), DATA_SHEET));
      const criteria = JSON.stringify(sheetOf(s.emulator.dump(), "KAM Criteria"));
      s.emulator.failOn("*", { nth: k });
      let result: unknown;
      expect(() => {
        result = s.runner.run("generateKaismMatrix");
      }).not.toThrow();
      const dump = s.emulator.dump();
      expect(JSON.stringify(sheetOf(dump, DATA_SHEET))).toBe(data);
      expect(JSON.stringify(sheetOf(dump, "KAM Criteria"))).toBe(criteria);
      const call = probe.emulator.ledger.calls()[k - 1];
      if (call === "Spreadsheet.toast") continue; // a toast that fails is skipped: the run goes on
      if (result !== null) {
        // Only looking for a Key Account Plan to refresh may fail without failing the matrix: it says so.
        expect(s.emulator.ui.alerts.map((a) => a.title)).toEqual(["The key account plan was not updated"]);
        expect(s.emulator.ui.alerts[0]!.prompt).toMatch(
          /Service Spreadsheets failed.*nothing you typed is lost/s,
        );
        continue;
      }
      expect(result).toBeNull();
      expect(s.emulator.ui.alerts).toHaveLength(1);
      const prompt = s.emulator.ui.alerts[0]!.prompt;
      expect(prompt).toMatch(/Service Spreadsheets failed/);
      expect(prompt).not.toMatch(/10,000,000/);
      expect(prompt).toMatch(/untouched|Nothing was changed/);
    }
  });

  it("names a protection, not the cell limit, when a protected overview cannot be resized", () => {
    const s = setup(accountRows(10));
    s.runner.run("generateKaismMatrix");
    s.emulator.failOn("Sheet.insertRowsAfter", {
      times: Infinity,
      message:
        "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
    });
    s.emulator.failOn("Sheet.deleteRows", {
      times: Infinity,
      message:
        "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
    });
    // More accounts than before, so the table must grow.
    const data = s.emulator.spreadsheet.getSheetByName(DATA_SHEET)!;
    data
      .getRange(12, 1, 20, HEADERS.length)
      .setValues(accountRows(20).map((r, i) => [`Extra ${i}`, ...r.slice(1)]));
    expect(s.runner.run("generateKaismMatrix")).toBeNull();
    const prompt = s.emulator.ui.alerts.at(-1)!.prompt;
    expect(prompt).toMatch(/protect/i);
    expect(prompt).not.toMatch(/10,000,000|cell limit/);
  });
});
