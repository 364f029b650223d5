import type { HistoryDamage } from "./history";
import type { Language } from "./language";

/** Every text of the history: the overview's movers area, the dialogs and the toasts, in both languages. */
export interface HistoryTexts {
  newAccount: string;
  moversHeading: (since: string) => string;
  moversHeaders: [string, string, string, string];
  noMovers: string;
  firstSnapshot: string;
  modelChanged: string;
  goneHeading: (n: number) => string;
  moreGone: (n: number) => string;
  /** Points change of a criterion, e.g. "Need +3". */
  driver: (criterion: string, change: number) => string;
  damaged: (sheet: string, damage: HistoryDamage) => string;
  fullReadToast: (sheet: string) => string;
  toastTitle: string;
  limitTitle: string;
  limitPrompt: (reason: "limit" | "half", keep: number | null, cells: number) => string;
  skipped: (sheet: string) => string;
  protection: string;
}

const signed = (n: number, language: Language) => {
  const text = Math.abs(n).toLocaleString(language === "de" ? "de-DE" : "en-US", {
    maximumFractionDigits: 1,
  });
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
};
const count = (n: number, language: Language) => n.toLocaleString(language === "de" ? "de-DE" : "en-US");

function damageEn(d: HistoryDamage): string {
  const p = d.problem;
  switch (p.kind) {
    case "header":
      return `column ${p.column} of the header is "${p.found}" instead of "${p.expected}"`;
    case "notANumber":
      return `"${p.column}" holds "${p.found}", not a number`;
    case "quadrant":
      return `the quadrant "${p.found}" is not one of the four`;
    case "emptyName":
      return "the account name is empty";
    case "rankOrder":
      return `the rank is "${p.found}" where ${p.expected} follows (rows were deleted, moved or sorted)`;
    case "gap":
      return "an empty row separates the snapshots";
  }
}

function damageDe(d: HistoryDamage): string {
  const p = d.problem;
  switch (p.kind) {
    case "header":
      return `Spalte ${p.column} der Kopfzeile heißt „${p.found}“ statt „${p.expected}“`;
    case "notANumber":
      return `„${p.column}“ enthält „${p.found}“, keine Zahl`;
    case "quadrant":
      return `der Quadrant „${p.found}“ ist keiner der vier`;
    case "emptyName":
      return "der Kundenname ist leer";
    case "rankOrder":
      return `der Rang ist „${p.found}“, wo ${p.expected} folgen müsste (Zeilen wurden gelöscht, verschoben oder sortiert)`;
    case "gap":
      return "eine leere Zeile trennt die Stände";
  }
}

