import { QUADRANT_LABELS } from "../src/core/i18n";
import { languageForLocale, type Language } from "../src/core/language";
import type { QuadrantKey } from "../src/core/quadrant";

/** Every text the sidebar shows, in English and German. Spreadsheet texts are never part of these. */
const EN = {
  loading: "Loading…",
  sectionData: "Data",
  sectionAttractiveness: "Customer attractiveness",
  hintAttractiveness: "What makes us want them.",
  sectionStrength: "Our relative strength",
  hintStrength: "What makes them want us, as the customer sees it.",
  sectionPreview: "Preview",
  sectionMore: "More settings",
  dataSheet: "Data sheet",
  headerRow: "Header row",
  accountColumn: "Account column",
  revenueColumn: "Revenue column",
  none: "(none)",
  chooseColumn: "Choose a column",
  totalRevenue: "Total revenue (optional)",
  totalRevenueHint: "Blank: the sum of the listed accounts.",
  scaleMax: "Points scale: 1 to",
  cutAttractiveness: "Cut for attractiveness",
  cutStrength: "Cut for relative strength",
  cutHint: "Blank: the middle of the scale ({cut}).",
  language: "Language",
  languageAuto: "Automatic",
  criterion: "Criterion {n}",
  name: "Name",
  column: "Data column",
  axis: "Axis",
  axisAttractiveness: "Attractiveness",
  axisStrength: "Relative strength",
  weight: "Weight",
  weightSlider: "Weight slider",
  ofAxis: "{share} of the axis",
  direction: "Better when",
  higher: "Higher is better",
  lower: "Lower is better",
  input: "Input",
  inputPoints: "Points (1 to {max})",
  inputLinear: "Linear",
  inputLog: "Log",
  inputRank: "Rank",
  low: "Low",
  high: "High",
  anchorsHint: "Optional fixed ends; blank: smallest and largest value.",
  moveUp: "Move {name} up",
  moveDown: "Move {name} down",
  remove: "Remove {name}",
  addCriterion: "Add",
  preset: "Criterion to add",
  presetBlank: "Blank criterion",
  newCriterion: "New criterion",
  standardModel: "Use the standard criteria",
  noCriteria: "No criteria on this axis yet.",
  quadrantCounts: "Accounts per quadrant",
  top10: "Top 10",
  rank: "Rank",
  account: "Account",
  score: "Score",
  movement: "Change",
  movementHint: "Change of rank against the saved model.",
  up: "up {n}",
  down: "down {n}",
  same: "no change",
  new: "new",
  previewOf: "{n} accounts",
  previewNeedsAxes: "Give at least one criterion on each axis a weight above 0 to place the accounts.",
  previewNoData: "Choose a data sheet to see the preview.",
  previewWarnings: "{n} cells could not be used and were skipped.",
  mono: "Mono-customer: {account} brings {share} of the revenue.",
  save: "Save",
  saving: "Saving…",
  saved: "Saved to the sheet “{sheet}”.",
  generate: "Generate matrix",
  generating: "Generating the matrix…",
  generated: "Matrix written to the sheet “{sheet}”: {n} accounts.",
  generateUnavailable: "Generating the matrix is not available yet.",
  generateFailed: "The matrix was not made: the message in the spreadsheet says why.",
  fixFields: "Please fix the marked fields.",
  previewLoading: "Loading the preview…",
  previewFailed: "The preview could not read the sheet “{sheet}”: {message}",
  previewCapped:
    "The preview covers the first {n} of {total} rows; generating the matrix covers all of them.",
  kamScoreAxes: "KAM score from the two axes",
  kamScoreHint: "How much each axis counts in the KAM score and the ranking; quadrants do not change.",
  kamScoreSplit: "KAM score: attractiveness {a} / relative strength {s}",
  planQuadrants: "Key Account Plan: accounts in",
  planHint: "The plan lists the accounts of the quadrants ticked here.",
  configBroken: "The saved criteria could not be read. Saving replaces them.",
  columnMissing: "“{column}” is not in the header row.",
  failed: "That did not work: {message}",
  scaleWarningAllowed: "This is a warning only: you can still save.",
  edgeOne: "1 account is on the edge",
  edgeMany: "{n} accounts are on the edge",
  edgeHint: "A change of one weight by less than 10% of its axis would move each into another quadrant.",
  edgeItem: "{flip} moves it into another quadrant; {margin} points from the nearest cut.",
  edgeMore: "…and {n} more.",
  explainHint: "Click an account to see what each criterion contributes to its score.",
  explainButton: "Show what makes up the score of {account}",
  explainTitle: "What makes up the score of {account}",
  explainTotal: "KAM score",
};

export type MessageKey = keyof typeof EN;

