import { isBlank, type CellValue } from "../core/cells";
import { AXES, DIRECTIONS, INPUTS, type KamConfig, type KamConfigInput } from "../core/config";
import type { Language } from "../core/i18n";
import { coreMessages } from "../core/messages";
import { defaultCut } from "../core/quadrant";

/**
 * Where each part of a KamConfig sits in the `KAM Criteria` sheet, and the conversion between the config
 * and the sheet's cells. Pure: no Apps Script, so the layout is tested on plain arrays.
 */
export const CONFIG_SHEET_NAME = "KAM Criteria";
export const CONFIG_COLUMNS = 11;
export const TITLE_ROW = 1;
export const CRITERIA_HEADER_ROW = 12;
export const FIRST_CRITERION_ROW = 13;

export const SETTINGS = [
  "dataSheet",
  "headerRow",
  "accountColumn",
  "revenueColumn",
  "totalRevenue",
  "scaleMax",
  "cutAttractiveness",
  "cutStrength",
  "language",
] as const;
export type SettingKey = (typeof SETTINGS)[number];
export const FIRST_SETTING_ROW = 2;

export const CRITERION_FIELDS = [
  "name",
  "column",
  "axis",
  "weight",
  "axisShare",
  "direction",
  "input",
  "low",
  "high",
  "attractivenessWeight",
  "strengthWeight",
] as const;
export type CriterionField = (typeof CRITERION_FIELDS)[number];

export function settingRow(key: SettingKey): number {
  return FIRST_SETTING_ROW + SETTINGS.indexOf(key);
}

/** 1-based column of a criterion field. */
export function criterionColumn(field: CriterionField): number {
  return CRITERION_FIELDS.indexOf(field) + 1;
}

export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

interface SheetTexts {
  title: string;
  note: string;
  settings: Record<SettingKey, [label: string, hint: string]>;
  criteria: Record<CriterionField, string>;
}

export const SHEET_TEXTS: Record<Language, SheetTexts> = {
  en: {
    title: "Key Account Matrix: criteria and weights",
    note: "Edit from the sidebar (Extensions > Key Account Matrix) or here; the add-on checks every cell when it reads this sheet.",
    settings: {
      dataSheet: ["Data sheet", "The sheet with one row per account."],
      headerRow: ["Header row", "The row of that sheet that holds the column headers."],
      accountColumn: ["Account column", "Header of the column with the account names."],
      revenueColumn: ["Revenue column", "Optional: revenue for shares, bubble size and ABC classes."],
      totalRevenue: [
        "Total revenue",
        "Optional: the company's whole revenue. Blank: the sum of the accounts.",
      ],
      scaleMax: ["Points scale (1 to ...)", "Points run from 1 to this number."],
      cutAttractiveness: ["Cut: attractiveness", "An account at or above this score counts as attractive."],
      cutStrength: ["Cut: relative strength", "An account at or above this score counts as strong."],
      language: ["Language", "en or de. Blank: the language of each user."],
    },
    criteria: {
      name: "Criterion",
      column: "Data column",
      axis: "Axis",
      weight: "Weight",
      axisShare: "% of axis",
      direction: "Better when",
      input: "Input",
      low: "Low",
      high: "High",
      attractivenessWeight: "Attractiveness weight",
      strengthWeight: "Strength weight",
    },
  },
  de: {
    title: "Key Account Matrix: Kriterien und Gewichte",
    note: "Bearbeiten in der Seitenleiste (Erweiterungen > Key Account Matrix) oder hier; das Add-on prüft jede Zelle, wenn es dieses Blatt liest.",
    settings: {
      dataSheet: ["Datenblatt", "Das Blatt mit einer Zeile pro Kunde."],
      headerRow: ["Kopfzeile", "Die Zeile dieses Blatts mit den Spaltenüberschriften."],
      accountColumn: ["Spalte Kunde", "Überschrift der Spalte mit den Kundennamen."],
      revenueColumn: ["Spalte Umsatz", "Optional: Umsatz für Anteile, Blasengröße und ABC-Klassen."],
      totalRevenue: ["Gesamtumsatz", "Optional: der ganze Umsatz des Unternehmens. Leer: Summe der Kunden."],
      scaleMax: ["Punkteskala (1 bis ...)", "Punkte reichen von 1 bis zu dieser Zahl."],
      cutAttractiveness: ["Schwelle Attraktivität", "Ab diesem Wert gilt ein Kunde als attraktiv."],
      cutStrength: ["Schwelle relative Stärke", "Ab diesem Wert gilt unsere Position als stark."],
      language: ["Sprache", "en oder de. Leer: die Sprache des jeweiligen Nutzers."],
    },
    criteria: {
      name: "Kriterium",
      column: "Datenspalte",
      axis: "Achse",
      weight: "Gewicht",
      axisShare: "% der Achse",
      direction: "Besser wenn",
      input: "Eingabe",
      low: "Untergrenze",
      high: "Obergrenze",
      attractivenessWeight: "Gewicht Attraktivität",
      strengthWeight: "Gewicht Stärke",
    },
  },
};

