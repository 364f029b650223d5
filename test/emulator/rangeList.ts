import type { Env } from "./env";
import { asGas, expose } from "./expose";

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type Supported = Pick<GasRangeList, "getRanges">;

/** Sheet.getRangeList: several ranges of one sheet fetched in one call. */
export class RangeList implements Supported {
  constructor(readonly _ranges: GasRange[]) {}

  getRanges(): GasRange[] {
    return [...this._ranges];
  }
}

export function makeRangeList(env: Env, ranges: GasRange[]): GasRangeList {
  return asGas<GasRangeList>(expose(env, "RangeList", new RangeList(ranges), true));
}
