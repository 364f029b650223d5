import type { CellValue } from "../core/cells";
import type { KamConfig, KamConfigInput } from "../core/config";
import { coreMessages } from "../core/messages";
import { DEFAULT_SHEET_NAMES } from "../core/matrixLayout";
import { headerTexts } from "../core/table";
import { readSheetGrid, summariseDataSheets, type DataSheetSummary } from "../adapters/dataSheet";
import {
  CONFIG_SHEET_NAME,
  findConfigSheet,
  readConfigFromSpreadsheet,
  writeConfigToSpreadsheet,
} from "../adapters/configSheet";
import { userLanguage } from "./messages";

const SIDEBAR_FILE = "Sidebar";
const SIDEBAR_TITLE = "Key Account Matrix";
/** The sidebar's <html> carries this attribute; showSidebar fills in the user's locale for its language. */
const USER_LOCALE_SLOT = 'data-user-locale=""';

/** A preview cell as it travels over google.script.run: dates as ISO text, blanks as "". */
export type PreviewCell = string | number | boolean;

export interface PreviewData {
  headers: string[];
  rows: PreviewCell[][];
}

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Dates made by another realm (the emulator, a sandbox) fail instanceof, so the tag is checked. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

function previewCell(value: CellValue): PreviewCell {
  if (value === null || value === undefined) return "";
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
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

/**
 * The header texts and the raw cells below the header row of a data sheet, read in one batch, for the
 * sidebar's preview. Blanks are "", dates ISO text.
 *
 * @param {string} sheetName The data sheet.
 * @param {number} headerRow The 1-based row of the column headers.
 * @return {{headers: string[], rows: Array<Array<string|number|boolean>>}} Headers and rows.
 */
export function getPreviewData(sheetName: string, headerRow: number): PreviewData {
  const m = coreMessages(userLanguage());
  if (typeof sheetName !== "string" || sheetName === "") {
    throw new Error(m.mustNotBeEmpty(m.fields.dataSheet));
  }
  if (typeof headerRow !== "number" || !Number.isInteger(headerRow) || headerRow < 1) {
    throw new Error(m.wholeNumberFrom(m.fields.headerRow, 1));
  }
  const sheet = activeSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(m.noSheet(sheetName));
  const grid = readSheetGrid(sheet);
  return {
    headers: headerTexts(grid[headerRow - 1]),
    rows: grid.slice(headerRow).map((row) => row.map(previewCell)),
  };
}

/**
 * Opens the sidebar where managers choose the criteria and weights.
 */
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).getContent();
  const locale = String(Session.getActiveUserLocale() ?? "").replace(/[^A-Za-z_-]/g, "");
  const html = HtmlService.createHtmlOutput(page.replace(USER_LOCALE_SLOT, `data-user-locale="${locale}"`));
  SpreadsheetApp.getUi().showSidebar(html.setTitle(SIDEBAR_TITLE));
}
