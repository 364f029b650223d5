import type { Language } from "./language";

/** Config fields as the sidebar and the `KAM Criteria` sheet name them in messages. */
export type FieldName =
  | "dataSheet"
  | "headerRow"
  | "accountColumn"
  | "revenueColumn"
  | "totalRevenue"
  | "scaleMax"
  | "cutAttractiveness"
  | "cutStrength"
  | "name"
  | "column"
  | "weight"
  | "low"
  | "high"
  | "axisWeightAttractiveness"
  | "axisWeightStrength";

/**
 * The core's user-visible texts: config validation, model errors, data warnings and matrix readiness. The
 * caller picks the language (the sidebar's, or config.language ?? the user's locale on the server).
 */
export interface CoreMessages {
  fields: Record<FieldName, string>;
  mustBeText: (field: string) => string;
  mustNotBeEmpty: (field: string) => string;
  mustBeNumber: (field: string) => string;
  mustBeWholeNumber: (field: string) => string;
  orMore: (field: string, min: number) => string;
  atLeast: (field: string, min: number) => string;
  atMost: (field: string, max: number) => string;
  greaterThan: (field: string, min: number) => string;
  wholeNumberFrom: (field: string, min: number) => string;
  version: string;
  language: string;
  axis: string;
  direction: string;
  input: string;
  criteriaList: string;
  highAboveLow: (high: number, low: number) => string;
  logLowAboveZero: (low: number) => string;
  axisWeightsZero: string;
  planQuadrant: string;
  duplicateName: (name: string, other: number) => string;
  noSheet: (sheet: string) => string;
  columnNotInRow: (column: string, row: number, sheet: string) => string;
  labelMoved: (label: string) => string;
  columnNotInHeader: (column: string, sheet: string) => string;
  totalBelowListed: (total: number, sheet: string, listed: number) => string;
  noWeightOnAxis: (axis: "attractiveness" | "strength") => string;
  notANumber: (what: string) => string;
  outsideScale: (value: number, max: number) => string;
  /** A "points" column with values outside 1..scaleMax: the column and the range found. */
  columnOutsideScale: (column: string, min: number, max: number, scaleMax: number) => string;
  /** A "points" column whose values all lie within 1..10 while the scale goes higher. */
  columnOnTenPointScale: (column: string, min: number, max: number, scaleMax: number) => string;
  negativeRevenue: (value: number) => string;
  /** How a cell that is not a usable number is described, as the subject of a sentence. */
  text: (text: string) => string;
  error: (code: string) => string;
  value: (value: string) => string;
  bool: (value: boolean) => string;
  date: (year: string, month: string, day: string) => string;
  invalidDate: string;
}

