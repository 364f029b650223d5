import type { Language } from "../core/language";
import type { DuplicateName } from "../core/plan";

/** What the Key account plan item shows, in English and German. */
export interface PlanMessages {
  menu: string;
  /** The menu item in the Help dialog. */
  help: string;
  title: string;
  reading: string;
  cannotUpdate: string;
  done: (accounts: number, added: number, kept: number) => string;
  duplicates: (names: DuplicateName[]) => string;
  noAccountColumn: (sheet: string, header: string) => string;
  /** The service failed before the new plan was in place: the old one is untouched. */
  failedBefore: (detail: string) => string;
  /** The rows are in place; formats, dropdowns or colours were not finished. */
  failedAfter: (detail: string) => string;
  /** Saving (flush) failed: the one content write is either in or not. */
  failedSaving: (detail: string) => string;
  /** Inside the matrix's toast when Generate refreshed the plan too. */
  refreshedWithMatrix: (accounts: number) => string;
}

const rows = (list: number[]) => list.join(", ");

const EN: PlanMessages = {
  menu: "Key account plan",
  help: "a row per key account to work with: needs, offers, contacts, loyalty. What you type there is kept.",
  title: "Key account plan",
  reading: "Reading the criteria, the data and the plan…",
  cannotUpdate: "The key account plan was not updated",
  done: (n, added, kept) =>
    `Key Account Plan ready: ${n} accounts in the plan, ${added} added, ${kept} kept that left the plan's quadrants.`,
  duplicates: (names) =>
    `These account names appear more than once in the data, so each gets its own row in the plan, in data order (check whether they are the same customer):\n` +
    names.map((d) => `"${d.name}": data rows ${rows(d.sheetRows)}`).join("\n"),
  noAccountColumn: (sheet, header) =>
    `The sheet "${sheet}" has no "${header}" column in row 1, so its rows cannot be matched to the accounts. Give the column its name back, then choose Key account plan again. Nothing was changed.`,
  failedBefore: (d) =>
    `Google Sheets failed while the plan was being written (${d}). The plan is as it was before: nothing you typed is lost. Choose Key account plan again in a moment.`,
  failedAfter: (d) =>
    `Every account's row is refreshed and every entry is on its account's row, but Google Sheets failed while the formats, dropdowns or colours were being set (${d}). Choose Key account plan again to finish them.`,
  failedSaving: (d) =>
    `Google Sheets failed while saving the plan (${d}). Every entry is on its account's row, in the plan as it was or as refreshed. Choose Key account plan again to make sure it is up to date.`,
  refreshedWithMatrix: (n) => `Key Account Plan refreshed: ${n} accounts.`,
};

const DE: PlanMessages = {
  menu: "Key-Account-Plan",
  help: "eine Zeile je Key Account: Bedarf, Angebote, Kontakte, Treue. Ihre Einträge bleiben erhalten.",
  title: "Key-Account-Plan",
  reading: "Kriterien, Daten und Plan werden gelesen…",
  cannotUpdate: "Der Key-Account-Plan wurde nicht aktualisiert",
  done: (n, added, kept) =>
    `Key-Account-Plan fertig: ${n} Kunden im Plan, ${added} neu, ${kept} behalten, die die Plan-Quadranten verlassen haben.`,
  duplicates: (names) =>
    `Diese Kundennamen stehen mehrfach in den Daten; jeder bekommt eine eigene Zeile im Plan, in der Reihenfolge der Daten (prüfen Sie, ob es derselbe Kunde ist):\n` +
    names.map((d) => `„${d.name}“: Datenzeilen ${rows(d.sheetRows)}`).join("\n"),
  noAccountColumn: (sheet, header) =>
    `Im Blatt „${sheet}“ fehlt in Zeile 1 die Spalte „${header}“, daher lassen sich die Zeilen den Kunden nicht zuordnen. Geben Sie der Spalte ihren Namen zurück und wählen Sie erneut Key-Account-Plan. Es wurde nichts geändert.`,
  failedBefore: (d) =>
    `Google Sheets ist beim Schreiben des Plans ausgefallen (${d}). Der Plan ist wie vorher: nichts, was Sie eingetragen haben, ist verloren. Wählen Sie gleich noch einmal Key-Account-Plan.`,
  failedAfter: (d) =>
    `Alle Zeilen sind aktualisiert und jeder Eintrag steht bei seinem Kunden, aber Google Sheets ist beim Setzen der Formate, Auswahllisten oder Farben ausgefallen (${d}). Wählen Sie erneut Key-Account-Plan, um das abzuschließen.`,
  failedSaving: (d) =>
    `Google Sheets ist beim Speichern des Plans ausgefallen (${d}). Jeder Eintrag steht bei seinem Kunden, im bisherigen oder im aktualisierten Plan. Wählen Sie erneut Key-Account-Plan, um sicherzugehen, dass er aktuell ist.`,
  refreshedWithMatrix: (n) => `Key-Account-Plan aktualisiert: ${n} Kunden.`,
};

export function planMessagesFor(language: Language): PlanMessages {
  return language === "de" ? DE : EN;
}
