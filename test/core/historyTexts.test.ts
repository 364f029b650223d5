import { historyLimit, parseHistoryHeader, type HistoryDamage } from "../../src/core/history";
import { HISTORY_TEXTS } from "../../src/core/historyTexts";

const en = HISTORY_TEXTS.en;
const de = HISTORY_TEXTS.de;

describe("the movers area's texts", () => {
  it("name the time of the previous snapshot in the heading", () => {
    expect(en.moversHeading("2025-03-01 09:15:00")).toBe(
      "Moved since the last snapshot (2025-03-01 09:15:00)",
    );
    expect(de.moversHeading("2025-03-01 09:15:00")).toBe(
      "Bewegt seit dem letzten Stand (2025-03-01 09:15:00)",
    );
  });

  it("count the accounts no longer in the data, singular and plural", () => {
    expect(en.goneHeading(1)).toBe("No longer in the data: 1 account");
    expect(en.goneHeading(2)).toBe("No longer in the data: 2 accounts");
    expect(en.goneHeading(0)).toBe("No longer in the data: 0 accounts");
    expect(de.goneHeading(1)).toBe("Nicht mehr in den Daten: 1 Kunde");
    expect(de.goneHeading(12)).toBe("Nicht mehr in den Daten: 12 Kunden");
    expect(en.moreGone(3)).toBe("… and 3 more");
    expect(de.moreGone(3)).toBe("… und 3 weitere");
  });

  it("give a driver's change in points with its sign (a true minus), at most one decimal", () => {
    expect(en.driver("Need", 3)).toBe("Need +3");
    expect(en.driver("Need", -2)).toBe("Need −2");
    expect(en.driver("Need", 0)).toBe("Need 0");
    expect(en.driver("Need", 1.25)).toBe("Need +1.3");
    // A change that rounds to nothing keeps its direction.
    expect(en.driver("Need", -0.04)).toBe("Need −0");
    expect(en.driver("Size", 1234.5)).toBe("Size +1,234.5");
    expect(de.driver("Bedarf", 3)).toBe("Bedarf +3");
    expect(de.driver("Bedarf", -2.5)).toBe("Bedarf −2,5");
    expect(de.driver("Bedarf", 0)).toBe("Bedarf 0");
    expect(de.driver("Größe", 1234.56)).toBe("Größe +1.234,6");
  });

  it("keep the fixed words of the area", () => {
    expect(en.newAccount).toBe("New");
    expect(de.newAccount).toBe("Neu");
    expect(en.moversHeaders).toEqual(["Account", "Rank change", "Quadrant", "Points that changed most"]);
    expect(de.moversHeaders).toEqual([
      "Kunde",
      "Rangänderung",
      "Quadrant",
      "Punkte mit der größten Änderung",
    ]);
    expect(en.noMovers).toBe("No account changed rank or quadrant.");
    expect(de.noMovers).toBe("Kein Kunde hat Rang oder Quadrant gewechselt.");
    expect(en.modelChanged).toMatch(/^The model \(criteria, weights or cuts\) changed since that snapshot: /);
    expect(de.modelChanged).toMatch(
      /^Das Modell \(Kriterien, Gewichte oder Grenzen\) hat sich seit diesem Stand /,
    );
    expect(en.firstSnapshot).toMatch(/^This is the first snapshot of this data sheet/);
    expect(de.firstSnapshot).toMatch(/^Das ist der erste Stand dieses Datenblatts/);
  });
});

