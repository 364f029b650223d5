import { Parser } from "node-sql-parser";
import { parseConfig, type KamConfig } from "../../../src/core/config";
import { evaluateAccounts } from "../../../src/core/model";
import { sampleConfig } from "../../../src/core/sampleData";
import { BIGQUERY, DUCKDB } from "../../../src/core/sql/dialect";
import { modelSql } from "../../../src/core/sql/modelSql";
import { differences } from "./compare";
import { openDuckDb, query } from "./duckdb";
import { readGoogleSqlQuoted } from "./googleSql";

/** Names that end a quoted name or a literal, start a comment or a second statement, or break a line. */
const HOSTILE = [
  'Umsatz"; DROP TABLE accounts; --',
  "Ruf`) AS x FROM t; SELECT (`",
  "it's 'quoted'",
  "semi;colon -- comment",
  "line\nbreak\r\nand\ttab",
  "/* not a comment */",
  "back\\slash\\",
  "Größe € ✓",
  "\\'; --",
];

function hostileModel(): { config: KamConfig; headers: string[] } {
  const [account, revenue, a, b, c, d, e, f, g] = HOSTILE as [string, ...string[]];
  const config = parseConfig({
    version: 1,
    dataSheet: "x'; DROP TABLE y; --",
    accountColumn: account,
    revenueColumn: revenue,
    totalRevenue: 1e7,
    criteria: [
      { name: a, column: a as string, axis: "attractiveness", weight: 2, input: "linear" },
      { name: b, column: b as string, axis: "attractiveness", weight: 1, input: "log" },
      { name: c, column: c as string, axis: "strength", weight: 3, input: "rank", direction: "lower" },
      { name: d, column: d as string, axis: "strength", weight: 1, input: "points" },
      { name: e, column: e as string, axis: "strength", weight: 1, input: "points" },
      { name: f, column: f as string, axis: "attractiveness", weight: 1, input: "points" },
      { name: g, column: g as string, axis: "attractiveness", weight: 0, input: "points" },
    ],
  });
  return { config, headers: HOSTILE };
}

describe("names from the configuration cannot break the query", () => {
  it("quotes every hostile name so that DuckDB reads back exactly that name, and a text exactly that text", async () => {
    const db = await openDuckDb();
    try {
      for (const name of HOSTILE) {
        const reader = await db.connection.runAndReadAll(
          `SELECT ${DUCKDB.string(name)} AS ${DUCKDB.identifier(name)}`,
        );
        expect(reader.columnNames()).toEqual([name]);
        expect(reader.getRowsJS()).toEqual([[name]]);
      }
    } finally {
      db.close();
    }
  });

  it("quotes every hostile name so that GoogleSQL's escapes read back exactly that name, with no raw line break", () => {
    for (const name of HOSTILE) {
      for (const quoted of [BIGQUERY.identifier(name), BIGQUERY.string(name)]) {
        expect(quoted).not.toMatch(/[\n\r]/);
        expect(readGoogleSqlQuoted(quoted)).toEqual({ value: name, end: quoted.length });
      }
    }
  });

  it("runs on DuckDB over a table with hostile headers and a hostile table name, with the engine's numbers", async () => {
    const { config, headers } = hostileModel();
    const rows = [
      ["Nordwind", 600, 10, 5, 3, 7, 2, 9, 1],
      ["Alpenblick", 300, 20, 50, 3, 4, "n/a", 8, 1],
      ["Kessler", 100, 30, 500, 1, 9, 5, "", 1],
    ];
    const table = 'accounts"; DROP TABLE accounts; --';
    const db = await openDuckDb();
    try {
      const columns = headers.map((h) => `${DUCKDB.identifier(h)} VARCHAR`);
      await db.connection.run(`CREATE TABLE ${DUCKDB.identifier(table)} (${columns.join(", ")})`);
      const values = rows.map(
        (r) => `(${r.map((v) => (v === "" ? "NULL" : DUCKDB.string(String(v)))).join(", ")})`,
      );
      await db.connection.run(`INSERT INTO ${DUCKDB.identifier(table)} VALUES ${values.join(", ")}`);
      const sql = modelSql(config, { dialect: "duckdb", table });
      const expected = evaluateAccounts(config, { headers, rows, headerRow: 1 });
      const result = await query(db.connection, sql.scores);
      expect(differences(config, expected, result, "en")).toEqual([]);
      expect(await query(db.connection, sql.concentration as string)).toHaveLength(1);
      // The table is still there: nothing was dropped.
      expect(await query(db.connection, `SELECT COUNT(*) AS n FROM ${DUCKDB.identifier(table)}`)).toEqual([
        { n: 3 },
      ]);
    } finally {
      db.close();
    }
  });

  it("gives bigquery texts that a GoogleSQL parser reads as one SELECT each", () => {
    const parser = new Parser();
    // node-sql-parser's BigQuery grammar lacks the \` escape inside a quoted name that GoogleSQL has, so the
    // names with a backtick are held by the escape test above instead.
    const { config } = hostileModel();
    const parseable = parseConfig({
      ...config,
      revenueColumn: (config.revenueColumn as string).replace(/`/g, ""),
      criteria: config.criteria.map((c) => ({ ...c, column: c.column.replace(/`/g, "") })),
    });
    const models = [parseable, parseConfig({ ...sampleConfig("de"), language: "de", totalRevenue: 1e12 })];
    for (const model of models) {
      const sql = modelSql(model, { dialect: "bigquery", table: "my-project.sales.accounts 2026" });
      for (const text of [sql.scores, sql.concentration as string]) {
        const ast = parser.astify(text, { database: "BigQuery" });
        const statements = Array.isArray(ast) ? ast : [ast];
        expect(statements.map((s) => s.type)).toEqual(["select"]);
      }
    }
    // The parser is no rubber stamp: it refuses the duckdb text and a text cut short.
    const duckdb = modelSql(models[1] as KamConfig, { dialect: "duckdb", table: "accounts" }).scores;
    expect(() => parser.astify(duckdb, { database: "BigQuery" })).toThrow();
    const bigquery = modelSql(models[1] as KamConfig, { dialect: "bigquery", table: "accounts" }).scores;
    expect(() =>
      parser.astify(bigquery.slice(0, Math.floor(bigquery.length / 2)), { database: "BigQuery" }),
    ).toThrow();
  });
});
