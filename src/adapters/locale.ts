import { languageForLocale, type Language } from "../core/language";

/** The spreadsheet's language for labels; English when the locale cannot be read. */
export function spreadsheetLanguage(): Language {
  try {
    return languageForLocale(SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale());
  } catch {
    return "en";
  }
}
