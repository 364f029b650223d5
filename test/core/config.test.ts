import {
  ConfigError,
  criteriaOnAxis,
  describeProblem,
  languageOf,
  parseConfig,
  validateConfig,
  type ConfigProblem,
} from "../../src/core/config";

const criterion = { name: "Revenue", column: "Revenue", axis: "attractiveness", weight: 2 };
const minimal = {
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  criteria: [criterion, { name: "Share of wallet", column: "Wallet", axis: "strength", weight: 1 }],
};

/** The problems of an input that must fail validation. */
function problemsOf(input: unknown): ConfigProblem[] {
  const result = validateConfig(input);
  if (result.ok) throw new Error("expected the configuration to be refused");
  return result.problems;
}

/** Validates minimal with one field replaced (undefined removes it). */
function withField(field: string, value: unknown): ConfigProblem[] {
  const input: Record<string, unknown> = { ...minimal, [field]: value };
  if (value === undefined) delete input[field];
  return problemsOf(input);
}

function withCriterion(changes: Record<string, unknown>): ConfigProblem[] {
  return problemsOf({ ...minimal, criteria: [{ ...criterion, ...changes }] });
}

describe("validateConfig: defaults", () => {
  const config = parseConfig(minimal);

  it("fills header row 1, scale 10 and cuts at (1 + scaleMax) / 2", () => {
    expect(config.headerRow).toBe(1);
    expect(config.scaleMax).toBe(10);
    expect(config.cuts).toEqual({ attractiveness: 5.5, strength: 5.5 });
  });

  it('fills direction "higher" and input "points" for each criterion', () => {
    for (const c of config.criteria) {
      expect(c.direction).toBe("higher");
      expect(c.input).toBe("points");
    }
  });

  it("leaves language, revenue column, total revenue and anchors unset", () => {
    expect(config.language).toBeUndefined();
    expect(config.revenueColumn).toBeUndefined();
    expect(config.totalRevenue).toBeUndefined();
    expect(config.criteria[0]?.low).toBeUndefined();
    expect(config.criteria[0]?.high).toBeUndefined();
  });

  it("puts the default cuts in the middle of another scale", () => {
    expect(parseConfig({ ...minimal, scaleMax: 6 }).cuts).toEqual({ attractiveness: 3.5, strength: 3.5 });
  });

  it("keeps given values", () => {
    const settings = {
      language: "de",
      headerRow: 3,
      revenueColumn: "Umsatz",
      totalRevenue: 1e6,
      scaleMax: 5,
      cuts: { attractiveness: 2, strength: 4 },
    } as const;
    const anchors = { direction: "lower", input: "linear", low: 0, high: 100 } as const;
    const given = parseConfig({ ...minimal, ...settings, criteria: [{ ...criterion, ...anchors }] });
    expect(given).toMatchObject(settings);
    expect(given.criteria[0]).toMatchObject(anchors);
  });

  it("trims texts and drops a blank revenue column", () => {
    const trimmed = parseConfig({
      ...minimal,
      dataSheet: "  Accounts ",
      revenueColumn: "   ",
      criteria: [{ ...criterion, name: " Revenue ", column: " Revenue" }],
    });
    expect(trimmed.dataSheet).toBe("Accounts");
    expect(trimmed.criteria[0]?.name).toBe("Revenue");
    expect(trimmed.criteria[0]?.column).toBe("Revenue");
    expect("revenueColumn" in trimmed).toBe(false);
  });
});

