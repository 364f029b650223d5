import type { KamConfig } from "../config";
import type { QuadrantKey } from "../quadrant";
import { BUBBLE_COLORS, GRIDLINE_COLOR } from "./colors";
import type { SheetTexts } from "./texts";

/**
 * The bubble chart's options. Only options Google documents are used, each with the page naming it:
 * - BUBBLE_DOC: Google Charts, Bubble Chart, "Configuration Options":
 *   https://developers.google.com/chart/interactive/docs/gallery/bubblechart#configuration-options
 * - SETOPTION_DOC: Apps Script EmbeddedChartBuilder.setOption, which takes those options by name:
 *   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setOption(String,Object)
 * What only real Sheets can confirm (how an embedded chart honours ticks and gridlines) is listed in
 * docs/REAL-SHEETS-CHECKLIST.md, "Generated sheets".
 */
export const BUBBLE_DOC =
  "https://developers.google.com/chart/interactive/docs/gallery/bubblechart#configuration-options";

/** Largest bubble radius in pixels; the axes leave room for it so that no bubble is clipped at the ends. */
export const MAX_BUBBLE_PX = 14;
const MIN_BUBBLE_PX = 4;

/** The axis window: the whole points scale plus a margin wider than the largest bubble's radius. */
export function axisWindow(scaleMax: number): { min: number; max: number } {
  const margin = Math.max(0.5, (scaleMax - 1) * 0.08);
  return { min: 1 - margin, max: scaleMax + margin };
}

function axis(title: string, scaleMax: number, cut: number, t: SheetTexts): Record<string, unknown> {
  return {
    title, // BUBBLE_DOC: hAxis.title / vAxis.title
    viewWindow: axisWindow(scaleMax), // BUBBLE_DOC: hAxis.viewWindow.min/max, vAxis.viewWindow.min/max
    // The cut line is a gridline: ticks place gridlines exactly at their values (BUBBLE_DOC: hAxis.ticks,
    // vAxis.ticks, values or {v, f} objects), so no series of dots is needed and the legend stays clean.
    ticks: [
      { v: 1, f: "1" },
      { v: cut, f: t.cutTick(cut) },
      { v: scaleMax, f: String(scaleMax) },
    ],
    gridlines: { color: GRIDLINE_COLOR }, // BUBBLE_DOC: hAxis.gridlines.color, vAxis.gridlines.color
    minorGridlines: { count: 0 }, // BUBBLE_DOC: hAxis.minorGridlines.count, vAxis.minorGridlines.count
  };
}

/**
 * The options for `EmbeddedChartBuilder.setOption`, by top-level name. `quadrants` are the quadrants
 * with accounts, in the order their rows appear in the chart's data (series take colours in that order).
 */
export function bubbleChartOptions(
  config: KamConfig,
  t: SheetTexts,
  quadrants: readonly QuadrantKey[],
  size: { width: number; height: number },
): Record<string, unknown> {
  return {
    title: t.chartTitle, // BUBBLE_DOC: title
    width: size.width, // BUBBLE_DOC: width
    height: size.height, // BUBBLE_DOC: height
    hAxis: axis(t.hAxis, config.scaleMax, config.cuts.strength, t),
    vAxis: axis(t.vAxis, config.scaleMax, config.cuts.attractiveness, t),
    sizeAxis: { minSize: MIN_BUBBLE_PX, maxSize: MAX_BUBBLE_PX }, // BUBBLE_DOC: sizeAxis.minSize/maxSize
    colors: quadrants.map((q) => BUBBLE_COLORS[q]), // BUBBLE_DOC: colors
    bubble: { textStyle: { fontSize: 10 } }, // BUBBLE_DOC: bubble.textStyle
    legend: { position: "bottom" }, // BUBBLE_DOC: legend.position
  };
}

/** Every option path used above, for tests and the emulator's list of documented options. */
export const CHART_OPTIONS_USED = [
  "title",
  "width",
  "height",
  "hAxis.title",
  "hAxis.viewWindow.min",
  "hAxis.viewWindow.max",
  "hAxis.ticks",
  "hAxis.gridlines.color",
  "hAxis.minorGridlines.count",
  "vAxis.title",
  "vAxis.viewWindow.min",
  "vAxis.viewWindow.max",
  "vAxis.ticks",
  "vAxis.gridlines.color",
  "vAxis.minorGridlines.count",
  "sizeAxis.minSize",
  "sizeAxis.maxSize",
  "colors",
  "bubble.textStyle",
  "legend.position",
] as const;
