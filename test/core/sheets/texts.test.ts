import { parseConfig, type Criterion } from "../../../src/core/config";
import type { ScaleWarning } from "../../../src/core/scaleWarnings";
import { DEFAULT_SHEET_NAMES, SHEET_TEXTS } from "../../../src/core/sheets/texts";

const en = SHEET_TEXTS.en;
const de = SHEET_TEXTS.de;

/** A criterion as the config parser returns it, with the given input settings. */
const criterion = (settings: Partial<Criterion> = {}): Criterion => ({
  name: "Volume",
  column: "Volume",
  axis: "attractiveness",
  weight: 1,
  direction: "higher",
  input: "points",
  ...settings,
});

const config = (scaleMax: number, cuts: { attractiveness: number; strength: number }) =>
  parseConfig({
    version: 1,
    dataSheet: "Accounts",
    accountColumn: "Account",
    scaleMax,
    cuts,
    criteria: [criterion()],
  });

const warning = (kind: ScaleWarning["kind"], min: number, max: number): ScaleWarning => ({
  criterionIndex: 0,
  column: "Potential",
  min,
  max,
  kind,
  message: "not shown by the sheet text",
});

describe("the sheet's header lines", () => {
  it("says when, from which sheet and how many accounts, singular and plural", () => {
    const tail = ". Values, not formulas: generate again after changing the data or the criteria.";
    expect(en.made("2024-05-01 10:00", "Accounts", 1, "KAM Scores")).toBe(
      `Made 2024-05-01 10:00 from the sheet "Accounts": 1 account, ranked in "KAM Scores"${tail}`,
    );
    expect(en.made("2024-05-01 10:00", "Accounts", 0, "KAM Scores")).toBe(
      `Made 2024-05-01 10:00 from the sheet "Accounts": 0 accounts, ranked in "KAM Scores"${tail}`,
    );
    expect(en.made("today", "Data", 2, "Ranks")).toBe(
      `Made today from the sheet "Data": 2 accounts, ranked in "Ranks"${tail}`,
    );
    const schwanz = ". Werte, keine Formeln: nach Änderungen an Daten oder Kriterien neu erstellen.";
    expect(de.made("01.05.2024 10:00", "Kunden", 1, "KAM-Scores")).toBe(
      `Erstellt 01.05.2024 10:00 aus dem Blatt „Kunden“: 1 Kunde, Rangliste in „KAM-Scores“${schwanz}`,
    );
    expect(de.made("heute", "Daten", 250, "Rang")).toBe(
      `Erstellt heute aus dem Blatt „Daten“: 250 Kunden, Rangliste in „Rang“${schwanz}`,
    );
    expect(de.made("heute", "Daten", 0, "Rang")).toBe(
      `Erstellt heute aus dem Blatt „Daten“: 0 Kunden, Rangliste in „Rang“${schwanz}`,
    );
  });

  it("explains the score with whole percents, the scale and the cuts in the language's number format", () => {
    const cfg = config(5, { attractiveness: 2.5, strength: 3 });
    expect(en.scoreFormed(cfg, 0.6)).toBe(
      "KAM score = 60% attractiveness + 40% relative strength, each the weighted mean of its criteria's points " +
        "(1 to 5); high from 2.5 and 3.",
    );
    expect(de.scoreFormed(cfg, 0.6)).toBe(
      "KAM-Score = 60 % Attraktivität + 40 % relative Stärke, je das gewichtete Mittel der Punkte ihrer " +
        "Kriterien (1 bis 5); hoch ab 2,5 und 3.",
    );
    const thirds = config(100, { attractiveness: 50.5, strength: 60.25 });
    expect(en.scoreFormed(thirds, 1 / 3)).toBe(
      "KAM score = 33% attractiveness + 67% relative strength, each the weighted mean of its criteria's points " +
        "(1 to 100); high from 50.5 and 60.25.",
    );
    expect(de.scoreFormed(thirds, 1)).toBe(
      "KAM-Score = 100 % Attraktivität + 0 % relative Stärke, je das gewichtete Mittel der Punkte ihrer " +
        "Kriterien (1 bis 100); hoch ab 50,5 und 60,25.",
    );
  });
});

describe("the concentration line", () => {
  it("says yes or no to mono-customer", () => {
    expect(en.monoVerdict(true)).toBe("Mono-customer: YES · largest share");
    expect(en.monoVerdict(false)).toBe("Mono-customer: no · largest share");
    expect(de.monoVerdict(true)).toBe("Monokunde: JA · größter Anteil");
    expect(de.monoVerdict(false)).toBe("Monokunde: nein · größter Anteil");
  });

  it("names the HHI level", () => {
    expect(en.hhiVerdict("high")).toBe("HHI · concentration high");
    expect(de.hhiVerdict("hoch")).toBe("HHI · Konzentration hoch");
  });
});

