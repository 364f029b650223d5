import type { Language } from "../../src/core/language";

/** What the SQL dialog shows, in English and German. */
export interface DialogTexts {
  dialect: string;
  table: string;
  tablePlaceholder: string;
  query: string;
  queries: { scores: string; concentration: string };
  copy: string;
  copied: string;
  copyFailed: string;
  loading: string;
  howTo: [string, string, string];
}

export const DIALOG_TEXTS: Record<Language, DialogTexts> = {
  en: {
    dialect: "Dialect",
    table: "Table with the data sheet's columns",
    tablePlaceholder: "project.dataset.accounts",
    query: "Query",
    queries: { scores: "Scores per account", concentration: "Concentration summary" },
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copyFailed: "Select the text and press Ctrl+C (the browser did not allow copying).",
    loading: "Writing the query…",
    howTo: [
      "Load the data sheet into BigQuery as a table whose column names are the sheet's headers, and enter its name above.",
      "BigQuery: paste the query into a new query in the BigQuery console and run it; save the result as a table or view.",
      "Sheets: Data > Data connectors > Connect to BigQuery, choose your project, then Write custom query, paste the query and connect.",
    ],
  },
  de: {
    dialect: "Dialekt",
    table: "Tabelle mit den Spalten des Datenblatts",
    tablePlaceholder: "project.dataset.accounts",
    query: "Abfrage",
    queries: { scores: "Bewertung je Kunde", concentration: "Konzentration" },
    copy: "Kopieren",
    copied: "In die Zwischenablage kopiert.",
    copyFailed: "Markieren Sie den Text und drücken Sie Strg+C (der Browser hat das Kopieren nicht erlaubt).",
    loading: "Die Abfrage wird geschrieben…",
    howTo: [
      "Laden Sie das Datenblatt als Tabelle nach BigQuery, deren Spaltennamen die Überschriften des Blatts sind, und tragen Sie oben ihren Namen ein.",
      "BigQuery: Fügen Sie die Abfrage in der BigQuery-Konsole in eine neue Abfrage ein und führen Sie sie aus; speichern Sie das Ergebnis als Tabelle oder Ansicht.",
      "Sheets: Daten > Datenconnectors > Mit BigQuery verbinden, Projekt wählen, dann Benutzerdefinierte Abfrage schreiben, die Abfrage einfügen und verbinden.",
    ],
  },
};