describe("validateConfig: messages name the field", () => {
  it.each([
    ["version", 2, ["version"], "version must be 1."],
    ["version", undefined, ["version"], "version must be 1."],
    ["language", "fr", ["language"], 'Language must be "en" or "de".'],
    ["dataSheet", "", ["dataSheet"], "Data sheet must not be empty."],
    ["dataSheet", "   ", ["dataSheet"], "Data sheet must not be empty."],
    ["dataSheet", 5, ["dataSheet"], "Data sheet must be text."],
    ["headerRow", 0, ["headerRow"], "Header row must be 1 or more."],
    ["headerRow", 1.5, ["headerRow"], "Header row must be a whole number."],
    ["headerRow", "1", ["headerRow"], "Header row must be a number."],
    ["accountColumn", undefined, ["accountColumn"], "Account column must be text."],
    ["revenueColumn", 7, ["revenueColumn"], "Revenue column must be text."],
    ["totalRevenue", 0, ["totalRevenue"], "Total revenue must be greater than 0."],
    ["totalRevenue", "1000", ["totalRevenue"], "Total revenue must be a number."],
    ["scaleMax", 1, ["scaleMax"], "Points scale must be at least 2."],
    ["scaleMax", 1001, ["scaleMax"], "Points scale must be at most 1000."],
    ["scaleMax", 7.5, ["scaleMax"], "Points scale must be a whole number."],
    ["scaleMax", "10", ["scaleMax"], "Points scale must be a number."],
    [
      "cuts",
      { attractiveness: "x", strength: 5 },
      ["cuts", "attractiveness"],
      "Attractiveness cut must be a number.",
    ],
    ["cuts", { attractiveness: 5, strength: null }, ["cuts", "strength"], "Strength cut must be a number."],
    ["criteria", "Revenue", ["criteria"], "Criteria must be a list."],
  ])("%s = %p: %p %s", (field, value, path, message) => {
    expect(withField(field, value)).toContainEqual({ path, message });
  });

  it.each([
    [{ name: "" }, ["criteria", 0, "name"], "Criterion name must not be empty."],
    [{ name: 3 }, ["criteria", 0, "name"], "Criterion name must be text."],
    [{ column: " " }, ["criteria", 0, "column"], "Data column must not be empty."],
    [{ axis: "x" }, ["criteria", 0, "axis"], 'Axis must be "attractiveness" or "strength".'],
    [{ weight: -1 }, ["criteria", 0, "weight"], "Weight must be 0 or more."],
    [{ weight: "2" }, ["criteria", 0, "weight"], "Weight must be a number."],
    [{ weight: NaN }, ["criteria", 0, "weight"], "Weight must be a number."],
    [{ direction: "up" }, ["criteria", 0, "direction"], 'Direction must be "higher" or "lower".'],
    [{ input: "exp" }, ["criteria", 0, "input"], 'Input must be "points", "linear", "log" or "rank".'],
    [{ input: "log", low: 0 }, ["criteria", 0, "low"], "Low (0) must be greater than 0 for log points."],
    [{ low: "a" }, ["criteria", 0, "low"], "Low must be a number."],
    [{ high: Infinity }, ["criteria", 0, "high"], "High must be a number."],
    [{ low: 5, high: 5 }, ["criteria", 0, "high"], "High (5) must be greater than low (5)."],
    [{ low: 9, high: 1 }, ["criteria", 0, "high"], "High (1) must be greater than low (9)."],
  ])("criterion %p: %p %s", (changes, path, message) => {
    expect(withCriterion(changes)).toContainEqual({ path, message });
  });

  it("accepts low < high and a weight of 0", () => {
    expect(validateConfig({ ...minimal, criteria: [{ ...criterion, weight: 0, low: 1, high: 2 }] }).ok).toBe(
      true,
    );
  });

  it("refuses duplicate criterion names, case-insensitively, pointing at the second", () => {
    const problems = problemsOf({
      ...minimal,
      criteria: [criterion, { ...criterion, name: " REVENUE ", column: "Other" }],
    });
    expect(problems).toEqual([
      {
        path: ["criteria", 1, "name"],
        message: 'Criterion name "REVENUE" is used twice (also criterion 1).',
      },
    ]);
  });

  it("reports every problem at once", () => {
    const problems = problemsOf({ ...minimal, dataSheet: "", scaleMax: 0 });
    expect(problems.map((p) => p.path[0]).sort()).toEqual(["dataSheet", "scaleMax"]);
  });

  it("refuses what is not an object", () => {
    expect(validateConfig(null).ok).toBe(false);
    expect(validateConfig("config").ok).toBe(false);
  });
});

