import { parseConfig } from "../../src/core/config";
import { pointsForNumbers, type PointsMethod } from "../../src/core/points";
import {
  guessColumn,
  guessRevenueColumn,
  presetByKey,
  presetCriterion,
  PRESETS,
  presetsOnAxis,
  REVENUE_PRESET,
} from "../../src/core/presets";
import { SAMPLE_PRESETS, sampleAccounts, sampleConfig } from "../../src/core/sampleData";
import * as sidebarPresets from "../../sidebar/presets";

const LANGUAGES = ["en", "de"] as const;

describe("the preset list", () => {
  it("has unique keys and unique names in each language", () => {
    const keys = PRESETS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const language of LANGUAGES) {
      const names = PRESETS.map((p) => p.names[language].toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name.trim()).not.toBe("");
    }
  });

  it("makes a criterion of a preset on the column named like it, with anchors only where the preset fixes them", () => {
    expect(presetCriterion(presetByKey("relationshipStage"), "de")).toEqual({
      name: "Beziehungsstufe",
      column: "Beziehungsstufe",
      axis: "strength",
      weight: 20,
      direction: "higher",
      input: "linear",
      low: 1,
      high: 5,
    });
    expect(Object.keys(presetCriterion(presetByKey("currentRevenue"), "en"))).not.toContain("low");
    expect(Object.keys(presetCriterion(presetByKey("currentRevenue"), "en"))).not.toContain("high");
  });

  it.each(["attractiveness", "strength"] as const)(
    "lists the presets on the %s axis, in the list's order",
    (axis) => {
      const onAxis = presetsOnAxis(axis);
      expect(onAxis.length).toBeGreaterThan(0);
      expect(onAxis).toEqual(PRESETS.filter((p) => p.axis === axis));
      for (const p of onAxis) expect(p.axis).toBe(axis);
    },
  );

  it("splits the presets between the two axes, each once", () => {
    const both = [...presetsOnAxis("attractiveness"), ...presetsOnAxis("strength")];
    expect(both).toHaveLength(PRESETS.length);
    expect(new Set(both)).toEqual(new Set(PRESETS));
  });

  it("gives criteria the model accepts, each preset with its keywords in lower case", () => {
    for (const language of LANGUAGES) {
      const criteria = PRESETS.map((p) => presetCriterion(p, language));
      const config = parseConfig({ version: 1, dataSheet: "Data", accountColumn: "Customer", criteria });
      expect(config.criteria).toHaveLength(PRESETS.length);
    }
    for (const p of PRESETS) {
      expect(p.keywords.length).toBeGreaterThan(0);
      for (const k of p.keywords) {
        expect(k).toBe(k.toLowerCase());
        // A keyword has a letter, so it never matches a blank header.
        expect(k).toMatch(/\p{L}/u);
      }
    }
  });

  it("has exactly one revenue preset, on the attractiveness axis", () => {
    expect(PRESETS.filter((p) => "revenue" in p && p.revenue === true)).toEqual([REVENUE_PRESET]);
    expect(REVENUE_PRESET.axis).toBe("attractiveness");
    expect(presetByKey("currentRevenue")).toBe(REVENUE_PRESET);
  });

  it("scores revenue and potential on a log scale (long tails)", () => {
    expect(presetByKey("currentRevenue").input).toBe("log");
    expect(presetByKey("potentialRevenue").input).toBe("log");
  });
});

