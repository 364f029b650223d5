import { parseConfig } from "../../../src/core/config";
import { sampleConfig } from "../../../src/core/sampleData";
import { DIALECT_DIFFERENCES, DUCKDB } from "../../../src/core/sql/dialect";
import { modelSql } from "../../../src/core/sql/modelSql";
import { readGoogleSqlQuoted } from "./googleSql";
import { randomCase } from "./randomModel";

/** Rewrites exactly the constructs of DIALECT_DIFFERENCES in a bigquery text into their duckdb form. */
function bigqueryToDuckdb(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "`" || c === "'") {
      const { value, end } = readGoogleSqlQuoted(text, i);
      out += c === "`" ? DUCKDB.identifier(value) : DUCKDB.string(value);
      i = end;
    } else if (text.startsWith("--", i)) {
      const end = text.indexOf("\n", i);
      out += text.slice(i, end).replace("(bigquery)", "(duckdb)");
      i = end;
    } else {
      const match = /^SAFE_CAST\(|^FLOAT64\b/.exec(text.slice(i, i + 10));
      if (match) {
        out += match[0] === "FLOAT64" ? "DOUBLE" : "TRY_CAST(";
        i += match[0].length;
      } else {
        out += c;
        i++;
      }
    }
  }
  return out;
}

describe("the two dialects", () => {
  it("differ in the documented constructs only", () => {
    expect(DIALECT_DIFFERENCES.map((d) => d.construct)).toEqual([
      "quoted name",
      "text literal",
      "cell to number",
      "double type",
      "dialect named in the first comment line",
    ]);
    const configs = [parseConfig({ ...sampleConfig("de"), language: "de", totalRevenue: 1e12 })];
    for (let seed = 1; seed <= 30; seed++) configs.push(randomCase(seed, 5).config);
    for (const config of configs) {
      for (const table of ["accounts", "my-project.sales.Kunden 2026"]) {
        const bigquery = modelSql(config, { dialect: "bigquery", table });
        const duckdb = modelSql(config, { dialect: "duckdb", table });
        expect(bigqueryToDuckdb(bigquery.scores)).toBe(duckdb.scores);
        expect(bigqueryToDuckdb(bigquery.concentration ?? "")).toBe(duckdb.concentration ?? "");
        expect(bigquery.scores).not.toBe(duckdb.scores);
      }
    }
  });

  it("refuses an unknown dialect and an empty table name", () => {
    const config = parseConfig(sampleConfig("en"));
    expect(() => modelSql(config, { dialect: "postgres" as "duckdb", table: "t" })).toThrow(
      /Unknown SQL dialect/,
    );
    expect(() => modelSql(config, { dialect: "duckdb", table: " " })).toThrow(/table name/);
    expect(() => modelSql(config, { dialect: "duckdb", table: "a..b" })).toThrow(/empty part/);
  });
});