describe("validateConfig in German", () => {
  const problemsDe = (input: unknown) => {
    const result = validateConfig(input, "de");
    if (result.ok) throw new Error("expected the configuration to be refused");
    return result.problems;
  };

  it.each([
    ["language", "fr", ["language"], "Sprache muss „en“ oder „de“ sein."],
    ["dataSheet", "", ["dataSheet"], "Datenblatt darf nicht leer sein."],
    ["dataSheet", 5, ["dataSheet"], "Datenblatt muss ein Text sein."],
    ["headerRow", 0, ["headerRow"], "Kopfzeile muss 1 oder mehr sein."],
    ["headerRow", 1.5, ["headerRow"], "Kopfzeile muss eine ganze Zahl sein."],
    ["totalRevenue", 0, ["totalRevenue"], "Gesamtumsatz muss größer als 0 sein."],
    ["scaleMax", 1, ["scaleMax"], "Punkteskala muss mindestens 2 sein."],
    ["scaleMax", 1001, ["scaleMax"], "Punkteskala darf höchstens 1000 sein."],
    [
      "cuts",
      { attractiveness: 5, strength: "x" },
      ["cuts", "strength"],
      "Schwelle relative Stärke muss eine Zahl sein.",
    ],
    ["criteria", "Revenue", ["criteria"], "Die Kriterien müssen eine Liste sein."],
  ])("%s = %p: %p %s", (field, value, path, message) => {
    expect(problemsDe({ ...minimal, [field]: value })).toContainEqual({ path, message });
  });

  it.each([
    [{ name: "" }, ["criteria", 0, "name"], "Name des Kriteriums darf nicht leer sein."],
    [{ axis: "x" }, ["criteria", 0, "axis"], "Achse muss „Attraktivität“ oder „Stärke“ sein."],
    [{ weight: -1 }, ["criteria", 0, "weight"], "Gewicht muss 0 oder mehr sein."],
    [{ weight: "2" }, ["criteria", 0, "weight"], "Gewicht muss eine Zahl sein."],
    [{ direction: "up" }, ["criteria", 0, "direction"], "Richtung muss „höher“ oder „niedriger“ sein."],
    [
      { input: "exp" },
      ["criteria", 0, "input"],
      "Eingabe muss „Punkte“, „linear“, „logarithmisch“ oder „Rang“ sein.",
    ],
    [
      { low: 9.5, high: 1 },
      ["criteria", 0, "high"],
      "Obergrenze (1) muss größer als die Untergrenze (9,5) sein.",
    ],
  ])("criterion %p: %p %s", (changes, path, message) => {
    expect(problemsDe({ ...minimal, criteria: [{ ...criterion, ...changes }] })).toContainEqual({
      path,
      message,
    });
  });

  it("names a duplicate criterion and the criterion it repeats", () => {
    expect(
      problemsDe({ ...minimal, criteria: [criterion, { ...criterion, name: "revenue", column: "Other" }] }),
    ).toEqual([
      { path: ["criteria", 1, "name"], message: "Der Name „revenue“ kommt doppelt vor (auch Kriterium 1)." },
    ]);
  });

  it("keeps the paths, so the sidebar and the sheet place a German message as they place an English one", () => {
    const input = { ...minimal, dataSheet: "", criteria: [{ ...criterion, weight: -1 }] };
    expect(problemsDe(input).map((p) => p.path)).toEqual(problemsOf(input).map((p) => p.path));
    expect(() => parseConfig(input, "de")).toThrow("criteria[0].weight: Gewicht muss 0 oder mehr sein.");
  });

  it("takes the language from the config when it names one, else the fallback", () => {
    expect(languageOf({ language: "de" }, "en")).toBe("de");
    expect(languageOf({ language: "en" }, "de")).toBe("en");
    expect(languageOf({ language: "fr" }, "de")).toBe("de");
    expect(languageOf({}, "de")).toBe("de");
    expect(languageOf(null, "en")).toBe("en");
  });
});

