import type { Env } from "./env";
import { DataValidationCriteria, enumName } from "./enums";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose, unwrap } from "./expose";
import type { Scalar, ValidationState } from "./model";
import { Range } from "./range";

type GasValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** Would Sheets accept this value in a cell with this rule? */
export function validationAccepts(_env: Env, rule: ValidationState, value: Scalar | ""): boolean {
  if (value === "") return true;
  const [a, b] = rule.values;
  switch (rule.criteria) {
    case "VALUE_IN_LIST":
      return Array.isArray(a) && a.some((option) => String(option) === String(value));
    case "VALUE_IN_RANGE": {
      const range = unwrap(a, Range);
      if (!range) return false;
      return range.getValues().some((line) => line.some((v) => v !== "" && String(v) === String(value)));
    }
    case "NUMBER_BETWEEN":
      return typeof value === "number" && value >= Number(a) && value <= Number(b);
    case "NUMBER_GREATER_THAN":
      return typeof value === "number" && value > Number(a);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return typeof value === "number" && value >= Number(a);
    case "NUMBER_LESS_THAN":
      return typeof value === "number" && value < Number(a);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return typeof value === "number" && value <= Number(a);
    case "CHECKBOX":
      return typeof value === "boolean";
    case "DATE_IS_VALID_DATE":
      return value instanceof Date;
    default:
      return true;
  }
}

export class DataValidation implements Pick<
  GasValidation,
  "getCriteriaType" | "getCriteriaValues" | "getAllowInvalid" | "getHelpText" | "copy"
> {
  static make(env: Env, state: ValidationState): GasValidation {
    return asGas(expose(env, "DataValidation", new DataValidation(env, state), false));
  }

  constructor(
    private readonly env: Env,
    readonly _state: ValidationState,
  ) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return DataValidationCriteria[
      this._state.criteria as "VALUE_IN_LIST"
    ] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.env.list(this._state.values.map((v) => (Array.isArray(v) ? this.env.list(v) : v)));
  }
  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }
  getHelpText(): string {
    return this._state.helpText;
  }
  copy(): GasBuilder {
    return DataValidationBuilder.make(this.env, { ...this._state, values: [...this._state.values] });
  }
}

type BuilderMethods =
  | "requireValueInList"
  | "requireValueInRange"
  | "requireNumberBetween"
  | "requireNumberGreaterThan"
  | "requireNumberGreaterThanOrEqualTo"
  | "requireNumberLessThan"
  | "requireNumberLessThanOrEqualTo"
  | "requireCheckbox"
  | "requireDate"
  | "setAllowInvalid"
  | "setHelpText"
  | "build"
  | "getCriteriaType"
  | "getCriteriaValues"
  | "getAllowInvalid"
  | "getHelpText";

export class DataValidationBuilder implements Pick<GasBuilder, BuilderMethods> {
  static make(env: Env, state?: ValidationState): GasBuilder {
    return asGas(expose(env, "DataValidationBuilder", new DataValidationBuilder(env, state), false));
  }

  private readonly state: ValidationState;

  constructor(
    private readonly env: Env,
    state?: ValidationState,
  ) {
    this.state = state ?? { criteria: "", values: [], allowInvalid: true, helpText: "" };
  }

  private number(method: string, ...values: unknown[]): void {
    if (!values.every((v) => typeof v === "number" && Number.isFinite(v))) {
      throw this.env.error(
        MESSAGES.parameters(describeArgs(values), `SpreadsheetApp.DataValidationBuilder.${method}`),
      );
    }
  }

  private criteria(name: string, values: unknown[]): GasBuilder {
    this.state.criteria = name;
    this.state.values = values;
    return asGas(this);
  }

  requireValueInList(values: string[], showDropdown?: boolean): GasBuilder {
    if (!Array.isArray(values) || values.length === 0) {
      throw this.env.error(
        MESSAGES.parameters(
          describeArgs([values]),
          "SpreadsheetApp.DataValidationBuilder.requireValueInList",
        ),
      );
    }
    return this.criteria("VALUE_IN_LIST", [values.map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): GasBuilder {
    if (!unwrap(range, Range))
      throw this.env.error(
        MESSAGES.parameters(
          describeArgs([range]),
          "SpreadsheetApp.DataValidationBuilder.requireValueInRange",
        ),
      );
    return this.criteria("VALUE_IN_RANGE", [range, showDropdown ?? true]);
  }
  requireNumberBetween(start: number, end: number): GasBuilder {
    this.number("requireNumberBetween", start, end);
    return this.criteria("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberGreaterThan(number: number): GasBuilder {
    this.number("requireNumberGreaterThan", number);
    return this.criteria("NUMBER_GREATER_THAN", [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GasBuilder {
    this.number("requireNumberGreaterThanOrEqualTo", number);
    return this.criteria("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberLessThan(number: number): GasBuilder {
    this.number("requireNumberLessThan", number);
    return this.criteria("NUMBER_LESS_THAN", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): GasBuilder {
    this.number("requireNumberLessThanOrEqualTo", number);
    return this.criteria("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  requireCheckbox(): GasBuilder {
    return this.criteria("CHECKBOX", []);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireDate() */
  requireDate(): GasBuilder {
    return this.criteria("DATE_IS_VALID_DATE", []);
  }
  setAllowInvalid(allowInvalidData: boolean): GasBuilder {
    this.state.allowInvalid = allowInvalidData === true;
    return asGas(this);
  }
  setHelpText(helpText: string): GasBuilder {
    this.state.helpText = String(helpText);
    return asGas(this);
  }
  build(): GasValidation {
    if (!this.state.criteria)
      throw this.env.error("You must set a criteria on the data validation rule before building it.");
    return DataValidation.make(this.env, { ...this.state, values: [...this.state.values] });
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return (enumName(this.state.criteria, "DataValidationCriteria")
      ? DataValidationCriteria[this.state.criteria as "VALUE_IN_LIST"]
      : null) as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.env.list(this.state.values);
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    return this.state.helpText || null;
  }
}