/** The words written for the choice fields; reading accepts either language's word or the config value. */
export const CHOICE_WORDS = {
  axis: {
    en: { attractiveness: "attractiveness", strength: "strength" },
    de: { attractiveness: "Attraktivität", strength: "Stärke" },
  },
  direction: {
    en: { higher: "higher", lower: "lower" },
    de: { higher: "höher", lower: "niedriger" },
  },
  input: {
    en: { points: "points", linear: "linear", log: "log", rank: "rank" },
    de: { points: "Punkte", linear: "linear", log: "logarithmisch", rank: "Rang" },
  },
} as const;

export type ChoiceField = keyof typeof CHOICE_WORDS;
const CHOICE_VALUES: Record<ChoiceField, readonly string[]> = {
  axis: AXES,
  direction: DIRECTIONS,
  input: INPUTS,
};

export function choiceWords(field: ChoiceField, language: Language): string[] {
  const words = CHOICE_WORDS[field][language] as Record<string, string>;
  return CHOICE_VALUES[field].map((value) => words[value] as string);
}

function choiceWord(field: ChoiceField, language: Language, value: string): string {
  return (CHOICE_WORDS[field][language] as Record<string, string>)[value] ?? value;
}

/** The config value for a word typed in the sheet, or the cell unchanged so the schema can object. */
function choiceValue(field: ChoiceField, cell: CellValue): CellValue {
  if (typeof cell !== "string") return cell;
  const typed = cell.trim().toLowerCase();
  for (const value of CHOICE_VALUES[field]) {
    const words = [value, choiceWord(field, "en", value), choiceWord(field, "de", value)];
    if (words.some((w) => w.toLowerCase() === typed)) return value;
  }
  return cell;
}

/**
 * A text from a person or a data sheet, written so that Sheets keeps it as text: the leading apostrophe
 * stops `=cmd()` becoming a formula and `007`, `TRUE` or `1/2` becoming a number, flag or date.
 */
export function textCell(text: string): string {
  return `'${text}`;
}

/** What goes into one setValues call: config texts as protected text, numbers as numbers, "" for blank. */
export type SheetCell = string | number;

function weightFormula(row: number, axis: "attractiveness" | "strength"): string {
  const axisCell = a1(row, criterionColumn("axis"));
  const weightCell = a1(row, criterionColumn("weight"));
  const words = [choiceWord("axis", "en", axis), choiceWord("axis", "de", axis)];
  const isAxis = words.map((w) => `${axisCell}="${w}"`).join(",");
  return `=IF(AND(OR(${isAxis}),ISNUMBER(${weightCell})),${weightCell},0)`;
}

function axisShareFormula(row: number, lastRow: number): string {
  const share = (field: CriterionField) => {
    const column = columnLetter(criterionColumn(field));
    return `${column}${row}/SUM(${column}$${FIRST_CRITERION_ROW}:${column}$${lastRow})`;
  };
  const attractiveness = a1(row, criterionColumn("attractivenessWeight"));
  const strength = a1(row, criterionColumn("strengthWeight"));
  return `=IFERROR(IF(${attractiveness}>0,${share("attractivenessWeight")},IF(${strength}>0,${share("strengthWeight")},0)),"")`;
}

function optionalNumber(value: number | undefined): SheetCell {
  return value === undefined ? "" : value;
}

