import { parseConfig, validateConfig } from "../../src/core/config";
import {
  CONFIG_COLUMNS,
  FIRST_CRITERION_ROW,
  a1,
  cellOfPath,
  columnLetter,
  configToGrid,
  gridToConfigInput,
  layoutProblems,
  settingRow,
  textCell,
} from "../../src/adapters/configLayout";

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
    expect(need[4]).toMatch(/^=IFERROR\(/);
    expect(need[9]).toBe('=IF(AND(OR(C14="attractiveness",C14="Attraktivität"),ISNUMBER(D14)),D14,0)');
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
    expect(reading.criterionRows).toEqual([13, 14, 15]);
    expect(validateConfig(reading.input)).toEqual({ ok: true, config });
  });

  it("skips a row someone emptied and keeps counting sheet rows for messages", () => {
    const grid = asRead(configToGrid(config, "en"));
    grid.splice(FIRST_CRITERION_ROW, 0, new Array(CONFIG_COLUMNS).fill(""));
    expect(gridToConfigInput(grid).criterionRows).toEqual([13, 15, 16]);
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
  });
});
