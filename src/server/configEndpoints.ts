import type { CellValue } from "../core/cells";
import { ConfigError, describeProblem, type KamConfig, type KamConfigInput } from "../core/config";
import { coreMessages } from "../core/messages";
import { DEFAULT_SHEET_NAMES } from "../core/matrixLayout";
import { headerTexts } from "../core/table";
import {
  dateFormatter,
  readSheetTop,
  summariseDataSheets,
  type DataSheetSummary,
} from "../adapters/dataSheet";
import {
  CONFIG_SHEET_NAME,
  findConfigSheet,
  readConfigFromSpreadsheet,
  writeConfigToSpreadsheet,
} from "../adapters/configSheet";
import { userLanguage } from "./messages";

const SIDEBAR_FILE = "Sidebar";
const SIDEBAR_TITLE = "Key Account Matrix";
/**
 * An inline script in sidebar/index.html holds this assignment; showSidebar fills in the user's locale. An
 * inline script is page content, which HtmlService serves as written; an attribute on <html> is not, as the
 * page is placed inside Google's own document (https://developers.google.com/apps-script/guides/html).
 */
const USER_LOCALE_SLOT = 'kamUserLocale = ""';

/** The most accounts getPreviewData sends: google.script.run carries 100,000 rows slowly or not at all. */
export const PREVIEW_ROW_LIMIT = 5000;

/** A preview cell as it travels over google.script.run: dates as text in the spreadsheet's zone, blanks "". */
export type PreviewCell = string | number | boolean;

export interface PreviewData {
  headers: string[];
  rows: PreviewCell[][];
  /** Rows below the header row in the sheet; more than rows.length when the preview was cut at the limit. */
  totalRows: number;
}

/** A problem with a field of the model, as the sidebar places it: path "criteria[2].weight" and the message. */
export interface SidebarProblem {
  /** The field as text, e.g. "criteria[2].weight"; "" when the problem concerns the model as a whole. */
  field: string;
  /** The same field as a path, e.g. ["criteria", 2, "weight"]. */
  path: (string | number)[];
  message: string;
}

export type SidebarSaveResult = { ok: true; config: KamConfig } | { ok: false; problems: SidebarProblem[] };

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Dates made by another realm (the emulator, a sandbox) fail instanceof, so the tag is checked. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

function previewCell(value: CellValue, formatDate: (date: Date) => string): PreviewCell {
  if (value === null || value === undefined) return "";
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "" : formatDate(value);
  return value;
}

/**
 * The saved criteria model from the `KAM Criteria` sheet, or null when none is saved yet.
 *
 * @return {KamConfig|null} The configuration; throws a message naming the cell when a hand edit broke it.
 */
export function getConfig(): KamConfig | null {
  return readConfigFromSpreadsheet(activeSpreadsheet(), userLanguage());
}

/**
 * Validates the criteria model and writes it to the `KAM Criteria` sheet. An invalid model (or something
 * that is no configuration object, or a text longer than a cell holds) throws a ConfigError naming the
 * fields and leaves the spreadsheet as it was; a Google Sheets failure midway throws a message saying
 * whether the saved model is unchanged or the new one is saved but unfinished.
 *
 * @param {KamConfig} config The configuration to save.
 * @return {KamConfig} The configuration as saved, normalised.
 */
export function saveConfig(config: KamConfigInput): KamConfig {
  return writeConfigToSpreadsheet(activeSpreadsheet(), config, userLanguage());
}

// A model the schema or the data sheet refuses comes back as typed problems, not as an exception whose text
// the sidebar would take apart; any other failure (a service error) is thrown as before.
/** saveConfig for the sidebar: `{ok: true, config}`, or `{ok: false, problems}` naming each field. */
export function saveConfigFromSidebar(config: KamConfigInput): SidebarSaveResult {
  try {
    return { ok: true, config: saveConfig(config) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return {
      ok: false,
      problems: error.problems.map((problem) => ({
        field: describeProblem({ path: problem.path, message: "" }).replace(/: $/, ""),
        path: [...problem.path],
        message: problem.message,
      })),
    };
  }
}

/**
 * Every sheet that can hold account data, with its detected header row and header texts.
 *
 * @return {Array<{name: string, headerRow: number, headers: string[]}>} One entry per data sheet.
 */
export function listDataSheets(): DataSheetSummary[] {
  const spreadsheet = activeSpreadsheet();
  const own = new Set<string>([
    CONFIG_SHEET_NAME,
    ...DEFAULT_SHEET_NAMES.overview,
    ...DEFAULT_SHEET_NAMES.scores,
  ]);
  const configSheet = findConfigSheet(spreadsheet);
  if (configSheet) own.add(configSheet.getName());
  return summariseDataSheets(spreadsheet, own);
}

// At most PREVIEW_ROW_LIMIT rows are sent (totalRows says how many there are); blanks are "", dates the day
// (and time) in the spreadsheet's time zone: "2024-03-15" or "2024-03-15 14:30:00".
/** The headers and the cells below the header row of a data sheet, for the sidebar's preview. */
export function getPreviewData(sheetName: string, headerRow: number): PreviewData {
  const m = coreMessages(userLanguage());
  if (typeof sheetName !== "string" || sheetName === "") {
    throw new Error(m.mustNotBeEmpty(m.fields.dataSheet));
  }
  if (typeof headerRow !== "number" || !Number.isInteger(headerRow) || headerRow < 1) {
    throw new Error(m.wholeNumberFrom(m.fields.headerRow, 1));
  }
  const spreadsheet = activeSpreadsheet();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(m.noSheet(sheetName));
  const { grid, lastRow } = readSheetTop(sheet, headerRow + PREVIEW_ROW_LIMIT);
  const formatDate = dateFormatter(spreadsheet.getSpreadsheetTimeZone());
  return {
    headers: headerTexts(grid[headerRow - 1]),
    rows: grid.slice(headerRow).map((row) => row.map((value) => previewCell(value, formatDate))),
    totalRows: Math.max(0, lastRow - headerRow),
  };
}

/**
 * Opens the sidebar where managers choose the criteria and weights.
 */
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).getContent();
  // Letters, "_" and "-" only, so the locale cannot end the script's string.
  const locale = String(Session.getActiveUserLocale() ?? "").replace(/[^A-Za-z_-]/g, "");
  const html = HtmlService.createHtmlOutput(page.replace(USER_LOCALE_SLOT, `kamUserLocale = "${locale}"`))
    // Meta tags written in the HTML file are ignored by HtmlService; addMetaTag is the documented way
    // (https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)).
    .addMetaTag("viewport", "width=device-width, initial-scale=1")
    .setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
