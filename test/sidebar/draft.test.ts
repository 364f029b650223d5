import { parseConfig } from "../../src/core/config";
import {
  axisShares,
  checkDraft,
  draftFromConfig,
  draftToInput,
  emptyDraft,
  fieldIdOf,
  moveCriterion,
  uniqueName,
  type Draft,
} from "../../sidebar/draft";
import { criterionFromPreset, guessColumn, PRESETS, standardCriteria } from "../../sidebar/presets";
import { translator, uiLanguage } from "../../sidebar/i18n";

const config = parseConfig({
  version: 1,
  language: "de",
  dataSheet: "Kunden",
  headerRow: 2,
  accountColumn: "Kunde",
  revenueColumn: "Umsatz",
  totalRevenue: 5000000,
  scaleMax: 10,
  cuts: { attractiveness: 6, strength: 5.5 },
  criteria: [
    {
      name: "Umsatz",
      column: "Umsatz",
      axis: "attractiveness",
      weight: 30,
      input: "linear",
      low: 0,
      high: 1e6,
    },
    { name: "Bedarf", column: "Bedarf", axis: "attractiveness", weight: 15 },
    {
      name: "Lieferanteil",
      column: "Anteil",
      axis: "strength",
      weight: 2,
      direction: "lower",
      input: "rank",
    },
  ],
});

describe("draft <-> config", () => {
  it("round-trips a config through the form state unchanged", () => {
    const draft = draftFromConfig(config);
    expect(draft.cutAttractiveness).toBe("6");
    expect(draft.cutStrength).toBe(""); // the scale's middle follows the scale
    expect(parseConfig(draftToInput(draft))).toEqual(config);
  });

  it("keeps a half-typed number as text so the schema names the field", () => {
    const draft = draftFromConfig(config);
    draft.criteria[1]!.weight = "abc";
    draft.headerRow = "";
    const check = checkDraft(draft, null, "");
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual(
      expect.arrayContaining([
        { path: ["criteria", 1, "weight"], message: "Weight must be a number." },
        { path: ["headerRow"], message: "Header row must be a number." },
      ]),
    );
  });

  it("words the schema's problems in the sidebar's language", () => {
    const draft = draftFromConfig(config);
    draft.criteria[1]!.weight = "-2";
    const check = checkDraft(draft, null, "", "de");
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems).toEqual([
        { path: ["criteria", 1, "weight"], message: "Gewicht muss 0 oder mehr sein." },
      ]);
    }
  });

  it("reports columns the loaded header row lacks, like the server does", () => {
    const draft = draftFromConfig(config);
    draft.criteria[2]!.column = "Wallet";
    const check = checkDraft(draft, ["Kunde", "Umsatz", "Bedarf", "Anteil"], "“{column}” is missing.");
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems).toEqual([{ path: ["criteria", 2, "column"], message: "“Wallet” is missing." }]);
    }
  });

  it("drops anchors unless the input is linear, and fills the other cut from the scale", () => {
    const draft: Draft = { ...emptyDraft("S", 1), accountColumn: "A", scaleMax: "100", cutStrength: "40" };
    draft.criteria = [
      {
        id: "x",
        name: "N",
        column: "C",
        axis: "strength",
        weight: "1",
        direction: "higher",
        input: "points",
        low: "1",
        high: "5",
      },
    ];
    const input = draftToInput(draft) as unknown as Record<string, unknown>;
    expect(input.cuts).toEqual({ attractiveness: 50.5, strength: 40 });
    expect((input.criteria as Record<string, unknown>[])[0]).not.toHaveProperty("low");
  });
});

describe("weights as % of their axis", () => {
  it("divides each weight by its axis total, live from the typed text", () => {
    const draft = draftFromConfig(config);
    const shares = axisShares(draft.criteria);
    expect(shares.get(draft.criteria[0]!.id)).toBeCloseTo(30 / 45);
    expect(shares.get(draft.criteria[1]!.id)).toBeCloseTo(15 / 45);
    expect(shares.get(draft.criteria[2]!.id)).toBe(1);
    draft.criteria[2]!.weight = "0";
    expect(axisShares(draft.criteria).get(draft.criteria[2]!.id)).toBeNull();
  });
});

