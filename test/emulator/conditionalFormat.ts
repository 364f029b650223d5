import { columnLetters } from "./a1";
import { mixColors, normalizeColor } from "./colors";
import type { Env } from "./env";
import { BooleanCriteria, enumName, InterpolationType } from "./enums";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose, unwrap } from "./expose";
import {
  rectContains,
  type ConditionalRuleState,
  type GradientPoint,
  type Scalar,
  type SheetState,
} from "./model";
import { makeRange, Range } from "./range";
import { isDate } from "./realm";

type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GasBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

function copyRule(state: ConditionalRuleState): ConditionalRuleState {
  return {
    ranges: state.ranges.map((r) => ({ sheetId: r.sheetId, rect: { ...r.rect } })),
    ...(state.boolean ? { boolean: { ...state.boolean, values: [...state.boolean.values] } } : {}),
    ...(state.gradient ? { gradient: { ...state.gradient } } : {}),
  };
}

export function rulesOf(env: Env, sheet: SheetState): GasRule[] {
  return env.list(sheet.conditionalRules.map((r) => ConditionalFormatRule.make(env, copyRule(r))));
}

export class ConditionalFormatRule implements Pick<
  GasRule,
  "getRanges" | "getBooleanCondition" | "getGradientCondition" | "copy"
> {
  static make(env: Env, state: ConditionalRuleState): GasRule {
    return asGas(expose(env, "ConditionalFormatRule", new ConditionalFormatRule(env, state), false));
  }

  constructor(
    private readonly env: Env,
    readonly _state: ConditionalRuleState,
  ) {}

  _copyState(): ConditionalRuleState {
    return copyRule(this._state);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.env.list(this._state.ranges.map((r) => makeRange(this.env, r.sheetId, r.rect)));
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    const b = this._state.boolean;
    if (!b) return null;
    const env = this.env;
    const view = {
      getCriteriaType: () => BooleanCriteria[b.criteria as "CELL_EMPTY"],
      getCriteriaValues: () => env.list(b.values),
      getBackground: () => b.background ?? null,
      getFontColor: () => b.fontColor ?? null,
      getBold: () => b.bold ?? null,
    };
    return asGas(expose(env, "BooleanCondition", view, false));
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    const g = this._state.gradient;
    if (!g) return null;
    const point = (p: GradientPoint | undefined) => p;
    const view = {
      getMinColor: () => point(g.min)?.color ?? null,
      getMinType: () => (g.min ? InterpolationType[g.min.type as "MIN"] : null),
      getMinValue: () => point(g.min)?.value ?? "",
      getMidColor: () => point(g.mid)?.color ?? null,
      getMidType: () => (g.mid ? InterpolationType[g.mid.type as "MIN"] : null),
      getMidValue: () => point(g.mid)?.value ?? "",
      getMaxColor: () => point(g.max)?.color ?? null,
      getMaxType: () => (g.max ? InterpolationType[g.max.type as "MAX"] : null),
      getMaxValue: () => point(g.max)?.value ?? "",
    };
    return asGas(expose(this.env, "GradientCondition", view, false));
  }

  copy(): GasBuilder {
    return ConditionalFormatRuleBuilder.make(this.env, copyRule(this._state));
  }
}

type BuilderMethods =
  | "whenNumberGreaterThan"
  | "whenNumberGreaterThanOrEqualTo"
  | "whenNumberLessThan"
  | "whenNumberLessThanOrEqualTo"
  | "whenNumberBetween"
  | "whenNumberNotBetween"
  | "whenNumberEqualTo"
  | "whenNumberNotEqualTo"
  | "whenTextEqualTo"
  | "whenTextContains"
  | "whenTextDoesNotContain"
  | "whenTextStartsWith"
  | "whenTextEndsWith"
  | "whenCellEmpty"
  | "whenCellNotEmpty"
  | "whenFormulaSatisfied"
  | "setBackground"
  | "setFontColor"
  | "setBold"
  | "setGradientMinpoint"
  | "setGradientMaxpoint"
  | "setGradientMinpointWithValue"
  | "setGradientMidpointWithValue"
  | "setGradientMaxpointWithValue"
  | "setRanges"
  | "getRanges"
  | "build";

export class ConditionalFormatRuleBuilder implements Pick<GasBuilder, BuilderMethods> {
  static make(env: Env, state?: ConditionalRuleState): GasBuilder {
    return asGas(
      expose(env, "ConditionalFormatRuleBuilder", new ConditionalFormatRuleBuilder(env, state), false),
    );
  }

