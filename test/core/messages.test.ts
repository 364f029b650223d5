import { coreMessages, type CoreMessages, type FieldName } from "../../src/core/messages";

const en = coreMessages("en");
const de = coreMessages("de");

/** Each message as a caller builds it, with its English and German text. */
const MESSAGES: Array<[string, (m: CoreMessages) => string, string, string]> = [
  [
    "mustBeText",
    (m) => m.mustBeText(m.fields.name),
    "Criterion name must be text.",
    "Name des Kriteriums muss ein Text sein.",
  ],
  [
    "mustNotBeEmpty",
    (m) => m.mustNotBeEmpty(m.fields.dataSheet),
    "Data sheet must not be empty.",
    "Datenblatt darf nicht leer sein.",
  ],
  [
    "mustBeNumber",
    (m) => m.mustBeNumber(m.fields.weight),
    "Weight must be a number.",
    "Gewicht muss eine Zahl sein.",
  ],
  [
    "mustBeWholeNumber",
    (m) => m.mustBeWholeNumber(m.fields.scaleMax),
    "Points scale must be a whole number.",
    "Punkteskala muss eine ganze Zahl sein.",
  ],
  [
    "orMore",
    (m) => m.orMore(m.fields.weight, 0),
    "Weight must be 0 or more.",
    "Gewicht muss 0 oder mehr sein.",
  ],
  [
    "atLeast",
    (m) => m.atLeast(m.fields.scaleMax, 2),
    "Points scale must be at least 2.",
    "Punkteskala muss mindestens 2 sein.",
  ],
  [
    "atMost",
    (m) => m.atMost(m.fields.scaleMax, 100),
    "Points scale must be at most 100.",
    "Punkteskala darf höchstens 100 sein.",
  ],
  [
    "greaterThan",
    (m) => m.greaterThan(m.fields.totalRevenue, 0),
    "Total revenue must be greater than 0.",
    "Gesamtumsatz muss größer als 0 sein.",
  ],
  [
    "wholeNumberFrom",
    (m) => m.wholeNumberFrom(m.fields.headerRow, 1),
    "Header row must be a whole number of 1 or more.",
    "Kopfzeile muss eine ganze Zahl ab 1 sein.",
  ],
  [
    "highAboveLow",
    (m) => m.highAboveLow(0.5, 2.25),
    "High (0.5) must be greater than low (2.25).",
    "Obergrenze (0,5) muss größer als die Untergrenze (2,25) sein.",
  ],
  [
    "logLowAboveZero",
    (m) => m.logLowAboveZero(-1.5),
    "Low (-1.5) must be greater than 0 for log points.",
    "Untergrenze (-1,5) muss für logarithmische Punkte größer als 0 sein.",
  ],
  [
    "duplicateName",
    (m) => m.duplicateName("Need", 2),
    'Criterion name "Need" is used twice (also criterion 2).',
    "Der Name „Need“ kommt doppelt vor (auch Kriterium 2).",
  ],
  [
    "noSheet",
    (m) => m.noSheet("Missing"),
    'There is no sheet named "Missing".',
    "Es gibt kein Blatt namens „Missing“.",
  ],
  [
    "columnNotInRow",
    (m) => m.columnNotInRow("Client", 3, "Accounts"),
    'The column "Client" is not in row 3 of the sheet "Accounts".',
    "Die Spalte „Client“ steht nicht in Zeile 3 des Blatts „Accounts“.",
  ],
  [
    "labelMoved",
    (m) => m.labelMoved(m.fields.accountColumn),
    'Expected the label "Account column" here: rows above the criteria were inserted or deleted. Move them back, or save the criteria again from the sidebar.',
    "Hier sollte „Spalte Kunde“ stehen: Über den Kriterien wurden Zeilen eingefügt oder gelöscht. Stellen Sie sie wieder her, oder speichern Sie die Kriterien erneut in der Seitenleiste.",
  ],
  [
    "columnNotInHeader",
    (m) => m.columnNotInHeader("Wallet", "Accounts"),
    'The column "Wallet" is not in the header row of the sheet "Accounts".',
    "Die Spalte „Wallet“ steht nicht in der Kopfzeile des Blatts „Accounts“.",
  ],
  [
    "totalBelowListed",
    (m) => m.totalBelowListed(1000.5, "Accounts", 12345.75),
    'The total revenue in the settings (1000.5) is smaller than the revenues listed in "Accounts" (12345.75).',
    "Der Gesamtumsatz in den Einstellungen (1000,5) ist kleiner als die Summe der Umsätze in „Accounts“ (12345,75).",
  ],
  [
    "noWeightOnAxis strength",
    (m) => m.noWeightOnAxis("strength"),
    "There is no criterion with a weight above 0 on the relative strength axis.",
    "Auf der Achse relative Stärke hat kein Kriterium ein Gewicht über 0.",
  ],
  [
    "noWeightOnAxis attractiveness",
    (m) => m.noWeightOnAxis("attractiveness"),
    "There is no criterion with a weight above 0 on the attractiveness axis.",
    "Auf der Achse Attraktivität hat kein Kriterium ein Gewicht über 0.",
  ],
  [
    "notANumber",
    (m) => m.notANumber(m.text("n/a")),
    'the text "n/a" is not a number',
    "der Text „n/a“ ist keine Zahl",
  ],
  [
    "outsideScale",
    (m) => m.outsideScale(10.5, 10),
    "10.5 is outside the points scale 1 to 10",
    "10,5 liegt außerhalb der Punkteskala 1 bis 10",
  ],
  [
    "columnOutsideScale",
    (m) => m.columnOutsideScale("Need", 0.5, 12.5, 10),
    'The column "Need" holds points from 0.5 to 12.5, outside the points scale 1 to 10: the cells outside it are not used. Rescale the ratings or change the points scale.',
    "Die Spalte „Need“ enthält Punkte von 0,5 bis 12,5, außerhalb der Punkteskala 1 bis 10: Die Zellen außerhalb werden nicht verwendet. Rechnen Sie die Bewertungen um oder ändern Sie die Punkteskala.",
  ],
  [
    "columnOnTenPointScale",
    (m) => m.columnOnTenPointScale("Need", 1, 9.5, 100),
    'The column "Need" holds points from 1 to 9.5 only, while the points scale goes to 100: it looks like a 1-10 rating. Rescale the ratings or set the points scale to 10.',
    "Die Spalte „Need“ enthält nur Punkte von 1 bis 9,5, die Punkteskala reicht aber bis 100: Das sieht nach einer Bewertung von 1 bis 10 aus. Rechnen Sie die Bewertungen um oder stellen Sie die Punkteskala auf 10.",
  ],
  [
    "negativeRevenue",
    (m) => m.negativeRevenue(-2500.5),
    "revenue -2500.5 is negative",
    "der Umsatz -2500,5 ist negativ",
  ],
  [
    "error",
    (m) => m.notANumber(m.error("#N/A")),
    "the error #N/A is not a number",
    "der Fehler #N/A ist keine Zahl",
  ],
  ["value", (m) => m.value("[object]"), "the value [object]", "der Wert [object]"],
  [
    "bool true",
    (m) => m.notANumber(m.bool(true)),
    "the value TRUE is not a number",
    "der Wert WAHR ist keine Zahl",
  ],
  ["bool false", (m) => m.bool(false), "the value FALSE", "der Wert FALSCH"],
  ["date", (m) => m.date("2025", "03", "07"), "the date 2025-03-07", "das Datum 07.03.2025"],
];