const DE: Record<MessageKey, string> = {
  loading: "Wird geladen…",
  sectionData: "Daten",
  sectionAttractiveness: "Kundenattraktivität",
  hintAttractiveness: "Was uns den Kunden wünschen lässt.",
  sectionStrength: "Unsere relative Stärke",
  hintStrength: "Was der Kunde an uns schätzt, aus seiner Sicht.",
  sectionPreview: "Vorschau",
  sectionMore: "Weitere Einstellungen",
  dataSheet: "Datenblatt",
  headerRow: "Kopfzeile",
  accountColumn: "Spalte Kunde",
  revenueColumn: "Spalte Umsatz",
  none: "(keine)",
  chooseColumn: "Spalte wählen",
  totalRevenue: "Gesamtumsatz (optional)",
  totalRevenueHint: "Leer: die Summe der aufgeführten Kunden.",
  scaleMax: "Punkteskala: 1 bis",
  cutAttractiveness: "Schwelle Attraktivität",
  cutStrength: "Schwelle relative Stärke",
  cutHint: "Leer: die Mitte der Skala ({cut}).",
  language: "Sprache",
  languageAuto: "Automatisch",
  criterion: "Kriterium {n}",
  name: "Name",
  column: "Datenspalte",
  axis: "Achse",
  axisAttractiveness: "Attraktivität",
  axisStrength: "Relative Stärke",
  weight: "Gewicht",
  weightSlider: "Gewicht (Schieberegler)",
  ofAxis: "{share} der Achse",
  direction: "Besser, wenn",
  higher: "Höher ist besser",
  lower: "Niedriger ist besser",
  input: "Eingabe",
  inputPoints: "Punkte (1 bis {max})",
  inputLinear: "Linear",
  inputLog: "Logarithmisch",
  inputRank: "Rang",
  low: "Untergrenze",
  high: "Obergrenze",
  anchorsHint: "Optionale feste Enden; leer: kleinster und größter Wert.",
  moveUp: "{name} nach oben",
  moveDown: "{name} nach unten",
  remove: "{name} entfernen",
  addCriterion: "Hinzufügen",
  preset: "Neues Kriterium",
  presetBlank: "Leeres Kriterium",
  newCriterion: "Neues Kriterium",
  standardModel: "Standardkriterien verwenden",
  noCriteria: "Noch keine Kriterien auf dieser Achse.",
  quadrantCounts: "Kunden je Quadrant",
  top10: "Top 10",
  rank: "Rang",
  account: "Kunde",
  score: "Wert",
  movement: "Änderung",
  movementHint: "Rangänderung gegenüber dem gespeicherten Modell.",
  up: "{n} hoch",
  down: "{n} runter",
  same: "unverändert",
  new: "neu",
  previewOf: "{n} Kunden",
  previewNeedsAxes:
    "Geben Sie auf jeder Achse mindestens einem Kriterium ein Gewicht über 0, um die Kunden einzuordnen.",
  previewNoData: "Wählen Sie ein Datenblatt für die Vorschau.",
  previewWarnings: "{n} Zellen waren nicht verwendbar und wurden übersprungen.",
  mono: "Monokunde: {account} bringt {share} des Umsatzes.",
  save: "Speichern",
  saving: "Wird gespeichert…",
  saved: "Im Blatt „{sheet}“ gespeichert.",
  generate: "Matrix erzeugen",
  generating: "Die Matrix wird erzeugt…",
  generated: "Matrix im Blatt „{sheet}“ erstellt: {n} Kunden.",
  generateUnavailable: "Die Matrix kann noch nicht erzeugt werden (noch nicht verfügbar).",
  generateFailed: "Die Matrix wurde nicht erstellt: Die Meldung in der Tabelle nennt den Grund.",
  fixFields: "Bitte korrigieren Sie die markierten Felder.",
  previewLoading: "Die Vorschau wird geladen…",
  previewFailed: "Die Vorschau konnte das Blatt „{sheet}“ nicht lesen: {message}",
  previewCapped: "Die Vorschau umfasst die ersten {n} von {total} Zeilen; die Matrix wird aus allen erzeugt.",
  kamScoreAxes: "KAM-Score aus beiden Achsen",
  kamScoreHint: "Wie stark jede Achse in KAM-Score und Rangfolge zählt; die Quadranten ändern sich nicht.",
  kamScoreSplit: "KAM-Score: Attraktivität {a} / relative Stärke {s}",
  planQuadrants: "Key-Account-Plan: Kunden aus",
  planHint: "Der Plan führt die Kunden der hier angehakten Quadranten.",
  configBroken: "Die gespeicherten Kriterien konnten nicht gelesen werden. Speichern ersetzt sie.",
  columnMissing: "„{column}“ steht nicht in der Kopfzeile.",
  failed: "Das hat nicht geklappt: {message}",
  scaleWarningAllowed: "Das ist nur eine Warnung: Speichern ist trotzdem möglich.",
  edgeOne: "1 Kunde steht auf der Kippe",
  edgeMany: "{n} Kunden stehen auf der Kippe",
  edgeHint:
    "Ein Gewicht um weniger als 10 % seiner Achse geändert brächte jeden davon in einen anderen Quadranten.",
  edgeItem: "{flip} bringt ihn in einen anderen Quadranten; {margin} Punkte von der nächsten Schwelle.",
  edgeMore: "…und {n} weitere.",
  explainHint: "Klicken Sie auf einen Kunden, um zu sehen, was jedes Kriterium zu seinem Wert beiträgt.",
  explainButton: "Zeigen, woraus sich der Wert von {account} zusammensetzt",
  explainTitle: "Woraus sich der Wert von {account} zusammensetzt",
  explainTotal: "KAM-Score",
};

const MESSAGES: Record<Language, Record<MessageKey, string>> = { en: EN, de: DE };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return (key, values = {}) =>
    MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}

/** The config's language, else the browser's (the user's Google language in the sidebar frame). */
export function uiLanguage(configLanguage: Language | "" | undefined, browserLocale: string): Language {
  return configLanguage || languageForLocale(browserLocale);
}

export function quadrantLabel(language: Language, key: QuadrantKey): string {
  return QUADRANT_LABELS[language][key];
}

export function formatNumber(language: Language, value: number, digits = 1): string {
  return value.toLocaleString(language === "de" ? "de-DE" : "en-US", {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  });
}

/** Scores always with one decimal, so a column of them lines up. */
export function formatScore(language: Language, value: number): string {
  return value.toLocaleString(language === "de" ? "de-DE" : "en-US", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

export function formatPercent(language: Language, share: number): string {
  return share.toLocaleString(language === "de" ? "de-DE" : "en-US", {
    style: "percent",
    maximumFractionDigits: 0,
  });
}
