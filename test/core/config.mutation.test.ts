import {
  axesWithoutCriterion,
  ConfigError,
  criteriaOnAxis,
  describeProblem,
  languageOf,
  parseConfig,
  parseCriterion,
  sameConfig,
  validateConfig,
  type ConfigProblem,
} from "../../src/core/config";

// Every validation rule names the field it is about, by path and in words: the sidebar shows the message
// beside the field and the KAM Criteria sheet turns the path into a cell. These tests pin both for each rule.

const criterion = { name: "Need", column: "Need", axis: "attractiveness", weight: 1 };
const strength = { name: "Wallet", column: "Wallet", axis: "strength", weight: 1 };
const valid = {
  version: 1,
  dataSheet: "Accounts",
  accountColumn: "Customer",
  criteria: [criterion, strength],
};

function problemsOf(input: unknown, language: "en" | "de" = "en"): ConfigProblem[] {
  const result = validateConfig(input, language);
  if (result.ok) throw new Error("expected the config to be refused");
  return result.problems;
}

function withCriterion(change: Record<string, unknown>) {
  return { ...valid, criteria: [{ ...criterion, ...change }, strength] };
}

describe("validateConfig: one message and path per rule", () => {
  const cases: [string, unknown, ConfigProblem][] = [
    ["version", { ...valid, version: 2 }, { path: ["version"], message: "version must be 1." }],
    [
      "language",
      { ...valid, language: "fr" },
      { path: ["language"], message: 'Language must be "en" or "de".' },
    ],
    [
      "data sheet missing",
      { ...valid, dataSheet: 7 },
      { path: ["dataSheet"], message: "Data sheet must be text." },
    ],
    [
      "data sheet blank",
      { ...valid, dataSheet: "   " },
      { path: ["dataSheet"], message: "Data sheet must not be empty." },
    ],
    [
      "header row not a number",
      { ...valid, headerRow: "two" },
      { path: ["headerRow"], message: "Header row must be a number." },
    ],
    [
      "header row fraction",
      { ...valid, headerRow: 1.5 },
      { path: ["headerRow"], message: "Header row must be a whole number." },
    ],
    [
      "header row zero",
      { ...valid, headerRow: 0 },
      { path: ["headerRow"], message: "Header row must be 1 or more." },
    ],
    [
      "account column blank",
      { ...valid, accountColumn: "" },
      { path: ["accountColumn"], message: "Account column must not be empty." },
    ],
    [
      "revenue column not text",
      { ...valid, revenueColumn: 3 },
      { path: ["revenueColumn"], message: "Revenue column must be text." },
    ],
    [
      "total revenue zero",
      { ...valid, totalRevenue: 0 },
      { path: ["totalRevenue"], message: "Total revenue must be greater than 0." },
    ],
    [
      "total revenue text",
      { ...valid, totalRevenue: "lots" },
      { path: ["totalRevenue"], message: "Total revenue must be a number." },
    ],
    [
      "scale too small",
      { ...valid, scaleMax: 1 },
      { path: ["scaleMax"], message: "Points scale must be at least 2." },
    ],
    [
      "scale too large",
      { ...valid, scaleMax: 1001 },
      { path: ["scaleMax"], message: "Points scale must be at most 1000." },
    ],
    [
      "scale fraction",
      { ...valid, scaleMax: 7.5 },
      { path: ["scaleMax"], message: "Points scale must be a whole number." },
    ],
    [
      "attractiveness cut",
      { ...valid, cuts: { attractiveness: "x", strength: 5 } },
      { path: ["cuts", "attractiveness"], message: "Attractiveness cut must be a number." },
    ],
    [
      "strength cut",
      { ...valid, cuts: { attractiveness: 5, strength: null } },
      { path: ["cuts", "strength"], message: "Strength cut must be a number." },
    ],
    [
      "negative attractiveness share",
      { ...valid, axisWeights: { attractiveness: -1, strength: 1 } },
      {
        path: ["axisWeights", "attractiveness"],
        message: "Attractiveness share of the KAM score must be 0 or more.",
      },
    ],
    [
      "negative strength share",
      { ...valid, axisWeights: { attractiveness: 1, strength: -0.5 } },
      {
        path: ["axisWeights", "strength"],
        message: "Relative strength share of the KAM score must be 0 or more.",
      },
    ],
    [
      "both shares zero",
      { ...valid, axisWeights: { attractiveness: 0, strength: 0 } },
      {
        path: ["axisWeights", "attractiveness"],
        message: "At least one axis must have a share of the KAM score above 0.",
      },
    ],
    [
      "plan quadrant",
      { ...valid, plan: { quadrants: ["keyAccount", "stars"] } },
      {
        path: ["plan", "quadrants", 1],
        message: 'Plan quadrants must be "keyAccount", "keyDevelopment", "maintenance" or "opportunistic".',
      },
    ],
    [
      "criteria not a list",
      { ...valid, criteria: {} },
      { path: ["criteria"], message: "Criteria must be a list." },
    ],
    [
      "criterion name blank",
      withCriterion({ name: " " }),
      { path: ["criteria", 0, "name"], message: "Criterion name must not be empty." },
    ],
    [
      "criterion column not text",
      withCriterion({ column: 4 }),
      { path: ["criteria", 0, "column"], message: "Data column must be text." },
    ],
    [
      "axis",
      withCriterion({ axis: "size" }),
      { path: ["criteria", 0, "axis"], message: 'Axis must be "attractiveness" or "strength".' },
    ],
    [
      "negative weight",
      withCriterion({ weight: -1 }),
      { path: ["criteria", 0, "weight"], message: "Weight must be 0 or more." },
    ],
    [
      "weight text",
      withCriterion({ weight: "high" }),
      { path: ["criteria", 0, "weight"], message: "Weight must be a number." },
    ],
    [
      "direction",
      withCriterion({ direction: "up" }),
      { path: ["criteria", 0, "direction"], message: 'Direction must be "higher" or "lower".' },
    ],
    [
      "input",
      withCriterion({ input: "sqrt" }),
      { path: ["criteria", 0, "input"], message: 'Input must be "points", "linear", "log" or "rank".' },
    ],
    [
      "low text",
      withCriterion({ input: "linear", low: "a" }),
      { path: ["criteria", 0, "low"], message: "Low must be a number." },
    ],
    [
      "high text",
      withCriterion({ input: "linear", high: "b" }),
      { path: ["criteria", 0, "high"], message: "High must be a number." },
    ],
    [
      "log low at zero",
      withCriterion({ input: "log", low: 0 }),
      { path: ["criteria", 0, "low"], message: "Low (0) must be greater than 0 for log points." },
    ],
    [
      "high equal to low",
      withCriterion({ input: "linear", low: 5, high: 5 }),
      { path: ["criteria", 0, "high"], message: "High (5) must be greater than low (5)." },
    ],
    [
      "high below low",
      withCriterion({ input: "linear", low: 5, high: 2 }),
      { path: ["criteria", 0, "high"], message: "High (2) must be greater than low (5)." },
    ],
  ];

  it.each(cases)("%s", (_label, input, expected) => {
    expect(problemsOf(input)).toEqual([expected]);
  });

  it("names a duplicate criterion name, case-insensitively, with the first one's number", () => {
    const input = {
      ...valid,
      criteria: [criterion, strength, { ...criterion, name: "NEED", column: "Other" }],
    };
    expect(problemsOf(input)).toEqual([
      { path: ["criteria", 2, "name"], message: 'Criterion name "NEED" is used twice (also criterion 1).' },
    ]);
  });

  it("compares names by their lower case: Maß and Mass are two criteria (their upper case is the same)", () => {
    const input = {
      ...valid,
      criteria: [{ ...criterion, name: "Maß" }, strength, { ...criterion, name: "Mass", column: "Other" }],
    };
    expect(validateConfig(input).ok).toBe(true);
  });

  it("accepts both languages, and log or range bounds given alone", () => {
    for (const language of ["en", "de"]) expect(validateConfig({ ...valid, language }).ok).toBe(true);
    expect(validateConfig(withCriterion({ input: "log" })).ok).toBe(true);
    expect(validateConfig(withCriterion({ input: "log", high: 5 })).ok).toBe(true);
    expect(validateConfig(withCriterion({ low: 5 })).ok).toBe(true);
  });

  it("words the problems in English when no language is given", () => {
    expect(problemsOf({ ...valid, version: 2 })).toEqual([
      { path: ["version"], message: "version must be 1." },
    ]);
    expect(() => parseConfig({ ...valid, version: 2 })).toThrow("version: version must be 1.");
  });

  it("reports each duplicate against the first, not the previous one", () => {
    const input = {
      ...valid,
      criteria: [criterion, { ...criterion, column: "B" }, { ...criterion, column: "C" }],
    };
    expect(problemsOf(input).map((p) => [p.path, p.message])).toEqual([
      [["criteria", 1, "name"], 'Criterion name "Need" is used twice (also criterion 1).'],
      [["criteria", 2, "name"], 'Criterion name "Need" is used twice (also criterion 1).'],
    ]);
  });

  it("words the problems in German when asked", () => {
    const [problem] = problemsOf(withCriterion({ weight: -1 }), "de");
    expect(problem?.path).toEqual(["criteria", 0, "weight"]);
    expect(problem?.message).not.toBe("Weight must be 0 or more.");
    expect(problem?.message).toMatch(/Gewicht/);
  });

  it("takes boundary values the rules allow", () => {
    const ok = (input: unknown) => expect(validateConfig(input).ok).toBe(true);
    ok({ ...valid, headerRow: 1, scaleMax: 2 });
    ok({ ...valid, scaleMax: 1000 });
    ok(withCriterion({ weight: 0 }));
    ok(withCriterion({ input: "log", low: 0.001, high: 0.002 }));
    ok(withCriterion({ input: "linear", low: -5 }));
    ok(withCriterion({ input: "linear", low: 0, high: 1 }));
    ok({ ...valid, axisWeights: { attractiveness: 0, strength: 1 } });
    ok({ ...valid, axisWeights: { attractiveness: 1, strength: 0 } });
    ok({ ...valid, totalRevenue: 0.01 });
  });
});