/**
 * The whole sheet as one block of CONFIG_COLUMNS columns: title, settings with hints, the criteria table
 * with formulas for the per-axis weights and the weight as a share of its axis, so that both follow a
 * weight typed by hand.
 */
export function configToGrid(config: KamConfig, language: Language): SheetCell[][] {
  const texts = SHEET_TEXTS[language];
  const blankRow = (): SheetCell[] => new Array<SheetCell>(CONFIG_COLUMNS).fill("");
  const grid: SheetCell[][] = [];
  for (let r = 1; r < FIRST_CRITERION_ROW + Math.max(config.criteria.length, 1); r++) grid.push(blankRow());
  const put = (row: number, column: number, value: SheetCell) => {
    (grid[row - 1] as SheetCell[])[column - 1] = value;
  };

  put(TITLE_ROW, 1, texts.title);
  put(TITLE_ROW, 3, texts.note);
  const settingValues: Record<SettingKey, SheetCell> = {
    dataSheet: textCell(config.dataSheet),
    headerRow: config.headerRow,
    accountColumn: textCell(config.accountColumn),
    revenueColumn: config.revenueColumn ? textCell(config.revenueColumn) : "",
    totalRevenue: optionalNumber(config.totalRevenue),
    scaleMax: config.scaleMax,
    cutAttractiveness: config.cuts.attractiveness,
    cutStrength: config.cuts.strength,
    language: config.language ?? "",
  };
  for (const key of SETTINGS) {
    const [label, hint] = texts.settings[key];
    put(settingRow(key), 1, label);
    put(settingRow(key), 2, settingValues[key]);
    put(settingRow(key), 3, hint);
  }

  CRITERION_FIELDS.forEach((field, i) => put(CRITERIA_HEADER_ROW, i + 1, texts.criteria[field]));
  const lastRow = FIRST_CRITERION_ROW + config.criteria.length - 1;
  config.criteria.forEach((c, i) => {
    const row = FIRST_CRITERION_ROW + i;
    const cells: Record<CriterionField, SheetCell> = {
      name: textCell(c.name),
      column: textCell(c.column),
      axis: choiceWord("axis", language, c.axis),
      weight: c.weight,
      axisShare: axisShareFormula(row, lastRow),
      direction: choiceWord("direction", language, c.direction),
      input: choiceWord("input", language, c.input),
      low: optionalNumber(c.low),
      high: optionalNumber(c.high),
      attractivenessWeight: weightFormula(row, "attractiveness"),
      strengthWeight: weightFormula(row, "strength"),
    };
    CRITERION_FIELDS.forEach((field, k) => put(row, k + 1, cells[field]));
  });
  return grid;
}

/** A problem found in the sheet, at a 1-based cell. */
export interface CellProblem {
  row: number;
  column: number;
  message: string;
}

export interface GridReading {
  /** The config as the sheet holds it, before validation. */
  input: KamConfigInput;
  /** For each criterion in `input`, the sheet row it came from (blank rows are skipped). */
  criterionRows: number[];
}

/** Texts as typed; a number typed into a text field (a header "2024") is taken as its text. */
function textValue(cell: CellValue): unknown {
  if (typeof cell === "number") return String(cell);
  return cell;
}

function optionalValue(cell: CellValue): unknown {
  return isBlank(cell) ? undefined : cell;
}

