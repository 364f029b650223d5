import { parseConfig } from "../../src/core/config";
import { QUADRANT_LABELS } from "../../src/core/i18n";
import { HEADER_ROW, MATRIX_SHEET_NAME, SHARE_AMBER, SHARE_RED } from "../../src/core/matrixLayout";
import { evaluateAccounts } from "../../src/core/model";
import type { Emulator } from "../emulator";
import { CONFIG, DATA_SHEET, HEADERS, accountRows, setup, writeTexts, type Setup } from "./matrixFixtures";

type Dump = ReturnType<Emulator["dump"]>;
type SheetDump = Dump["sheets"][number];

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

/** Accounts with the injection names typed as text into the data sheet, as a person would enter them. */
function injectionSetup(count = 50): Setup {
  const s = setup(accountRows(count));
  writeTexts(s.emulator, DATA_SHEET, 2, 1, INJECTIONS);
  return s;
}

describe("generateKaismMatrix", () => {
  const { emulator, runner } = injectionSetup();
  const rows = accountRows(50).map((r, i) =>
    i < INJECTIONS.length ? [INJECTIONS[i] as string, ...r.slice(1)] : r,
  );
  const config = parseConfig(CONFIG);
  const expected = evaluateAccounts(config, { headerRow: 1, headers: HEADERS, rows });
  const dataBefore = sheetOf(emulator.dump(), DATA_SHEET);
  const notesBefore = sheetOf(emulator.dump(), "Notes");
  const result = runner.run("generateKaismMatrix");
  const dump = emulator.dump();
  const matrix = sheetOf(dump, MATRIX_SHEET_NAME);
  const table = matrix.values.slice(HEADER_ROW, HEADER_ROW + expected.accounts.length);

  it("returns the summary PRODUCT.md names", () => {
    expect(result).toEqual({
      sheetName: MATRIX_SHEET_NAME,
      accounts: 50,
      quadrants: expected.quadrantCounts,
    });
    const q = expected.quadrantCounts;
    expect(q.keyAccount + q.keyDevelopment + q.maintenance + q.opportunistic).toBe(50);
    expect(emulator.ui.alerts).toEqual([]);
    expect(emulator.ui.toasts.length).toBeGreaterThanOrEqual(2);
    expect(dump.activeSheet).toBe(MATRIX_SHEET_NAME);
  });

  it("writes the ranked table with src/core's results", () => {
    expect(matrix.values[HEADER_ROW - 1]?.slice(0, 8)).toEqual([
      "Rank",
      "Account",
      "Attractiveness",
      "Relative strength",
      "KAM score",
      "Quadrant",
      "Revenue",
      "Revenue share",
    ]);
    expected.accounts.forEach((a, i) => {
      const row = table[i]!;
      expect(row.slice(0, 9)).toEqual([
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
      expect(row.slice(9, 9 + config.criteria.length)).toEqual(a.points);
    });
  });

  it("agrees with the PRODUCT.md formulas: weighted means, cuts, shares, ranking", () => {
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
    for (const row of table) {
      const points = row.slice(9, 9 + weights.length) as number[];
      const attractiveness = mean(points, (j) => config.criteria[j]!.axis === "attractiveness");
      const strength = mean(points, (j) => config.criteria[j]!.axis === "strength");
      expect(row[2]).toBeCloseTo(attractiveness, 10);
      expect(row[3]).toBeCloseTo(strength, 10);
      expect(row[4]).toBeCloseTo(
        mean(points, () => true),
        10,
      );
      const high = (v: number) => v >= 5.5;
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
      const dataRow = row[9 + weights.length] as number;
      expect(dataBefore.values[dataRow - 1]?.[0]).toBe(row[1]);
    }
  });

  it("shows scores to one decimal and shares as percent", () => {
    const first = HEADER_ROW + 1;
    expect(matrix.numberFormats[`C${first}`]).toBe("0.0");
    expect(matrix.numberFormats[`E${first}`]).toBe("0.0");
    expect(matrix.numberFormats[`H${first}`]).toBe("0.0%");
    const score = table[0]![4] as number;
    expect(emulator.displayed(MATRIX_SHEET_NAME, `E${first}`).value).toBe(score.toFixed(1));
  });

  it("keeps account names that look like formulas as plain text", () => {
    const names = table.map((r) => r[1]);
    for (const name of INJECTIONS) expect(names).toContain(name);
    expect(Object.keys(matrix.formulas)).toEqual([]);
    for (const name of INJECTIONS) {
      const i = names.indexOf(name);
      expect(emulator.displayed(MATRIX_SHEET_NAME, `B${HEADER_ROW + 1 + i}`).value).toBe(name);
    }
  });

  it("names every account in exactly one quadrant block", () => {
    const listed = new Map<string, number>();
    const labels = Object.values(QUADRANT_LABELS.en);
    // The blocks are the columns right of the table whose first row names a quadrant.
    matrix.values.forEach((row) =>
      row.forEach((v) => {
        const m = typeof v === "string" ? /^#(\d+) (.*)$/.exec(v) : null;
        if (m) listed.set(m[2]!, (listed.get(m[2]!) ?? 0) + 1);
      }),
    );
    for (const a of expected.accounts) expect(listed.get(a.account)).toBe(1);
    const titles = matrix.values
      .flat()
      .filter((v) => typeof v === "string" && labels.some((l) => v.startsWith(`${l} (`)));
    expect(titles).toHaveLength(4);
  });

  it("has the rules, the bubble chart, the frozen header and a warning-only protection", () => {
    const rules = matrix.conditionalFormatRules;
    expect(rules.filter((r) => r.gradient)).toHaveLength(1);
    expect(rules.filter((r) => r.boolean?.criteria === "TEXT_EQUAL_TO")).toHaveLength(4);
    expect(
      rules.some((r) => r.boolean?.criteria === "NUMBER_GREATER_THAN" && r.boolean.background === SHARE_RED),
    ).toBe(true);
    expect(matrix.charts).toHaveLength(1);
    const chart = matrix.charts[0]!;
    expect(chart.type).toBe("BUBBLE");
    expect(String(chart.options.title)).toContain("high strength on the right");
    expect(chart.ranges[0]).toMatch(/^'KAISM Matrix'!/);
    expect(matrix.frozenRows).toBe(HEADER_ROW);
    expect(Object.keys(matrix.columnWidths).length).toBeGreaterThan(0);
    const protections = dump.protections.filter((p) => p.sheet === MATRIX_SHEET_NAME);
    expect(protections).toEqual([expect.objectContaining({ type: "SHEET", warningOnly: true })]);
  });

  it("touches no other sheet", () => {
    expect(sheetOf(dump, DATA_SHEET)).toEqual(dataBefore);
    expect(sheetOf(dump, "Notes")).toEqual(notesBefore);
  });

  it("gives the same sheet, in the same place, when generated again; the data sheet stays byte for byte", () => {
    const first = emulator.dump();
    const index = sheetOf(first, MATRIX_SHEET_NAME).index;
    runner.run("generateKaismMatrix");
    const second = emulator.dump();
    expect(stable(second)).toEqual(stable(first));
    expect(JSON.stringify(sheetOf(second, DATA_SHEET))).toBe(JSON.stringify(dataBefore));
    expect(sheetOf(second, MATRIX_SHEET_NAME).index).toBe(index);
    expect(second.protections.filter((p) => p.sheet === MATRIX_SHEET_NAME)).toHaveLength(1);
  });
});

describe("revenue concentration colours", () => {
  it("shows a 60% account's share in red and a 10% one in amber", () => {
    const others = accountRows(20).map((r, i): (string | number)[] => [
      r[0]!,
      i === 0 ? 25_000 : 2_000,
      ...r.slice(2),
    ]);
    const sumOthers = others.reduce((s, r) => s + (r[1] as number), 0);
    const big = ["Big Customer GmbH", sumOthers * 1.5, 2_000_000, 10, 0.9, 10];
    const { emulator, runner } = setup([big, ...others]);
    runner.run("generateKaismMatrix");
    const matrix = sheetOf(emulator.dump(), MATRIX_SHEET_NAME);
    const rowOf = (name: string) =>
      HEADER_ROW + 1 + matrix.values.slice(HEADER_ROW).findIndex((r) => r[1] === name);
    const bigRow = rowOf("Big Customer GmbH");
    const share = emulator.displayed(MATRIX_SHEET_NAME, `H${bigRow}`);
    expect(share.value).toBe("60.0%");
    expect(share.background).toBe(SHARE_RED);
    const tenRow = rowOf(others[0]![0] as string);
    expect(matrix.values[tenRow - 1]?.[7]).toBeCloseTo(25_000 / (sumOthers * 2.5));
    expect(emulator.displayed(MATRIX_SHEET_NAME, `H${tenRow}`).background).toBe(SHARE_AMBER);
    expect(matrix.values.flat()).toContain("Mono-customer");
  });
});

describe("batching", () => {
  // A first generation and a regeneration (50 and 49 calls in the emulator's ledger, builder factories
  // counted): each is a distinct step. A new call must earn its place here. Three of them look for a Key
  // Account Plan to refresh (its developer metadata).
  const MAX_CALLS = 50;

  function calls(count: number): { total: number; byMethod: Record<string, number> } {
    const { emulator, runner } = setup(accountRows(count));
    runner.run("generateKaismMatrix");
    return { total: emulator.ledger.total(), byMethod: emulator.ledger.byMethod() };
  }

  it("makes as many Spreadsheet-service calls for 5,000 accounts as for 50", () => {
    const small = calls(50);
    const large = calls(5000);
    expect(large.total).toBe(small.total);
    // The only difference: a fresh sheet has 1,000 rows, so 50 accounts drop rows where 5,000 add them.
    const resize = ({ byMethod }: { byMethod: Record<string, number> }) => {
      const { ["Sheet.deleteRows"]: less = 0, ["Sheet.insertRowsAfter"]: more = 0, ...rest } = byMethod;
      return { ...rest, resize: less + more };
    };
    expect(resize(large)).toEqual(resize(small));
    expect(small.total).toBeLessThanOrEqual(MAX_CALLS);
  });

  it("regenerating a sheet of 5,000 accounts with 50 also costs the same", () => {
    const { emulator, runner } = setup(accountRows(5000));
    runner.run("generateKaismMatrix");
    emulator.ledger.reset();
    runner.run("generateKaismMatrix");
    const again = emulator.ledger.total();
    const small = setup(accountRows(50));
    small.runner.run("generateKaismMatrix");
    small.emulator.ledger.reset();
    small.runner.run("generateKaismMatrix");
    expect(again).toBe(small.emulator.ledger.total());
    expect(again).toBeLessThanOrEqual(MAX_CALLS);
  });
});
