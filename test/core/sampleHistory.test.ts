import { perTest } from "../support/perTest";
import { parseConfig } from "../../src/core/config";
import { sampleAccounts, sampleConfig } from "../../src/core/sampleData";
import { earlierSampleTable } from "../../src/core/sampleHistory";

// The sample's history three months back: what Insert sample data writes as the first KAM History snapshot,
// so the first generation already has movers to show.
describe("earlierSampleTable", () => {
  for (const language of ["en", "de"] as const) {
    const sample = sampleAccounts(language);
    const config = parseConfig(sampleConfig(language), language);
    // Made in each test, not when the suite is collected (test/support/perTest.ts).
    const earlier = perTest(() => earlierSampleTable(sample, config));
    const col = (name: string) => sample.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    const account = col(config.accountColumn);
    const points = config.criteria.filter((c) => c.input === "points");
    const other = sample.headers.map((_, j) => j).filter((j) => !points.some((c) => col(c.column) === j));

    it(`${language}: keeps the headers and the header row, and leaves the sample itself alone`, () => {
      expect(earlier().headers).toEqual(sample.headers);
      expect(earlier().headerRow).toBe(1);
      expect(sample.rows).toEqual(sampleAccounts(language).rows);
    });

    it(`${language}: moves the 1-to-10 points of rows 3, 7, 11, 19 and 26 by their axis's change, clamped`, () => {
      const changes: Record<number, { attractiveness: number; strength: number }> = {
        3: { attractiveness: -3, strength: -2 },
        7: { attractiveness: 3, strength: 2 },
        11: { attractiveness: 0, strength: -4 },
        19: { attractiveness: -4, strength: 0 },
        26: { attractiveness: 2, strength: 3 },
      };
      let moved = 0;
      sample.rows.forEach((row, i) => {
        if (i === 35) return;
        for (const c of points) {
          const j = col(c.column);
          const then = earlier().rows[i]?.[j];
          const change = changes[i]?.[c.axis] ?? 0;
          const now = row[j] as number;
          expect(then).toBe(Math.min(config.scaleMax, Math.max(1, now + change)));
          if (then !== now) moved++;
        }
        for (const j of other) if (j !== account) expect(earlier().rows[i]?.[j]).toEqual(row[j]);
      });
      expect(moved).toBeGreaterThan(5);
    });

    it(`${language}: had no row 35 account then, and had one more account, like row 30, that is gone now`, () => {
      expect(earlier().rows[35]?.[account]).toBe("");
      expect(earlier().rows).toHaveLength(sample.rows.length + 1);
      const gone = earlier().rows[sample.rows.length] as unknown[];
      expect(gone[account]).toBe("Elbtal Stahlhandel GmbH");
      gone.forEach((v, j) => {
        if (j !== account) expect(v).toEqual(earlier().rows[30]?.[j]);
      });
      expect(sample.rows.some((r) => r[account] === "Elbtal Stahlhandel GmbH")).toBe(false);
    });
  }

  it("finds the columns whatever their case, and skips a criterion whose column the sample lacks", () => {
    const sample = sampleAccounts("en");
    const config = parseConfig(sampleConfig("en"));
    const upper = { ...sample, headers: sample.headers.map((h) => h.toUpperCase()) };
    const missing = parseConfig({
      ...sampleConfig("en"),
      criteria: [
        ...sampleConfig("en").criteria,
        { name: "Gone", column: "Nowhere", axis: "strength", weight: 1 },
      ],
    });
    expect(earlierSampleTable(upper, config).rows).toEqual(earlierSampleTable(sample, config).rows);
    expect(earlierSampleTable(sample, missing).rows).toEqual(earlierSampleTable(sample, config).rows);
  });

  it("leaves a points cell that holds no number as it is", () => {
    const sample = sampleAccounts("en");
    const config = parseConfig(sampleConfig("en"));
    const j = sample.headers.findIndex(
      (h) => h === config.criteria.find((c) => c.input === "points")?.column,
    );
    const rows = sample.rows.map((row) => [...row]);
    (rows[3] as unknown[])[j] = "n/a";
    const earlier = earlierSampleTable({ ...sample, rows }, config);
    const expected = earlierSampleTable(sample, config).rows.map((row) => [...row]);
    (expected[3] as unknown[])[j] = "n/a";
    expect(j).toBeGreaterThan(0);
    expect(earlier.rows).toEqual(expected);
  });

  it("leaves a short sample as it is, beyond the rows it has", () => {
    const sample = sampleAccounts("en");
    const config = parseConfig(sampleConfig("en"));
    const short = { ...sample, rows: sample.rows.slice(0, 5) };
    const earlier = earlierSampleTable(short, config);
    expect(earlier.rows).toHaveLength(5);
    expect(earlier.rows[3]).not.toEqual(short.rows[3]);
    expect(earlier.rows[4]).toEqual(short.rows[4]);
  });
});