describe("validateConfig: normalising", () => {
  it("fills every default and trims texts", () => {
    const config = parseConfig({ ...valid, dataSheet: "  Accounts ", revenueColumn: " Revenue " });
    expect(config.dataSheet).toBe("Accounts");
    expect(config.revenueColumn).toBe("Revenue");
    expect(config.headerRow).toBe(1);
    expect(config.scaleMax).toBe(10);
    expect(config.cuts).toEqual({ attractiveness: 5.5, strength: 5.5 });
    expect(config.axisWeights).toEqual({ attractiveness: 1, strength: 1 });
    expect(config.plan).toEqual({ quadrants: ["keyAccount", "keyDevelopment"] });
    expect(config.criteria[0]).toMatchObject({ direction: "higher", input: "points" });
  });

  it("puts the default cuts at the midpoint of the scale actually set", () => {
    expect(parseConfig({ ...valid, scaleMax: 100 }).cuts).toEqual({ attractiveness: 50.5, strength: 50.5 });
  });

  it("keeps cuts, axis weights and plan given, the plan in sheet order and once each", () => {
    const config = parseConfig({
      ...valid,
      cuts: { attractiveness: 3, strength: 7 },
      axisWeights: { attractiveness: 2, strength: 1 },
      plan: { quadrants: ["opportunistic", "keyAccount", "opportunistic"] },
    });
    expect(config.cuts).toEqual({ attractiveness: 3, strength: 7 });
    expect(config.axisWeights).toEqual({ attractiveness: 2, strength: 1 });
    expect(config.plan.quadrants).toEqual(["keyAccount", "opportunistic"]);
  });

  it("drops a revenue column that is blank", () => {
    const config = parseConfig({ ...valid, revenueColumn: "   " });
    expect("revenueColumn" in config).toBe(false);
  });

  it("gives a fresh default axis weights object per config", () => {
    const a = parseConfig(valid);
    a.axisWeights.attractiveness = 9;
    expect(parseConfig(valid).axisWeights.attractiveness).toBe(1);
  });
});

