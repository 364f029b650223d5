import type { Env } from "./env";
import { asGas, expose } from "./expose";
import { assertSheetEditable } from "./guard";
import type { GridRect, SheetState } from "./model";
import { makeRange } from "./range";

/**
 * Filters, minimally: a sheet holds at most one (Range.createFilter refuses a second, as Sheets does),
 * Sheet.getFilter finds it, Filter.getRange and Filter.remove work. Column criteria and sorting are not
 * emulated (they throw `not emulated`). Kept in its own file: the state lives beside the sheet's state,
 * not in it, so deleting a sheet drops its filter with it.
 * https://developers.google.com/apps-script/reference/spreadsheet/filter
 */
const filters = new WeakMap<SheetState, GridRect>();

export function filterRectOf(sheet: SheetState): GridRect | null {
  return filters.get(sheet) ?? null;
}

class Filter {
  constructor(
    private readonly env: Env,
    private readonly sheetId: number,
  ) {}

  private get state(): SheetState {
    return this.env.sheetById(this.sheetId);
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const rect = filters.get(this.state);
    if (!rect) throw this.env.error("This filter has been removed.");
    return makeRange(this.env, this.sheetId, rect);
  }

  remove(): void {
    const sheet = this.state;
    assertSheetEditable(this.env, sheet, "Filter.remove");
    filters.delete(sheet);
    this.env.touched();
  }
}

function makeFilter(env: Env, sheetId: number): GoogleAppsScript.Spreadsheet.Filter {
  return asGas(expose(env, "Filter", new Filter(env, sheetId), true));
}

/** Range.createFilter: a filter on the range; Sheets refuses it where the sheet has one already. */
export function createFilter(env: Env, sheetId: number, rect: GridRect): GoogleAppsScript.Spreadsheet.Filter {
  const sheet = env.sheetById(sheetId);
  assertSheetEditable(env, sheet, "Range.createFilter");
  if (filters.has(sheet)) throw env.error("You can't create a filter in a sheet that already has a filter.");
  filters.set(sheet, { ...rect });
  env.touched();
  return makeFilter(env, sheetId);
}

/** Sheet.getFilter: the sheet's filter or null. */
export function getFilter(env: Env, sheetId: number): GoogleAppsScript.Spreadsheet.Filter | null {
  return filters.has(env.sheetById(sheetId)) ? makeFilter(env, sheetId) : null;
}
