import { SCORES_SHEET_NAME, MATRIX_SHEET_NAME, SHEET_TEXTS } from "../../src/core/matrixLayout";
import { ON_THE_EDGE } from "../../src/core/sensitivity";
import { AppsScriptRunner, Emulator } from "../emulator";

/**
 * Issue 15's "Done when" on the sample, through the built Code.js as a person would do it: insert the
 * sample, generate, type the attractiveness weights as fractions into KAM Criteria, generate again.
 */
type Dump = ReturnType<Emulator["dump"]>;
const CRITERIA_SHEET = "KAM Criteria";

function sheetOf(dump: Dump, name: string) {
  const sheet = dump.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The ranked table as rows of objects by header. */
function table(emulator: Emulator): Record<string, unknown>[] {
  const [header, ...rows] = sheetOf(emulator.dump(), SCORES_SHEET_NAME).values;
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, j) => [String(h), r[j]])));
}

function sample() {
  const emulator = Emulator.fromFixture({ sheets: [{ name: "Sheet1" }] });
  const runner = new AppsScriptRunner(emulator);
  runner.run("insertSampleData");
  runner.run("generateKaismMatrix");
  return { emulator, runner };
}

/** Types each attractiveness weight divided by 100 (30/20/10/15/15/10 become 0.3/0.2/0.1/0.15/0.15/0.1). */
function typeAttractivenessWeightsAsFractions(emulator: Emulator): number[] {
  const sheet = emulator.spreadsheet.getSheetByName(CRITERIA_SHEET)!;
  const values = sheet.getDataRange().getValues();
  const headerRow = values.findIndex((r) => r[0] === "Criterion");
  const axis = values[headerRow]!.indexOf("Axis");
  const weight = values[headerRow]!.indexOf("Weight");
  const typed: number[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    if (values[r]![axis] !== "attractiveness") continue;
    const fraction = (values[r]![weight] as number) / 100;
    sheet.getRange(r + 1, weight + 1).setValue(fraction);
    typed.push(fraction);
  }
  return typed;
}

describe("the sample's scores a manager can trust (issue 15, through the built Code.js)", () => {
  it("typing the attractiveness weights as 0.3/0.2/0.1/... changes nothing in the ranking or the scores", () => {
    const { emulator, runner } = sample();
    const before = table(emulator);
    const typed = typeAttractivenessWeightsAsFractions(emulator);
    expect(typed).toEqual([0.3, 0.2, 0.1, 0.15, 0.15, 0.1]);
    runner.run("generateKaismMatrix");
    expect(emulator.ui.alerts.filter((a) => /not generated|nicht erstellt/.test(a.title ?? ""))).toEqual([]);
    const after = table(emulator);
    expect(after.map((r) => r["Account"])).toEqual(before.map((r) => r["Account"]));
    before.forEach((row, i) => {
      for (const column of ["KAM score", "Attractiveness", "Relative strength", "Margin to cut"])
        expect(after[i]![column]).toBeCloseTo(row[column] as number, 10);
      expect(after[i]!["Quadrant"]).toBe(row["Quadrant"]);
      expect(after[i]!["Weight change to flip"]).toBe(row["Weight change to flip"]);
    });
  });

  it("shows the account closest to a cut as on the edge, with what would flip it, in both sheets", () => {
    const { emulator } = sample();
    const rows = table(emulator);
    const closest = [...rows].sort(
      (x, y) => (x["Margin to cut"] as number) - (y["Margin to cut"] as number),
    )[0]!;
    const flip = String(closest["Weight change to flip"]);
    // "+4.1% Reputation": the change, in percent of its axis's weight, is under the edge's 10%.
    const match = /^([+-])(\d+(?:\.\d+)?)% (.+)$/.exec(flip);
    expect(match).not.toBeNull();
    expect(Number(match![2]) / 100).toBeLessThan(ON_THE_EDGE);
    const overview = sheetOf(emulator.dump(), MATRIX_SHEET_NAME).values;
    const heading = overview.findIndex((r) => String(r[0]).startsWith("On the edge:"));
    expect(heading).toBeGreaterThan(0);
    const onEdge = rows.filter((r) => {
      const m = /^[+-](\d+(?:\.\d+)?)% /.exec(String(r["Weight change to flip"]));
      return m !== null && Number(m[1]) / 100 < ON_THE_EDGE;
    });
    expect(overview[heading]![0]).toBe(SHEET_TEXTS.en.edge(onEdge.length, ON_THE_EDGE));
    const listed = overview
      .slice(heading + 2)
      .filter((r) => String(r[1]).startsWith(`${closest["Rank"] as number}. `));
    expect(listed).toHaveLength(1);
    expect(listed[0]!.slice(2, 5)).toEqual([closest["Margin to cut"], closest["Quadrant"], flip]);
  });
});