export const HISTORY_TEXTS: Record<Language, HistoryTexts> = {
  en: {
    newAccount: "New",
    moversHeading: (since) => `Moved since the last snapshot (${since})`,
    moversHeaders: ["Account", "Rank change", "Quadrant", "Points that changed most"],
    noMovers: "No account changed rank or quadrant.",
    firstSnapshot:
      "This is the first snapshot of this data sheet: the next generation shows who moved (see KAM History).",
    modelChanged:
      "The model (criteria, weights or cuts) changed since that snapshot: the movement mixes changes in the data with changes in the model.",
    goneHeading: (n) => `No longer in the data: ${n} ${n === 1 ? "account" : "accounts"}`,
    moreGone: (n) => `… and ${n} more`,
    driver: (c, n) => `${c} ${signed(n, "en")}`,
    damaged: (sheet, d) =>
      `The sheet "${sheet}" was edited by hand and cannot be read back (row ${d.row}: ${damageEn(d)}), so no movement is shown. Undo the edit (File > Version history) or delete the sheet to start history afresh; this generation's snapshot was added at its end.`,
    fullReadToast: (sheet) => `"${sheet}" was edited by hand: reading it whole to find the last snapshot.`,
    toastTitle: "Key Account Matrix",
    limitTitle: "History is getting too large",
    limitPrompt: (reason, keep, cells) => {
      const why =
        reason === "limit"
          ? `Adding this snapshot (${count(cells, "en")} cells) would take the spreadsheet past Google Sheets' limit of 10,000,000 cells.`
          : `With this snapshot (${count(cells, "en")} cells) the history would take more than half of the 10,000,000 cells a spreadsheet may hold.`;
      return keep === null
        ? `${why}\n\nEven without the earlier snapshots it would not fit: the matrix is written without adding this snapshot, and the history stays as it is.`
        : `${why}\n\nKeep only the last ${keep} ${keep === 1 ? "snapshot" : "snapshots"} (this one included) and delete the older ones?\n\nYes: delete the older snapshots and add this one. No: write the matrix without adding this snapshot; the history stays as it is.`;
    },
    skipped: (sheet) => `The matrix was written; this snapshot was not added to "${sheet}".`,
    protection:
      "Written by Key Account Matrix: one snapshot per generation. Edits here can break the comparison with earlier snapshots.",
  },
  de: {
    newAccount: "Neu",
    moversHeading: (since) => `Bewegt seit dem letzten Stand (${since})`,
    moversHeaders: ["Kunde", "Rangänderung", "Quadrant", "Punkte mit der größten Änderung"],
    noMovers: "Kein Kunde hat Rang oder Quadrant gewechselt.",
    firstSnapshot:
      "Das ist der erste Stand dieses Datenblatts: die nächste Erstellung zeigt, wer sich bewegt hat (siehe KAM-Verlauf).",
    modelChanged:
      "Das Modell (Kriterien, Gewichte oder Grenzen) hat sich seit diesem Stand geändert: die Bewegung mischt Änderungen der Daten mit Änderungen des Modells.",
    goneHeading: (n) => `Nicht mehr in den Daten: ${n} ${n === 1 ? "Kunde" : "Kunden"}`,
    moreGone: (n) => `… und ${n} weitere`,
    driver: (c, n) => `${c} ${signed(n, "de")}`,
    damaged: (sheet, d) =>
      `Das Blatt „${sheet}“ wurde von Hand geändert und lässt sich nicht zurücklesen (Zeile ${d.row}: ${damageDe(d)}), daher wird keine Bewegung gezeigt. Machen Sie die Änderung rückgängig (Datei > Versionsverlauf) oder löschen Sie das Blatt, um den Verlauf neu zu beginnen; der Stand dieser Erstellung wurde am Ende angefügt.`,
    fullReadToast: (sheet) =>
      `„${sheet}“ wurde von Hand geändert: es wird ganz gelesen, um den letzten Stand zu finden.`,
    toastTitle: "Key Account Matrix",
    limitTitle: "Der Verlauf wird zu groß",
    limitPrompt: (reason, keep, cells) => {
      const why =
        reason === "limit"
          ? `Mit diesem Stand (${count(cells, "de")} Zellen) würde die Tabelle die Grenze von Google Sheets von 10.000.000 Zellen überschreiten.`
          : `Mit diesem Stand (${count(cells, "de")} Zellen) nähme der Verlauf mehr als die Hälfte der 10.000.000 Zellen ein, die eine Tabelle haben darf.`;
      return keep === null
        ? `${why}\n\nAuch ohne die früheren Stände passt er nicht: die Matrix wird ohne diesen Stand geschrieben, der Verlauf bleibt, wie er ist.`
        : `${why}\n\nNur die letzten ${keep} ${keep === 1 ? "Stand" : "Stände"} (dieser eingeschlossen) behalten und die älteren löschen?\n\nJa: die älteren Stände löschen und diesen anfügen. Nein: die Matrix ohne diesen Stand schreiben; der Verlauf bleibt, wie er ist.`;
    },
    skipped: (sheet) => `Die Matrix wurde geschrieben; dieser Stand wurde „${sheet}“ nicht angefügt.`,
    protection:
      "Geschrieben von Key Account Matrix: ein Stand pro Erstellung. Änderungen hier können den Vergleich mit früheren Ständen stören.",
  },
};
