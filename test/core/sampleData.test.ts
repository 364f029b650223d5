import { perTest } from "../support/perTest";
import { columnLetter } from "../../src/core/a1";
import { parseConfig } from "../../src/core/config";
import { evaluateAccounts, missingColumns } from "../../src/core/model";
import { PRESETS, presetByKey, REVENUE_PRESET, type PresetKey } from "../../src/core/presets";
import {
  FORMULA_ROW,
  SAMPLE_ACCOUNTS,
  SAMPLE_PRESETS,
  SAMPLE_SHEET_NAME,
  TOP_CUSTOMER_SHARE,
  fingerprintOf,
  formulasSheet,
  sampleAccounts,
  sampleConfig,
  seededRandom,
} from "../../src/core/sampleData";
import { CUSTOM_FUNCTIONS } from "../support/customFunctionNames";

/*
 * Everything a test checks is made inside the test (perTest): the mutation run switches a mutant on only while
 * a test runs, and runs only the tests that executed it (test/support/perTest.ts).
 */

/** Pearson correlation of two equally long number lists. */
function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] as number;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

const RATED: readonly PresetKey[] = ["orderStability", "need", "reputation", "satisfaction", "productFit"];

describe.each(["en", "de"] as const)("sample data (%s)", (language) => {
  const sample = perTest(() => sampleAccounts(language));
  const config = perTest(() => parseConfig(sampleConfig(language)));
  const evaluation = perTest(() =>
    evaluateAccounts(config(), { headerRow: 1, headers: sample().headers, rows: sample().rows }),
  );
  /** The sample's cells in the column of a preset. */
  const column = (key: PresetKey) => {
    const index = sample().headers.indexOf(presetByKey(key).names[language]);
    expect(index).toBeGreaterThanOrEqual(2);
    return sample().rows.map((r) => r[index]);
  };
  const numbers = (key: PresetKey) => column(key).filter((v): v is number => typeof v === "number");

  it("is the same every time", () => {
    expect(sampleAccounts(language)).toEqual(sample());
    expect(formulasSheet(language)).toEqual(formulasSheet(language));
  });

  it("has about 40 distinct customers, German and international", () => {
    expect(sample().rows).toHaveLength(SAMPLE_ACCOUNTS);
    expect(SAMPLE_ACCOUNTS).toBeGreaterThanOrEqual(35);
    const names = sample().rows.map((r) => r[0] as string);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /GmbH|AG$|KG$/.test(n)).length).toBeGreaterThan(10);
    expect(names.filter((n) => /Ltd|Inc\.|S\.A|SA$|plc|LLC|Oy|AB$|B\.V\./.test(n)).length).toBeGreaterThan(8);
    for (const row of sample().rows) expect(row).toHaveLength(sample().headers.length);
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

  it("gives the first customer TOP_CUSTOMER_SHARE of the revenue, to the thousand", () => {
    const revenue = column("currentRevenue") as number[];
    const others = revenue.slice(1).reduce((s, v) => s + v, 0);
    // top / (top + others) = share, so top = share / (1 - share) * others, rounded to a thousand.
    const exact = (TOP_CUSTOMER_SHARE / (1 - TOP_CUSTOMER_SHARE)) * others;
    expect(Math.abs((revenue[0] as number) - exact)).toBeLessThanOrEqual(500);
    expect(Math.max(...revenue.slice(1))).toBeLessThan(revenue[0] as number);
  });

  it("has revenues in whole thousands, positive, falling off like a long tail, and not sorted in the sheet", () => {
    const revenue = column("currentRevenue");
    for (const v of revenue) {
      expect(typeof v).toBe("number");
      expect(v as number).toBeGreaterThanOrEqual(1000);
      expect((v as number) % 1000).toBe(0);
    }
    const others = (revenue.slice(1) as number[]).sort((a, b) => b - a);
    // A long tail: the largest of the others is many times the median and the smallest.
    expect(others[0]! / others[Math.floor(others.length / 2)]!).toBeGreaterThan(10);
    expect(others[0]! / others[others.length - 1]!).toBeGreaterThan(30);
    // Shuffled, so the sheet is not sorted already: below the first row, the revenue's rank has little to do
    // with the row (Spearman's rank correlation near 0; sorted rows would give -1 or 1).
    const rows = revenue.slice(1) as number[];
    const rank = (v: number) => rows.filter((x) => x > v).length;
    expect(
      Math.abs(
        correlation(
          rows.map((_, i) => i),
          rows.map(rank),
        ),
      ),
    ).toBeLessThan(0.5);
  });

  it("leaves exactly one revenue potential blank; the others are 110% to 170% of revenue plus up to 4 million", () => {
    const potential = column("potentialRevenue");
    const revenue = column("currentRevenue") as number[];
    expect(potential.filter((v) => v === "")).toHaveLength(1);
    potential.forEach((v, i) => {
      if (v === "") return;
      expect(typeof v).toBe("number");
      const p = v as number;
      expect(p % 1000).toBe(0);
      expect(p).toBeGreaterThanOrEqual(1.1 * revenue[i]! - 500);
      expect(p).toBeLessThanOrEqual(1.7 * revenue[i]! + 4_000_000 + 500);
    });
    // The blank is missing, not an error: that account still gets a score from its other criteria.
    const blank = potential.indexOf("");
    const account = evaluation().accounts.find((a) => a.sheetRow === blank + 2)!;
    expect(account.score).toEqual(expect.any(Number));
  });

  it("has a cost to serve of 4,000 plus up to 40,000 plus 1% of revenue, to the hundred", () => {
    const cost = column("costToServe");
    const revenue = column("currentRevenue") as number[];
    cost.forEach((v, i) => {
      expect(typeof v).toBe("number");
      const c = v as number;
      expect(c % 100).toBe(0);
      expect(c).toBeGreaterThanOrEqual(4_000 + 0.01 * revenue[i]! - 50);
      expect(c).toBeLessThanOrEqual(44_000 + 0.01 * revenue[i]! + 50);
    });
    // Less attractive accounts cost more to serve: the extra cost varies between accounts.
    const extra = cost.map((v, i) => (v as number) - 0.01 * revenue[i]!);
    expect(Math.max(...extra) - Math.min(...extra)).toBeGreaterThan(10_000);
  });

  it("has share of wallet in whole percents from 2% to 95%, spread between accounts", () => {
    const share = column("shareOfWallet");
    for (const v of share) {
      expect(typeof v).toBe("number");
      expect(v as number).toBeGreaterThanOrEqual(0.02);
      expect(v as number).toBeLessThanOrEqual(0.95);
      expect(Math.abs((v as number) * 100 - Math.round((v as number) * 100))).toBeLessThan(1e-9);
    }
    const values = share as number[];
    expect(values.filter((v) => v < 0.3).length).toBeGreaterThanOrEqual(5);
    expect(values.filter((v) => v > 0.6).length).toBeGreaterThanOrEqual(5);
  });

  it("has relationship stages 1 to 5, each used", () => {
    const stage = column("relationshipStage");
    for (const v of stage) expect(Number.isInteger(v)).toBe(true);
    expect(new Set(stage)).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it.each(RATED)("rates %s in whole points 1 to 10, using the low and the high end", (key) => {
    const points = column(key) as number[];
    for (const v of points) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(10);
    }
    expect(points.filter((v) => v <= 3).length).toBeGreaterThanOrEqual(1);
    expect(points.filter((v) => v >= 8).length).toBeGreaterThanOrEqual(5);
    expect(new Set(points).size).toBeGreaterThanOrEqual(6);
  });

  it("drives an axis's criteria by one latent value with noise: they go together but are not copies", () => {
    const attractiveness: PresetKey[] = ["orderStability", "need", "reputation"];
    const strength: PresetKey[] = ["satisfaction", "productFit", "shareOfWallet", "relationshipStage"];
    for (const keys of [attractiveness, strength]) {
      for (const a of keys) {
        for (const b of keys) {
          if (a >= b) continue;
          const xs = numbers(a);
          const ys = numbers(b);
          expect(correlation(xs, ys)).toBeGreaterThan(0.4);
          expect(xs.filter((x, i) => x !== ys[i]).length).toBeGreaterThan(SAMPLE_ACCOUNTS / 4);
        }
      }
    }
  });

  it("formats customer and country as text and every criterion column as its preset says", () => {
    expect(sample().formats).toEqual(["@", "@", ...SAMPLE_PRESETS.map((p) => p.format)]);
  });

  it("matches its criteria: every column exists, ten preset criteria, both axes weighted", () => {
    expect(config().dataSheet).toBe(SAMPLE_SHEET_NAME);
    expect(missingColumns(config(), sample().headers)).toEqual([]);
    expect(config().criteria).toHaveLength(10);
    expect(config().criteria.filter((c) => c.axis === "strength").length).toBe(4);
    expect(config().revenueColumn).toBe(REVENUE_PRESET.names[language]);
    expect(config().accountColumn).toBe(sample().headers[0]);
    expect(evaluation().warnings).toEqual([]);
  });

  it("spreads the accounts over all four quadrants", () => {
    for (const count of Object.values(evaluation().quadrantCounts)) expect(count).toBeGreaterThanOrEqual(3);
    const top = evaluation().accounts.find((a) => a.share === evaluation().concentration?.largestShare);
    expect(top?.quadrant).toBe("keyAccount");
    expect(top?.sheetRow).toBe(2);
  });

  it("shows each of the seven custom functions on the sample columns", () => {
    const f = formulasSheet(language);
    const s = sampleAccounts(language);
    const c = parseConfig(sampleConfig(language));
    const all = f.formulas.join(" ");
    for (const fn of CUSTOM_FUNCTIONS) expect(all).toContain(`${fn}(`);
    // Row 4 shows each formula of row 5 through FORMULATEXT, so the text follows the spreadsheet's locale.
    expect(f.formulaTexts).toEqual(
      f.formulas.map((formula, i) =>
        formula === "" ? "" : `=FORMULATEXT(${columnLetter(i + 1)}${FORMULA_ROW})`,
      ),
    );
    // The referenced columns hold what the headings say.
    const letter = (header: string) => columnLetter(s.headers.indexOf(header) + 1);
    const range = (header: string) =>
      `'${SAMPLE_SHEET_NAME}'!${letter(header)}2:${letter(header)}${1 + SAMPLE_ACCOUNTS}`;
    expect(f.formulas[0]).toBe(`={${range(c.accountColumn)}}`);
    const revenue = range(c.revenueColumn!);
    expect(f.formulas).toContain(`=REVENUE_SHARE(${revenue})`);
    expect(f.formulas).toContain(`=KAM_ABC(${revenue})`);
    expect(f.formulas).toContain(`=KAM_CONCENTRATION(${revenue})`);
    const cost = c.criteria.find((x) => x.direction === "lower")!;
    expect(f.formulas).toContain(`=KAM_POINTS(${range(cost.column)}, "lower")`);
    // The revenue's points are "log", as the revenue preset's (a long tail).
    expect(f.formulas).toContain(`=KAM_POINTS(${revenue}, "higher", 10, "log")`);
    // KAM_CONTRIBUTION takes the very points and weights of the attractiveness KAM_SCORE.
    const score = f.formulas.find((x) => x.startsWith("=KAM_SCORE("))!;
    expect(f.formulas).toContain(score.replace("KAM_SCORE", "KAM_CONTRIBUTION"));
  });

  it("classifies the two KAM_SCORE columns with KAM_QUADRANT over exactly the result rows", () => {
    const f = formulasSheet(language);
    const scores = f.formulas.flatMap((x, i) => (x.startsWith("=KAM_SCORE(") ? [columnLetter(i + 1)] : []));
    expect(scores).toHaveLength(2);
    const last = FORMULA_ROW + SAMPLE_ACCOUNTS - 1;
    const [a, s] = scores as [string, string];
    expect(f.formulas).toContain(
      `=KAM_QUADRANT(${a}${FORMULA_ROW}:${a}${last}, ${s}${FORMULA_ROW}:${s}${last})`,
    );
    expect(f.resultRows).toBe(SAMPLE_ACCOUNTS);
  });

  it("lays out texts, headings, formats and widths for every column", () => {
    const f = formulasSheet(language);
    const width = f.formulas.length;
    for (const formula of f.formulas) expect(formula === "" || formula.startsWith("=")).toBe(true);
    expect(f.texts).toHaveLength(3);
    for (const row of f.texts) expect(row).toHaveLength(width);
    // Title and explanation in column A, nothing beside them.
    for (const row of f.texts.slice(0, 2)) {
      expect(row[0]).not.toBe("");
      expect(row.slice(1).every((t) => t === "")).toBe(true);
    }
    expect(f.texts[0]![0]).not.toBe(f.texts[1]![0]);
    // A heading above each formula; columns left blank as spacers or spill room before the contributions
    // have none. The contributions' columns name the rated criteria they come from, in the sample's order.
    const headers = f.texts[2]!;
    const contribution = f.formulas.findIndex((x) => x.startsWith("=KAM_CONTRIBUTION("));
    f.formulas.forEach((formula, i) => {
      if (formula !== "") expect(headers[i]).not.toBe("");
      else if (i < contribution) expect(headers[i]).toBe("");
    });
    const scored = ["orderStability", "need", "reputation"].map(
      (k) => presetByKey(k as PresetKey).names[language],
    );
    const contributionHeaders = headers.slice(contribution);
    expect(contributionHeaders).toHaveLength(scored.length);
    contributionHeaders.forEach((h, i) => expect(h).toMatch(new RegExp(`.+: ${scored[i]}$`)));
    expect(f.formulas.slice(contribution + 1).every((x) => x === "")).toBe(true);
    // The column right of KAM_CONCENTRATION is its spill room (labels and values).
    expect(f.formulas[f.formulas.findIndex((x) => x.startsWith("=KAM_CONCENTRATION(")) + 1]).toBe("");

    expect(f.formats).toHaveLength(f.resultRows);
    for (const line of f.formats) {
      expect(line).toHaveLength(width);
      for (const format of line) expect(format).toMatch(/\S/);
      for (const format of line.slice(contribution)) expect(format).toMatch(/^0\.0+$/);
    }
    expect(f.widths).toHaveLength(width);
    for (const w of f.widths) expect(w).toBeGreaterThan(0);
  });

  it("formats KAM_CONCENTRATION's nine values as counts, percentages and figures, and General below", () => {
    const f = formulasSheet(language);
    // KAM_CONCENTRATION fills two columns, labels and values: the values' column has the formats.
    const values = f.formulas.findIndex((x) => x.startsWith("=KAM_CONCENTRATION(")) + 1;
    const formats = f.formats.map((line) => line[values]);
    const labels = f.formats.map((line) => line[values - 1]);
    expect(labels.every((x) => x === "General")).toBe(true);
    // Rows: customers, top 1/3/5 shares, HHI, effective number, count, mono flag, level.
    expect(formats.slice(1, 4)).toEqual(["0.0%", "0.0%", "0.0%"]);
    for (const i of [0, 4, 5, 6]) expect(formats[i]).toMatch(/^[#,0.]+$/);
    expect(formats.slice(7).every((x) => x === "General")).toBe(true);
  });
});

describe.each(["en", "de"] as const)("the Formulas sheet's formulas in every locale (%s)", (language) => {
  const f = perTest(() => formulasSheet(language));

  it("use no array literal with separators and no decimal number", () => {
    for (const formula of [...f().formulas, ...f().formulaTexts]) {
      expect(formula).not.toMatch(/\{[^}]*[,;\\][^}]*\}/);
      expect(formula).not.toMatch(/\d\.\d/);
    }
  });

  it("read KAM_SCORE's weights from cells that hold the scored columns' names and the presets' weights", () => {
    const sample = sampleAccounts(language);
    const score = f().formulas.filter((x) => x.startsWith("=KAM_SCORE("));
    expect(score).toHaveLength(2);
    const { row, column, cells } = f().weights;
    // A heading first, naming what reads the weights; then one name and weight per row.
    expect(cells[0]).toEqual([expect.stringContaining("KAM_SCORE"), ""]);
    const weightColumn = columnLetter(column + 1);
    const named: string[] = [];
    for (const formula of score) {
      const match = new RegExp(
        `^=KAM_SCORE\\('${SAMPLE_SHEET_NAME}'!([A-Z]+)2:([A-Z]+)${1 + SAMPLE_ACCOUNTS}, ` +
          `\\$${weightColumn}\\$(\\d+):\\$${weightColumn}\\$(\\d+)\\)$`,
      ).exec(formula);
      expect(match).not.toBeNull();
      const [, fromColumn, toColumn, fromRow, toRow] = match!;
      const headers = sample.headers.slice(
        sample.headers.findIndex((_, i) => columnLetter(i + 1) === fromColumn),
        sample.headers.findIndex((_, i) => columnLetter(i + 1) === toColumn) + 1,
      );
      const block = cells.slice(Number(fromRow) - row, Number(toRow) - row + 1);
      expect(block.map(([name]) => name)).toEqual(headers);
      for (const [name, weight] of block) {
        const preset = PRESETS.find((p) => p.names[language] === name)!;
        expect(preset.input).toBe("points");
        expect(weight).toBe(preset.weight);
      }
      named.push(...headers);
    }
    // Every rated criterion once, and nothing else in the block.
    expect(named).toEqual(cells.slice(1).map(([name]) => name));
    expect(new Set(named)).toEqual(new Set(RATED.map((k) => presetByKey(k).names[language])));
    // Below KAM_CONCENTRATION's nine rows, in its two columns, so its results never spill into the weights.
    expect(row).toBeGreaterThan(FORMULA_ROW + 9 - 1);
    expect(columnLetter(column)).toBe(
      columnLetter(f().formulas.findIndex((x) => x.startsWith("=KAM_CONCENTRATION(")) + 1),
    );
  });

  it("has a fingerprint per version and language", () => {
    expect(f().fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(formulasSheet(language).fingerprint).toBe(f().fingerprint);
    expect(formulasSheet(language === "en" ? "de" : "en").fingerprint).not.toBe(f().fingerprint);
  });
});

describe("fingerprintOf", () => {
  it("is FNV-1a with 32 bits: the algorithm's published test values", () => {
    expect(fingerprintOf("")).toBe("811c9dc5");
    expect(fingerprintOf("a")).toBe("e40c292c");
    expect(fingerprintOf("foobar")).toBe("bf9cf968");
  });

  it("always has eight hex digits, leading zeros included", () => {
    const texts = Array.from({ length: 200 }, (_, i) => `v${i}`);
    const fingerprints = texts.map(fingerprintOf);
    for (const x of fingerprints) expect(x).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprints.some((x) => x.startsWith("0"))).toBe(true);
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

  it("is mulberry32: seed 1 gives the reference implementation's first values", () => {
    const random = seededRandom(1);
    expect([random(), random(), random()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });

  it("spreads evenly over [0, 1)", () => {
    const random = seededRandom(20240611);
    const buckets = new Array<number>(10).fill(0);
    const n = 10_000;
    for (let i = 0; i < n; i++) buckets[Math.floor(random() * 10)]! += 1;
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(n / 50);
  });
});