describe("the quadrant blocks", () => {
  it("points to the scores sheet for the accounts not listed", () => {
    expect(en.more(1, "KAM Scores")).toBe('+ 1 more (see "KAM Scores")');
    expect(en.more(12, "Ranks")).toBe('+ 12 more (see "Ranks")');
    expect(de.more(1, "KAM-Scores")).toBe("+ 1 weitere (siehe „KAM-Scores“)");
    expect(de.more(12, "Rang")).toBe("+ 12 weitere (siehe „Rang“)");
  });

  it("counts the accounts without a quadrant, singular and plural", () => {
    expect(en.notPlaced(1)).toBe("1 account has no points on an axis and no quadrant.");
    expect(en.notPlaced(2)).toBe("2 accounts have no points on an axis and no quadrant.");
    expect(en.notPlaced(40)).toBe("40 accounts have no points on an axis and no quadrant.");
    expect(de.notPlaced(1)).toBe("1 Kunde hat auf einer Achse keine Punkte und keinen Quadranten.");
    expect(de.notPlaced(2)).toBe("2 Kunden haben auf einer Achse keine Punkte und keinen Quadranten.");
    expect(de.notPlaced(40)).toBe("40 Kunden haben auf einer Achse keine Punkte und keinen Quadranten.");
  });
});

describe("the model table's input column", () => {
  it("names points with the scale, and a lower-is-better direction", () => {
    expect(en.input(criterion(), 10)).toBe("points 1 to 10");
    expect(de.input(criterion(), 10)).toBe("Punkte 1 bis 10");
    expect(en.input(criterion({ direction: "lower" }), 5)).toBe("points 1 to 5, lower is better");
    expect(de.input(criterion({ direction: "lower" }), 5)).toBe("Punkte 1 bis 5, weniger ist besser");
  });

  it("names a rank", () => {
    expect(en.input(criterion({ input: "rank" }), 10)).toBe("rank");
    expect(de.input(criterion({ input: "rank" }), 10)).toBe("Rang");
    expect(en.input(criterion({ input: "rank", direction: "lower" }), 10)).toBe("rank, lower is better");
    expect(de.input(criterion({ input: "rank", direction: "lower" }), 10)).toBe("Rang, weniger ist besser");
  });

  it("names a linear or log scale with its anchors in the language's number format, or min and max", () => {
    expect(en.input(criterion({ input: "linear" }), 10)).toBe("linear from min to max");
    expect(de.input(criterion({ input: "linear" }), 10)).toBe("linear von Min bis Max");
    expect(en.input(criterion({ input: "log" }), 10)).toBe("log from min to max");
    expect(de.input(criterion({ input: "log" }), 10)).toBe("logarithmisch von Min bis Max");
    const anchored = criterion({ input: "linear", low: 0.5, high: 2500 });
    expect(en.input(anchored, 10)).toBe("linear from 0.5 to 2,500");
    expect(de.input(anchored, 10)).toBe("linear von 0,5 bis 2.500");
    // Small anchors keep their digits (up to 15 significant ones), not the 3 decimals of the default.
    expect(en.input(criterion({ input: "log", low: 0.0001, high: 1 / 3 }), 10)).toBe(
      "log from 0.0001 to 0.333333333333333",
    );
    expect(de.input(criterion({ input: "log", low: 0.0001, high: 2 / 3 }), 10)).toBe(
      "logarithmisch von 0,0001 bis 0,666666666666667",
    );
    // Zero is an anchor, not a missing one.
    expect(en.input(criterion({ input: "linear", low: 0 }), 10)).toBe("linear from 0 to max");
    expect(de.input(criterion({ input: "log", high: 1e6, direction: "lower" }), 10)).toBe(
      "logarithmisch von Min bis 1.000.000, weniger ist besser",
    );
    expect(en.input(criterion({ input: "log", low: 1, high: 100, direction: "lower" }), 10)).toBe(
      "log from 1 to 100, lower is better",
    );
  });

  it("shows the points scale", () => {
    expect(en.scaleValue(10)).toBe("1 to 10");
    expect(de.scaleValue(100)).toBe("1 bis 100");
  });
});