describe("the core's messages", () => {
  it.each(MESSAGES)("%s reads as it should in English and German", (_, build, english, german) => {
    expect(build(en)).toBe(english);
    expect(build(de)).toBe(german);
  });

  it("are German only for German, English otherwise", () => {
    expect(coreMessages("de")).toBe(de);
    expect(coreMessages("en")).toBe(en);
    expect(de.noSheet("X")).not.toBe(en.noSheet("X"));
  });

  it("name every config field in both languages, each differently", () => {
    const names = Object.keys(en.fields) as FieldName[];
    expect(Object.keys(de.fields).sort()).toEqual([...names].sort());
    for (const language of [en, de]) {
      const labels = names.map((f) => language.fields[f]);
      expect(new Set(labels).size).toBe(names.length);
      expect(labels.every((l) => l.trim() !== "")).toBe(true);
    }
    expect(en.fields.cutStrength).toBe("Strength cut");
    expect(de.fields.cutStrength).toBe("Schwelle relative Stärke");
  });

  it("keep the fixed words of choice and list errors", () => {
    expect(en.invalidDate).toBe("an invalid date");
    expect(de.invalidDate).toBe("ein ungültiges Datum");
    expect(en.input).toBe('Input must be "points", "linear", "log" or "rank".');
    expect(de.input).toBe("Eingabe muss „Punkte“, „linear“, „logarithmisch“ oder „Rang“ sein.");
    expect(en.axisWeightsZero).toBe("At least one axis must have a share of the KAM score above 0.");
    expect(de.axisWeightsZero).toBe("Mindestens eine Achse muss einen Anteil am KAM-Score über 0 haben.");
  });
});
