import { perTest } from "../support/perTest";
import { parseConfig } from "../../src/core/config";
import { evaluateAccounts, matrixReadiness, missingColumns, ModelError } from "../../src/core/model";

const config = parseConfig({
  version: 1,
  dataSheet: "Accounts",
  headerRow: 1,
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 2, input: "linear" },
    { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
    { name: "Share of wallet", column: "Wallet", axis: "strength", weight: 1 },
  ],
});

const table = {
  headerRow: 1,
  headers: ["Customer", "Revenue", "Need", "Wallet"],
  rows: [
    ["Alpha GmbH", 600, 10, 9],
    ["  ", 999, 1, 1],
    ["Beta AG", 300, 4, 2],
    ["Gamma Ltd", 100, "n/a", 6],
  ],
};

describe("evaluateAccounts", () => {
  const result = perTest(() => evaluateAccounts(config, table));

  it("ignores rows whose account name is blank", () => {
    expect(
      result()
        .accounts.map((a) => a.account)
        .sort(),
    ).toEqual(["Alpha GmbH", "Beta AG", "Gamma Ltd"]);
    expect(result().concentration?.customers).toBe(3);
  });

  it("computes points, axis scores and the KAM score as weighted means", () => {
    const alpha = result().accounts[0]!;
    // Revenue linear over 100..600: Alpha 10, Beta 1 + 200/500*9 = 4.6, Gamma 1.
    expect(alpha.points).toEqual([10, 10, 9]);
    expect(alpha.attractiveness).toBeCloseTo(10);
    expect(alpha.strength).toBeCloseTo(9);
    // Two-level weights: the mean of the two axis scores (axisWeights 1 and 1), not of all criteria.
    expect(alpha.score).toBeCloseTo((10 + 9) / 2);
    const beta = result().accounts.find((a) => a.account === "Beta AG")!;
    expect(beta.points[0]).toBeCloseTo(4.6);
    expect(beta.attractiveness).toBeCloseTo((2 * 4.6 + 4) / 3);
  });

  it("skips an unusable cell, re-normalises the weights and reports where it was", () => {
    const gamma = result().accounts.find((a) => a.account === "Gamma Ltd")!;
    expect(gamma.points).toEqual([1, null, 6]);
    expect(gamma.attractiveness).toBeCloseTo(1);
    expect(result().warnings).toEqual([
      { sheetRow: 5, column: "Need", message: 'the text "n/a" is not a number' },
    ]);
  });

  it("places accounts in quadrants by the cuts and ranks them by score", () => {
    expect(result().accounts.map((a) => a.rank)).toEqual([1, 2, 3]);
    expect(result().accounts[0]!.quadrant).toBe("keyAccount");
    expect(result().quadrantCounts).toEqual({
      keyAccount: 1,
      keyDevelopment: 0,
      maintenance: 1,
      opportunistic: 1,
    });
  });

  it("computes shares, ABC classes and concentration over the listed revenue", () => {
    const alpha = result().accounts[0]!;
    expect(alpha.share).toBeCloseTo(0.6);
    expect(alpha.abc).toBe("A");
    expect(result().concentration?.monoCustomer).toBe(true);
  });

  it("names a missing column", () => {
    const renamed = { ...table, headers: ["Customer", "Umsatz", "Need", "Wallet"] };
    expect(() => evaluateAccounts(config, renamed)).toThrow(ModelError);
    expect(() => evaluateAccounts(config, renamed)).toThrow(
      'The column "Revenue" is not in the header row of the sheet "Accounts".',
    );
    expect(missingColumns(config, renamed.headers)).toEqual(["Revenue"]);
  });

  it("has no shares or concentration without a revenue column, even with a company total", () => {
    const { revenueColumn: _unused, ...withoutRevenue } = config;
    const result = evaluateAccounts({ ...withoutRevenue, totalRevenue: 5000 }, table);
    expect(result.concentration).toBeNull();
    expect(result.accounts.every((a) => a.share === null && a.abc === null)).toBe(true);
  });

  it("refuses a total revenue below the listed revenues", () => {
    expect(() => evaluateAccounts({ ...config, totalRevenue: 500 }, table)).toThrow(
      /smaller than the revenues/,
    );
  });

  it("mirrors points criteria with direction lower", () => {
    const lower = parseConfig({
      ...config,
      criteria: [{ name: "Cost", column: "Need", axis: "attractiveness", weight: 1, direction: "lower" }],
    });
    expect(evaluateAccounts(lower, table).accounts.find((a) => a.account === "Alpha GmbH")!.points).toEqual([
      1,
    ]);
  });
});

describe("evaluateAccounts in German", () => {
  it("words the warnings in German and still names the row and column", () => {
    const result = evaluateAccounts(config, table, "de");
    expect(result.warnings).toEqual([
      { sheetRow: 5, column: "Need", message: "der Text „n/a“ ist keine Zahl" },
    ]);
    const odd = { ...table, rows: [["Alpha GmbH", -600, 10.5, 9]] };
    expect(evaluateAccounts(config, odd, "de").warnings).toEqual([
      { sheetRow: 2, column: "Need", message: "10,5 liegt außerhalb der Punkteskala 1 bis 10" },
      { sheetRow: 2, column: "Revenue", message: "der Umsatz -600 ist negativ" },
    ]);
  });

  it("names a missing column and its sheet in German", () => {
    const renamed = { ...table, headers: ["Customer", "Umsatz", "Need", "Wallet"] };
    expect(() => evaluateAccounts(config, renamed, "de")).toThrow(
      "Die Spalte „Revenue“ steht nicht in der Kopfzeile des Blatts „Accounts“.",
    );
  });

  it("refuses a total revenue below the listed revenues in German, with both figures", () => {
    expect(() => evaluateAccounts({ ...config, totalRevenue: 500.5 }, table, "de")).toThrow(
      "Der Gesamtumsatz in den Einstellungen (500,5) ist kleiner als die Summe der Umsätze in „Accounts“ (1000).",
    );
  });
});

describe("matrixReadiness", () => {
  it("asks for a weighted criterion on each axis", () => {
    expect(matrixReadiness(config)).toEqual([]);
    const noStrength = parseConfig({ ...config, criteria: [config.criteria[0]] });
    expect(matrixReadiness(noStrength)).toEqual([
      "There is no criterion with a weight above 0 on the relative strength axis.",
    ]);
  });

  it("asks in German, naming the axis", () => {
    const none = parseConfig({ ...config, criteria: [] });
    expect(matrixReadiness(none, "de")).toEqual([
      "Auf der Achse Attraktivität hat kein Kriterium ein Gewicht über 0.",
      "Auf der Achse relative Stärke hat kein Kriterium ein Gewicht über 0.",
    ]);
  });
});
