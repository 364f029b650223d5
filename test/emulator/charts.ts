import { undocumentedOptionMessage, undocumentedOptions } from "./chartOptions";
import type { Env } from "./env";
import { ChartType, enumName } from "./enums";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose, unwrap } from "./expose";
import type { ChartState, SheetState } from "./model";
import { makeRange, Range } from "./range";

type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Reads an option the way ChartOptions.get does: "vAxis.title" finds a flat key or a nested object. */
export function chartOption(options: Record<string, unknown>, key: string): unknown {
  if (key in options) return options[key];
  const parts = key.split(".");
  for (let split = parts.length - 1; split > 0; split--) {
    const head = parts.slice(0, split).join(".");
    if (head in options) {
      let value: unknown = options[head];
      for (const part of parts.slice(split)) {
        if (value === null || typeof value !== "object") return null;
        value = (value as Record<string, unknown>)[part];
      }
      return value ?? null;
    }
  }
  return null;
}

export function chartsOf(env: Env, sheet: SheetState): GasChart[] {
  return env.list(sheet.charts.map((c) => EmbeddedChart.make(env, sheet.id, structuredClone(c))));
}

export function addChart(env: Env, sheet: SheetState, chart: unknown): void {
  const built = unwrap(chart, EmbeddedChart);
  if (!built) throw env.error(MESSAGES.parameters(describeArgs([chart]), "SpreadsheetApp.Sheet.insertChart"));
  if (sheet.charts.some((c) => c.id === built._state.id))
    throw env.error("This chart is already on the sheet; use updateChart.");
  sheet.charts.push(structuredClone(built._state));
  env.touched();
}

export function removeChart(env: Env, sheet: SheetState, chart: unknown): void {
  const built = unwrap(chart, EmbeddedChart);
  if (!built) throw env.error(MESSAGES.parameters(describeArgs([chart]), "SpreadsheetApp.Sheet.removeChart"));
  const before = sheet.charts.length;
  sheet.charts = sheet.charts.filter((c) => c.id !== built._state.id);
  if (sheet.charts.length === before) throw env.error("The chart is not on this sheet.");
  env.touched();
}

export class EmbeddedChart implements Pick<
  GasChart,
  | "getChartId"
  | "getRanges"
  | "getOptions"
  | "getContainerInfo"
  | "modify"
  | "getNumHeaders"
  | "getTransposeRowsAndColumns"
  | "getHiddenDimensionStrategy"
  | "getMergeStrategy"
> {
  static make(env: Env, sheetId: number, state: ChartState): GasChart {
    return asGas(expose(env, "EmbeddedChart", new EmbeddedChart(env, sheetId, state), true));
  }

  constructor(
    private readonly env: Env,
    readonly _sheetId: number,
    readonly _state: ChartState,
  ) {}

  getChartId(): number | null {
    return this._state.id;
  }
  getId(): string {
    return `u${this._state.id}`;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.env.list(this._state.ranges.map((r) => makeRange(this.env, r.sheetId, r.rect)));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this._state.options;
    const view = {
      get: (option: string) => chartOption(options, option),
      getOrDefault: (option: string) => chartOption(options, option),
    };
    return asGas(expose(this.env, "ChartOptions", view, false));
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = this._state.position;
    const view = {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.col,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
    return asGas(expose(this.env, "ContainerInfo", view, false));
  }
  modify(): GasBuilder {
    return EmbeddedChartBuilder.make(this.env, this._sheetId, structuredClone(this._state));
  }
  getNumHeaders(): number {
    return this._state.numHeaders ?? -1;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._state.transposeRowsAndColumns ?? false;
  }
  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return (this._state.hiddenDimensionStrategy ??
      "IGNORE_BOTH") as unknown as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }
  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return (this._state.mergeStrategy ??
      "MERGE_COLUMNS") as unknown as GoogleAppsScript.Charts.ChartMergeStrategy;
  }
}

type BuilderMethods =
  | "setChartType"
  | "getChartType"
  | "addRange"
  | "removeRange"
  | "clearRanges"
  | "getRanges"
  | "setPosition"
  | "setOption"
  | "setNumHeaders"
  | "setTransposeRowsAndColumns"
  | "setHiddenDimensionStrategy"
  | "setMergeStrategy"
  | "build";

