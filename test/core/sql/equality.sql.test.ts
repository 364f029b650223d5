import { parseConfig, type KamConfig } from "../../../src/core/config";
import { evaluateAccounts, type DataTable } from "../../../src/core/model";
import { modelSql } from "../../../src/core/sql/modelSql";
import { concentrationDifferences, differences } from "./compare";
import { loadCsvTable, openDuckDb, query } from "./duckdb";
import { randomCase } from "./randomModel";
import { sizeFor } from "../../support/mutationRun";

// The JavaScript engine is the reference: DuckDB running the generated query gives its numbers.
describe("the duckdb query equals evaluateAccounts", () => {
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  beforeAll(async () => {
    db = await openDuckDb();
  });
  afterAll(() => db.close());

  async function check(seed: number, accounts: number): Promise<void> {
    const { config, table } = randomCase(seed, accounts);
    const expected = evaluateAccounts(config, table);
    await loadCsvTable(db.connection, "accounts", table.headers, table.rows);
    const sql = modelSql(config, { dialect: "duckdb", table: "accounts" });
    const rows = await query(db.connection, sql.scores);
    expect({ seed, problems: differences(config, expected, rows, "en") }).toEqual({ seed, problems: [] });
    const summary = sql.concentration === null ? [] : await query(db.connection, sql.concentration);
    expect({ seed, problems: concentrationDifferences(expected, summary, "en") }).toEqual({
      seed,
      problems: [],
    });
  }

  it("on 60 random models and tables of 1 to 300 accounts", async () => {
    const models = sizeFor(60, 12);
    for (let seed = 1; seed <= models; seed++) await check(seed, 1 + ((seed * 37) % 300));
  });

  it("on a random model and 100,000 accounts", async () => {
    await check(4242, sizeFor(100_000, 2_000));
  });
});

// Scales the random models seldom reach: one anchor fixed and every value beyond it, all values equal.
describe("the duckdb query equals evaluateAccounts on the edges of a scale", () => {
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  beforeAll(async () => {
    db = await openDuckDb();
  });
  afterAll(() => db.close());

  const values = [3, 5, 8, 12];
  /** Four accounts scored on `criterion` (its column "Value") and on a points criterion of the other axis. */
  async function check(criterion: object, column = values, headers = ["Customer", "Value", "Fit"]) {
    const config: KamConfig = parseConfig({
      version: 1,
      dataSheet: "Accounts",
      accountColumn: "Customer",
      criteria: [
        { name: "Value", column: "Value", axis: "attractiveness", weight: 1, ...criterion },
        { name: "Fit", column: "Fit", axis: "strength", weight: 1 },
      ],
    });
    const table: DataTable = {
      headerRow: 1,
      headers,
      rows: column.map((v, i) => [`Account ${i + 1}`, v, 2 + 2 * i]),
    };
    const expected = evaluateAccounts(config, table);
    await loadCsvTable(db.connection, "accounts", headers, table.rows);
    const sql = modelSql(config, { dialect: "duckdb", table: "accounts", headers });
    const rows = await query(db.connection, sql.scores);
    expect(differences(config, expected, rows, "en")).toEqual([]);
    return expected;
  }

  it.each([
    ["linear", { low: 100 }, 1],
    ["linear", { high: 1 }, 10],
    ["log", { low: 100 }, 1],
    ["log", { high: 1 }, 10],
  ])("%s with every value beyond its one fixed anchor %j", async (input, anchor, points) => {
    const expected = await check({ input, ...anchor });
    expect(expected.accounts.map((a) => a.points[0])).toEqual([points, points, points, points]);
  });

  it.each(["linear", "log"])("%s with every value equal gives the midpoint", async (input) => {
    const expected = await check({ input }, [7, 7, 7, 7]);
    const midpoint = (1 + 10) / 2;
    expect(expected.accounts.map((a) => a.points[0])).toEqual([midpoint, midpoint, midpoint, midpoint]);
  });

  it("reads the columns as the sheet's headers spell them, the first column included", async () => {
    const expected = await check({ input: "linear" }, values, ["CUSTOMER", "VALUE", "fit"]);
    expect(expected.accounts).toHaveLength(4);
  });
});

describe("a company total below the listed revenues", () => {
  it("stops the query as it stops the engine", async () => {
    const { config, table } = randomCase(7, 50);
    config.revenueColumn = "Revenue";
    config.totalRevenue = 1;
    table.rows[0]![0] = "Customer with revenue";
    table.rows[0]![1] = 5000;
    expect(() => evaluateAccounts(config, table)).toThrow();
    const db = await openDuckDb();
    try {
      await loadCsvTable(db.connection, "accounts", table.headers, table.rows);
      const sql = modelSql(config, { dialect: "duckdb", table: "accounts" });
      await expect(query(db.connection, sql.scores)).rejects.toThrow(
        /smaller than the sum of the listed revenues/,
      );
      await expect(query(db.connection, sql.concentration as string)).rejects.toThrow(/smaller than the sum/);
    } finally {
      db.close();
    }
  });
});
