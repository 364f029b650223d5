import { languageForLocale, type Language } from "../core/language";

/** Every text the menu, the dialogs and the toasts show, in English and German. */
export interface Messages {
  menuOpenCriteria: string;
  menuGenerate: string;
  menuSampleData: string;
  menuHelp: string;
  helpTitle: string;
  /** How to start, in a few short steps. */
  helpSteps: string[];
  helpMenuHeading: string;
  /** What each menu item does, in menu order: Open criteria, Generate, Sample data, Help. */
  helpMenu: [string, string, string, string];
  helpFormulas: string;
  /** What a person meets with the custom functions: #NAME? until the add-on is used in the file, #VALUE! texts. */
  helpFunctionNotes: [string, string];
  toastTitle: string;
  toastReading: string;
  toastDone: (accounts: number, keyAccounts: number) => string;
  cannotGenerate: string;
  busy: string;
  noConfig: string;
  configInvalid: (detail: string) => string;
  noCriterionOnAxis: (axes: string[]) => string;
  axisNames: { attractiveness: string; strength: string };
  missingDataSheet: (sheet: string) => string;
  missingColumns: (columns: string[], sheet: string, headerRow: number) => string;
  emptyDataSheet: (sheet: string, headerRow: number) => string;
  tooLarge: (accounts: number, cells: number, used: number, limit: number) => string;
  modelProblem: (detail: string) => string;
  /** Sheets refused a write part-way: what it said, and that the data is untouched. */
  writeFailed: (detail: string, sheet: string, sheets: string[]) => string;
  /** Sheets failed while the criteria or the data were read: nothing was written. */
  readFailed: (detail: string) => string;
  sampleTitle: string;
  sampleDone: (sheets: string[]) => string;
  sampleKept: (sheets: string[]) => string;
  sampleConfirmOverwrite: (sheet: string) => string;
  sampleConfigKept: string;
}

const quoteList = (names: string[]) => names.map((n) => `"${n}"`).join(", ");
const quoteListDe = (names: string[]) => names.map((n) => `„${n}“`).join(", ");
const number = (n: number, language: Language) => n.toLocaleString(language === "de" ? "de-DE" : "en-US");