  private readonly state: ConditionalRuleState;

  constructor(
    private readonly env: Env,
    state?: ConditionalRuleState,
  ) {
    this.state = state ?? { ranges: [] };
  }

  private when(
    criteria: string,
    values: unknown[],
    method: string,
    kind: "number" | "text" | "none" | "formula",
  ): GasBuilder {
    const ok = values.every((v) =>
      kind === "number" ? typeof v === "number" && Number.isFinite(v) : typeof v === "string",
    );
    if (!ok)
      throw this.env.error(
        MESSAGES.parameters(describeArgs(values), `SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`),
      );
    if (kind === "formula" && !String(values[0]).startsWith("=")) {
      throw this.env.error(
        `Invalid custom formula "${String(values[0])}": a custom formula must start with "=".`,
      );
    }
    delete this.state.gradient;
    this.state.boolean = { ...(this.state.boolean ?? {}), criteria, values };
    return asGas(this);
  }

  whenNumberGreaterThan(number: number): GasBuilder {
    return this.when("NUMBER_GREATER_THAN", [number], "whenNumberGreaterThan", "number");
  }
  whenNumberGreaterThanOrEqualTo(number: number): GasBuilder {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number], "whenNumberGreaterThanOrEqualTo", "number");
  }
  whenNumberLessThan(number: number): GasBuilder {
    return this.when("NUMBER_LESS_THAN", [number], "whenNumberLessThan", "number");
  }
  whenNumberLessThanOrEqualTo(number: number): GasBuilder {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", [number], "whenNumberLessThanOrEqualTo", "number");
  }
  whenNumberBetween(start: number, end: number): GasBuilder {
    return this.when("NUMBER_BETWEEN", [start, end], "whenNumberBetween", "number");
  }
  whenNumberNotBetween(start: number, end: number): GasBuilder {
    return this.when("NUMBER_NOT_BETWEEN", [start, end], "whenNumberNotBetween", "number");
  }
  whenNumberEqualTo(number: number): GasBuilder {
    return this.when("NUMBER_EQUAL_TO", [number], "whenNumberEqualTo", "number");
  }
  whenNumberNotEqualTo(number: number): GasBuilder {
    return this.when("NUMBER_NOT_EQUAL_TO", [number], "whenNumberNotEqualTo", "number");
  }
  whenTextEqualTo(text: string): GasBuilder {
    return this.when("TEXT_EQUAL_TO", [text], "whenTextEqualTo", "text");
  }
  whenTextContains(text: string): GasBuilder {
    return this.when("TEXT_CONTAINS", [text], "whenTextContains", "text");
  }
  whenTextDoesNotContain(text: string): GasBuilder {
    return this.when("TEXT_DOES_NOT_CONTAIN", [text], "whenTextDoesNotContain", "text");
  }
  whenTextStartsWith(text: string): GasBuilder {
    return this.when("TEXT_STARTS_WITH", [text], "whenTextStartsWith", "text");
  }
  whenTextEndsWith(text: string): GasBuilder {
    return this.when("TEXT_ENDS_WITH", [text], "whenTextEndsWith", "text");
  }
  whenCellEmpty(): GasBuilder {
    return this.when("CELL_EMPTY", [], "whenCellEmpty", "none");
  }
  whenCellNotEmpty(): GasBuilder {
    return this.when("CELL_NOT_EMPTY", [], "whenCellNotEmpty", "none");
  }
  whenFormulaSatisfied(formula: string): GasBuilder {
    return this.when("CUSTOM_FORMULA", [formula], "whenFormulaSatisfied", "formula");
  }

  private color(color: unknown, method: string): string {
    const normal = typeof color === "string" ? normalizeColor(color) : null;
    if (!normal)
      throw this.env.error(
        MESSAGES.parameters(describeArgs([color]), `SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`),
      );
    return normal;
  }

  private format(patch: { background?: string; fontColor?: string; bold?: boolean }): GasBuilder {
    this.state.boolean = { criteria: "", values: [], ...(this.state.boolean ?? {}), ...patch };
    return asGas(this);
  }

  setBackground(color: string | null): GasBuilder {
    return this.format({ background: this.color(color, "setBackground") });
  }
  setFontColor(color: string | null): GasBuilder {
    return this.format({ fontColor: this.color(color, "setFontColor") });
  }
  setBold(bold: boolean | null): GasBuilder {
    return this.format({ bold: bold === true });
  }

  private point(
    which: "min" | "mid" | "max",
    color: unknown,
    type: unknown,
    value: unknown,
    method: string,
  ): GasBuilder {
    const name = enumName(type, "InterpolationType");
    if (!name || typeof value !== "string") {
      throw this.env.error(
        MESSAGES.parameters(
          describeArgs([color, type, value]),
          `SpreadsheetApp.ConditionalFormatRuleBuilder.${method}`,
        ),
      );
    }
    if (
      (name === "NUMBER" || name === "PERCENT" || name === "PERCENTILE") &&
      !Number.isFinite(Number(value))
    ) {
      throw this.env.error(`Invalid gradient ${which}point value "${value}" for interpolation type ${name}.`);
    }
    delete this.state.boolean;
    this.state.gradient = {
      ...(this.state.gradient ?? {}),
      [which]: { type: name, value, color: this.color(color, method) },
    };
    return asGas(this);
  }

  setGradientMinpoint(color: string): GasBuilder {
    return this.point("min", color, "MIN", "", "setGradientMinpoint");
  }
  setGradientMaxpoint(color: string): GasBuilder {
    return this.point("max", color, "MAX", "", "setGradientMaxpoint");
  }
  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasBuilder {
    return this.point("min", color, type, value, "setGradientMinpointWithValue");
  }
  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasBuilder {
    return this.point("mid", color, type, value, "setGradientMidpointWithValue");
  }
  setGradientMaxpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasBuilder {
    return this.point("max", color, type, value, "setGradientMaxpointWithValue");
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GasBuilder {
    if (!Array.isArray(ranges))
      throw this.env.error(
        MESSAGES.parameters(describeArgs([ranges]), "SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges"),
      );
    this.state.ranges = ranges.map((r) => {
      const range = unwrap(r, Range);
      if (!range)
        throw this.env.error(
          MESSAGES.parameters(describeArgs([r]), "SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges"),
        );
      return { sheetId: range._sheetId, rect: { ...range._rect } };
    });
    return asGas(this);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.env.list(this.state.ranges.map((r) => makeRange(this.env, r.sheetId, r.rect)));
  }

  build(): GasRule {
    const b = this.state.boolean;
    if (b && !b.criteria)
      throw this.env.error("A conditional format rule needs a condition (a when... call) before build().");
    if (b && !b.background && !b.fontColor && b.bold === undefined) {
      throw this.env.error(
        "A conditional format rule needs a format (setBackground, setFontColor or setBold) before build().",
      );
    }
    if (!b && !this.state.gradient)
      throw this.env.error("A conditional format rule needs a condition or a gradient before build().");
    if (this.state.gradient && (!this.state.gradient.min || !this.state.gradient.max)) {
      throw this.env.error("A gradient rule needs both a minpoint and a maxpoint.");
    }
    return ConditionalFormatRule.make(this.env, copyRule(this.state));
  }
}