export class EmbeddedChartBuilder implements Pick<GasBuilder, BuilderMethods> {
  static make(env: Env, sheetId: number, state?: ChartState): GasBuilder {
    return asGas(expose(env, "EmbeddedChartBuilder", new EmbeddedChartBuilder(env, sheetId, state), false));
  }

  private readonly state: ChartState;

  constructor(
    private readonly env: Env,
    private readonly sheetId: number,
    state?: ChartState,
  ) {
    this.state = state ?? {
      id: 0,
      type: "",
      ranges: [],
      position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      options: {},
    };
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GasBuilder {
    const name = enumName(type, "ChartType");
    if (!name)
      throw this.env.error(
        MESSAGES.parameters(describeArgs([type]), "SpreadsheetApp.EmbeddedChartBuilder.setChartType"),
      );
    this.state.type = name;
    return asGas(this);
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return (this.state.type
      ? ChartType[this.state.type as "BAR"]
      : null) as unknown as GoogleAppsScript.Charts.ChartType;
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): GasBuilder {
    const r = unwrap(range, Range);
    if (!r)
      throw this.env.error(
        MESSAGES.parameters(describeArgs([range]), "SpreadsheetApp.EmbeddedChartBuilder.addRange"),
      );
    this.state.ranges.push({ sheetId: r._sheetId, rect: { ...r._rect } });
    return asGas(this);
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): GasBuilder {
    const r = unwrap(range, Range);
    if (!r)
      throw this.env.error(
        MESSAGES.parameters(describeArgs([range]), "SpreadsheetApp.EmbeddedChartBuilder.removeRange"),
      );
    this.state.ranges = this.state.ranges.filter(
      (x) => !(x.sheetId === r._sheetId && JSON.stringify(x.rect) === JSON.stringify(r._rect)),
    );
    return asGas(this);
  }
  clearRanges(): GasBuilder {
    this.state.ranges = [];
    return asGas(this);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.env.list(this.state.ranges.map((r) => makeRange(this.env, r.sheetId, r.rect)));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasBuilder {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((n) => Number.isInteger(n)) || anchorRowPos < 1 || anchorColPos < 1) {
      throw this.env.error(
        MESSAGES.parameters(describeArgs(args), "SpreadsheetApp.EmbeddedChartBuilder.setPosition"),
      );
    }
    const sheet = this.env.sheetById(this.sheetId);
    if (anchorRowPos > sheet.maxRows || anchorColPos > sheet.maxCols)
      throw this.env.error(MESSAGES.outsideSheet);
    this.state.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return asGas(this);
  }
  setOption(option: string, value: unknown): GasBuilder {
    if (typeof option !== "string")
      throw this.env.error(
        MESSAGES.parameters(describeArgs([option, value]), "SpreadsheetApp.EmbeddedChartBuilder.setOption"),
      );
    this.state.options[option] = structuredClone(value);
    return asGas(this);
  }
  setNumHeaders(headers: number): GasBuilder {
    this.state.numHeaders = headers;
    return asGas(this);
  }
  setTransposeRowsAndColumns(transpose: boolean): GasBuilder {
    this.state.transposeRowsAndColumns = transpose;
    return asGas(this);
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): GasBuilder {
    this.state.hiddenDimensionStrategy = String(strategy);
    return asGas(this);
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): GasBuilder {
    this.state.mergeStrategy = String(mergeStrategy);
    return asGas(this);
  }
  build(): GasChart {
    if (!this.state.type)
      throw this.env.error("The chart needs a chart type: call setChartType before build().");
    if (this.state.ranges.length === 0)
      throw this.env.error("The chart needs at least one data range: call addRange before build().");
    const refused = Object.entries(this.state.options).flatMap(([key, value]) =>
      undocumentedOptions(this.state.type, key, value),
    );
    if (refused.length > 0) throw this.env.error(undocumentedOptionMessage(this.state.type, refused));
    const state = structuredClone(this.state);
    if (!state.id) state.id = this.env.nextId();
    return EmbeddedChart.make(this.env, this.sheetId, state);
  }
}
