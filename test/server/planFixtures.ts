import { parseConfig } from "../../src/core/config";
import { evaluateAccounts } from "../../src/core/model";
import { PLAN_SHEET_NAMES } from "../../src/core/plan";
import type { QuadrantKey } from "../../src/core/quadrant";
import type { Emulator } from "../emulator";
import { CONFIG, DATA_SHEET, HEADERS } from "./matrixFixtures";

export const PLAN = PLAN_SHEET_NAMES.en;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetOf(emulator: Emulator, name: string): Sheet {
  const sheet = emulator.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The quadrant of each account of these data rows, as the add-on computes it. */
export function quadrantsOf(
  rows: (string | number)[][],
  config: object = CONFIG,
): Map<string, QuadrantKey | null> {
  const evaluation = evaluateAccounts(parseConfig(config), { headerRow: 1, headers: HEADERS, rows });
  return new Map(evaluation.accounts.map((a) => [a.account, a.quadrant]));
}

/** Figures that put an account into Key account (high on both axes) or Opportunistic (low on both). */
export const KEY_FIGURES = [2_000_000, 2_000_000, 10, 1, 10];
export const LOW_FIGURES = [1000, 0, 1, 0, 1];

/** The plan as a person reads it: one record per row keyed by header, values as displayed, plus formulas. */
export interface PlanRow {
  row: number;
  cells: Record<string, unknown>;
  formulas: Record<string, string>;
  display: Record<string, string>;
}

export function readPlan(emulator: Emulator, name = PLAN): PlanRow[] {
  const sheet = sheetOf(emulator, name);
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const display = range.getDisplayValues();
  const headers = (values[0] ?? []).map(String);
  emulator.ledger.reset();
  return values.slice(1).map((line, i) => ({
    row: i + 2,
    cells: Object.fromEntries(headers.map((h, c) => [h, line[c]])),
    formulas: Object.fromEntries(headers.map((h, c) => [h, formulas[i + 1]?.[c] ?? ""])),
    display: Object.fromEntries(headers.map((h, c) => [h, display[i + 1]?.[c] ?? ""])),
  }));
}

export function rowOf(rows: PlanRow[], account: string): PlanRow {
  const found = rows.filter((r) => String(r.cells["Account"]).trim().toLowerCase() === account.toLowerCase());
  if (found.length !== 1) throw new Error(`${found.length} plan rows for ${account}`);
  return found[0] as PlanRow;
}

/** Types into a cell as a person does in the Sheets UI (the text is parsed: dates, numbers, formulas). */
export function typeInto(
  emulator: Emulator,
  sheetName: string,
  row: number,
  col: number,
  text: string | boolean | Date,
) {
  sheetOf(emulator, sheetName).getRange(row, col).setValue(text);
  emulator.ledger.reset();
}

/**
 * Sorts rows 2.. of a sheet by hand, as Data > Sort range does: each row moves whole (values, formulas, number
 * formats), and references to the row's own cells follow it, as Sheets adjusts them.
 */
export function handSort(emulator: Emulator, sheetName: string, order: (rows: number[]) => number[]) {
  const sheet = sheetOf(emulator, sheetName);
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (last < 3) return;
  const range = sheet.getRange(2, 1, last - 1, width);
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const from = order(values.map((_, i) => i));
  const moved = from.map((source, target) =>
    values[source]!.map((v, c) => {
      const f = formulas[source]![c]!;
      if (f)
        return f.replace(/([A-Z]+)(\d+)/g, (m, col: string, r: string) =>
          Number(r) === source + 2 ? `${col}${target + 2}` : m,
        );
      if (typeof v === "string" && v !== "" && formats[source]![c] !== "@") return `'${v}`;
      return v;
    }),
  );
  range.setNumberFormats(from.map((source) => formats[source]!));
  range.setValues(moved);
  emulator.ledger.reset();
}

/** Sets an account's criteria figures in the data sheet (columns 2..6), as a person edits the data. */
export function setFigures(emulator: Emulator, dataRow: number, figures: number[]) {
  sheetOf(emulator, DATA_SHEET).getRange(dataRow, 2, 1, figures.length).setValues([figures]);
  emulator.ledger.reset();
}
