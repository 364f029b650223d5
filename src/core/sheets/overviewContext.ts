import type { AccountResult } from "../model";
import type { QuadrantKey } from "../quadrant";
import type { Canvas } from "./grid";
import type { MatrixInput } from "./input";
import type { SheetTexts } from "./texts";

/** What every overview area function gets (its own module, so areas in other files need no cycle). */
export interface OverviewContext {
  input: MatrixInput;
  t: SheetTexts;
  scoresSheet: string;
  groups: Record<QuadrantKey, AccountResult[]>;
}

/** Draws an area from `row` and returns the rows it used (0: the area is absent). */
export type OverviewArea = (canvas: Canvas, row: number, ctx: OverviewContext) => number;