const EN: Messages = {
  menuOpenCriteria: "Open criteria & weights",
  menuGenerate: "Generate KAISM matrix",
  menuSampleData: "Insert sample data",
  menuHelp: "Help",
  helpTitle: "Key Account Matrix: how to start",
  helpSteps: [
    "To try it, choose Insert sample data.",
    "For your own data: one row per customer, with a name column and a column per criterion.",
    "Open criteria & weights: choose that sheet and the columns, put each criterion on an axis, give it a weight, and save.",
    "Choose Generate KAISM matrix, and again after every change to the data or the criteria.",
  ],
  helpMenuHeading: "The menu",
  helpMenu: [
    "a sidebar to choose the data sheet, the criteria, their axes and weights; they are saved in the KAM Criteria sheet, which you can also edit by hand.",
    "writes two sheets: KAISM Matrix, the overview (the four quadrants with their best accounts, a bubble chart, the revenue concentration and the model), and KAM Scores, the ranked table with a filter. Other sheets stay as they are.",
    "adds 40 fictional customers, matching criteria and a Formulas sheet; a sheet you changed is replaced only if you agree.",
    "this page.",
  ],
  helpFormulas:
    "In formulas: KAM_SCORE, KAM_CONTRIBUTION, REVENUE_SHARE, KAM_POINTS, KAM_QUADRANT, KAM_CONCENTRATION and KAM_ABC work on whole ranges.",
  helpFunctionNotes: [
    "They work only in a file where the add-on is enabled: Extensions > Add-ons > Manage add-ons > Key Account Matrix > Use in this document (until then they show #NAME?).",
    'A result "#VALUE! ..." is text, not an error value, so IFERROR does not catch it. To filter such cells: =LEFT(cell, 7) = "#VALUE!".',
  ],
  toastTitle: "Key Account Matrix",
  toastReading: "Reading the criteria and the data…",
  toastDone: (n, key) =>
    `KAISM Matrix ready: ${number(n, "en")} accounts, ${number(key, "en")} key accounts.`,
  cannotGenerate: "The KAISM matrix was not generated",
  busy: "Another run is writing the KAISM matrix right now. Wait a moment and try again.",
  noConfig:
    'There are no criteria yet (no "KAM Criteria" sheet). Open Extensions > Key Account Matrix > Open criteria & weights to set them up, or choose Insert sample data to try the add-on.',
  configInvalid: (d) =>
    `The criteria cannot be read: ${d}\nCorrect the "KAM Criteria" sheet, or open Extensions > Key Account Matrix > Open criteria & weights.`,
  noCriterionOnAxis: (axes) =>
    `No criterion with a weight above 0 is on the ${axes.join(" axis nor on the ")} axis, so there is nothing to place the accounts by. Give at least one criterion on each axis a weight above 0 in Open criteria & weights.`,
  axisNames: { attractiveness: "attractiveness", strength: "relative strength" },
  missingDataSheet: (s) =>
    `The data sheet "${s}" named in the criteria does not exist (renamed or deleted?). Choose the data sheet again in Open criteria & weights, or give the sheet its old name back.`,
  missingColumns: (cols, s, row) =>
    `${cols.length === 1 ? "The column" : "The columns"} ${quoteList(cols)} named in the criteria ${cols.length === 1 ? "is" : "are"} not in the header row (row ${row}) of "${s}". Was a column renamed? Rename it back, or choose the new column in Open criteria & weights.`,
  emptyDataSheet: (s, row) =>
    `The sheet "${s}" has no accounts below its header row (row ${row}). Add one row per account with its name, or choose Insert sample data to try the add-on.`,
  tooLarge: (n, cells, used, limit) =>
    `The matrix for ${number(n, "en")} accounts would need about ${number(cells, "en")} cells${used > 0 ? `, the data sheet already takes ${number(used, "en")} (empty rows and columns count too),` : ""} and a spreadsheet holds at most ${number(limit, "en")} cells in all. Delete unused rows, columns and sheets, or split the accounts over several spreadsheets.`,
  modelProblem: (d) => `${d}\nCorrect it in Open criteria & weights, then generate again.`,
  writeFailed: (d, sheet, sheets) =>
    `Google Sheets stopped while writing "${sheet}": ${d}\nYour data and your criteria are untouched, but ${quoteList(sheets)} ${sheets.length === 1 ? "is" : "are"} incomplete now. ${/protect/i.test(d) ? "A protection keeps the add-on from writing there: ask the owner of the protection to let you edit, or remove it, and generate again." : "Generate again in a moment; if it happens again, reload the spreadsheet first."}`,
  readFailed: (d) =>
    `Google Sheets stopped while the criteria and the data were being read: ${d}\nNothing was changed. Generate again in a moment; if it happens again, reload the spreadsheet first.`,
  sampleTitle: "Sample data",
  sampleDone: (sheets) =>
    `Added ${quoteList(sheets)}. Choose Extensions > Key Account Matrix > Generate KAISM matrix to see the result.`,
  sampleKept: (sheets) =>
    `${quoteList(sheets)} already existed and ${sheets.length === 1 ? "was" : "were"} left as they are.`,
  sampleConfirmOverwrite: (s) =>
    `The sheet "${s}" already exists and differs from the sample. Replace it with the sample? Choose No to keep it as it is.`,
  sampleConfigKept:
    'Your own criteria in "KAM Criteria" were kept, so Generate uses them, not the sample criteria.',
};