describe("the data warnings", () => {
  it("counts the cells not used and lists each with its row and column", () => {
    expect(en.unused(0)).toBe("Cells not used: 0");
    expect(en.unused(3)).toBe("Cells not used: 3");
    expect(de.unused(3)).toBe("Nicht verwendete Zellen: 3");
    const w = { sheetRow: 7, column: "Potential", message: "not a number" };
    expect(en.unusedItem(w)).toBe("row 7, Potential: not a number");
    expect(de.unusedItem({ ...w, message: "keine Zahl" })).toBe("Zeile 7, Potential: keine Zahl");
  });

  it("names a points column outside the scale with the range found", () => {
    expect(en.scaleItem(warning("outsideScale", 0.5, 95), 10)).toBe(
      'column "Potential": points from 0.5 to 95, outside the scale 1 to 10; the cells outside are not used',
    );
    expect(de.scaleItem(warning("outsideScale", 0.5, 95), 10)).toBe(
      "Spalte „Potential“: Punkte von 0,5 bis 95, außerhalb der Skala 1 bis 10; die Zellen außerhalb werden " +
        "nicht verwendet",
    );
    expect(en.scaleItem(warning("outsideScale", 1, 1500.5), 1000)).toBe(
      'column "Potential": points from 1 to 1,500.5, outside the scale 1 to 1000; the cells outside are not used',
    );
    expect(de.scaleItem(warning("outsideScale", 1, 1500.5), 1000)).toBe(
      "Spalte „Potential“: Punkte von 1 bis 1.500,5, außerhalb der Skala 1 bis 1000; die Zellen außerhalb " +
        "werden nicht verwendet",
    );
  });

  it("asks whether a points column was left at a 1-10 rating", () => {
    expect(en.scaleItem(warning("tenPointScale", 1.5, 9), 100)).toBe(
      'column "Potential": points only from 1.5 to 9 on a scale to 100; a 1-10 rating?',
    );
    expect(de.scaleItem(warning("tenPointScale", 1.5, 9), 100)).toBe(
      "Spalte „Potential“: nur Punkte von 1,5 bis 9 auf einer Skala bis 100; eine Bewertung 1-10?",
    );
    expect(en.scaleItem(warning("tenPointScale", 2, 9.5), 100)).toBe(
      'column "Potential": points only from 2 to 9.5 on a scale to 100; a 1-10 rating?',
    );
    expect(de.scaleItem(warning("tenPointScale", 2, 9.5), 100)).toBe(
      "Spalte „Potential“: nur Punkte von 2 bis 9,5 auf einer Skala bis 100; eine Bewertung 1-10?",
    );
  });

  it("counts the warnings not listed", () => {
    expect(en.moreWarnings(4)).toBe("+ 4 more");
    expect(de.moreWarnings(4)).toBe("+ 4 weitere");
  });
});

describe("the accounts on the edge", () => {
  it("heads the list with the count, singular and plural, and the threshold as a whole percent", () => {
    const tail = " a weight change under 10% would move into another quadrant";
    expect(en.edge(1, 0.1)).toBe(`On the edge: 1 account${tail}`);
    expect(en.edge(0, 0.1)).toBe(`On the edge: 0 accounts${tail}`);
    expect(en.edge(2, 0.1)).toBe(`On the edge: 2 accounts${tail}`);
    expect(en.edge(3, 0.125)).toBe(
      "On the edge: 3 accounts a weight change under 13% would move into another quadrant",
    );
    const schwanz = " eine Gewichtsänderung unter 10 % in einen anderen Quadranten brächte";
    expect(de.edge(1, 0.1)).toBe(`Auf der Kippe: 1 Kunde, den${schwanz}`);
    expect(de.edge(2, 0.1)).toBe(`Auf der Kippe: 2 Kunden, die${schwanz}`);
    expect(de.edge(15, 0.05)).toBe(
      "Auf der Kippe: 15 Kunden, die eine Gewichtsänderung unter 5 % in einen anderen Quadranten brächte",
    );
  });

  it("points to the flip column of the scores sheet for the rest", () => {
    expect(en.edgeMore(5, "KAM Scores")).toBe('+ 5 more (see "Weight change to flip" in "KAM Scores")');
    expect(de.edgeMore(5, "KAM-Scores")).toBe(
      "+ 5 weitere (siehe „Gewichtsänderung zum Wechsel“ in „KAM-Scores“)",
    );
  });
});

describe("the chart and the scores sheet's headers", () => {
  it("labels a cut tick in the language's number format", () => {
    expect(en.cutTick(5.5)).toBe("cut 5.5");
    expect(de.cutTick(5.5)).toBe("Grenze 5,5");
    expect(en.cutTick(3)).toBe("cut 3");
    expect(de.cutTick(3)).toBe("Grenze 3");
  });

  it("names the points and contribution columns after the criterion", () => {
    expect(en.points("Volume")).toBe("Points: Volume");
    expect(de.points("Volumen")).toBe("Punkte: Volumen");
    expect(en.contribution("Volume")).toBe("Contribution: Volume");
    expect(de.contribution("Volumen")).toBe("Beitrag: Volumen");
  });

  it("knows both languages' default sheet names", () => {
    expect(DEFAULT_SHEET_NAMES).toEqual({
      overview: ["KAISM Matrix", "KAISM-Matrix"],
      scores: ["KAM Scores", "KAM-Scores"],
    });
  });
});