describe("everyone reads the one list", () => {
  it("the sidebar offers the core list itself", () => {
    expect(sidebarPresets.PRESETS).toBe(PRESETS);
    expect(sidebarPresets.guessColumn).toBe(guessColumn);
  });

  it.each(LANGUAGES)("the sidebar's standard criteria are the presets (%s)", (language) => {
    const criteria = sidebarPresets.standardCriteria(language, []);
    expect(criteria.map((c) => [c.name, c.axis, c.weight, c.direction, c.input, c.low, c.high])).toEqual(
      PRESETS.map((p) => [
        p.names[language],
        p.axis,
        String(p.weight),
        p.direction,
        p.input,
        p.low === undefined ? "" : String(p.low),
        p.high === undefined ? "" : String(p.high),
      ]),
    );
  });

  it.each(LANGUAGES)("the sample's columns and criteria are the presets' (%s)", (language) => {
    const sample = sampleAccounts(language);
    const config = sampleConfig(language);
    expect(sample.headers.slice(2)).toEqual(SAMPLE_PRESETS.map((p) => p.names[language]));
    expect(config.revenueColumn).toBe(REVENUE_PRESET.names[language]);
    for (const c of config.criteria) {
      const preset = PRESETS.find((p) => p.names[language] === c.name);
      expect(preset).toBeDefined();
      expect(c).toEqual({
        name: preset!.names[language],
        column: preset!.names[language],
        axis: preset!.axis,
        weight: preset!.weight,
        direction: preset!.direction,
        input: preset!.input,
        ...(preset!.low !== undefined ? { low: preset!.low } : {}),
        ...(preset!.high !== undefined ? { high: preset!.high } : {}),
      });
    }
    // The sample's number formats come from the presets too.
    expect(sample.formats.slice(2)).toEqual(SAMPLE_PRESETS.map((p) => p.format));
  });

  it("the sample keeps its column headers (other tests and people's formulas name them)", () => {
    expect(sampleAccounts("en").headers).toEqual([
      "Customer",
      "Country",
      "Current revenue",
      "Revenue potential",
      "Cost to serve",
      "Order stability",
      "Need for the product",
      "Reputation",
      "Share of wallet",
      "Relationship stage",
      "Customer satisfaction",
      "Product fit",
    ]);
  });
});

describe("guessRevenueColumn", () => {
  it.each([
    [["Kunde", "Umsatzpotenzial", "Umsatz 2024"], "Umsatz 2024"],
    [["Customer", "Revenue potential", "Current revenue"], "Current revenue"],
    [["Customer", "Cost of sales", "Sales"], "Sales"],
    [["Customer", "Revenue"], "Revenue"],
    [["Customer", "Potential"], ""],
    [[], ""],
  ])("in %j guesses %j", (headers, expected) => {
    expect(guessRevenueColumn(headers)).toBe(expected);
  });
});

describe("guessColumn", () => {
  const need = () => presetByKey("need");

  it("finds a header holding a keyword, whatever its case and spaces around it", () => {
    expect(guessColumn(need(), ["Customer", "  NEED for the product "], new Set())).toBe(
      "  NEED for the product ",
    );
    expect(guessColumn(need(), ["Kunde", "Bedarf"], new Set())).toBe("Bedarf");
  });

  it("prefers the first keyword, then the first header", () => {
    const revenue = presetByKey("currentRevenue");
    expect(guessColumn(revenue, ["Revenue", "Current revenue"], new Set())).toBe("Current revenue");
    expect(guessColumn(revenue, ["Revenue 2023", "Revenue 2024"], new Set())).toBe("Revenue 2023");
  });

  it("does not take a header another criterion uses (the used set holds lower-case columns)", () => {
    const headers = ["Need", "Need 2024"];
    expect(guessColumn(need(), headers, new Set(["need"]))).toBe("Need 2024");
    expect(guessColumn(need(), headers, new Set(["need", "need 2024"]))).toBe("");
  });

  it("never guesses a blank header", () => {
    for (const preset of PRESETS) expect(guessColumn(preset, ["", "   ", "\t"], new Set())).toBe("");
    expect(guessRevenueColumn(["", " ", "Customer"])).toBe("");
  });
});

describe("revenue points on the sample's long tail", () => {
  // Made inside the test: the mutation run switches a mutant on only while a test runs.
  const revenues = () => {
    const sample = sampleAccounts("en");
    const column = sample.headers.indexOf(REVENUE_PRESET.names.en);
    return sample.rows.map((r) => r[column] as number);
  };
  const lowCount = (values: number[], method: PointsMethod) =>
    pointsForNumbers(values, { direction: "higher", scaleMax: 10, method }).filter((p) => p <= 2).length;

  it("linear points leave most accounts at 2 points or less; log separates them", () => {
    const values = revenues();
    expect(lowCount(values, "linear")).toBeGreaterThanOrEqual(30);
    expect(lowCount(values, "log")).toBeLessThanOrEqual(values.length / 3);
  });
});
