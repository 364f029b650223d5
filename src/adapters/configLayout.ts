import { a1, columnLetter } from "../core/a1";
import { isBlank, type CellValue } from "../core/cells";
import { type KamConfig, type KamConfigInput } from "../core/config";
import { QUADRANT_LABELS } from "../core/i18n";
import type { Language } from "../core/language";
import { coreMessages } from "../core/messages";
import { midpoint } from "../core/points";
import {
  CRITERIA_HEADER_WORDS,
  NO_QUADRANT_WORDS,
  SETTING_KEYS,
  SETTING_LABEL_WORDS,
  acceptedWords,
  choiceOfWord,
  isWord,
  type ChoiceField as ReadChoiceField,
  type SettingKey,
} from "./sheetWords";

/**
 * Where each part of a KamConfig sits in the `KAM Criteria` sheet, and the conversion between the config
 * and the sheet's cells. Pure: no Apps Script, so the layout is tested on plain arrays. The words read back
 * from the sheet live in sheetWords.ts; the texts here are only written.
 */
export const CONFIG_SHEET_NAME = "KAM Criteria";
export const CONFIG_COLUMNS = 12;
export const TITLE_ROW = 1;

export const SETTINGS = SETTING_KEYS;
export type { SettingKey } from "./sheetWords";
export const FIRST_SETTING_ROW = 2;

/** Where the settings and the criteria table sit in one version of the sheet. */
export interface SheetLayout {
  /** The settings rows it has, from FIRST_SETTING_ROW on, in SETTINGS order. */
  settings: readonly SettingKey[];
  criteriaHeaderRow: number;
  firstCriterionRow: number;
}

/** The layout the add-on writes: every setting, a blank row, the criteria table. */
export const LAYOUT: SheetLayout = {
  settings: SETTING_KEYS,
  criteriaHeaderRow: FIRST_SETTING_ROW + SETTING_KEYS.length + 1,
  firstCriterionRow: FIRST_SETTING_ROW + SETTING_KEYS.length + 2,
};

/**
 * Sheets saved before the axis shares and the plan rows (test/fixtures/kam-criteria-v1-*.json): the first
 * nine settings, the table header in row 12. Read for ever; never written.
 */
export const LAYOUT_V1: SheetLayout = {
  settings: SETTING_KEYS.slice(0, SETTING_KEYS.indexOf("language") + 1),
  criteriaHeaderRow: 12,
  firstCriterionRow: 13,
};

export const CRITERIA_HEADER_ROW = LAYOUT.criteriaHeaderRow;
export const FIRST_CRITERION_ROW = LAYOUT.firstCriterionRow;

/**
 * The layout a sheet was written with: the one whose header row holds the criteria header. A sheet that
 * matches none (rows inserted or deleted) is checked against the current layout by layoutProblems.
 */
export function layoutOf(grid: readonly CellValue[][]): SheetLayout {
  const holdsHeader = (layout: SheetLayout) =>
    isWord(grid[layout.criteriaHeaderRow - 1]?.[0] ?? "", CRITERIA_HEADER_WORDS);
  // The old layout first: in the current one, row 12 holds a settings label, never the header, while an
  // old sheet's row 15 may hold a criterion someone named "Criterion".
  return [LAYOUT_V1, LAYOUT].find(holdsHeader) ?? LAYOUT;
}

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
  "kamWeight",
] as const;
export type CriterionField = (typeof CRITERION_FIELDS)[number];

/** The criterion columns the add-on fills with formulas (written with setFormulas, never typed into). */
export const FORMULA_FIELDS: readonly CriterionField[] = [
  "axisShare",
  "attractivenessWeight",
  "strengthWeight",
  "kamWeight",
];

export function settingRow(key: SettingKey): number {
  return FIRST_SETTING_ROW + SETTINGS.indexOf(key);
}