/** Shifts the relative references of a custom formula from the rule's top-left cell to (dr, dc) away. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/.exec(formula.slice(i));
    const prev = formula[i - 1] ?? "";
    if (m && !/[\w.]/.test(prev)) {
      const [, colAbs, letters = "", rowAbs, digits = "0"] = m;
      let col = 0;
      for (const l of letters.toUpperCase()) col = col * 26 + (l.charCodeAt(0) - 64);
      const newCol = colAbs ? col : col + dc;
      const newRow = rowAbs ? Number(digits) : Number(digits) + dr;
      out += `${colAbs}${columnLetters(newCol)}${rowAbs}${newRow}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function numeric(value: Scalar | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (isDate(value)) return undefined;
  return undefined;
}

function booleanMatches(
  env: Env,
  sheet: SheetState,
  rule: ConditionalRuleState,
  row: number,
  col: number,
  value: Scalar | undefined,
): boolean {
  const b = rule.boolean;
  if (!b) return false;
  const [a, z] = b.values;
  const n = numeric(value);
  const text = value === undefined ? "" : String(value).toLowerCase();
  const needle = typeof a === "string" ? a.toLowerCase() : "";
  switch (b.criteria) {
    case "CELL_EMPTY":
      return value === undefined || value === "";
    case "CELL_NOT_EMPTY":
      return !(value === undefined || value === "");
    case "NUMBER_GREATER_THAN":
      return n !== undefined && n > Number(a);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return n !== undefined && n >= Number(a);
    case "NUMBER_LESS_THAN":
      return n !== undefined && n < Number(a);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return n !== undefined && n <= Number(a);
    case "NUMBER_EQUAL_TO":
      return n !== undefined && n === Number(a);
    case "NUMBER_NOT_EQUAL_TO":
      return n !== undefined && n !== Number(a);
    case "NUMBER_BETWEEN":
      return n !== undefined && n >= Math.min(Number(a), Number(z)) && n <= Math.max(Number(a), Number(z));
    case "NUMBER_NOT_BETWEEN":
      return n !== undefined && (n < Math.min(Number(a), Number(z)) || n > Math.max(Number(a), Number(z)));
    case "TEXT_EQUAL_TO":
      return value !== undefined && text === needle;
    case "TEXT_CONTAINS":
      return value !== undefined && text.includes(needle);
    case "TEXT_DOES_NOT_CONTAIN":
      return !text.includes(needle);
    case "TEXT_STARTS_WITH":
      return value !== undefined && text.startsWith(needle);
    case "TEXT_ENDS_WITH":
      return value !== undefined && text.endsWith(needle);
    case "CUSTOM_FORMULA": {
      const anchor = rule.ranges[0]?.rect;
      if (!anchor) return false;
      const shifted = shiftFormula(String(a), row - anchor.row, col - anchor.col);
      const result = env.formulas.evaluateAt(sheet, shifted).value;
      return result === true || (typeof result === "number" && result !== 0);
    }
    default:
      return false;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (rank - lo);
}

function gradientColor(env: Env, rule: ConditionalRuleState, value: Scalar | undefined): string | undefined {
  const g = rule.gradient;
  const n = numeric(value);
  if (!g || !g.min || !g.max || n === undefined) return undefined;
  const numbers: number[] = [];
  for (const r of rule.ranges) {
    const sheet = env.sheetById(r.sheetId);
    for (let row = r.rect.row; row < r.rect.row + r.rect.numRows; row++) {
      for (let col = r.rect.col; col < r.rect.col + r.rect.numCols; col++) {
        const v = numeric(env.formulas.read(sheet, row, col).value);
        if (v !== undefined) numbers.push(v);
      }
    }
  }
  numbers.sort((x, y) => x - y);
  const lowest = numbers[0] ?? n;
  const highest = numbers[numbers.length - 1] ?? n;
  const at = (p: GradientPoint): number => {
    const v = Number(p.value);
    switch (p.type) {
      case "MIN":
        return lowest;
      case "MAX":
        return highest;
      case "PERCENT":
        return lowest + (v / 100) * (highest - lowest);
      case "PERCENTILE":
        return percentile(numbers, v);
      default:
        return v;
    }
  };
  const points: Array<[number, string]> = [[at(g.min), g.min.color]];
  if (g.mid) points.push([at(g.mid), g.mid.color]);
  points.push([at(g.max), g.max.color]);
  const first = points[0] as [number, string];
  const last = points[points.length - 1] as [number, string];
  if (n <= first[0]) return first[1];
  if (n >= last[0]) return last[1];
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, c0] = points[i] as [number, string];
    const [x1, c1] = points[i + 1] as [number, string];
    if (n >= x0 && n <= x1) return x1 === x0 ? c1 : mixColors(c0, c1, (n - x0) / (x1 - x0));
  }
  return last[1];
}

/**
 * What conditional formatting does to one cell: Sheets applies the first rule, in list order, whose
 * ranges contain the cell and whose condition holds (a colour scale holds for every number).
 */
export function conditionalStyle(
  env: Env,
  sheet: SheetState,
  row: number,
  col: number,
  value: Scalar | undefined,
): { background?: string; fontColor?: string; bold?: boolean } | undefined {
  for (const rule of sheet.conditionalRules) {
    if (!rule.ranges.some((r) => r.sheetId === sheet.id && rectContains(r.rect, row, col))) continue;
    if (rule.gradient) {
      const color = gradientColor(env, rule, value);
      if (color) return { background: color };
      continue;
    }
    if (booleanMatches(env, sheet, rule, row, col, value)) {
      const b = rule.boolean;
      return {
        ...(b?.background ? { background: b.background } : {}),
        ...(b?.fontColor ? { fontColor: b.fontColor } : {}),
        ...(b?.bold !== undefined ? { bold: b.bold } : {}),
      };
    }
  }
  return undefined;
}