describe("the notice on a damaged history", () => {
  const damage = (problem: HistoryDamage["problem"], row = 7): HistoryDamage => ({ row, problem });

  it("names the sheet, the row and what is wrong, and says how to recover", () => {
    expect(en.damaged("KAM History", damage({ kind: "gap" }))).toBe(
      'The sheet "KAM History" was edited by hand and cannot be read back (row 7: an empty row separates the snapshots), so no movement is shown. Undo the edit (File > Version history) or delete the sheet to start history afresh; this generation\'s snapshot was added at its end.',
    );
    expect(de.damaged("KAM-Verlauf", damage({ kind: "gap" }))).toBe(
      "Das Blatt „KAM-Verlauf“ wurde von Hand geändert und lässt sich nicht zurücklesen (Zeile 7: eine leere Zeile trennt die Stände), daher wird keine Bewegung gezeigt. Machen Sie die Änderung rückgängig (Datei > Versionsverlauf) oder löschen Sie das Blatt, um den Verlauf neu zu beginnen; der Stand dieser Erstellung wurde am Ende angefügt.",
    );
  });

  // What stands between "row N: " and "), so no movement" (English) or "), daher" (German).
  const problemEn = (d: HistoryDamage) => /\(row \d+: (.*)\), so no movement/.exec(en.damaged("H", d))?.[1];
  const problemDe = (d: HistoryDamage) => /\(Zeile \d+: (.*)\), daher/.exec(de.damaged("H", d))?.[1];

  it("describes a changed header as read back from the sheet", () => {
    const header = parseHistoryHeader(["Stand", "Data sheet"]);
    // A German first column makes the header German: the second column then should read "Datenblatt".
    expect(header).toEqual(
      damage({ kind: "header", column: 2, found: "Data sheet", expected: "Datenblatt" }, 1),
    );
    const d = header as HistoryDamage;
    expect(problemEn(d)).toBe('column 2 of the header is "Data sheet" instead of "Datenblatt"');
    expect(problemDe(d)).toBe("Spalte 2 der Kopfzeile heißt „Data sheet“ statt „Datenblatt“");
  });

  it.each<[HistoryDamage["problem"], string, string]>([
    [
      { kind: "notANumber", column: "Points: Need", found: "high" },
      '"Points: Need" holds "high", not a number',
      "„Points: Need“ enthält „high“, keine Zahl",
    ],
    [
      { kind: "quadrant", found: "Star" },
      'the quadrant "Star" is not one of the four',
      "der Quadrant „Star“ ist keiner der vier",
    ],
    [{ kind: "emptyName" }, "the account name is empty", "der Kundenname ist leer"],
    [
      { kind: "rankOrder", found: "7", expected: 3 },
      'the rank is "7" where 3 follows (rows were deleted, moved or sorted)',
      "der Rang ist „7“, wo 3 folgen müsste (Zeilen wurden gelöscht, verschoben oder sortiert)",
    ],
    [{ kind: "gap" }, "an empty row separates the snapshots", "eine leere Zeile trennt die Stände"],
  ])("describes %o", (problem, english, german) => {
    expect(problemEn(damage(problem))).toBe(english);
    expect(problemDe(damage(problem))).toBe(german);
  });
});

describe("the toasts and the protection", () => {
  it("say that a hand-edited history is read whole", () => {
    expect(en.fullReadToast("KAM History")).toBe(
      '"KAM History" was edited by hand: reading it whole to find the last snapshot.',
    );
    expect(de.fullReadToast("KAM-Verlauf")).toBe(
      "„KAM-Verlauf“ wurde von Hand geändert: es wird ganz gelesen, um den letzten Stand zu finden.",
    );
  });

  it("say that the snapshot was not added, naming the sheet", () => {
    expect(en.skipped("KAM History")).toBe(
      'The matrix was written; this snapshot was not added to "KAM History".',
    );
    expect(de.skipped("KAM-Verlauf")).toBe(
      "Die Matrix wurde geschrieben; dieser Stand wurde „KAM-Verlauf“ nicht angefügt.",
    );
  });

  it("title the toasts and the limit dialog", () => {
    expect(en.toastTitle).toBe("Key Account Matrix");
    expect(de.toastTitle).toBe("Key Account Matrix");
    expect(en.limitTitle).toBe("History is getting too large");
    expect(de.limitTitle).toBe("Der Verlauf wird zu groß");
    expect(en.protection).toMatch(/^Written by Key Account Matrix: one snapshot per generation\./);
    expect(de.protection).toMatch(/^Geschrieben von Key Account Matrix: ein Stand pro Erstellung\./);
  });
});