/** 1-based column of a criterion field. */
export function criterionColumn(field: CriterionField): number {
  return CRITERION_FIELDS.indexOf(field) + 1;
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
      axisShareAttractiveness: [
        "KAM score: attractiveness share",
        "The attractiveness score's share of the KAM score: a percent or any number (50 and 50, 1 and 1 or 50% and 50% count alike). Blank both: half each.",
      ],
      axisShareStrength: [
        "KAM score: relative strength share",
        "The relative strength score's share of the KAM score, against the share above.",
      ],
      planQuadrants: [
        "Plan: quadrants",
        "The quadrants whose accounts go into the Key Account Plan, separated by commas: Key account, Key development, Maintenance, Opportunistic; none for no plan. Blank: Key account, Key development.",
      ],
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
      kamWeight: "KAM score weight",
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
      axisShareAttractiveness: [
        "KAM-Score: Anteil Attraktivität",
        "Anteil des Attraktivitäts-Scores am KAM-Score: Prozent oder eine beliebige Zahl (50 und 50, 1 und 1 oder 50 % und 50 % bedeuten dasselbe). Beide leer: je die Hälfte.",
      ],
      axisShareStrength: [
        "KAM-Score: Anteil relative Stärke",
        "Anteil des Scores der relativen Stärke am KAM-Score, im Verhältnis zum Anteil darüber.",
      ],
      planQuadrants: [
        "Plan: Quadranten",
        "Die Quadranten, deren Kunden in den Key-Account-Plan kommen, durch Kommas getrennt: Schlüsselkunde, Entwicklungskunde, Pflegekunde, Gelegenheitskunde; keine für keinen Plan. Leer: Schlüsselkunde, Entwicklungskunde.",
      ],
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
      kamWeight: "Gewicht KAM-Score",
    },
  },
};

/**
 * The words written for the choice fields, in the sheet's language (display texts: reading accepts every
 * word in sheetWords.ts). The quadrant names are the matrix's own labels.
 */
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
  quadrant: QUADRANT_LABELS,
} as const;

/** Written in the plan's cell for a plan with no quadrant. */
export const NO_QUADRANT_WORD: Record<Language, string> = { en: "none", de: "keine" };

export type ChoiceField = keyof typeof CHOICE_WORDS;

/** The written words of a choice field, in the order of its config values. */
export function choiceWords(field: ChoiceField, language: Language): string[] {
  return Object.values(CHOICE_WORDS[field][language] as Record<string, string>);
}

function choiceWord(field: ChoiceField, language: Language, value: string): string {
  return (CHOICE_WORDS[field][language] as Record<string, string>)[value] ?? value;
}

