import type { Language } from "../core/language";

/** The texts of Export model as SQL on the server side, in English and German. */
export interface SqlMessages {
  menuExportSql: string;
  dialogTitle: string;
  noConfig: string;
  unknownDialect: (dialect: string) => string;
  badTable: (table: string) => string;
  unknownQuery: (query: string) => string;
  noRevenueColumn: string;
}

const EN: SqlMessages = {
  menuExportSql: "Export model as SQL",
  dialogTitle: "The model as SQL",
  noConfig: "There is no saved model yet: open Criteria & weights and save the criteria first.",
  unknownDialect: (d) => `Unknown SQL dialect "${d}": choose "bigquery" or "duckdb".`,
  badTable: (t) =>
    `The table name "${t}" cannot be used: give the table, optionally with its dataset and project (project.dataset.table), without empty parts.`,
  unknownQuery: (q) => `Unknown query "${q}": choose "scores" or "concentration".`,
  noRevenueColumn: "The model has no revenue column, so there is no concentration to compute.",
};

const DE: SqlMessages = {
  menuExportSql: "Modell als SQL exportieren",
  dialogTitle: "Das Modell als SQL",
  noConfig:
    "Es ist noch kein Modell gespeichert: Öffnen Sie Kriterien & Gewichte und speichern Sie zuerst die Kriterien.",
  unknownDialect: (d) => `Unbekannter SQL-Dialekt „${d}“: Wählen Sie „bigquery“ oder „duckdb“.`,
  badTable: (t) =>
    `Der Tabellenname „${t}“ ist nicht verwendbar: Geben Sie die Tabelle an, wahlweise mit Dataset und Projekt (projekt.dataset.tabelle), ohne leere Teile.`,
  unknownQuery: (q) => `Unbekannte Abfrage „${q}“: Wählen Sie „scores“ oder „concentration“.`,
  noRevenueColumn: "Das Modell hat keine Umsatzspalte, also gibt es keine Konzentration zu berechnen.",
};

export function sqlMessagesFor(language: Language): SqlMessages {
  return language === "de" ? DE : EN;
}
