import fs from "node:fs";
import path from "node:path";
import * as functions from "../../src/functions/customFunctions";
import type { SheetArg, SheetResult } from "../../src/functions/args";

/** The seven custom functions, each with a valid call on a 3-row column and a bad option. */
const SIX: {
  name: string;
  call: (range: SheetArg) => SheetResult;
  badOption: () => SheetResult;
  textForNumber: () => SheetResult;
  rowWise: boolean;
}[] = [
  {
    name: "KAM_SCORE",
    call: (r) => functions.KAM_SCORE(r, 1),
    badOption: () => functions.KAM_SCORE([[1]], [[1, 2]]),
    textForNumber: () => functions.KAM_SCORE([[1]], "1"),
    rowWise: true,
  },
  {
    name: "REVENUE_SHARE",
    call: (r) => functions.REVENUE_SHARE(r),
    badOption: () => functions.REVENUE_SHARE([[1]], -1),
    textForNumber: () => functions.REVENUE_SHARE([[1]], "100"),
    rowWise: true,
  },
  {
    name: "KAM_POINTS",
    call: (r) => functions.KAM_POINTS(r),
    badOption: () => functions.KAM_POINTS([[1]], "best"),
    textForNumber: () => functions.KAM_POINTS([[1]], "", "10"),
    rowWise: true,
  },
  {
    name: "KAM_QUADRANT",
    call: (r) => functions.KAM_QUADRANT(r, r, "", "", "en"),
    badOption: () => functions.KAM_QUADRANT([[1]], [[1]], "", "", "it"),
    textForNumber: () => functions.KAM_QUADRANT([[1]], [[1]], "5.5"),
    rowWise: true,
  },
  {
    name: "KAM_CONCENTRATION",
    call: (r) => functions.KAM_CONCENTRATION(r, "", "en"),
    badOption: () => functions.KAM_CONCENTRATION([[1]], "", "xx"),
    textForNumber: () => functions.KAM_CONCENTRATION([[1]], "1000"),
    rowWise: false,
  },
  {
    name: "KAM_ABC",
    call: (r) => functions.KAM_ABC(r),
    badOption: () => functions.KAM_ABC([[1]], 0.9, 0.1),
    textForNumber: () => functions.KAM_ABC([[1]], "80%"),
    rowWise: true,
  },
  {
    name: "KAM_CONTRIBUTION",
    call: (r) => functions.KAM_CONTRIBUTION(r, 1),
    badOption: () => functions.KAM_CONTRIBUTION([[1]], [[1, 2]]),
    textForNumber: () => functions.KAM_CONTRIBUTION([[1]], "1"),
    rowWise: true,
  },
];

describe.each(SIX)("$name follows the common rules", ({ name, call, badOption, textForNumber, rowWise }) => {
  const prefix = new RegExp(`^${name}: \\S`);

  it("throws an Error starting with its name for an empty range, [] or [[]]", () => {
    for (const empty of [[], [[]]]) {
      expect(() => call(empty)).toThrow(Error);
      expect(() => call(empty)).toThrow(prefix);
    }
  });

  it("throws an Error starting with its name for a bad option", () => {
    expect(badOption).toThrow(prefix);
  });

  it("throws an Error starting with its name for text where a number is expected", () => {
    expect(textForNumber).toThrow(prefix);
    expect(textForNumber).toThrow(/the text "/);
  });

  it("returns a 2-D array for a range, never a flat list", () => {
    const out = call([[3], [7], [5]]);
    expect(Array.isArray(out)).toBe(true);
    for (const row of out as unknown[]) expect(Array.isArray(row)).toBe(true);
    if (rowWise) expect(out).toHaveLength(3);
  });

  if (rowWise) {
    it("returns a single value for a single cell", () => {
      expect(Array.isArray(call(5))).toBe(false);
    });

    it("returns a 1 x 1 array for a one-cell array (such as the array literal {5})", () => {
      const out = call([[5]]);
      expect(out).toHaveLength(1);
      expect((out as unknown[][])[0]).toHaveLength(1);
      expect((out as unknown[][])[0]?.[0]).toBe(call(5));
    });

    it("keeps the other rows working when one row is bad", () => {
      const out = call([[3], ["#N/A"], [7]]) as unknown[][];
      expect(out[1]?.[0]).toMatch(/^#VALUE! .*#N\/A/);
      expect(typeof out[0]?.[0]).not.toBe("undefined");
      expect(String(out[0]?.[0])).not.toMatch(/^#VALUE!/);
      expect(String(out[2]?.[0])).not.toMatch(/^#VALUE!/);
    });
  }
});

describe("the custom functions' JSDoc, which Sheets shows in autocomplete", () => {
  const source = fs.readFileSync(path.resolve(__dirname, "../../src/functions/customFunctions.ts"), "utf8");

  it.each(SIX.map((f) => f.name))("%s has a summary, a @param per parameter and @customfunction", (name) => {
    const match = new RegExp(
      `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\(([^)]*)\\)`,
    ).exec(source);
    expect(match).not.toBeNull();
    const [, doc = "", params = ""] = match ?? [];
    const lines = doc.split("\n").map((l) => l.replace(/^\s*\*\s?/, "").trim());
    expect(lines.find((l) => l !== "")).toMatch(/^[A-Z][^@]+/);
    const names = params
      .split(",")
      .map((p) => p.trim().split(/[?:]/)[0]?.trim())
      .filter((p): p is string => !!p);
    expect(names.length).toBeGreaterThan(0);
    const documented = lines.filter((l) => l.startsWith("@param")).map((l) => l.split(/\s+/)[2]);
    expect(documented).toEqual(names);
    expect(lines).toContain("@customfunction");
  });

  it("covers exactly the seven functions", () => {
    expect(Object.keys(functions).sort()).toEqual(SIX.map((f) => f.name).sort());
  });
});