/** The config value for a word typed in the sheet, or the cell unchanged so the schema can object. */
function choiceValue(field: ReadChoiceField, cell: CellValue): CellValue {
  return choiceOfWord(field, cell) ?? cell;
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

/*
 * The sheet's formulas are written with Range.setFormulas in English syntax (English function names, "," as
 * argument separator). Google's reference for Range.setFormula/setFormulas says only that the formula is in
 * A1 notation (https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula); it
 * does not say how a spreadsheet whose locale writes ";" (de_DE) parses it. So these formulas use no
 * argument separator at all: one-argument functions (N, SUM, ISBLANK) and arithmetic on comparisons
 * (TRUE counts 1) instead of IF/AND/OR/IFERROR. What remains (English function names in a German
 * spreadsheet) is on docs/REAL-SHEETS-CHECKLIST.md.
 */

/** The weight if the row is on `axis` (any accepted word for it, as the reader accepts), else 0. */
function weightFormula(row: number, axis: "attractiveness" | "strength"): string {
  const axisCell = a1(row, criterionColumn("axis"));
  const weightCell = a1(row, criterionColumn("weight"));
  // Sheets compares texts case-insensitively, as the reader does; the words are distinct, so at most one is TRUE.
  const isAxis = acceptedWords("axis", axis)
    .map((w) => `(${axisCell}="${w}")`)
    .join("+");
  return `=N(${weightCell})*(${isAxis})`;
}

/** `cell / SUM(column)`, and 0 where the column sums to 0, without IFERROR. */
function shareOfColumn(row: number, field: CriterionField, lastRow: number): string {
  const column = columnLetter(criterionColumn(field));
  const sum = `SUM(${column}$${FIRST_CRITERION_ROW}:${column}$${lastRow})`;
  return `${column}${row}/(${sum}+(${sum}=0))`;
}

/** The weight as a share of its axis: a row is on one axis only, so the other term is 0. */
function axisShareFormula(row: number, lastRow: number): string {
  return `=${shareOfColumn(row, "attractivenessWeight", lastRow)}+${shareOfColumn(row, "strengthWeight", lastRow)}`;
}

/**
 * The criterion's effective weight in the KAM score: its share of its axis times the axis's share of the
 * KAM score, so that `=KAM_SCORE(points, KAM_WEIGHTS)` is the matrix's KAM score (docs/REFERENCE.md). Both
 * share cells blank mean half each, as the reader takes them; one blank counts 0.
 */
function kamWeightFormula(row: number, lastRow: number): string {
  const a = `$B$${settingRow("axisShareAttractiveness")}`;
  const s = `$B$${settingRow("axisShareStrength")}`;
  const bothBlank = `ISBLANK(${a})*ISBLANK(${s})`;
  const shareA = `(N(${a})+${bothBlank})`;
  const shareS = `(N(${s})+${bothBlank})`;
  const total = `(${shareA}+${shareS})`;
  return (
    `=${shareOfColumn(row, "attractivenessWeight", lastRow)}*${shareA}/${total}` +
    `+${shareOfColumn(row, "strengthWeight", lastRow)}*${shareS}/${total}`
  );
}

/** A setting that may be absent, as a cell: the number, or blank. */
function numberOrBlankCell(value: number | undefined): SheetCell {
  return value === undefined ? "" : value;
}

/** The plan's quadrants in the sheet's language, separated by commas; "none" for an empty plan. */
function planCell(config: KamConfig, language: Language): string {
  const { quadrants } = config.plan;
  if (quadrants.length === 0) return NO_QUADRANT_WORD[language];
  return quadrants.map((q) => choiceWord("quadrant", language, q)).join(", ");
}

/**
 * The whole sheet as one block of CONFIG_COLUMNS columns: title, settings with hints, the criteria table
 * with formulas (the FORMULA_FIELDS columns) for the per-axis weights, the weight as a share of its axis and
 * the KAM score weight, so that all follow a weight typed by hand. The writer puts the formulas in with
 * setFormulas and everything else with setValues.
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
    totalRevenue: numberOrBlankCell(config.totalRevenue),
    scaleMax: config.scaleMax,
    cutAttractiveness: config.cuts.attractiveness,
    cutStrength: config.cuts.strength,
    language: config.language ?? "",
    axisShareAttractiveness: config.axisWeights.attractiveness,
    axisShareStrength: config.axisWeights.strength,
    planQuadrants: planCell(config, language),
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
      low: numberOrBlankCell(c.low),
      high: numberOrBlankCell(c.high),
      attractivenessWeight: weightFormula(row, "attractiveness"),
      strengthWeight: weightFormula(row, "strength"),
      kamWeight: kamWeightFormula(row, lastRow),
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
  /** The layout the sheet was written with. */
  layout: SheetLayout;
}

/** Texts as typed; a number typed into a text field (a header "2024") is taken as its text. */
function textValue(cell: CellValue): unknown {
  if (typeof cell === "number") return String(cell);
  return cell;
}

function optionalValue(cell: CellValue): unknown {
  return isBlank(cell) ? undefined : cell;
}

/**
 * The plan's quadrants as typed: names (either language, or the config keys) separated by commas,
 * semicolons or line breaks; "none" for an empty plan; blank for the default. A word that names no quadrant
 * is passed on as typed, so the schema objects to it.
 */
