import { perTest } from "../../support/perTest";
import { parseConfig } from "../../../src/core/config";
import { modelSql } from "../../../src/core/sql/modelSql";

// The generated text itself: what DuckDB's results cannot show (equality.sql.test.ts runs the queries).
const config = parseConfig({
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  revenueColumn: "Revenue",
  criteria: [
    { name: "Fit", column: "Fit", axis: "attractiveness", weight: 2 },
    { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 1, input: "linear" },
    { name: "Orders", column: "Orders", axis: "strength", weight: 1, input: "log" },
    { name: "Visits", column: "Visits", axis: "strength", weight: 1, input: "rank" },
    { name: "Paused", column: "Paused", axis: "strength", weight: 0 },
  ],
});
// Made in each test (test/support/perTest.ts), so the mutation run sees the mutated query.
const sql = perTest(() => modelSql(config, { dialect: "duckdb", table: "accounts" }));

/** The criterion numbers j of every `<name>_j` the query defines (`AS <name>_j`). */
function defined(text: string, name: string): number[] {
  const found = [...text.matchAll(new RegExp(`AS ${name}_(\\d+)\\b`, "g"))].map((m) => Number(m[1]));
  return [...new Set(found)].sort();
}

describe("modelSql's text", () => {
  it("opens each query with a comment naming what it computes and the dialect", () => {
    expect(sql().scores.split("\n").slice(0, 2)).toEqual([
      "-- Key Account Matrix: KAM score, quadrant, revenue share and ABC class per account (duckdb).",
      "-- Generated from the KAM Criteria model; regenerate it after changing the model.",
    ]);
    expect(sql().concentration?.split("\n")[0]).toBe(
      "-- Key Account Matrix: revenue concentration, as KAM_CONCENTRATION (duckdb).",
    );
  });

  it("computes a scale's figures only for the criteria whose input needs them", () => {
    // linear (1) and log (2) need their lowest and highest value; rank (3) its count and its runs.
    expect(defined(sql().scores, "low")).toEqual([1, 2]);
    expect(defined(sql().scores, "high")).toEqual([1, 2]);
    expect(defined(sql().scores, "count")).toEqual([3]);
    expect(defined(sql().scores, "run_value")).toEqual([3]);
    expect(defined(sql().scores, "point")).toEqual([0, 1, 2, 3, 4]);
  });

  it("leaves a criterion with weight 0 out of its axis's sums", () => {
    expect(sql().scores).toContain("2 * point_0");
    expect(sql().scores).toContain("1 * point_3");
    expect(sql().scores).not.toMatch(/\* point_4/);
  });

  it("writes each column as the sheet's header spells it, when the headers are given", () => {
    const headers = ["CUSTOMER", "fit", "Revenue", "ORDERS", "visits", "Paused"];
    const spelled = modelSql(config, { dialect: "duckdb", table: "accounts", headers }).scores;
    expect(spelled).toContain('"CUSTOMER"');
    expect(spelled).toContain('"ORDERS"');
    expect(spelled).not.toContain('"Customer"');
    // Without headers, or for a column the headers lack, the configured name.
    expect(sql().scores).toContain('"Customer"');
    const partial = modelSql(config, { dialect: "duckdb", table: "accounts", headers: ["CUSTOMER"] }).scores;
    expect(partial).toContain('"Orders"');
  });
});
