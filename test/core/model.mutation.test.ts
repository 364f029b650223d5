import { parseConfig, type KamConfigInput } from "../../src/core/config";
import {
  evaluateAccounts,
  matrixReadiness,
  missingColumns,
  ModelError,
  rankAccounts,
  rescoreEvaluation,
  type AccountResult,
  type DataTable,
} from "../../src/core/model";

// The model's own rules, each checked where a wrong turn would change what a user sees: which cells count,
// which rows and columns warnings name, how ties rank, what the revenue figures do at their edges.

const base: KamConfigInput = {
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  criteria: [
    { name: "Need", column: "Need", axis: "attractiveness", weight: 3 },
    { name: "Budget", column: "Budget", axis: "attractiveness", weight: 1 },
    { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
  ],
};

function configWith(change: Partial<KamConfigInput> = {}) {
  return parseConfig({ ...base, ...change });
}

function tableOf(headers: string[], rows: unknown[][], headerRow = 1): DataTable {
  return { headerRow, headers, rows: rows as DataTable["rows"] };
}

const headers = ["Customer", "Need", "Budget", "Wallet"];

function only(table: DataTable, config = configWith()) {
  return evaluateAccounts(config, table);
}

function byName(accounts: AccountResult[], name: string): AccountResult {
  const found = accounts.find((a) => a.account === name);
  if (!found) throw new Error(`no account ${name}`);
  return found;
}

describe("skip rule: blank points and zero weights", () => {
  it("leaves a blank point out and re-normalises the other weights of its axis", () => {
    const result = only(tableOf(headers, [["A", "", 2, 8]]));
    const a = result.accounts[0]!;
    expect(a.points).toEqual([null, 2, 8]);
    // Only Budget (weight 1) is left on attractiveness: its point alone, not (3*0 + 1*2)/4.
    expect(a.attractiveness).toBe(2);
    expect(a.contributions[0]).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it("treats null, undefined and empty cells as blank, without a warning", () => {
    const result = only(
      tableOf(headers, [
        ["A", null, "", 8],
        ["B", undefined, 4, 8],
      ]),
    );
    expect(result.warnings).toEqual([]);
    expect(byName(result.accounts, "A").attractiveness).toBeNull();
    expect(byName(result.accounts, "B").attractiveness).toBe(4);
  });

  it("gives a criterion with weight 0 no say in the axis score, even with a point", () => {
    const config = configWith({
      criteria: [
        { name: "Need", column: "Need", axis: "attractiveness", weight: 0 },
        { name: "Budget", column: "Budget", axis: "attractiveness", weight: 1 },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
      ],
    });
    const a = only(tableOf(headers, [["A", 10, 2, 8]]), config).accounts[0]!;
    expect(a.points[0]).toBe(10);
    expect(a.attractiveness).toBe(2);
    expect(a.contributions[0]).toBeNull();
    expect(a.contributions[1]).toBeCloseTo(1);
  });

  it("gives no axis score when every point of the axis is blank, and scores on the other axis alone", () => {
    const a = only(tableOf(headers, [["A", "", "", 6]])).accounts[0]!;
    expect(a.attractiveness).toBeNull();
    expect(a.strength).toBe(6);
    expect(a.score).toBe(6);
    expect(a.quadrant).toBeNull();
    expect(a.marginToCut).toBeNull();
    expect(a.contributions).toEqual([null, null, 6]);
  });
});

describe("cells that cannot be used", () => {
  it("warns about text, naming the sheet row and the column, and still scores the rest", () => {
    const result = only(
      tableOf(
        headers,
        [
          ["A", 9, 9, 9],
          ["B", "lots", 4, 6],
        ],
        3,
      ),
    );
    expect(result.warnings).toEqual([
      { sheetRow: 5, column: "Need", message: 'the text "lots" is not a number' },
    ]);
    const b = byName(result.accounts, "B");
    expect(b.sheetRow).toBe(5);
    expect(b.attractiveness).toBe(4);
  });

  it("warns about points outside 1..scaleMax at both ends and uses neither", () => {
    const result = only(
      tableOf(headers, [
        ["A", 0, 11, 1],
        ["B", 1, 10, 10],
      ]),
    );
    expect(result.warnings).toEqual([
      { sheetRow: 2, column: "Need", message: "0 is outside the points scale 1 to 10" },
      { sheetRow: 2, column: "Budget", message: "11 is outside the points scale 1 to 10" },
    ]);
    const a = byName(result.accounts, "A");
    expect(a.points).toEqual([null, null, 1]);
    expect(byName(result.accounts, "B").points).toEqual([1, 10, 10]);
  });

  it("does not apply the points scale to numbers turned into points", () => {
    const config = configWith({
      criteria: [
        { name: "Size", column: "Need", axis: "attractiveness", weight: 1, input: "linear" },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
      ],
    });
    const result = only(
      tableOf(headers, [
        ["A", 0, 0, 5],
        ["B", 5000, 0, 5],
      ]),
      config,
    );
    expect(result.warnings).toEqual([]);
    expect(byName(result.accounts, "A").points[0]).toBe(1);
    expect(byName(result.accounts, "B").points[0]).toBe(10);
  });

  it("mirrors points where lower is better", () => {
    const config = configWith({
      criteria: [
        { name: "Risk", column: "Need", axis: "attractiveness", weight: 1, direction: "lower" },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
      ],
    });
    const result = only(
      tableOf(headers, [
        ["A", 2, 0, 5],
        ["B", 10, 0, 5],
      ]),
      config,
    );
    expect(byName(result.accounts, "A").points[0]).toBe(9);
    expect(byName(result.accounts, "B").points[0]).toBe(1);
  });

  it("reports a points column on the wrong scale from the values it found, out-of-range ones included", () => {
    const config = configWith({ scaleMax: 5 });
    const result = only(
      tableOf(headers, [
        ["A", 2, 3, 1],
        ["B", 9, 4, 2],
        ["C", "x", 5, 3],
      ]),
      config,
    );
    expect(result.scaleWarnings).toHaveLength(1);
    expect(result.scaleWarnings[0]).toMatchObject({ column: "Need", min: 2, max: 9 });
  });

  it("has no scale warning when the points fit the scale", () => {
    expect(
      only(
        tableOf(headers, [
          ["A", 1, 3, 10],
          ["B", 10, 4, 2],
        ]),
      ).scaleWarnings,
    ).toEqual([]);
  });
});

describe("rows and columns", () => {
  it("numbers sheet rows from the header row, counting the rows it skips", () => {
    const result = only(
      tableOf(
        headers,
        [
          ["A", 5, 5, 5],
          ["", 1, 1, 1],
          ["C", 5, 5, 5],
        ],
        4,
      ),
    );
    expect(result.accounts.map((a) => [a.account, a.sheetRow])).toEqual([
      ["A", 5],
      ["C", 7],
    ]);
  });

  it("trims account names and skips rows whose name is blank or missing", () => {
    const result = only(
      tableOf(headers, [
        ["  A  ", 5, 5, 5],
        [null, 1, 1, 1],
        ["   ", 1, 1, 1],
      ]),
    );
    expect(result.accounts.map((a) => a.account)).toEqual(["A"]);
  });

  it("names the field of a column that is not in the header row", () => {
    const missing = (config: ReturnType<typeof configWith>, hdrs: string[]) => {
      try {
        evaluateAccounts(config, tableOf(hdrs, []));
      } catch (error) {
        return [(error as ModelError).name, (error as ModelError).field, (error as Error).message];
      }
      return null;
    };
    expect(missing(configWith(), ["Need", "Budget", "Wallet"])).toEqual([
      "ModelError",
      "accountColumn",
      'The column "Customer" is not in the header row of the sheet "Accounts".',
    ]);
    expect(missing(configWith({ revenueColumn: "Revenue" }), headers)?.[1]).toBe("revenueColumn");
    expect(missing(configWith(), ["Customer", "Need", "Wallet"])?.[1]).toBe("criteria[1].column");
  });

  it("missingColumns lists each absent column once, revenue included", () => {
    const config = configWith({
      revenueColumn: "Revenue",
      criteria: [
        { name: "Rev", column: "Revenue", axis: "attractiveness", weight: 1, input: "linear" },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
      ],
    });
    expect(missingColumns(config, ["Customer"])).toEqual(["Revenue", "Wallet"]);
    expect(missingColumns(config, ["Customer", "Revenue", "Wallet"])).toEqual([]);
    expect(missingColumns(configWith(), ["Need"])).toEqual(["Customer", "Budget", "Wallet"]);
  });

  it("matrixReadiness names each axis without a weighted criterion", () => {
    expect(matrixReadiness(configWith())).toEqual([]);
    const noStrength = configWith({
      criteria: [
        { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 0 },
      ],
    });
    expect(matrixReadiness(noStrength)).toEqual([
      "There is no criterion with a weight above 0 on the relative strength axis.",
    ]);
    expect(matrixReadiness(noStrength, "de")).toHaveLength(1);
    expect(matrixReadiness(noStrength, "de")[0]).not.toBe(matrixReadiness(noStrength)[0]);
  });
});

describe("revenue", () => {
  const revHeaders = ["Customer", "Need", "Budget", "Wallet", "Revenue"];
  const withRevenue = (change: Partial<KamConfigInput> = {}) =>
    configWith({ revenueColumn: "Revenue", ...change });

  it("shares out the listed revenues and warns about negative or text revenue", () => {
    const result = evaluateAccounts(
      withRevenue(),
      tableOf(revHeaders, [
        ["A", 5, 5, 5, 300],
        ["B", 5, 5, 5, -10],
        ["C", 5, 5, 5, "n/a"],
        ["D", 5, 5, 5, 100],
        ["E", 5, 5, 5, ""],
      ]),
    );
    expect(result.warnings).toEqual([
      { sheetRow: 3, column: "Revenue", message: "revenue -10 is negative" },
      { sheetRow: 4, column: "Revenue", message: 'the text "n/a" is not a number' },
    ]);
    const a = byName(result.accounts, "A");
    expect(a.revenue).toBe(300);
    expect(a.share).toBe(0.75);
    expect(a.abc).toBe("A");
    expect(byName(result.accounts, "D").share).toBe(0.25);
    for (const name of ["B", "C", "E"]) {
      const x = byName(result.accounts, name);
      expect([x.revenue, x.share, x.abc]).toEqual([null, null, null]);
    }
    expect(result.concentration?.customers).toBe(2);
  });

  it("accepts a revenue of 0 without a warning", () => {
    const result = evaluateAccounts(
      withRevenue(),
      tableOf(revHeaders, [
        ["A", 5, 5, 5, 0],
        ["B", 5, 5, 5, 10],
      ]),
    );
    expect(result.warnings).toEqual([]);
    expect(byName(result.accounts, "A").share).toBe(0);
  });

  it("shares against the company total when one is set, equal to the listed sum included", () => {
    const rows = [
      ["A", 5, 5, 5, 300],
      ["B", 5, 5, 5, 100],
    ];
    const result = evaluateAccounts(withRevenue({ totalRevenue: 1000 }), tableOf(revHeaders, rows));
    expect(byName(result.accounts, "A").share).toBe(0.3);
    const exact = evaluateAccounts(withRevenue({ totalRevenue: 400 }), tableOf(revHeaders, rows));
    expect(byName(exact.accounts, "A").share).toBe(0.75);
  });

  it("refuses a company total below the listed revenues, naming the field", () => {
    const rows = [
      ["A", 5, 5, 5, 300],
      ["B", 5, 5, 5, 100],
    ];
    let thrown: unknown;
    try {
      evaluateAccounts(withRevenue({ totalRevenue: 399 }), tableOf(revHeaders, rows));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ModelError);
    expect((thrown as ModelError).field).toBe("totalRevenue");
    expect((thrown as Error).message).toBe(
      'The total revenue in the settings (399) is smaller than the revenues listed in "Accounts" (400).',
    );
  });

  it("has no shares, classes or concentration without a revenue column or when all revenue is 0", () => {
    const none = only(tableOf(headers, [["A", 5, 5, 5]]), configWith({ totalRevenue: 100 }));
    expect(none.concentration).toBeNull();
    expect(none.accounts[0]!.share).toBeNull();
    expect(none.accounts[0]!.revenue).toBeNull();
    const zero = evaluateAccounts(
      withRevenue(),
      tableOf(revHeaders, [
        ["A", 5, 5, 5, 0],
        ["B", 5, 5, 5, 0],
      ]),
    );
    expect(zero.concentration).toBeNull();
    expect(zero.accounts.map((a) => a.share)).toEqual([null, null]);
    expect(zero.accounts.map((a) => a.revenue)).toEqual([0, 0]);
  });

  it("gives revenue shares but no classes when the listed revenue is 0 against a company total", () => {
    const result = evaluateAccounts(
      withRevenue({ totalRevenue: 50 }),
      tableOf(revHeaders, [["A", 5, 5, 5, 0]]),
    );
    expect(result.accounts[0]!.share).toBe(0);
    expect(result.accounts[0]!.abc).toBeNull();
  });
});

describe("ranking", () => {
  it("ranks by KAM score, ties in sheet order, unscored accounts last", () => {
    const result = only(
      tableOf(headers, [
        ["Unscored", "", "", ""],
        ["Low", 2, 2, 2],
        ["TieFirst", 6, 6, 6],
        ["Top", 9, 9, 9],
        ["TieSecond", 6, 6, 6],
        ["AlsoUnscored", "", "", ""],
      ]),
    );
    expect(result.accounts.map((a) => [a.account, a.rank])).toEqual([
      ["Top", 1],
      ["TieFirst", 2],
      ["TieSecond", 3],
      ["Low", 4],
      ["Unscored", 5],
      ["AlsoUnscored", 6],
    ]);
  });

  it("counts accounts per quadrant, unscored ones in none", () => {
    const result = only(
      tableOf(headers, [
        ["KA", 9, 9, 9],
        ["KD", 9, 9, 2],
        ["M", 2, 2, 9],
        ["O", 2, 2, 2],
        ["O2", 1, 1, 1],
        ["None", "", "", 3],
      ]),
    );
    expect(result.quadrantCounts).toEqual({
      keyAccount: 1,
      keyDevelopment: 1,
      maintenance: 1,
      opportunistic: 2,
    });
    expect(byName(result.accounts, "KD").quadrant).toBe("keyDevelopment");
    expect(byName(result.accounts, "M").quadrant).toBe("maintenance");
  });

  it("rankAccounts orders a list with nulls either side of a comparison", () => {
    const make = (sheetRow: number, score: number | null) =>
      ({ sheetRow, score, quadrant: null }) as AccountResult;
    const list = [make(2, null), make(3, 4), make(4, null), make(5, 7), make(6, 4)];
    rankAccounts(list);
    expect(list.map((a) => [a.sheetRow, a.rank])).toEqual([
      [5, 1],
      [3, 2],
      [6, 3],
      [2, 4],
      [4, 5],
    ]);
  });
});

describe("scores, contributions and sensitivity per account", () => {
  it("contributions add up to the KAM score with unequal axis weights", () => {
    const config = configWith({ axisWeights: { attractiveness: 3, strength: 1 } });
    const a = only(tableOf(headers, [["A", 8, 4, 2]]), config).accounts[0]!;
    expect(a.attractiveness).toBe(7);
    expect(a.strength).toBe(2);
    expect(a.score).toBeCloseTo((3 * 7 + 2) / 4);
    expect(a.contributions[0]).toBeCloseTo((0.75 * 3 * 8) / 4);
    expect(a.contributions[1]).toBeCloseTo((0.75 * 1 * 4) / 4);
    expect(a.contributions[2]).toBeCloseTo(0.25 * 2);
    const sum = a.contributions.reduce<number>((s, c) => s + (c ?? 0), 0);
    expect(sum).toBeCloseTo(a.score!);
    expect(a.drivers).toEqual([0, 1]);
  });

  it("gives no contributions on an axis whose share of the KAM score is 0", () => {
    const config = configWith({ axisWeights: { attractiveness: 1, strength: 0 } });
    const a = only(tableOf(headers, [["A", 8, 4, 2]]), config).accounts[0]!;
    expect(a.score).toBe(7);
    expect(a.contributions[2]).toBeNull();
    expect(a.contributions[0]).toBeCloseTo(6);
  });

  it("works out the margin to the nearer cut, and a flip only where a weight can move the account", () => {
    // Both attractiveness points equal and one strength criterion: no weight change moves either score.
    const a = only(tableOf(headers, [["A", 6, 6, 5]])).accounts[0]!;
    expect(a.quadrant).toBe("keyDevelopment");
    expect(a.marginToCut).toBeCloseTo(0.5);
    expect(a.flip).toBeNull();
    const b = only(tableOf(headers, [["B", 8, 2, 5]])).accounts[0]!;
    expect(b.attractiveness).toBe(6.5);
    expect(b.flip).not.toBeNull();
  });

  it("rescoreEvaluation gives what a fresh evaluation under the new weights gives", () => {
    const table = tableOf(headers, [
      ["A", 9, 2, 8],
      ["B", 2, 9, 5],
      ["C", "", "", ""],
    ]);
    const before = only(table);
    const changed = configWith({
      criteria: [
        { name: "Need", column: "Need", axis: "attractiveness", weight: 1 },
        { name: "Budget", column: "Budget", axis: "attractiveness", weight: 5 },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
      ],
      cuts: { attractiveness: 4, strength: 4 },
    });
    const rescored = rescoreEvaluation(before, changed);
    const fresh = only(table, changed);
    expect(rescored.accounts).toEqual(fresh.accounts);
    expect(rescored.quadrantCounts).toEqual(fresh.quadrantCounts);
    expect(rescored.accounts.map((a) => a.account)).not.toEqual(before.accounts.map((a) => a.account));
    expect(rescored.warnings).toBe(before.warnings);
  });
});

describe("what the tests above leave open", () => {
  it("missingColumns lists a revenue column that no criterion reads", () => {
    const config = configWith({ revenueColumn: "Revenue" });
    expect(missingColumns(config, ["Customer", "Need", "Budget", "Wallet"])).toEqual(["Revenue"]);
  });

  it("rankAccounts breaks ties by sheet row and puts unscored accounts last, from any starting order", () => {
    const make = (sheetRow: number, score: number | null) =>
      ({ sheetRow, score, quadrant: null }) as AccountResult;
    const orders = [
      [make(9, null), make(6, 4), make(2, null), make(3, 4), make(8, 7), make(4, 4)],
      [make(2, null), make(3, null), make(4, 1), make(5, 2), make(6, 1)],
      [make(7, 1), make(6, 1), make(5, null), make(4, null), make(3, 2), make(2, 2)],
    ];
    const expected = [
      [8, 3, 4, 6, 2, 9],
      [5, 4, 6, 2, 3],
      [2, 3, 6, 7, 4, 5],
    ];
    orders.forEach((list, i) => {
      rankAccounts(list);
      expect(list.map((a) => a.sheetRow)).toEqual(expected[i]);
      expect(list.map((a) => a.rank)).toEqual(list.map((_, k) => k + 1));
    });
  });
});
