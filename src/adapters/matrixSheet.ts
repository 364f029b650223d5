import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_SHEET_NAMES,
  type GridRect,
  type MatrixLayouts,
  type RuleDescriptor,
  type SheetLayout,
  type SheetRole,
} from "../core/matrixLayout";
import { a1 } from "../core/a1";
import { widthStrokes } from "./widthStrokes";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Developer metadata on each generated sheet: the key, and the role as its value. */
export const GENERATED_SHEET_KEY = "keyAccountMatrix.generatedSheet";

/** Sheets' size of a new sheet (1,000 rows, 26 columns), known without reading it after the insert. */
const NEW_SHEET = { rows: 1000, columns: 26 };

/** The sheet could not be made large enough: the spreadsheet would pass Sheets' 10,000,000-cell limit. */
export class SheetLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetLimitError";
  }
}

/** Writing stopped part-way: what Sheets said, and which sheet was being written. */
export class SheetWriteError extends Error {
  constructor(
    message: string,
    readonly sheetName: string,
  ) {
    super(message);
    this.name = "SheetWriteError";
  }
}

/** Sheets' own words when a change would pass the cell limit (all sheets of a spreadsheet together). */
const CELL_LIMIT_MESSAGE = /above the limit of 10,?000,?000 cells|10,?000,?000[- ]cell limit/i;

export function isCellLimitError(error: unknown): boolean {
  return error instanceof Error && CELL_LIMIT_MESSAGE.test(error.message);
}

/** What was read about a generated sheet before anything is written. */
interface Target {
  role: SheetRole;
  sheet: Sheet | null;
  name: string;
  tagged: boolean;
  /** The sheet's tag, and the settings it records as written by the last generation ("" = unknown). */
  tag: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null;
  settings: string;
  maxRows: number;
  maxColumns: number;
  charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  filter: GoogleAppsScript.Spreadsheet.Filter | null;
  protected: boolean;
}

/**
 * Finds the overview and the table: by their default names in either language first (one call each;
 * an old single-sheet `KAISM Matrix` of earlier versions is found so and becomes the overview), else by the
 * developer metadata each carries (a person renamed it).
 */
interface Found {
  sheet: Sheet;
  tag: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null;
  settings: string;
  /** The default name it was found by (its name is then known without asking). */
  name?: string;
}

/**
 * A tag's value: the role, then (after "|") the sheet settings the last generation wrote (frozen panes,
 * column widths, whether it had colour rules). A value of the role alone (earlier runs) records none.
 */
export function tagValue(role: SheetRole, settings: string): string {
  return `${role}|${settings}`;
}

export function parseTag(value: string | null): { role: string; settings: string } {
  const text = value ?? "";
  const bar = text.indexOf("|");
  return bar < 0 ? { role: text, settings: "" } : { role: text.slice(0, bar), settings: text.slice(bar + 1) };
}

/** The settings a layout gives its sheet, as its tag records them (compared, never parsed). */
export function layoutSettings(layout: SheetLayout): string {
  const widths = layout.columnWidths.map((w) => `${w.col}x${w.count}:${w.width}`).join(",");
  return `f${layout.frozenRows},${layout.frozenColumns};w${widths};r${layout.rules.length > 0 ? 1 : 0}`;
}

function findGeneratedSheets(
  spreadsheet: Spreadsheet,
  byName: (name: string) => Sheet | null,
): Record<SheetRole, Found | null> {
  const found: Record<SheetRole, Found | null> = { overview: null, scores: null };
  const tags = spreadsheet.createDeveloperMetadataFinder().withKey(GENERATED_SHEET_KEY).find();
  for (const tag of tags) {
    const { role, settings } = parseTag(tag.getValue());
    const sheet = tag.getLocation().getSheet();
    if (sheet && (role === "overview" || role === "scores") && !found[role])
      found[role] = { sheet, tag, settings };
  }
  for (const role of ["overview", "scores"] as const) {
    if (found[role]) continue;
    for (const name of DEFAULT_SHEET_NAMES[role]) {
      const sheet = byName(name);
      if (sheet) {
        found[role] = { sheet, tag: null, settings: "", name };
        break;
      }
    }
  }
  return found;
}