/** The config input held by a sheet's cells (as getValues returns them), before validation. */
export function gridToConfigInput(grid: readonly CellValue[][]): GridReading {
  const cell = (row: number, column: number): CellValue => grid[row - 1]?.[column - 1] ?? "";
  const setting = (key: SettingKey) => cell(settingRow(key), 2);

  const criteria: Record<string, unknown>[] = [];
  const criterionRows: number[] = [];
  const inputColumns = CRITERION_FIELDS.filter(
    (f) => f !== "axisShare" && f !== "attractivenessWeight" && f !== "strengthWeight",
  );
  for (let row = FIRST_CRITERION_ROW; row <= grid.length; row++) {
    const value = (field: CriterionField) => cell(row, criterionColumn(field));
    if (inputColumns.every((f) => isBlank(value(f)))) continue;
    const criterion: Record<string, unknown> = {
      name: isBlank(value("name")) ? "" : textValue(value("name")),
      column: isBlank(value("column")) ? "" : textValue(value("column")),
      axis: choiceValue("axis", value("axis")),
      weight: optionalValue(value("weight")),
      direction: optionalValue(choiceValue("direction", value("direction"))),
      input: optionalValue(choiceValue("input", value("input"))),
    };
    if (!isBlank(value("low"))) criterion.low = value("low");
    if (!isBlank(value("high"))) criterion.high = value("high");
    criteria.push(criterion);
    criterionRows.push(row);
  }

  const input: Record<string, unknown> = {
    version: 1,
    dataSheet: isBlank(setting("dataSheet")) ? "" : textValue(setting("dataSheet")),
    accountColumn: isBlank(setting("accountColumn")) ? "" : textValue(setting("accountColumn")),
    criteria,
  };
  const optional: [string, unknown][] = [
    ["headerRow", optionalValue(setting("headerRow"))],
    ["revenueColumn", isBlank(setting("revenueColumn")) ? undefined : textValue(setting("revenueColumn"))],
    ["totalRevenue", optionalValue(setting("totalRevenue"))],
    ["scaleMax", optionalValue(setting("scaleMax"))],
  ];
  for (const [key, value] of optional) if (value !== undefined) input[key] = value;

  const language = setting("language");
  if (!isBlank(language)) input.language = typeof language === "string" ? language.trim() : language;

  const cutA = setting("cutAttractiveness");
  const cutS = setting("cutStrength");
  if (!isBlank(cutA) || !isBlank(cutS)) {
    const scale = typeof input.scaleMax === "number" ? input.scaleMax : 10;
    input.cuts = {
      attractiveness: isBlank(cutA) ? defaultCut(scale) : cutA,
      strength: isBlank(cutS) ? defaultCut(scale) : cutS,
    };
  }
  return { input: input as KamConfigInput, criterionRows };
}

const SETTING_OF_PATH: Record<string, SettingKey> = {
  dataSheet: "dataSheet",
  headerRow: "headerRow",
  accountColumn: "accountColumn",
  revenueColumn: "revenueColumn",
  totalRevenue: "totalRevenue",
  scaleMax: "scaleMax",
  language: "language",
  "cuts.attractiveness": "cutAttractiveness",
  "cuts.strength": "cutStrength",
};

/** The cell a config field lives in, for messages; null for a field with no cell (version). */
export function cellOfPath(
  path: readonly (string | number)[],
  criterionRows: readonly number[],
): { row: number; column: number } | null {
  if (path[0] === "criteria" && typeof path[1] === "number") {
    const row = criterionRows[path[1]] ?? FIRST_CRITERION_ROW + path[1];
    const field = path[2];
    const column =
      typeof field === "string" && (CRITERION_FIELDS as readonly string[]).includes(field)
        ? criterionColumn(field as CriterionField)
        : 1;
    return { row, column };
  }
  if (path[0] === "criteria") return { row: CRITERIA_HEADER_ROW, column: 1 };
  const key = SETTING_OF_PATH[path.join(".")] ?? SETTING_OF_PATH[String(path[0])];
  return key ? { row: settingRow(key), column: 2 } : null;
}

/**
 * Labels in column A that are not where this layout puts them: someone inserted or deleted rows above the
 * criteria, so reading by position would take the wrong cells. Worded in `language`, naming its label.
 */
export function layoutProblems(grid: readonly CellValue[][], language: Language = "en"): CellProblem[] {
  const label = (row: number) =>
    String(grid[row - 1]?.[0] ?? "")
      .trim()
      .toLowerCase();
  const expected: { row: number; labels: string[] }[] = SETTINGS.map((key) => ({
    row: settingRow(key),
    labels: [SHEET_TEXTS.en.settings[key][0], SHEET_TEXTS.de.settings[key][0]],
  }));
  expected.push({
    row: CRITERIA_HEADER_ROW,
    labels: [SHEET_TEXTS.en.criteria.name, SHEET_TEXTS.de.criteria.name],
  });
  const problems: CellProblem[] = [];
  for (const { row, labels } of expected) {
    if (!labels.some((l) => l.toLowerCase() === label(row))) {
      problems.push({
        row,
        column: 1,
        message: coreMessages(language).labelMoved(labels[language === "de" ? 1 : 0] as string),
      });
      break;
    }
  }
  return problems;
}