describe("describeProblem", () => {
  it("writes the path as field.sub[index] before the message", () => {
    expect(describeProblem({ path: ["criteria", 2, "weight"], message: "Weight must be 0 or more." })).toBe(
      "criteria[2].weight: Weight must be 0 or more.",
    );
    expect(describeProblem({ path: ["cuts", "strength"], message: "m" })).toBe("cuts.strength: m");
    expect(describeProblem({ path: ["dataSheet"], message: "m" })).toBe("dataSheet: m");
  });

  it("writes the message alone for a problem with the whole configuration", () => {
    expect(describeProblem({ path: [], message: "version must be 1." })).toBe("version must be 1.");
  });
});

describe("parseConfig and ConfigError", () => {
  it("throws a ConfigError listing every described problem", () => {
    let caught: unknown;
    try {
      parseConfig({ ...minimal, dataSheet: "", criteria: [{ ...criterion, weight: -1 }] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.problems).toHaveLength(2);
    expect(error.message.split("\n").sort()).toEqual([
      "criteria[0].weight: Weight must be 0 or more.",
      "dataSheet: Data sheet must not be empty.",
    ]);
  });
});

describe("criteriaOnAxis", () => {
  it("lists the criteria on one axis whose weight is above 0", () => {
    const config = parseConfig({
      ...minimal,
      criteria: [
        criterion,
        { name: "Need", column: "Need", axis: "attractiveness", weight: 0 },
        { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 },
      ],
    });
    expect(criteriaOnAxis(config, "attractiveness").map((c) => c.name)).toEqual(["Revenue"]);
    expect(criteriaOnAxis(config, "strength").map((c) => c.name)).toEqual(["Wallet"]);
  });
});

describe("validateConfig: axis weights and plan quadrants", () => {
  it("reads a config without them as 50/50 and the key account and key development quadrants", () => {
    const result = validateConfig(minimal);
    if (!result.ok) throw new Error("expected a valid configuration");
    expect(result.config.axisWeights).toEqual({ attractiveness: 1, strength: 1 });
    expect(result.config.plan).toEqual({ quadrants: ["keyAccount", "keyDevelopment"] });
  });

  it("keeps given axis weights and orders the plan's quadrants as the matrix does, each once", () => {
    const result = validateConfig({
      ...minimal,
      axisWeights: { attractiveness: 70, strength: 30 },
      plan: { quadrants: ["maintenance", "keyAccount", "maintenance"] },
    });
    if (!result.ok) throw new Error("expected a valid configuration");
    expect(result.config.axisWeights).toEqual({ attractiveness: 70, strength: 30 });
    expect(result.config.plan.quadrants).toEqual(["keyAccount", "maintenance"]);
  });

  it.each([
    [
      { attractiveness: -1, strength: 1 },
      ["axisWeights", "attractiveness"],
      "Attractiveness share of the KAM score must be 0 or more.",
    ],
    [
      { attractiveness: 0, strength: 0 },
      ["axisWeights", "attractiveness"],
      "At least one axis must have a share of the KAM score above 0.",
    ],
  ])("refuses axis weights %p", (axisWeights, path, message) => {
    expect(problemsOf({ ...minimal, axisWeights })).toContainEqual({ path, message });
  });

  it("refuses an unknown plan quadrant", () => {
    expect(problemsOf({ ...minimal, plan: { quadrants: ["stars"] } })).toContainEqual({
      path: ["plan", "quadrants", 0],
      message: 'Plan quadrants must be "keyAccount", "keyDevelopment", "maintenance" or "opportunistic".',
    });
  });
});