describe("the prompt when the history outgrows the spreadsheet", () => {
  it("offers to keep the last snapshots when the cell limit would be passed (as historyLimit decides)", () => {
    // 9,000,000 cells in the spreadsheet, a 2,000,000-cell history of four 500,000-cell snapshots, and an
    // append of 1,234,567 cells: dropping the oldest fits (total 9,734,567), so three stay and this one is added.
    const limit = historyLimit({
      spreadsheet: 9_000_000,
      history: 2_000_000,
      append: 1_234_567,
      snapshots: [500_000, 500_000, 500_000, 500_000],
    });
    expect(limit).toEqual({ reason: "limit", keep: 4 });
    const { reason, keep } = limit!;
    expect(en.limitPrompt(reason, keep, 1_234_567)).toBe(
      "Adding this snapshot (1,234,567 cells) would take the spreadsheet past Google Sheets' limit of 10,000,000 cells.\n\n" +
        "Keep only the last 4 snapshots (this one included) and delete the older ones?\n\n" +
        "Yes: delete the older snapshots and add this one. No: write the matrix without adding this snapshot; the history stays as it is.",
    );
    expect(de.limitPrompt(reason, keep, 1_234_567)).toBe(
      "Mit diesem Stand (1.234.567 Zellen) würde die Tabelle die Grenze von Google Sheets von 10.000.000 Zellen überschreiten.\n\n" +
        "Nur die letzten 4 Stände (dieser eingeschlossen) behalten und die älteren löschen?\n\n" +
        "Ja: die älteren Stände löschen und diesen anfügen. Nein: die Matrix ohne diesen Stand schreiben; der Verlauf bleibt, wie er ist.",
    );
  });

  it("says 'half' when the history alone would take more than half the cells, singular for one snapshot", () => {
    expect(en.limitPrompt("half", 1, 600)).toBe(
      "With this snapshot (600 cells) the history would take more than half of the 10,000,000 cells a spreadsheet may hold.\n\n" +
        "Keep only the last 1 snapshot (this one included) and delete the older ones?\n\n" +
        "Yes: delete the older snapshots and add this one. No: write the matrix without adding this snapshot; the history stays as it is.",
    );
    expect(de.limitPrompt("half", 1, 6000)).toBe(
      "Mit diesem Stand (6.000 Zellen) nähme der Verlauf mehr als die Hälfte der 10.000.000 Zellen ein, die eine Tabelle haben darf.\n\n" +
        "Nur die letzten 1 Stand (dieser eingeschlossen) behalten und die älteren löschen?\n\n" +
        "Ja: die älteren Stände löschen und diesen anfügen. Nein: die Matrix ohne diesen Stand schreiben; der Verlauf bleibt, wie er ist.",
    );
  });

  it("says nothing can be kept when even this snapshot alone does not fit", () => {
    expect(en.limitPrompt("limit", null, 5_000_001)).toBe(
      "Adding this snapshot (5,000,001 cells) would take the spreadsheet past Google Sheets' limit of 10,000,000 cells.\n\n" +
        "Even without the earlier snapshots it would not fit: the matrix is written without adding this snapshot, and the history stays as it is.",
    );
    expect(de.limitPrompt("half", null, 5_000_001)).toBe(
      "Mit diesem Stand (5.000.001 Zellen) nähme der Verlauf mehr als die Hälfte der 10.000.000 Zellen ein, die eine Tabelle haben darf.\n\n" +
        "Auch ohne die früheren Stände passt er nicht: die Matrix wird ohne diesen Stand geschrieben, der Verlauf bleibt, wie er ist.",
    );
  });
});