const DE: Messages = {
  menuOpenCriteria: "Kriterien & Gewichte öffnen",
  menuGenerate: "KAISM-Matrix erstellen",
  menuSampleData: "Beispieldaten einfügen",
  menuHelp: "Hilfe",
  helpTitle: "Key Account Matrix: so fangen Sie an",
  helpSteps: [
    "Zum Ausprobieren wählen Sie Beispieldaten einfügen.",
    "Für eigene Daten: eine Zeile je Kunde, mit einer Namensspalte und einer Spalte je Kriterium.",
    "Kriterien & Gewichte öffnen: das Blatt und die Spalten wählen, jedes Kriterium einer Achse zuordnen, ihm ein Gewicht geben und speichern.",
    "KAISM-Matrix erstellen wählen, und erneut nach jeder Änderung an Daten oder Kriterien.",
  ],
  helpMenuHeading: "Das Menü",
  helpMenu: [
    "eine Seitenleiste für Datenblatt, Kriterien, Achsen und Gewichte; gespeichert im Blatt KAM Criteria, das Sie auch von Hand bearbeiten können.",
    "schreibt zwei Blätter: KAISM-Matrix, die Übersicht (die vier Quadranten mit ihren besten Kunden, ein Blasendiagramm, die Umsatzkonzentration und das Modell), und KAM-Scores, die Rangliste mit Filter. Andere Blätter bleiben unverändert.",
    "legt 40 erfundene Kunden, passende Kriterien und ein Blatt mit Formeln an; ein von Ihnen geändertes Blatt wird nur mit Ihrer Zustimmung ersetzt.",
    "diese Seite.",
  ],
  helpFormulas:
    "In Formeln: KAM_SCORE, KAM_CONTRIBUTION, REVENUE_SHARE, KAM_POINTS, KAM_QUADRANT, KAM_CONCENTRATION und KAM_ABC arbeiten auf ganzen Bereichen.",
  helpFunctionNotes: [
    "Sie funktionieren nur in einer Datei, in der das Add-on aktiviert ist: Erweiterungen > Add-ons > Add-ons verwalten > Key Account Matrix > In diesem Dokument verwenden (bis dahin zeigen sie #NAME?).",
    'Ein Ergebnis „#VALUE! ...“ ist Text, kein Fehlerwert, daher fängt IFERROR es nicht ab. Solche Zellen filtern: =LEFT(Zelle; 7) = "#VALUE!" (mit Semikolon in einer deutschen Tabelle, mit Komma in einer englischen).',
  ],
  toastTitle: "Key Account Matrix",
  toastReading: "Kriterien und Daten werden gelesen…",
  toastDone: (n, key) =>
    `KAISM-Matrix fertig: ${number(n, "de")} Kunden, davon ${number(key, "de")} Schlüsselkunden.`,
  cannotGenerate: "Die KAISM-Matrix wurde nicht erstellt",
  busy: "Gerade schreibt ein anderer Lauf die KAISM-Matrix. Bitte kurz warten und erneut versuchen.",
  noConfig:
    "Es gibt noch keine Kriterien (kein Blatt „KAM Criteria“). Legen Sie sie unter Erweiterungen > Key Account Matrix > Kriterien & Gewichte öffnen an, oder wählen Sie Beispieldaten einfügen zum Ausprobieren.",
  configInvalid: (d) =>
    `Die Kriterien lassen sich nicht lesen: ${d}\nKorrigieren Sie das Blatt „KAM Criteria“ oder öffnen Sie Erweiterungen > Key Account Matrix > Kriterien & Gewichte öffnen.`,
  noCriterionOnAxis: (axes) =>
    `Auf der Achse ${axes.join(" und auf der Achse ")} hat kein Kriterium ein Gewicht über 0, daher lassen sich die Kunden nicht einordnen. Geben Sie unter Kriterien & Gewichte öffnen auf jeder Achse mindestens einem Kriterium ein Gewicht über 0.`,
  axisNames: { attractiveness: "Attraktivität", strength: "relative Stärke" },
  missingDataSheet: (s) =>
    `Das in den Kriterien genannte Datenblatt „${s}“ gibt es nicht (umbenannt oder gelöscht?). Wählen Sie das Datenblatt unter Kriterien & Gewichte öffnen neu, oder geben Sie dem Blatt seinen alten Namen zurück.`,
  missingColumns: (cols, s, row) =>
    `${cols.length === 1 ? "Die Spalte" : "Die Spalten"} ${quoteListDe(cols)} aus den Kriterien ${cols.length === 1 ? "steht" : "stehen"} nicht in der Kopfzeile (Zeile ${row}) von „${s}“. Wurde eine Spalte umbenannt? Benennen Sie sie zurück, oder wählen Sie die neue Spalte unter Kriterien & Gewichte öffnen.`,
  emptyDataSheet: (s, row) =>
    `Das Blatt „${s}“ enthält unter der Kopfzeile (Zeile ${row}) keine Kunden. Tragen Sie je Kunde eine Zeile mit Namen ein, oder wählen Sie Beispieldaten einfügen zum Ausprobieren.`,
  tooLarge: (n, cells, used, limit) =>
    `Die Matrix für ${number(n, "de")} Kunden bräuchte etwa ${number(cells, "de")} Zellen${used > 0 ? `, das Datenblatt belegt schon ${number(used, "de")} (leere Zeilen und Spalten zählen mit),` : ""} und eine Tabelle fasst höchstens ${number(limit, "de")} Zellen. Löschen Sie ungenutzte Zeilen, Spalten und Blätter oder verteilen Sie die Kunden auf mehrere Tabellen.`,
  modelProblem: (d) =>
    `${d}\nKorrigieren Sie das unter Kriterien & Gewichte öffnen und erstellen Sie die Matrix erneut.`,
  writeFailed: (d, sheet, sheets) =>
    `Google Sheets hat beim Schreiben von „${sheet}“ abgebrochen: ${d}\nIhre Daten und Kriterien sind unverändert, aber ${quoteListDe(sheets)} ${sheets.length === 1 ? "ist" : "sind"} jetzt unvollständig. ${/protect|geschützt/i.test(d) ? "Ein Schutz verhindert das Schreiben: Bitten Sie den Inhaber des Schutzes um Bearbeitungsrechte oder entfernen Sie ihn, und erstellen Sie die Matrix neu." : "Erstellen Sie die Matrix gleich noch einmal; passiert es wieder, laden Sie die Tabelle vorher neu."}`,
  readFailed: (d) =>
    `Google Sheets hat beim Lesen der Kriterien und Daten abgebrochen: ${d}\nEs wurde nichts geändert. Versuchen Sie es gleich noch einmal; passiert es wieder, laden Sie die Tabelle vorher neu.`,
  sampleTitle: "Beispieldaten",
  sampleDone: (sheets) =>
    `${quoteListDe(sheets)} angelegt. Wählen Sie Erweiterungen > Key Account Matrix > KAISM-Matrix erstellen, um das Ergebnis zu sehen.`,
  sampleKept: (sheets) =>
    `${quoteListDe(sheets)} ${sheets.length === 1 ? "gab es schon; es blieb" : "gab es schon; sie blieben"} unverändert.`,
  sampleConfirmOverwrite: (s) =>
    `Das Blatt „${s}“ gibt es schon, und es weicht vom Beispiel ab. Durch das Beispiel ersetzen? Mit Nein bleibt es, wie es ist.`,
  sampleConfigKept:
    "Ihre eigenen Kriterien in „KAM Criteria“ bleiben erhalten; KAISM-Matrix erstellen verwendet diese, nicht die Beispielkriterien.",
};

export function messagesFor(language: Language): Messages {
  return language === "de" ? DE : EN;
}

/** The user's language from their own locale; English when it cannot be read. Needs no authorisation. */
export function userLanguage(): Language {
  try {
    return languageForLocale(Session.getActiveUserLocale());
  } catch {
    return "en";
  }
}
