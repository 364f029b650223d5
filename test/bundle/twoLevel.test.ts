import { parseConfig } from "../../src/core/config";
import { SCORES_SHEET_NAME } from "../../src/core/matrixLayout";
import { effectiveWeights } from "../../src/core/weights";
import { CONFIG, accountRows, setup } from "../server/matrixFixtures";

/**
 * Issue 15's two-level weights through the built Code.js: the matrix's KAM score is the axis-weighted mean of
 * the two axis scores, whatever scale one axis's weights are on, and KAM_SCORE with the effective weights
 * (what KAM_WEIGHTS holds) gives the same number.
 */
type Table = { header: string[]; rows: unknown[][] };

function generate(config: object): Table {
  const { emulator, runner } = setup(accountRows(30), config);
  runner.run("generateKaismMatrix");
  // The ranked table: its header in row 1, one row per account below.
  const sheet = emulator.dump().sheets.find((s) => s.name === SCORES_SHEET_NAME)!;
  const header = sheet.values[0]!.map(String);
  const rows = sheet.values.slice(1, 31);
  return { header, rows };
}

const column = (t: Table, name: string) => {
  const index = t.header.indexOf(name);
  if (index < 0) throw new Error(`no column ${name} in ${t.header.join(", ")}`);
  return index;
};
const byAccount = (t: Table, name: string) =>
  new Map(t.rows.map((r) => [r[column(t, "Account")] as string, r[column(t, name)] as number]));

describe("two-level weights in the built Code.js", () => {
  const plain = generate(CONFIG);

  it("the KAM score equals (a*A + s*S) / (a + s) with the default axis weights 1 and 1", () => {
    for (const row of plain.rows) {
      const a = row[column(plain, "Attractiveness")] as number;
      const s = row[column(plain, "Relative strength")] as number;
      expect(row[column(plain, "KAM score")]).toBeCloseTo((a + s) / 2, 12);
    }
  });

  it("the KAM score and the ranking do not change when one axis's weights are all multiplied by 100", () => {
    const scaled = generate({
      ...CONFIG,
      criteria: CONFIG.criteria.map((c) => (c.axis === "strength" ? { ...c, weight: c.weight * 100 } : c)),
    });
    const before = byAccount(plain, "KAM score");
    const after = byAccount(scaled, "KAM score");
    for (const [account, score] of before) expect(after.get(account)).toBeCloseTo(score, 12);
    expect(scaled.rows.map((r) => r[column(scaled, "Account")])).toEqual(
      plain.rows.map((r) => r[column(plain, "Account")]),
    );
  });

  it("KAM_SCORE(points, effective weights) equals the matrix's KAM score for every account", () => {
    const { runner } = setup(accountRows(1), CONFIG);
    const config = parseConfig(CONFIG);
    const pointColumns = config.criteria.map((c) => column(plain, `Points: ${c.name}`));
    const points = plain.rows.map((r) => pointColumns.map((j) => r[j] as number));
    const scores = runner.run("KAM_SCORE", points, [effectiveWeights(config)]) as number[][];
    plain.rows.forEach((row, i) =>
      expect(scores[i]![0]).toBeCloseTo(row[column(plain, "KAM score")] as number, 12),
    );
    // and the contributions of KAM_CONTRIBUTION add up to it
    const parts = runner.run("KAM_CONTRIBUTION", points, [effectiveWeights(config)]) as number[][];
    parts.forEach((row, i) =>
      expect(row.reduce((s, c) => s + c, 0)).toBeCloseTo(
        plain.rows[i]![column(plain, "KAM score")] as number,
        12,
      ),
    );
  });
});