describe("describeProblem and ConfigError", () => {
  it("writes the path the way the sidebar shows it", () => {
    expect(describeProblem({ path: ["criteria", 2, "weight"], message: "Weight must be 0 or more." })).toBe(
      "criteria[2].weight: Weight must be 0 or more.",
    );
    expect(describeProblem({ path: ["cuts", "strength"], message: "m" })).toBe("cuts.strength: m");
    expect(describeProblem({ path: [], message: "Only the message." })).toBe("Only the message.");
  });

  it("parseConfig throws a ConfigError listing every problem, one a line", () => {
    let thrown: unknown;
    try {
      parseConfig({ ...valid, version: 3, dataSheet: "" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const error = thrown as ConfigError;
    expect(error.name).toBe("ConfigError");
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe("version: version must be 1.\ndataSheet: Data sheet must not be empty.");
  });
});

describe("languageOf", () => {
  it("uses the config's own language when it names one, else the fallback", () => {
    expect(languageOf({ language: "de" }, "en")).toBe("de");
    expect(languageOf({ language: "en" }, "de")).toBe("en");
    expect(languageOf({ language: "fr" }, "de")).toBe("de");
    expect(languageOf(null, "en")).toBe("en");
    expect(languageOf(undefined, "de")).toBe("de");
  });
});

describe("criteriaOnAxis and axesWithoutCriterion", () => {
  it("count only criteria with a weight above 0 on their own axis", () => {
    const config = parseConfig({
      ...valid,
      criteria: [
        criterion,
        { ...strength, weight: 0 },
        { ...criterion, name: "Size", column: "Size", weight: 2 },
      ],
    });
    expect(criteriaOnAxis(config, "attractiveness").map((c) => c.name)).toEqual(["Need", "Size"]);
    expect(criteriaOnAxis(config, "strength")).toEqual([]);
    expect(axesWithoutCriterion(config)).toEqual(["strength"]);
    expect(axesWithoutCriterion(parseConfig(valid))).toEqual([]);
    expect(axesWithoutCriterion(parseConfig({ ...valid, criteria: [] }))).toEqual([
      "attractiveness",
      "strength",
    ]);
  });
});

describe("parseCriterion", () => {
  it("gives a complete criterion trimmed and with its defaults, and null for one that is not complete", () => {
    expect(parseCriterion({ ...criterion, name: "  Need ", column: " Need" })).toEqual({
      ...criterion,
      direction: "higher",
      input: "points",
    });
    expect(parseCriterion({ ...criterion, name: "   " })).toBeNull();
    expect(parseCriterion({ ...criterion, weight: -1 })).toBeNull();
    expect(parseCriterion({ ...criterion, axis: "size" })).toBeNull();
    expect(parseCriterion({ ...criterion, input: "log", low: 0 })).toBeNull();
    expect(parseCriterion(null)).toBeNull();
  });
});

describe("duplicate criterion names", () => {
  it("compares names in lower case: Straße and STRASSE are two names (upper case would fold ß into SS)", () => {
    const twoNames = {
      ...valid,
      criteria: [
        { ...criterion, name: "Straße" },
        { ...criterion, name: "STRASSE", column: "Other" },
      ],
    };
    expect(validateConfig(twoNames).ok).toBe(true);
  });
});

describe("sameConfig", () => {
  const a = parseConfig(valid);

  it("holds for the same model whatever the order of its keys, nested ones included", () => {
    const reorder = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const reordered = { ...reorder(a), criteria: a.criteria.map(reorder) };
    expect(Object.keys(reordered.criteria[0]!)).not.toEqual(Object.keys(a.criteria[0]!));
    expect(Object.keys(reordered)).not.toEqual(Object.keys(a));
    expect(sameConfig(a, reordered)).toBe(true);
    expect(sameConfig(a, parseConfig(valid))).toBe(true);
    expect(sameConfig(null, null)).toBe(true);
  });

  it("fails for any change of a value, of the criteria's order, or against no model", () => {
    expect(sameConfig(a, parseConfig({ ...valid, headerRow: 2 }))).toBe(false);
    expect(sameConfig(a, { ...a, criteria: [a.criteria[0]!, { ...a.criteria[1]!, weight: 2 }] })).toBe(false);
    expect(sameConfig(a, { ...a, criteria: [...a.criteria].reverse() })).toBe(false);
    expect(sameConfig(a, null)).toBe(false);
    expect(sameConfig(null, a)).toBe(false);
  });
});
