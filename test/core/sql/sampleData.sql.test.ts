import { parseConfig } from "../../../src/core/config";
import { evaluateAccounts } from "../../../src/core/model";
import { sampleAccounts, sampleConfig } from "../../../src/core/sampleData";
import { modelSql } from "../../../src/core/sql/modelSql";
import { concentrationDifferences, differences } from "./compare";
import { loadCsvTable, openDuckDb, query } from "./duckdb";

// The "done when": the sample exported as CSV, the duckdb query run over it, gives the matrix's numbers.
describe("the model as SQL over the sample data exported as CSV", () => {
  it.each(["en", "de"] as const)(
    "gives the matrix's numbers for every sample account (%s)",
    async (language) => {
      const sample = sampleAccounts(language);
      const config = parseConfig({ ...sampleConfig(language), language });
      const expected = evaluateAccounts(
        config,
        { headers: sample.headers, rows: sample.rows, headerRow: 1 },
        language,
      );
      const db = await openDuckDb();
      try {
        await loadCsvTable(db.connection, "Sample accounts", sample.headers, sample.rows);
        const sql = modelSql(config, { dialect: "duckdb", table: "Sample accounts" });
        const rows = await query(db.connection, sql.scores);
        expect(rows).toHaveLength(40);
        expect(differences(config, expected, rows, language)).toEqual([]);
        const summary = await query(db.connection, sql.concentration as string);
        expect(concentrationDifferences(expected, summary, language)).toEqual([]);
      } finally {
        db.close();
      }
    },
  );
});
