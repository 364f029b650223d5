import {
  GENERATED_SHEET_KEY,
  layoutSettings,
  parseTag,
  writeGeneratedSheets,
} from "../../src/adapters/matrixSheet";
import { parseConfig } from "../../src/core/config";
import type { Language } from "../../src/core/language";
import { buildMatrixLayouts, type MatrixLayouts } from "../../src/core/matrixLayout";
import { evaluateAccounts } from "../../src/core/model";
import { Emulator } from "../emulator";
import { READ_CALL, WRITE_CALL } from "../emulator/ledger";
import { CONFIG, DATA_SHEET, HEADERS, accountRows } from "../server/matrixFixtures";

/**
 * The writer of the two generated sheets (`KAISM Matrix` overview and `KAM Scores` table) on its own, run
 * from the source against the emulator: its Spreadsheet-service calls are the bound (at most 50,
 * the same for 50 and 5,000 accounts). The whole generation (config and data reads, other sheets, toasts)
 * is counted through Code.js in test/server/generateMatrix.test.ts.
 */
const MAX_WRITER_CALLS = 50;
/** The figures today (a new call must earn its place): first generation, regeneration. */
const WRITER_FIRST = 48;
const WRITER_AGAIN = 42;

/** Calls that read the spreadsheet; getRange/getRangeList/getRanges only make handles. */

type Globals = Record<string, unknown>;

/** Runs `body` with the emulator's SpreadsheetApp and Charts as the globals the writer uses. */
function withGlobals<T>(emulator: Emulator, body: () => T): T {
  const holder = globalThis as unknown as Globals;
  const { SpreadsheetApp, Charts } = emulator.globals();
  const saved = { SpreadsheetApp: holder.SpreadsheetApp, Charts: holder.Charts };
  holder.SpreadsheetApp = SpreadsheetApp;
  holder.Charts = Charts;
  try {
    return body();
  } finally {
    holder.SpreadsheetApp = saved.SpreadsheetApp;
    holder.Charts = saved.Charts;
  }
}

function layoutsFor(count: number, language: Language = "en"): MatrixLayouts {
  const config = parseConfig({ ...CONFIG, language });
  const rows = accountRows(count);
  const evaluation = evaluateAccounts(config, { headerRow: 1, headers: HEADERS, rows }, language);
  return buildMatrixLayouts({ evaluation, config, language, madeAt: "2026-01-01 10:00" });
}

function spreadsheet(count: number): Emulator {
  return Emulator.fromFixture({
    sheets: [
      { name: "Notes", rows: [["Unrelated", 1]] },
      { name: DATA_SHEET, rows: [HEADERS, ...accountRows(count)] },
    ],
  });
}

/** One write of both sheets: the counted calls in order. */
function write(emulator: Emulator, layouts: MatrixLayouts): readonly string[] {
  emulator.ledger.reset();
  withGlobals(emulator, () => writeGeneratedSheets(emulator.spreadsheet, layouts));
  return [...emulator.ledger.calls()];
}

describe("writeGeneratedSheets: calls for the two generated sheets", () => {
  const runs = [50, 5000].map((count) => {
    const emulator = spreadsheet(count);
    const layouts = layoutsFor(count);
    const first = write(emulator, layouts);
    const again = write(emulator, layouts);
    return { count, first, again };
  });

  it("stays at most 50 and the same for 50 and 5,000 accounts, first and again", () => {
    const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
    for (const pass of ["first", "again"] as const) {
      // The resize is deleteRows for a short table and insertRowsAfter for a long one: one call either way.
      const resize = (calls: readonly string[]) =>
        calls.map((c) => (c === "Sheet.deleteRows" || c === "Sheet.insertRowsAfter" ? "resize" : c));
      expect(resize(large[pass])).toEqual(resize(small[pass]));
      expect(small[pass].length).toBeLessThanOrEqual(MAX_WRITER_CALLS);
    }
    expect(small.first.length).toBeLessThanOrEqual(WRITER_FIRST);
    expect(small.again.length).toBeLessThanOrEqual(WRITER_AGAIN);
  });

  it("reads nothing after its first write", () => {
    for (const { first, again } of runs) {
      for (const calls of [first, again]) {
        const firstWrite = calls.findIndex((c) => WRITE_CALL.test(c));
        expect(firstWrite).toBeGreaterThan(0);
        expect(calls.slice(firstWrite).filter((c) => READ_CALL.test(c))).toEqual([]);
      }
    }
  });

  it("rebuilds the chart in place on a regeneration instead of removing and inserting it", () => {
    const { again } = runs[0]!;
    expect(again).toContain("Sheet.updateChart");
    expect(again).not.toContain("Sheet.removeChart");
    expect(again).not.toContain("Sheet.insertChart");
  });
});

describe("the tag records the settings the last generation wrote", () => {
  function tags(emulator: Emulator): Record<string, string> {
    return withGlobals(emulator, () =>
      Object.fromEntries(
        emulator.spreadsheet
          .createDeveloperMetadataFinder()
          .withKey(GENERATED_SHEET_KEY)
          .find()
          .map((m) => {
            const { role, settings } = parseTag(m.getValue());
            return [role, settings];
          }),
      ),
    );
  }

  it("tags each sheet with its role and its layout's settings", () => {
    const emulator = spreadsheet(20);
    const layouts = layoutsFor(20);
    write(emulator, layouts);
    expect(tags(emulator)).toEqual({
      overview: layoutSettings(layouts.overview),
      scores: layoutSettings(layouts.scores),
    });
  });

  it("writes frozen panes and widths again when the layout's differ (another language), then records them", () => {
    const emulator = spreadsheet(20);
    write(emulator, layoutsFor(20, "en"));
    const german = layoutsFor(20, "de");
    const calls = write(emulator, german);
    // The German headers are longer: the table's widths change, so they and the panes are written.
    expect(layoutSettings(german.scores)).not.toBe(layoutSettings(layoutsFor(20, "en").scores));
    expect(calls).toContain("Sheet.setColumnWidths");
    expect(calls).toContain("DeveloperMetadata.setValue");
    expect(tags(emulator).scores).toBe(layoutSettings(german.scores));
    const scores = emulator.spreadsheet.getSheetByName("KAM-Scores")!;
    for (const { col, width } of german.scores.columnWidths) expect(scores.getColumnWidth(col)).toBe(width);
    expect(write(emulator, german)).not.toContain("Sheet.setColumnWidths");
  });

  it("writes every setting for a sheet tagged with its role alone (an earlier version's tag)", () => {
    const emulator = spreadsheet(20);
    const layouts = layoutsFor(20);
    write(emulator, layouts);
    withGlobals(emulator, () => {
      for (const m of emulator.spreadsheet
        .createDeveloperMetadataFinder()
        .withKey(GENERATED_SHEET_KEY)
        .find())
        m.setValue(parseTag(m.getValue()).role);
    });
    const scores = emulator.spreadsheet.getSheetByName("KAM Scores")!;
    scores.setFrozenRows(0);
    scores.setColumnWidth(2, 40);
    const calls = write(emulator, layouts);
    expect(calls).toContain("Sheet.setFrozenRows");
    expect(scores.getFrozenRows()).toBe(layouts.scores.frozenRows);
    expect(scores.getColumnWidth(2)).toBe(
      layouts.scores.columnWidths.find((w) => w.col <= 2 && 2 < w.col + w.count)!.width,
    );
    expect(tags(emulator)).toEqual({
      overview: layoutSettings(layouts.overview),
      scores: layoutSettings(layouts.scores),
    });
  });
});