function planValue(cell: CellValue): unknown {
  if (isBlank(cell)) return undefined;
  if (typeof cell !== "string") return { quadrants: [cell] };
  const words = cell
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== "");
  if (words.length === 1 && isWord(words[0] as string, NO_QUADRANT_WORDS)) return { quadrants: [] };
  return { quadrants: words.map((w) => choiceOfWord("quadrant", w) ?? w) };
}

/** The config input held by a sheet's cells (as getValues returns them), before validation. */
export function gridToConfigInput(grid: readonly CellValue[][]): GridReading {
  const layout = layoutOf(grid);
  const cell = (row: number, column: number): CellValue => grid[row - 1]?.[column - 1] ?? "";
  // A setting the sheet's layout has no row for reads as blank: its default.
  const setting = (key: SettingKey) => (layout.settings.includes(key) ? cell(settingRow(key), 2) : "");

  const criteria: Record<string, unknown>[] = [];
  const criterionRows: number[] = [];
  const inputColumns = CRITERION_FIELDS.filter((f) => !FORMULA_FIELDS.includes(f));
  for (let row = layout.firstCriterionRow; row <= grid.length; row++) {
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
      attractiveness: isBlank(cutA) ? midpoint(scale) : cutA,
      strength: isBlank(cutS) ? midpoint(scale) : cutS,
    };
  }
  const shareA = setting("axisShareAttractiveness");
  const shareS = setting("axisShareStrength");
  if (!isBlank(shareA) || !isBlank(shareS)) {
    input.axisWeights = {
      attractiveness: isBlank(shareA) ? 0 : shareA,
      strength: isBlank(shareS) ? 0 : shareS,
    };
  }
  const plan = planValue(setting("planQuadrants"));
  if (plan !== undefined) input.plan = plan;
  return { input: input as KamConfigInput, criterionRows, layout };
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
  axisWeights: "axisShareAttractiveness",
  "axisWeights.attractiveness": "axisShareAttractiveness",
  "axisWeights.strength": "axisShareStrength",
  plan: "planQuadrants",
};

/** The cell a config field lives in, for messages; null for a field with no cell (version). */
export function cellOfPath(
  path: readonly (string | number)[],
  criterionRows: readonly number[],
  layout: SheetLayout = LAYOUT,
): { row: number; column: number } | null {
  if (path[0] === "criteria" && typeof path[1] === "number") {
    const row = criterionRows[path[1]] ?? layout.firstCriterionRow + path[1];
    const field = path[2];
    const column =
      typeof field === "string" && (CRITERION_FIELDS as readonly string[]).includes(field)
        ? criterionColumn(field as CriterionField)
        : 1;
    return { row, column };
  }
  if (path[0] === "criteria") return { row: layout.criteriaHeaderRow, column: 1 };
  const key =
    SETTING_OF_PATH[path.slice(0, 2).join(".")] ??
    SETTING_OF_PATH[path.join(".")] ??
    SETTING_OF_PATH[String(path[0])];
  return key ? { row: settingRow(key), column: 2 } : null;
}

/**
 * Labels in column A that are not where the sheet's layout puts them: someone inserted or deleted rows
 * above the criteria, so reading by position would take the wrong cells. Worded in `language`, naming its
 * label. Labels are matched against every accepted spelling (sheetWords.ts).
 */
export function layoutProblems(grid: readonly CellValue[][], language: Language = "en"): CellProblem[] {
  const layout = layoutOf(grid);
  const label = (row: number): CellValue => grid[row - 1]?.[0] ?? "";
  const expected: { row: number; words: readonly string[]; shown: string }[] = layout.settings.map((key) => ({
    row: settingRow(key),
    words: SETTING_LABEL_WORDS[key],
    shown: SHEET_TEXTS[language].settings[key][0],
  }));
  expected.push({
    row: layout.criteriaHeaderRow,
    words: CRITERIA_HEADER_WORDS,
    shown: SHEET_TEXTS[language].criteria.name,
  });
  for (const { row, words, shown } of expected) {
    if (!isWord(label(row), words)) {
      return [{ row, column: 1, message: coreMessages(language).labelMoved(shown) }];
    }
  }
  return [];
}
