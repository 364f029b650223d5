import type { Criterion, KamConfig } from "../config";
import type { Language } from "../language";
import type { QuadrantKey } from "../quadrant";
import type { DataWarning } from "../model";
import type { ScaleWarning } from "../scaleWarnings";

/** Every text of the two generated sheets, in English and German. */
export interface SheetTexts {
  overviewName: string;
  scoresName: string;
  title: string;
  made: (madeAt: string, sheet: string, accounts: number, scoresSheet: string) => string;
  scoreFormed: (config: KamConfig, attractivenessShare: number) => string;
  concentration: string;
  monoVerdict: (mono: boolean) => string;
  yesNo: [string, string];
  hhiVerdict: (level: string) => string;
  noRevenue: string;
  strengthLow: string;
  strengthHigh: string;
  attractiveness: string;
  high: string;
  low: string;
  /** The quadrant's strategy in one short line (the blocks are one line each). */
  strategy: Record<QuadrantKey, string>;
  more: (n: number, scoresSheet: string) => string;
  none: string;
  notPlaced: (n: number) => string;
  concentrationSummary: string;
  model: string;
  modelHeaders: [string, string, string, string];
  axis: Record<Criterion["axis"], string>;
  input: (c: Criterion, scaleMax: number) => string;
  axisShare: Record<Criterion["axis"], string>;
  scale: string;
  scaleValue: (max: number) => string;
  cuts: Record<Criterion["axis"], string>;
  totalRevenue: string;
  unused: (n: number) => string;
  unusedNone: string;
  unusedItem: (w: DataWarning) => string;
  /** A "points" column whose ratings do not match the scale: the column and the range found. */
  scaleItem: (w: ScaleWarning, scaleMax: number) => string;
  moreWarnings: (n: number) => string;
  /** The accounts on the edge: heading, column headers, and "+ N more". */
  edge: (n: number, threshold: number) => string;
  edgeHeaders: [string, string, string, string];
  edgeMore: (n: number, scoresSheet: string) => string;
  chartHeaders: [string, string, string, string, string];
  chartTitle: string;
  hAxis: string;
  vAxis: string;
  cutTick: (cut: number) => string;
  abc: string;
  points: (criterion: string) => string;
  marginToCut: string;
  weightChangeToFlip: string;
  mainDrivers: string;
  contribution: (criterion: string) => string;
  dataRow: string;
  protection: string;
}

/**
 * Numbers in each language's format. A whole percent of a share in 0..1 has at most three digits: no grouping
 * or decimal mark to localise. A decimal keeps up to 15 significant digits, so that an anchor of 0.0001 does
 * not read 0 (the default keeps 3 decimals).
 */
const EN = {
  percent: (share: number) => `${Math.round(share * 100)}%`,
  decimal: (n: number) => n.toLocaleString("en-US", { maximumSignificantDigits: 15 }),
};
const DE = {
  percent: (share: number) => `${Math.round(share * 100)} %`,
  decimal: (n: number) => n.toLocaleString("de-DE", { maximumSignificantDigits: 15 }),
};

