import { parseConfig } from "../../src/core/config";
import { evaluateAccounts, missingColumns } from "../../src/core/model";
import {
  FORMULA_ROW,
  SAMPLE_ACCOUNTS,
  SAMPLE_SHEET_NAME,
  formulasSheet,
  sampleAccounts,
  sampleConfig,
  seededRandom,
} from "../../src/core/sampleData";

describe.each(["en", "de"] as const)("sample data (%s)", (language) => {
  const sample = sampleAccounts(language);
  const config = parseConfig(sampleConfig(language));
  const evaluation = evaluateAccounts(config, { headerRow: 1, headers: sample.headers, rows: sample.rows });

  it("is the same every time", () => {
    expect(sampleAccounts(language)).toEqual(sample);
    expect(formulasSheet(language)).toEqual(formulasSheet(language));
  });

  it("has about 40 distinct customers, German and international", () => {
    expect(sample.rows).toHaveLength(SAMPLE_ACCOUNTS);
    expect(SAMPLE_ACCOUNTS).toBeGreaterThanOrEqual(35);
    const names = sample.rows.map((r) => r[0] as string);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /GmbH|AG$|KG$/.test(n)).length).toBeGreaterThan(10);
    expect(names.filter((n) => /Ltd|Inc\.|S\.A|SA$|plc|LLC|Oy|AB$|B\.V\./.test(n)).length).toBeGreaterThan(8);
    for (const row of sample.rows) expect(row).toHaveLength(sample.headers.length);
  });

  it("has a long-tail revenue with one customer near 35%", () => {
    const c = evaluation.concentration!;
    expect(c.largestShare).toBeGreaterThan(0.33);
    expect(c.largestShare).toBeLessThan(0.37);
    expect(c.monoCustomer).toBe(false);
    expect(c.top5Share).toBeGreaterThan(0.6);
    const shares = evaluation.accounts.map((a) => a.share!).sort((a, b) => a - b);
    expect(shares[Math.floor(shares.length / 2)]).toBeLessThan(0.02);
  });

  it("matches its criteria: every column exists, ten preset criteria, both axes weighted", () => {
    expect(config.dataSheet).toBe(SAMPLE_SHEET_NAME);
    expect(missingColumns(config, sample.headers)).toEqual([]);
    expect(config.criteria).toHaveLength(10);
    expect(config.criteria.filter((c) => c.axis === "strength").length).toBe(4);
    expect(evaluation.warnings).toEqual([]);
  });

  it("spreads the accounts over all four quadrants", () => {
    for (const count of Object.values(evaluation.quadrantCounts)) expect(count).toBeGreaterThanOrEqual(3);
    const top = evaluation.accounts.find((a) => a.share === evaluation.concentration?.largestShare);
    expect(top?.quadrant).toBe("keyAccount");
  });

  it("shows each of the six custom functions on the sample columns", () => {
    const f = formulasSheet(language);
    const all = f.formulas.join(" ");
    for (const fn of [
      "KAM_SCORE",
      "REVENUE_SHARE",
      "KAM_POINTS",
      "KAM_QUADRANT",
      "KAM_CONCENTRATION",
      "KAM_ABC",
    ]) {
      expect(all).toContain(`${fn}(`);
    }
    expect(f.texts[FORMULA_ROW - 2]).toEqual(f.formulas);
    // The referenced columns hold what the headings say.
    const letter = (header: string) => String.fromCharCode(65 + sample.headers.indexOf(header));
    const revenue = letter(config.revenueColumn!);
    expect(f.formulas).toContain(`=REVENUE_SHARE('${SAMPLE_SHEET_NAME}'!${revenue}2:${revenue}41)`);
    const cost = config.criteria.find((c) => c.direction === "lower")!;
    expect(all).toContain(`'${SAMPLE_SHEET_NAME}'!${letter(cost.column)}2:`);
    expect(f.formats).toHaveLength(f.resultRows);
  });
});

describe("seededRandom", () => {
  it("gives the same sequence for a seed, in [0, 1)", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