function readTarget(role: SheetRole, found: Found | null, layout: SheetLayout): Target {
  if (!found) {
    return {
      role,
      sheet: null,
      name: layout.sheetName,
      tagged: false,
      tag: null,
      settings: "",
      maxRows: NEW_SHEET.rows,
      maxColumns: NEW_SHEET.columns,
      charts: [],
      filter: null,
      protected: false,
    };
  }
  const { sheet, tag, settings } = found;
  return {
    role,
    sheet,
    name: found.name ?? sheet.getName(),
    tagged: tag !== null,
    tag,
    settings,
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    // The overview carries the chart and the table the filter; the other of each is never ours to remove.
    charts: layout.charts.length > 0 ? sheet.getCharts() : [],
    filter: layout.filter ? sheet.getFilter() : null,
    protected: sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0,
  };
}

function isDefaultName(role: SheetRole, name: string): boolean {
  return (DEFAULT_SHEET_NAMES[role] as readonly string[]).includes(name);
}

/** A default name that is free (a sheet of a person's own may carry it); never one already taken. */
function freeName(byName: (name: string) => Sheet | null, wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name) || byName(name); n++) name = `${wanted} (${n})`;
  taken.add(name);
  return name;
}

/** Sheet lookups by name, each asked of Sheets once. */
function nameLookup(spreadsheet: Spreadsheet): (name: string) => Sheet | null {
  const known = new Map<string, Sheet | null>();
  return (name) => {
    if (!known.has(name)) known.set(name, spreadsheet.getSheetByName(name));
    return known.get(name) ?? null;
  };
}

/**
 * Writes both sheets, replacing their previous content in place (same sheet, same position, so links to
 * the tabs keep working); a sheet that does not exist yet becomes the last one. Touches no other sheet.
 * Every read comes before the first write (a read after a write forces Sheets to send the writes first),
 * and the number of calls depends on the layouts' parts, never on the number of accounts.
 * Returns the sheets' names. Throws SheetLimitError for the cell limit, SheetWriteError for anything else
 * Sheets refused while writing (protection, a service error): the data sheet is never written to.
 */
export function writeGeneratedSheets(
  spreadsheet: Spreadsheet,
  layouts: MatrixLayouts,
  /** Told how many sheets the spreadsheet has afterwards (so a later sheet goes last without a read). */
  after?: { sheetCount?: number },
): Record<SheetRole, { name: string; sheet: Sheet | null }> {
  const byName = nameLookup(spreadsheet);
  const found = findGeneratedSheets(spreadsheet, byName);
  const targets = [
    readTarget("overview", found.overview, layouts.overview),
    readTarget("scores", found.scores, layouts.scores),
  ];
  const taken = new Set(targets.filter((t) => t.sheet).map((t) => t.name));
  const renames = new Map<SheetRole, string>();
  for (const target of targets) {
    const wanted = layouts[target.role].sheetName;
    if (!target.sheet) target.name = freeName(byName, wanted, taken);
    else if (target.name !== wanted && isDefaultName(target.role, target.name) && !byName(wanted)) {
      // The default name of the other language: the sheet follows the language; a person's own name stays.
      renames.set(target.role, wanted);
      target.name = wanted;
    }
  }
  // Only a new sheet needs the count (it goes last); a regeneration does not ask.
  let insertAt = targets.some((t) => !t.sheet) ? spreadsheet.getNumSheets() : 0;

  const written = {} as Record<SheetRole, { name: string; sheet: Sheet | null }>;
  for (const target of targets) {
    const layout = layouts[target.role];
    written[target.role] = { name: target.name, sheet: target.sheet };
    try {
      let sheet = target.sheet;
      if (!sheet) sheet = spreadsheet.insertSheet(target.name, insertAt++);
      else if (renames.has(target.role)) sheet.setName(target.name);
      written[target.role].sheet = sheet;
      writeSheet(sheet, target, layout);
    } catch (error) {
      if (isCellLimitError(error)) throw new SheetLimitError((error as Error).message);
      throw new SheetWriteError(error instanceof Error ? error.message : String(error), target.name);
    }
  }
  if (after) after.sheetCount = insertAt;
  return written;
}

