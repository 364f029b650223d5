import { ConfigSheetError, readConfigFromSpreadsheet } from "../adapters/configSheet";
import { readSheetGrid, tableFromGrid } from "../adapters/dataSheet";
import { axesWithoutCriterion, type KamConfig } from "../core/config";
import type { Language } from "../core/language";
import { evaluateAccounts, ModelError, type Evaluation } from "../core/model";
import { checkDataTable, type Failure } from "./generationChecks";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SavedModel =
  { ok: true; config: KamConfig; evaluation: Evaluation } | { ok: false; failure: Failure };

/**
 * The saved model evaluated on its data sheet, or why not: the checks Generate and Key account plan share,
 * all reads, nothing written. `language.value` becomes the model's language (or, for a broken KAM Criteria
 * sheet, the language its cells are named in). With `countCells`, the data sheet's whole grid counts against
 * Sheets' cell limit (Generate is about to add two sheets). A service failure is thrown: nothing is wrong with
 * the sheets, and the caller says so in its own words.
 */
export function loadSavedModel(
  ss: Spreadsheet,
  language: { value: Language },
  countCells: boolean,
): SavedModel {
  const fail = (failure: Failure): SavedModel => ({ ok: false, failure });
  let config: KamConfig | null;
  try {
    config = readConfigFromSpreadsheet(ss, language.value);
  } catch (error) {
    if (isServiceError(error)) throw error;
    // The dialog speaks the language the broken sheet's cells are named in.
    if (error instanceof ConfigSheetError) language.value = error.language;
    return fail({ kind: "configInvalid", detail: error instanceof Error ? error.message : String(error) });
  }
  if (!config) return fail({ kind: "noConfig" });
  if (config.language) language.value = config.language;

  const axes = axesWithoutCriterion(config);
  if (axes.length > 0) return fail({ kind: "noCriterionOnAxis", axes });
  const dataSheet = ss.getSheetByName(config.dataSheet);
  if (!dataSheet) return fail({ kind: "missingDataSheet", sheet: config.dataSheet });
  const table = tableFromGrid(readSheetGrid(dataSheet), config.headerRow);
  // Sheets counts every cell of a sheet's grid against the limit, empty ones included.
  const usedCells = countCells ? dataSheet.getMaxRows() * dataSheet.getMaxColumns() : 0;
  const problem = checkDataTable(config, table, usedCells);
  if (problem) return fail(problem);
  try {
    return { ok: true, config, evaluation: evaluateAccounts(config, table, language.value) };
  } catch (error) {
    if (error instanceof ModelError) return fail({ kind: "model", detail: error.message });
    throw error;
  }
}

/** Sheets' own "Service Spreadsheets failed while accessing document ..." (or a timeout of the service). */
export function isServiceError(error: unknown): boolean {
  return error instanceof Error && /^Service |service (error|timed out)/i.test(error.message);
}
