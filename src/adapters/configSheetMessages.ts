import type { Language } from "../core/language";

/** Google Sheets holds at most this many characters in one cell and refuses a longer write. */
export const MAX_CELL_CHARACTERS = 50000;

/** What saving and reading the `KAM Criteria` sheet tell the user, in English and German. */
export interface ConfigSheetMessages {
  /** saveConfig was given something that is not a configuration object; `got` describes it. */
  notAConfig: (got: string) => string;
  nothing: string;
  aList: string;
  aNumber: (n: string) => string;
  aText: string;
  aFlag: string;
  tooLongForCell: (field: string, length: number) => string;
  planWord: (word: string, names: string) => string;
  /** A service error stopped the save before the new model was written: the saved one is as it was. */
  saveFailedKept: (detail: string) => string;
  /** The new model is written, but a later step (formulas, formats, named ranges) failed. */
  saveFailedUnfinished: (detail: string) => string;
}

const EXAMPLE = "{ version: 1, dataSheet, accountColumn, criteria: [...] }";

const en: ConfigSheetMessages = {
  notAConfig: (got) => `Expected a configuration object such as ${EXAMPLE}, but got ${got}.`,
  nothing: "nothing (null)",
  aList: "a list",
  aNumber: (n) => `the number ${n}`,
  aText: "a text",
  aFlag: "true or false",
  tooLongForCell: (field, length) =>
    `${field} is ${length.toLocaleString("en-US")} characters long; a cell in Google Sheets holds at most 50,000.`,
  planWord: (word, names) => `"${word}" is not a quadrant. Use ${names}, separated by commas, or none.`,
  saveFailedKept: (detail) =>
    `Saving stopped because Google Sheets failed (${detail}). The saved model in KAM Criteria is unchanged; please save again.`,
  saveFailedUnfinished: (detail) =>
    `The new model is saved in KAM Criteria, but Google Sheets failed while finishing the sheet (${detail}): its formulas, formats or the KAM_WEIGHTS names may be incomplete. Please save again.`,
};

const de: ConfigSheetMessages = {
  notAConfig: (got) => `Erwartet wird ein Konfigurationsobjekt wie ${EXAMPLE}, erhalten: ${got}.`,
  nothing: "nichts (null)",
  aList: "eine Liste",
  aNumber: (n) => `die Zahl ${n}`,
  aText: "ein Text",
  aFlag: "wahr oder falsch",
  tooLongForCell: (field, length) =>
    `${field} ist ${length.toLocaleString("de-DE")} Zeichen lang; eine Zelle in Google Sheets fasst höchstens 50.000.`,
  planWord: (word, names) =>
    `„${word}“ ist kein Quadrant. Erlaubt sind ${names}, durch Kommas getrennt, oder keine.`,
  saveFailedKept: (detail) =>
    `Das Speichern wurde abgebrochen, weil Google Sheets einen Fehler meldete (${detail}). Das gespeicherte Modell in KAM Criteria ist unverändert; bitte erneut speichern.`,
  saveFailedUnfinished: (detail) =>
    `Das neue Modell ist in KAM Criteria gespeichert, aber Google Sheets meldete beim Fertigstellen des Blatts einen Fehler (${detail}): Formeln, Formate oder die Namen KAM_WEIGHTS sind womöglich unvollständig. Bitte erneut speichern.`,
};

export function configSheetMessages(language: Language): ConfigSheetMessages {
  return language === "de" ? de : en;
}