function a1Rect(rect: GridRect): string {
  const start = a1(rect.row, rect.col);
  const end = a1(rect.row + rect.numRows - 1, rect.col + rect.numCols - 1);
  return start === end ? start : `${start}:${end}`;
}

function writeSheet(sheet: Sheet, target: Target, layout: SheetLayout): void {
  const maxColumns = target.maxColumns;
  const columns = fitSize(sheet, target, layout.numRows, layout.numColumns);

  // One range list gives the whole sheet (to clear), the layout and every range the rules, the chart and
  // the filter use.
  const grid: GridRect = { row: 1, col: 1, numRows: layout.numRows, numCols: columns };
  const whole: GridRect = { row: 1, col: 1, numRows: layout.numRows, numCols: layout.numColumns };
  const rects = [
    whole,
    ...(target.sheet ? [grid] : []),
    ...layout.charts.map((c) => c.range),
    ...layout.rules.flatMap((rule) => rule.ranges),
    ...(layout.filter ? [layout.filter] : []),
  ];
  const notations = [...new Set(rects.map(a1Rect))];
  const fetched = sheet.getRangeList(notations).getRanges();
  const rangeOf = (rect: GridRect): Range => fetched[notations.indexOf(a1Rect(rect))] as Range;
  const all = rangeOf(whole);

  if (target.sheet) {
    // Whatever was there before goes: merges, then content, formats and validations in one call
    // (Range.clear(options): formatOnly "also clears data validation rules"; validationsOnly says so too).
    const old = rangeOf(grid);
    old.breakApart();
    old.clear({ contentsOnly: true, formatOnly: true, validationsOnly: true });
    target.filter?.remove();
  }

  // The plain-text format goes on before the values, so text from the data is never read as a formula.
  all.setNumberFormats(layout.numberFormats);
  all.setValues(layout.values);
  all.setBackgrounds(layout.backgrounds);
  all.setFontWeights(layout.fontWeights);

  // Frozen panes, column widths and "no colour rules" are written when the sheet's tag does not record
  // them as this layout's already (a new sheet, an old layout, a changed layout, columns added just now).
  const settings = layoutSettings(layout);
  const settled = target.tagged && target.settings === settings && maxColumns >= layout.numColumns;
  if (!settled) writeSettings(sheet, target, layout, columns);
  if (layout.rules.length > 0 || (target.sheet && !settled))
    sheet.setConditionalFormatRules(buildRules(layout.rules, rangeOf));

  writeCharts(sheet, target, layout, rangeOf);
  if (layout.filter) rangeOf(layout.filter).createFilter();

  // Warning-only: colleagues can still edit after a prompt. A protection someone set up already stays as it is.
  if (!target.protected) sheet.protect().setDescription(layout.protectionDescription).setWarningOnly(true);

  // The tag last: a run that stops before this point leaves the sheet to be written in full next time.
  const value = tagValue(layout.role, settings);
  if (!target.tag) {
    sheet.addDeveloperMetadata(
      GENERATED_SHEET_KEY,
      value,
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
  } else if (!settled) {
    target.tag.setValue(value);
  }
}

function writeSettings(sheet: Sheet, target: Target, layout: SheetLayout, columns: number): void {
  // A new sheet has nothing frozen; an existing one may have (an old layout froze its table).
  if (target.sheet || layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  if (target.sheet || layout.frozenColumns > 0) sheet.setFrozenColumns(layout.frozenColumns);
  const widths = layout.columnWidths.slice();
  // Columns beyond the layout of a sheet the add-on did not make (an old, wider layout) go back to the
  // default width; a new sheet's have it, and a tagged sheet's were reset when it was first taken over.
  if (columns > layout.numColumns && target.sheet && !target.tagged)
    widths.push({
      col: layout.numColumns + 1,
      count: columns - layout.numColumns,
      width: DEFAULT_COLUMN_WIDTH,
    });
  // A new sheet's columns have Sheets' default width already; overlapping calls save some more.
  const strokes = widthStrokes(widths, target.sheet ? null : DEFAULT_COLUMN_WIDTH);
  for (const { col, count, width } of strokes) sheet.setColumnWidths(col, count, width);
}

/**
 * The overview's chart: the one a tagged sheet has is rebuilt in place (EmbeddedChart.modify, then
 * Sheet.updateChart: two calls where removing and inserting it again takes three); any other chart on
 * the sheet goes, and a new or old-layout sheet gets a new one.
 */
function writeCharts(
  sheet: Sheet,
  target: Target,
  layout: SheetLayout,
  rangeOf: (rect: GridRect) => Range,
): void {
  const reusable = target.tagged ? target.charts.slice(0, layout.charts.length) : [];
  for (const chart of target.charts) if (!reusable.includes(chart)) sheet.removeChart(chart);
  layout.charts.forEach((chart, i) => {
    const existing = reusable[i];
    let builder = existing ? existing.modify().clearRanges() : sheet.newChart();
    builder = builder
      .setChartType(Charts.ChartType.BUBBLE)
      .addRange(rangeOf(chart.range))
      .setNumHeaders(1)
      .setPosition(chart.anchor.row, chart.anchor.col, chart.anchor.offsetX, chart.anchor.offsetY);
    for (const [name, value] of Object.entries(chart.options)) builder = builder.setOption(name, value);
    if (existing) sheet.updateChart(builder.build());
    else sheet.insertChart(builder.build());
  });
}

/**
 * Gives the sheet exactly `rows` rows (dropping a longer previous table) and at least `columns` columns;
 * returns the number of columns it has then. Shrinking first frees cells before growing needs them.
 */
function fitSize(sheet: Sheet, target: Target, rows: number, columns: number): number {
  const { maxRows, maxColumns } = target;
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return Math.max(columns, maxColumns);
}

/**
 * The rules in one list. The gradient comes from the factory; each yes/no rule after the first starts as
 * a copy of the first one built (ConditionalFormatRule.copy), whose condition and format it then replaces,
 * so that the number of factory calls stays two however many rules there are.
 */
function buildRules(
  rules: readonly RuleDescriptor[],
  rangeOf: (rect: GridRect) => Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  let template: GoogleAppsScript.Spreadsheet.ConditionalFormatRule | null = null;
  return rules.map((rule) => {
    const fresh =
      rule.kind === "gradient" || !template ? SpreadsheetApp.newConditionalFormatRule() : template.copy();
    const built = buildRule(fresh, rule, rule.ranges.map(rangeOf));
    if (rule.kind !== "gradient" && !template) template = built;
    return built;
  });
}

function buildRule(
  fresh: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  rule: RuleDescriptor,
  ranges: Range[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = fresh.setRanges(ranges);
  switch (rule.kind) {
    case "gradient": {
      const number = SpreadsheetApp.InterpolationType.NUMBER;
      return builder
        .setGradientMinpointWithValue(rule.min.color, number, String(rule.min.value))
        .setGradientMidpointWithValue(rule.mid.color, number, String(rule.mid.value))
        .setGradientMaxpointWithValue(rule.max.color, number, String(rule.max.value))
        .build();
    }
    case "textEqualTo":
      return builder.whenTextEqualTo(rule.text).setBackground(rule.background).build();
    case "numberGreaterThan":
      return builder
        .whenNumberGreaterThan(rule.value)
        .setBackground(rule.background)
        .setBold(rule.bold)
        .build();
    case "numberGreaterThanOrEqualTo":
      return builder
        .whenNumberGreaterThanOrEqualTo(rule.value)
        .setBackground(rule.background)
        .setBold(rule.bold)
        .build();
  }
}