describe("reordering", () => {
  it("moves a criterion past its neighbour on the same axis only", () => {
    const draft = draftFromConfig(config);
    const [a, b, c] = draft.criteria.map((x) => x.id) as [string, string, string];
    expect(moveCriterion(draft.criteria, b, -1).map((x) => x.id)).toEqual([b, a, c]);
    expect(moveCriterion(draft.criteria, b, 1).map((x) => x.id)).toEqual([a, b, c]);
    expect(moveCriterion(draft.criteria, c, -1).map((x) => x.id)).toEqual([a, b, c]);
  });

  it("names new criteria uniquely, ignoring case", () => {
    const draft = draftFromConfig(config);
    expect(uniqueName(draft.criteria, "bedarf")).toBe("bedarf 2");
    expect(uniqueName(draft.criteria, "Ruf")).toBe("Ruf");
  });
});

describe("problems beside their fields", () => {
  it("maps schema paths to form field ids", () => {
    const draft = draftFromConfig(config);
    const id = draft.criteria[1]!.id;
    expect(fieldIdOf(["criteria", 1, "weight"], draft)).toBe(`c-${id}-weight`);
    expect(fieldIdOf(["cuts", "strength"], draft)).toBe("f-cutStrength");
    expect(fieldIdOf(["dataSheet"], draft)).toBe("f-dataSheet");
    expect(fieldIdOf(["version"], draft)).toBe("");
  });

  it("places axis-share and plan problems at their controls", () => {
    const draft = draftFromConfig(config);
    expect(fieldIdOf(["axisWeights", "attractiveness"], draft)).toBe("f-axisWeights");
    expect(fieldIdOf(["plan", "quadrants", 0], draft)).toBe("f-plan");
  });
});

describe("presets", () => {
  const headers = [
    "Kunde",
    "Umsatz",
    "Umsatzpotenzial",
    "Betreuungskosten",
    "Bedarf",
    "Ruf",
    "Zufriedenheit",
  ];

  it("offers the source text's attractiveness criteria and four strength criteria", () => {
    // The source text's six come first, in its order; a preset added later may follow them.
    expect(
      PRESETS.filter((p) => p.axis === "attractiveness")
        .slice(0, 6)
        .map((p) => p.key),
    ).toEqual(["currentRevenue", "potentialRevenue", "orderStability", "costToServe", "need", "reputation"]);
    expect(PRESETS.filter((p) => p.axis === "strength").length).toBeGreaterThanOrEqual(4);
    expect(PRESETS.find((p) => p.key === "costToServe")?.direction).toBe("lower");
  });

  it("guesses columns from the headers, each column once", () => {
    const criteria = standardCriteria("de", headers);
    expect(criteria).toHaveLength(PRESETS.length);
    // By preset key, so a preset added to the list does not change what this test says.
    const byKey = Object.fromEntries(
      PRESETS.map((p, i) => [p.key, [criteria[i]!.name, criteria[i]!.column]]),
    );
    expect(byKey).toMatchObject({
      currentRevenue: ["Aktueller Umsatz", "Umsatz"],
      potentialRevenue: ["Umsatzpotenzial", "Umsatzpotenzial"],
      orderStability: ["Stabilität der Aufträge", ""],
      costToServe: ["Betreuungskosten", "Betreuungskosten"],
      need: ["Bedarf am Produkt", "Bedarf"],
      reputation: ["Ruf im Markt", "Ruf"],
      shareOfWallet: ["Lieferanteil beim Kunden", ""],
      satisfaction: ["Kundenzufriedenheit", "Zufriedenheit"],
      relationshipStage: ["Beziehungsstufe", ""],
      productFit: ["Produktpassung", ""],
    });
    expect(guessColumn(PRESETS[0]!, headers, new Set(["umsatz"]))).toBe("Umsatzpotenzial");
  });

  it("adds a preset under a fresh name when the name is taken", () => {
    const existing = standardCriteria("en", headers);
    const again = criterionFromPreset(PRESETS[4]!, "en", existing, headers);
    expect(again.name).toBe("Need for the product 2");
  });
});

describe("sidebar texts", () => {
  it("follows the config language, else the browser locale", () => {
    expect(uiLanguage("", "de-AT")).toBe("de");
    expect(uiLanguage("en", "de-DE")).toBe("en");
    expect(uiLanguage(undefined, "fr")).toBe("en");
  });

  it("fills placeholders in one pass, so a value is never re-read as a placeholder", () => {
    const t = translator("en");
    expect(t("mono", { account: "{share}", share: "60%" })).toBe(
      "Mono-customer: {share} brings 60% of the revenue.",
    );
    expect(translator("de")("generateUnavailable")).toMatch(/noch nicht/);
  });
});