export const SHEET_TEXTS: Record<Language, SheetTexts> = {
  en: {
    overviewName: "KAISM Matrix",
    scoresName: "KAM Scores",
    title: "KAISM Matrix: Key Account Identification and Selection Matrix",
    made: (madeAt, sheet, n, scores) =>
      `Made ${madeAt} from the sheet "${sheet}": ${n} ${n === 1 ? "account" : "accounts"}, ranked in "${scores}". Values, not formulas: generate again after changing the data or the criteria.`,
    scoreFormed: (c, a) =>
      `KAM score = ${EN.percent(a)} attractiveness + ${EN.percent(1 - a)} relative strength, each the weighted mean of its criteria's points (1 to ${c.scaleMax}); high from ${EN.decimal(c.cuts.attractiveness)} and ${EN.decimal(c.cuts.strength)}.`,
    concentration: "Concentration",
    monoVerdict: (mono) => `Mono-customer: ${mono ? "YES" : "no"} · largest share`,
    yesNo: ["yes", "no"],
    hhiVerdict: (level) => `HHI · concentration ${level}`,
    noRevenue: "No revenue column is chosen: no shares, concentration or ABC classes.",
    strengthLow: "Relative strength: low",
    strengthHigh: "Relative strength: high",
    attractiveness: "Attractiveness",
    high: "high",
    low: "low",
    strategy: {
      keyAccount: "Invest: partnership, joint planning",
      keyDevelopment: "Invest selectively: win share",
      maintenance: "Maintain efficiently, protect margin",
      opportunistic: "Serve at low cost, manage for cash",
    },
    more: (n, scores) => `+ ${n} more (see "${scores}")`,
    none: "none",
    notPlaced: (n) =>
      `${n} ${n === 1 ? "account has" : "accounts have"} no points on an axis and no quadrant.`,
    concentrationSummary: "Revenue concentration",
    model: "Model",
    modelHeaders: ["Criterion", "Weight", "Axis: points from", "% of axis"],
    axis: { attractiveness: "Attractiveness", strength: "Relative strength" },
    input: (c, max) => {
      const how =
        c.input === "points"
          ? `points 1 to ${max}`
          : c.input === "rank"
            ? "rank"
            : `${c.input} from ${c.low === undefined ? "min" : EN.decimal(c.low)} to ${c.high === undefined ? "max" : EN.decimal(c.high)}`;
      return c.direction === "lower" ? `${how}, lower is better` : how;
    },
    axisShare: {
      attractiveness: "Share of the score: attractiveness",
      strength: "Share of the score: strength",
    },
    scale: "Points scale",
    scaleValue: (max) => `1 to ${max}`,
    cuts: { attractiveness: "Cut: attractiveness", strength: "Cut: relative strength" },
    totalRevenue: "Total revenue (for shares)",
    unused: (n) => `Cells not used: ${n}`,
    unusedNone: "Every cell the criteria name could be used.",
    unusedItem: (w) => `row ${w.sheetRow}, ${w.column}: ${w.message}`,
    scaleItem: (w, max) =>
      w.kind === "outsideScale"
        ? `column "${w.column}": points from ${EN.decimal(w.min)} to ${EN.decimal(w.max)}, outside the scale 1 to ${max}; the cells outside are not used`
        : `column "${w.column}": points only from ${EN.decimal(w.min)} to ${EN.decimal(w.max)} on a scale to ${max}; a 1-10 rating?`,
    moreWarnings: (n) => `+ ${n} more`,
    edge: (n, threshold) =>
      `On the edge: ${n} ${n === 1 ? "account" : "accounts"} a weight change under ${EN.percent(threshold)} would move into another quadrant`,
    edgeHeaders: ["Account", "Margin", "Quadrant", "What would flip it"],
    edgeMore: (n, scores) => `+ ${n} more (see "Weight change to flip" in "${scores}")`,
    chartHeaders: ["Account", "Relative strength", "Attractiveness", "Quadrant", "Revenue"],
    chartTitle: "Attractiveness against relative strength",
    hAxis: "Relative strength: low → high",
    vAxis: "Attractiveness: low → high",
    cutTick: (cut) => `cut ${EN.decimal(cut)}`,
    abc: "ABC class",
    points: (c) => `Points: ${c}`,
    marginToCut: "Margin to cut",
    weightChangeToFlip: "Weight change to flip",
    mainDrivers: "Main drivers",
    contribution: (c) => `Contribution: ${c}`,
    dataRow: "Data row",
    protection:
      "Generated by Key Account Matrix. Generate it again (Extensions > Key Account Matrix) instead of editing.",
  },
  de: {
    overviewName: "KAISM-Matrix",
    scoresName: "KAM-Scores",
    title: "KAISM-Matrix: Key Account Identification and Selection Matrix",
    made: (madeAt, sheet, n, scores) =>
      `Erstellt ${madeAt} aus dem Blatt „${sheet}“: ${n} ${n === 1 ? "Kunde" : "Kunden"}, Rangliste in „${scores}“. Werte, keine Formeln: nach Änderungen an Daten oder Kriterien neu erstellen.`,
    scoreFormed: (c, a) =>
      `KAM-Score = ${DE.percent(a)} Attraktivität + ${DE.percent(1 - a)} relative Stärke, je das gewichtete Mittel der Punkte ihrer Kriterien (1 bis ${c.scaleMax}); hoch ab ${DE.decimal(c.cuts.attractiveness)} und ${DE.decimal(c.cuts.strength)}.`,
    concentration: "Konzentration",
    monoVerdict: (mono) => `Monokunde: ${mono ? "JA" : "nein"} · größter Anteil`,
    yesNo: ["ja", "nein"],
    hhiVerdict: (level) => `HHI · Konzentration ${level}`,
    noRevenue: "Keine Umsatzspalte gewählt: keine Anteile, Konzentration oder ABC-Klassen.",
    strengthLow: "Relative Stärke: niedrig",
    strengthHigh: "Relative Stärke: hoch",
    attractiveness: "Attraktivität",
    high: "hoch",
    low: "niedrig",
    strategy: {
      keyAccount: "Investieren: Partnerschaft, Planung",
      keyDevelopment: "Gezielt investieren: Anteil gewinnen",
      maintenance: "Effizient pflegen, Marge sichern",
      opportunistic: "Mit wenig Aufwand bedienen",
    },
    more: (n, scores) => `+ ${n} weitere (siehe „${scores}“)`,
    none: "keine",
    notPlaced: (n) =>
      `${n} ${n === 1 ? "Kunde hat" : "Kunden haben"} auf einer Achse keine Punkte und keinen Quadranten.`,
    concentrationSummary: "Umsatzkonzentration",
    model: "Modell",
    modelHeaders: ["Kriterium", "Gewicht", "Achse: Punkte aus", "% Achse"],
    axis: { attractiveness: "Attraktivität", strength: "Relative Stärke" },
    input: (c, max) => {
      const how =
        c.input === "points"
          ? `Punkte 1 bis ${max}`
          : c.input === "rank"
            ? "Rang"
            : `${c.input === "log" ? "logarithmisch" : "linear"} von ${c.low === undefined ? "Min" : DE.decimal(c.low)} bis ${c.high === undefined ? "Max" : DE.decimal(c.high)}`;
      return c.direction === "lower" ? `${how}, weniger ist besser` : how;
    },
    axisShare: { attractiveness: "Anteil am Score: Attraktivität", strength: "Anteil am Score: Stärke" },
    scale: "Punkteskala",
    scaleValue: (max) => `1 bis ${max}`,
    cuts: { attractiveness: "Grenze: Attraktivität", strength: "Grenze: relative Stärke" },
    totalRevenue: "Gesamtumsatz (für Anteile)",
    unused: (n) => `Nicht verwendete Zellen: ${n}`,
    unusedNone: "Jede Zelle, die die Kriterien nennen, war verwendbar.",
    unusedItem: (w) => `Zeile ${w.sheetRow}, ${w.column}: ${w.message}`,
    scaleItem: (w, max) =>
      w.kind === "outsideScale"
        ? `Spalte „${w.column}“: Punkte von ${DE.decimal(w.min)} bis ${DE.decimal(w.max)}, außerhalb der Skala 1 bis ${max}; die Zellen außerhalb werden nicht verwendet`
        : `Spalte „${w.column}“: nur Punkte von ${DE.decimal(w.min)} bis ${DE.decimal(w.max)} auf einer Skala bis ${max}; eine Bewertung 1-10?`,
    moreWarnings: (n) => `+ ${n} weitere`,
    edge: (n, threshold) =>
      `Auf der Kippe: ${n} ${n === 1 ? "Kunde, den" : "Kunden, die"} eine Gewichtsänderung unter ${DE.percent(threshold)} in einen anderen Quadranten brächte`,
    edgeHeaders: ["Kunde", "Abstand", "Quadrant", "Was ihn kippen würde"],
    edgeMore: (n, scores) => `+ ${n} weitere (siehe „Gewichtsänderung zum Wechsel“ in „${scores}“)`,
    chartHeaders: ["Kunde", "Relative Stärke", "Attraktivität", "Quadrant", "Umsatz"],
    chartTitle: "Attraktivität gegen relative Stärke",
    hAxis: "Relative Stärke: niedrig → hoch",
    vAxis: "Attraktivität: niedrig → hoch",
    cutTick: (cut) => `Grenze ${DE.decimal(cut)}`,
    abc: "ABC-Klasse",
    points: (c) => `Punkte: ${c}`,
    marginToCut: "Abstand zur Grenze",
    weightChangeToFlip: "Gewichtsänderung zum Wechsel",
    mainDrivers: "Haupttreiber",
    contribution: (c) => `Beitrag: ${c}`,
    dataRow: "Datenzeile",
    protection:
      "Erstellt von Key Account Matrix. Bitte neu erstellen (Erweiterungen > Key Account Matrix) statt zu bearbeiten.",
  },
};

/** Both languages' default names of each generated sheet (a sheet keeps a name a person gave it). */
export const DEFAULT_SHEET_NAMES = {
  overview: [SHEET_TEXTS.en.overviewName, SHEET_TEXTS.de.overviewName],
  scores: [SHEET_TEXTS.en.scoresName, SHEET_TEXTS.de.scoresName],
} as const;