const EN: CoreMessages = {
  fields: {
    dataSheet: "Data sheet",
    headerRow: "Header row",
    accountColumn: "Account column",
    revenueColumn: "Revenue column",
    totalRevenue: "Total revenue",
    scaleMax: "Points scale",
    cutAttractiveness: "Attractiveness cut",
    cutStrength: "Strength cut",
    name: "Criterion name",
    column: "Data column",
    weight: "Weight",
    low: "Low",
    high: "High",
    axisWeightAttractiveness: "Attractiveness share of the KAM score",
    axisWeightStrength: "Relative strength share of the KAM score",
  },
  mustBeText: (f) => `${f} must be text.`,
  mustNotBeEmpty: (f) => `${f} must not be empty.`,
  mustBeNumber: (f) => `${f} must be a number.`,
  mustBeWholeNumber: (f) => `${f} must be a whole number.`,
  orMore: (f, n) => `${f} must be ${n} or more.`,
  atLeast: (f, n) => `${f} must be at least ${n}.`,
  atMost: (f, n) => `${f} must be at most ${n}.`,
  greaterThan: (f, n) => `${f} must be greater than ${n}.`,
  wholeNumberFrom: (f, n) => `${f} must be a whole number of ${n} or more.`,
  version: "version must be 1.",
  language: 'Language must be "en" or "de".',
  axis: 'Axis must be "attractiveness" or "strength".',
  direction: 'Direction must be "higher" or "lower".',
  input: 'Input must be "points", "linear", "log" or "rank".',
  criteriaList: "Criteria must be a list.",
  highAboveLow: (high, low) => `High (${high}) must be greater than low (${low}).`,
  logLowAboveZero: (low) => `Low (${low}) must be greater than 0 for log points.`,
  axisWeightsZero: "At least one axis must have a share of the KAM score above 0.",
  planQuadrant: 'Plan quadrants must be "keyAccount", "keyDevelopment", "maintenance" or "opportunistic".',
  duplicateName: (name, other) => `Criterion name "${name}" is used twice (also criterion ${other}).`,
  noSheet: (s) => `There is no sheet named "${s}".`,
  columnNotInRow: (c, row, s) => `The column "${c}" is not in row ${row} of the sheet "${s}".`,
  labelMoved: (label) =>
    `Expected the label "${label}" here: rows above the criteria were inserted or deleted. Move them back, or save the criteria again from the sidebar.`,
  columnNotInHeader: (c, s) => `The column "${c}" is not in the header row of the sheet "${s}".`,
  totalBelowListed: (total, s, listed) =>
    `The total revenue in the settings (${total}) is smaller than the revenues listed in "${s}" (${listed}).`,
  noWeightOnAxis: (axis) =>
    `There is no criterion with a weight above 0 on the ${axis === "strength" ? "relative strength" : axis} axis.`,
  notANumber: (what) => `${what} is not a number`,
  outsideScale: (v, max) => `${v} is outside the points scale 1 to ${max}`,
  columnOutsideScale: (c, min, max, scale) =>
    `The column "${c}" holds points from ${min} to ${max}, outside the points scale 1 to ${scale}: the cells outside it are not used. Rescale the ratings or change the points scale.`,
  columnOnTenPointScale: (c, min, max, scale) =>
    `The column "${c}" holds points from ${min} to ${max} only, while the points scale goes to ${scale}: it looks like a 1-10 rating. Rescale the ratings or set the points scale to 10.`,
  negativeRevenue: (v) => `revenue ${v} is negative`,
  text: (t) => `the text "${t}"`,
  error: (code) => `the error ${code}`,
  value: (v) => `the value ${v}`,
  bool: (b) => `the value ${b ? "TRUE" : "FALSE"}`,
  date: (y, m, d) => `the date ${y}-${m}-${d}`,
  invalidDate: "an invalid date",
};

/** A decimal comma, no grouping: the value exactly as typed, the way a German sheet shows it. */
const num = (n: number) => String(n).replace(".", ",");

