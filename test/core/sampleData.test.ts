import { onFirstUse } from "../support/onFirstUse";
import { parseConfig } from "../../src/core/config";
import { evaluateAccounts, missingColumns } from "../../src/core/model";
import { PRESETS } from "../../src/core/presets";
import {
  FORMULA_ROW,
  SAMPLE_ACCOUNTS,
  SAMPLE_SHEET_NAME,
  formulasSheet,
  sampleAccounts,
  sampleConfig,
  seededRandom,
} from "../../src/core/sampleData";
import { CUSTOM_FUNCTIONS } from "../support/customFunctionNames";

describe.each(["en", "de"] as const)("sample data (%s)", (language) => {
  const sample = sampleAccounts(language);
  const config = parseConfig(sampleConfig(language));
  const evaluation = onFirstUse(() =>
    evaluateAccounts(config, { headerRow: 1, headers: sample.headers, rows: sample.rows }),
  );

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
    const c = evaluation().concentration!;
    expect(c.largestShare).toBeGreaterThan(0.33);
    expect(c.largestShare).toBeLessThan(0.37);
    expect(c.monoCustomer).toBe(false);
    expect(c.top5Share).toBeGreaterThan(0.6);
    const shares = evaluation()
      .accounts.map((a) => a.share!)
      .sort((a, b) => a - b);
    expect(shares[Math.floor(shares.length / 2)]).toBeLessThan(0.02);
  });

  it("matches its criteria: every column exists, ten preset criteria, both axes weighted", () => {
    expect(config.dataSheet).toBe(SAMPLE_SHEET_NAME);
    expect(missingColumns(config, sample.headers)).toEqual([]);
    expect(config.criteria).toHaveLength(10);
    expect(config.criteria.filter((c) => c.axis === "strength").length).toBe(4);
    expect(evaluation().warnings).toEqual([]);
  });

  it("spreads the accounts over all four quadrants", () => {
    for (const count of Object.values(evaluation().quadrantCounts)) expect(count).toBeGreaterThanOrEqual(3);
    const top = evaluation().accounts.find((a) => a.share === evaluation().concentration?.largestShare);
    expect(top?.quadrant).toBe("keyAccount");
  });

  it("shows each of the seven custom functions on the sample columns", () => {
    const f = formulasSheet(language);
    const all = f.formulas.join(" ");
    for (const fn of CUSTOM_FUNCTIONS) expect(all).toContain(`${fn}(`);
    // Row 4 shows each formula of row 5 through FORMULATEXT, so the text follows the spreadsheet's locale.
    expect(f.formulaTexts).toEqual(
      f.formulas.map((formula, i) =>
        formula === "" ? "" : `=FORMULATEXT(${String.fromCharCode(65 + i)}${FORMULA_ROW})`,
      ),
    );
    // The referenced columns hold what the headings say.
    const letter = (header: string) => String.fromCharCode(65 + sample.headers.indexOf(header));
    const revenue = letter(config.revenueColumn!);
    expect(f.formulas).toContain(`=REVENUE_SHARE('${SAMPLE_SHEET_NAME}'!${revenue}2:${revenue}41)`);
    const cost = config.criteria.find((c) => c.direction === "lower")!;
    expect(all).toContain(`'${SAMPLE_SHEET_NAME}'!${letter(cost.column)}2:`);
    expect(f.formats).toHaveLength(f.resultRows);
    for (const line of f.formats) expect(line).toHaveLength(f.formulas.length);
    expect(f.widths).toHaveLength(f.formulas.length);
    expect(f.texts[2]).toHaveLength(f.formulas.length);
    // The revenue's points are "log", as the revenue preset's (a long tail).
    expect(f.formulas).toContain(
      `=KAM_POINTS('${SAMPLE_SHEET_NAME}'!${revenue}2:${revenue}41, "higher", 10, "log")`,
    );
    // KAM_CONTRIBUTION takes the very points and weights of the attractiveness KAM_SCORE.
    const score = f.formulas.find((x) => x.startsWith("=KAM_SCORE("))!;
    expect(f.formulas).toContain(score.replace("KAM_SCORE", "KAM_CONTRIBUTION"));
  });
});

describe.each(["en", "de"] as const)("the Formulas sheet's formulas in every locale (%s)", (language) => {
  const f = formulasSheet(language);

  it("use no array literal with separators and no decimal number", () => {
    for (const formula of [...f.formulas, ...f.formulaTexts]) {
      expect(formula).not.toMatch(/\{[^}]*[,;\\][^}]*\}/);
      expect(formula).not.toMatch(/\d\.\d/);
    }
  });

  it("read KAM_SCORE's weights from cells that hold the presets' weights beside their names", () => {
    const score = f.formulas.filter((x) => x.startsWith("=KAM_SCORE("));
    expect(score).toHaveLength(2);
    const { row, column, cells } = f.weights;
    const weightColumn = String.fromCharCode(65 + column);
    for (const formula of score) {
      const [, from, to] = /\$([A-Z])\$(\d+):\$\1\$(\d+)\)$/.exec(formula)!.slice(1);
      expect(/\$([A-Z])\$/.exec(formula)![1]).toBe(weightColumn);
      for (let r = Number(from); r <= Number(to); r++) {
        const [name, weight] = cells[r - row]!;
        const preset = PRESETS.find((p) => p.names[language] === name)!;
        expect(weight).toBe(preset.weight);
      }
    }
    // Below KAM_CONCENTRATION's rows, so its results never spill into the weights.
    expect(row).toBeGreaterThan(FORMULA_ROW + 9 - 1);
  });

  it("has a fingerprint per version and language", () => {
    expect(f.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(formulasSheet(language).fingerprint).toBe(f.fingerprint);
    expect(formulasSheet(language === "en" ? "de" : "en").fingerprint).not.toBe(f.fingerprint);
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
