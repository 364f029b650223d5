/**
 * The chart options Google documents, one list, each with the page that names it. `EmbeddedChartBuilder.build()`
 * refuses any other option, so an add-on cannot come to rely on an option that real Sheets may ignore.
 *
 * Where the list comes from:
 * - Apps Script's EmbeddedChartBuilder page names `setOption(option, value)` and shows `title` and
 *   `animation.duration`; its ChartOptions page says the available options are those of the Google Charts
 *   (visualization) reference and, per chart type, of the chart gallery page of that type.
 * - For the bubble chart that gallery page is Google Charts' "Bubble Chart" page, section "Configuration
 *   options": every option below with the BUBBLE source is named there (text styles: the
 *   `{color, fontName, fontSize, bold, italic}` format that page gives, plus `auraColor` for the bubble
 *   labels, which its label examples use).
 *
 * Options for other chart types are not listed: the add-on draws only a bubble chart, so a chart of another
 * type with options is refused as not emulated rather than accepted unchecked.
 */

export const CHART_OPTION_SOURCES = {
  EMBEDDED_CHART_BUILDER:
    "https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder",
  CHART_OPTIONS: "https://developers.google.com/apps-script/reference/charts/chart-options",
  BUBBLE: "https://developers.google.com/chart/interactive/docs/gallery/bubblechart#configuration-options",
} as const;

type Source = keyof typeof CHART_OPTION_SOURCES;

/** Members of a text style object on the bubble chart page. */
const TEXT_STYLE = ["color", "fontName", "fontSize", "bold", "italic"];

/** What the bubble chart page documents for both hAxis and vAxis. */
const AXIS = [
  "baseline",
  "baselineColor",
  "direction",
  "format",
  "gridlines.color",
  "gridlines.count",
  "gridlines.interval",
  "gridlines.minSpacing",
  "gridlines.multiple",
  "gridlines.units",
  "minorGridlines.color",
  "minorGridlines.count",
  "minorGridlines.interval",
  "minorGridlines.minSpacing",
  "minorGridlines.multiple",
  "minorGridlines.units",
  "logScale",
  "scaleType",
  "textPosition",
  ...TEXT_STYLE.map((m) => `textStyle.${m}`),
  "ticks",
  "title",
  ...TEXT_STYLE.map((m) => `titleTextStyle.${m}`),
  "maxValue",
  "minValue",
  "viewWindowMode",
  "viewWindow.max",
  "viewWindow.min",
];

/** Only on hAxis (the bubble chart page lists them under hAxis alone). */
const H_AXIS_ONLY = [
  "allowContainerBoundaryTextCutoff",
  "slantedText",
  "slantedTextAngle",
  "maxAlternation",
  "maxTextLines",
  "minTextSpacing",
  "showTextEvery",
];

const BUBBLE_OPTIONS: readonly string[] = [
  "animation.duration",
  "animation.easing",
  "animation.startup",
  "axisTitlesPosition",
  "backgroundColor",
  "backgroundColor.stroke",
  "backgroundColor.strokeWidth",
  "backgroundColor.fill",
  "bubble.opacity",
  "bubble.stroke",
  ...[...TEXT_STYLE, "auraColor"].map((m) => `bubble.textStyle.${m}`),
  "chartArea.backgroundColor",
  "chartArea.backgroundColor.stroke",
  "chartArea.backgroundColor.strokeWidth",
  "chartArea.left",
  "chartArea.top",
  "chartArea.width",
  "chartArea.height",
  "colors",
  "colorAxis.minValue",
  "colorAxis.maxValue",
  "colorAxis.values",
  "colorAxis.colors",
  "colorAxis.legend.position",
  ...TEXT_STYLE.map((m) => `colorAxis.legend.textStyle.${m}`),
  "colorAxis.legend.numberFormat",
  "enableInteractivity",
  "explorer.actions",
  "explorer.axis",
  "explorer.keepInBounds",
  "explorer.maxZoomIn",
  "explorer.maxZoomOut",
  "explorer.zoomDelta",
  "fontSize",
  "fontName",
  "forceIFrame",
  ...[...AXIS, ...H_AXIS_ONLY].map((o) => `hAxis.${o}`),
  "height",
  "legend.alignment",
  "legend.maxLines",
  "legend.position",
  ...TEXT_STYLE.map((m) => `legend.textStyle.${m}`),
  "selectionMode",
  // Keys under series are the values of the chart's colour column (the series names).
  "series.*.color",
  "series.*.visibleInLegend",
  "sizeAxis.maxSize",
  "sizeAxis.maxValue",
  "sizeAxis.minSize",
  "sizeAxis.minValue",
  "sortBubblesBySize",
  "theme",
  "title",
  "titlePosition",
  ...TEXT_STYLE.map((m) => `titleTextStyle.${m}`),
  "tooltip.isHtml",
  ...TEXT_STYLE.map((m) => `tooltip.textStyle.${m}`),
  "tooltip.trigger",
  ...AXIS.map((o) => `vAxis.${o}`),
  "width",
];

/** Documented option paths per chart type, each with its source page. */
export const DOCUMENTED_CHART_OPTIONS: Readonly<Record<string, ReadonlyMap<string, Source>>> = {
  BUBBLE: new Map(BUBBLE_OPTIONS.map((path) => [path, "BUBBLE" as Source])),
};

function matches(pattern: string, path: string[]): boolean {
  const parts = pattern.split(".");
  return parts.length === path.length && parts.every((p, i) => p === "*" || p === path[i]);
}

function isPrefix(pattern: string, path: string[]): boolean {
  const parts = pattern.split(".");
  return parts.length > path.length && path.every((p, i) => parts[i] === "*" || parts[i] === p);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * The option paths of setOption(key, value) that no documented option covers. An object value is walked
 * member by member ("hAxis" with {viewWindow: {min}} is "hAxis.viewWindow.min"), unless the path itself is
 * documented (a documented option may take an object, such as `gridlines.units`).
 */
export function undocumentedOptions(chartType: string, key: string, value: unknown): string[] {
  const documented = DOCUMENTED_CHART_OPTIONS[chartType];
  if (!documented) return [key];
  const patterns = [...documented.keys()];
  const out: string[] = [];
  const walk = (path: string[], v: unknown): void => {
    if (isPlainObject(v) && patterns.some((p) => isPrefix(p, path))) {
      for (const [member, inner] of Object.entries(v)) walk([...path, member], inner);
      return;
    }
    if (!patterns.some((p) => matches(p, path))) out.push(path.join("."));
  };
  walk(key.split("."), value);
  return out;
}

/** The message for a refused option, naming where the documented list is. */
export function undocumentedOptionMessage(chartType: string, paths: string[]): string {
  if (!DOCUMENTED_CHART_OPTIONS[chartType]) {
    return `not emulated: options of ${chartType} charts (test/emulator/chartOptions.ts lists only the bubble chart's documented options)`;
  }
  return (
    `Chart option${paths.length > 1 ? "s" : ""} ${paths.map((p) => `"${p}"`).join(", ")} ` +
    `${paths.length > 1 ? "are" : "is"} not documented for a ${chartType} chart ` +
    `(see ${CHART_OPTION_SOURCES.BUBBLE}; the emulator's list is test/emulator/chartOptions.ts).`
  );
}