const DE: CoreMessages = {
  fields: {
    dataSheet: "Datenblatt",
    headerRow: "Kopfzeile",
    accountColumn: "Spalte Kunde",
    revenueColumn: "Spalte Umsatz",
    totalRevenue: "Gesamtumsatz",
    scaleMax: "Punkteskala",
    cutAttractiveness: "Schwelle Attraktivität",
    cutStrength: "Schwelle relative Stärke",
    name: "Name des Kriteriums",
    column: "Datenspalte",
    weight: "Gewicht",
    low: "Untergrenze",
    high: "Obergrenze",
    axisWeightAttractiveness: "Anteil Attraktivität am KAM-Score",
    axisWeightStrength: "Anteil relative Stärke am KAM-Score",
  },
  mustBeText: (f) => `${f} muss ein Text sein.`,
  mustNotBeEmpty: (f) => `${f} darf nicht leer sein.`,
  mustBeNumber: (f) => `${f} muss eine Zahl sein.`,
  mustBeWholeNumber: (f) => `${f} muss eine ganze Zahl sein.`,
  orMore: (f, n) => `${f} muss ${n} oder mehr sein.`,
  atLeast: (f, n) => `${f} muss mindestens ${n} sein.`,
  atMost: (f, n) => `${f} darf höchstens ${n} sein.`,
  greaterThan: (f, n) => `${f} muss größer als ${n} sein.`,
  wholeNumberFrom: (f, n) => `${f} muss eine ganze Zahl ab ${n} sein.`,
  version: "Version muss 1 sein.",
  language: "Sprache muss „en“ oder „de“ sein.",
  axis: "Achse muss „Attraktivität“ oder „Stärke“ sein.",
  direction: "Richtung muss „höher“ oder „niedriger“ sein.",
  input: "Eingabe muss „Punkte“, „linear“, „logarithmisch“ oder „Rang“ sein.",
  criteriaList: "Die Kriterien müssen eine Liste sein.",
  highAboveLow: (high, low) =>
    `Obergrenze (${num(high)}) muss größer als die Untergrenze (${num(low)}) sein.`,
  logLowAboveZero: (low) => `Untergrenze (${num(low)}) muss für logarithmische Punkte größer als 0 sein.`,
  axisWeightsZero: "Mindestens eine Achse muss einen Anteil am KAM-Score über 0 haben.",
  planQuadrant:
    "Plan-Quadranten müssen „Schlüsselkunde“, „Entwicklungskunde“, „Pflegekunde“ oder „Gelegenheitskunde“ sein.",
  duplicateName: (name, other) => `Der Name „${name}“ kommt doppelt vor (auch Kriterium ${other}).`,
  noSheet: (s) => `Es gibt kein Blatt namens „${s}“.`,
  columnNotInRow: (c, row, s) => `Die Spalte „${c}“ steht nicht in Zeile ${row} des Blatts „${s}“.`,
  labelMoved: (label) =>
    `Hier sollte „${label}“ stehen: Über den Kriterien wurden Zeilen eingefügt oder gelöscht. Stellen Sie sie wieder her, oder speichern Sie die Kriterien erneut in der Seitenleiste.`,
  columnNotInHeader: (c, s) => `Die Spalte „${c}“ steht nicht in der Kopfzeile des Blatts „${s}“.`,
  totalBelowListed: (total, s, listed) =>
    `Der Gesamtumsatz in den Einstellungen (${num(total)}) ist kleiner als die Summe der Umsätze in „${s}“ (${num(listed)}).`,
  noWeightOnAxis: (axis) =>
    `Auf der Achse ${axis === "strength" ? "relative Stärke" : "Attraktivität"} hat kein Kriterium ein Gewicht über 0.`,
  notANumber: (what) => `${what} ist keine Zahl`,
  outsideScale: (v, max) => `${num(v)} liegt außerhalb der Punkteskala 1 bis ${max}`,
  columnOutsideScale: (c, min, max, scale) =>
    `Die Spalte „${c}“ enthält Punkte von ${num(min)} bis ${num(max)}, außerhalb der Punkteskala 1 bis ${scale}: Die Zellen außerhalb werden nicht verwendet. Rechnen Sie die Bewertungen um oder ändern Sie die Punkteskala.`,
  columnOnTenPointScale: (c, min, max, scale) =>
    `Die Spalte „${c}“ enthält nur Punkte von ${num(min)} bis ${num(max)}, die Punkteskala reicht aber bis ${scale}: Das sieht nach einer Bewertung von 1 bis 10 aus. Rechnen Sie die Bewertungen um oder stellen Sie die Punkteskala auf 10.`,
  negativeRevenue: (v) => `der Umsatz ${num(v)} ist negativ`,
  text: (t) => `der Text „${t}“`,
  error: (code) => `der Fehler ${code}`,
  value: (v) => `der Wert ${v}`,
  bool: (b) => `der Wert ${b ? "WAHR" : "FALSCH"}`,
  date: (y, m, d) => `das Datum ${d}.${m}.${y}`,
  invalidDate: "ein ungültiges Datum",
};

export function coreMessages(language: Language): CoreMessages {
  return language === "de" ? DE : EN;
}
