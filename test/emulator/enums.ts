/**
 * Apps Script enums are objects whose String() is the member name; they are compared by identity.
 * The emulator keeps one object per member so `x === SpreadsheetApp.ProtectionType.RANGE` works.
 */
export interface EnumValue {
  readonly name: string;
  readonly enumName: string;
  toString(): string;
  toJSON(): string;
}

const all = new Map<string, Record<string, EnumValue>>();

export function enumOf<K extends string>(enumName: string, keys: readonly K[]): Record<K, EnumValue> {
  const existing = all.get(enumName);
  if (existing) return existing as Record<K, EnumValue>;
  const members = {} as Record<K, EnumValue>;
  for (const key of keys) {
    members[key] = Object.freeze({
      name: key,
      enumName,
      toString: () => key,
      toJSON: () => key,
    });
  }
  Object.freeze(members);
  all.set(enumName, members);
  return members;
}

/** The member name when `value` is a member of `enumName` (or its name as a string), else undefined. */
export function enumName(value: unknown, enumName: string): string | undefined {
  if (value && typeof value === "object" && (value as EnumValue).enumName === enumName)
    return (value as EnumValue).name;
  const members = all.get(enumName);
  if (typeof value === "string" && members && value in members) return value;
  return undefined;
}

export const ProtectionType = enumOf("ProtectionType", ["RANGE", "SHEET"]);
export const DeveloperMetadataVisibility = enumOf("DeveloperMetadataVisibility", ["DOCUMENT", "PROJECT"]);
export const DeveloperMetadataLocationType = enumOf("DeveloperMetadataLocationType", [
  "SPREADSHEET",
  "SHEET",
  "ROW",
  "COLUMN",
]);
export const BooleanCriteria = enumOf("BooleanCriteria", [
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
]);
export const InterpolationType = enumOf("InterpolationType", [
  "NUMBER",
  "PERCENT",
  "PERCENTILE",
  "MIN",
  "MAX",
]);
export const DataValidationCriteria = enumOf("DataValidationCriteria", [
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "NUMBER_BETWEEN",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "CHECKBOX",
  "DATE_IS_VALID_DATE",
  "CUSTOM_FORMULA",
]);
export const ChartType = enumOf("ChartType", [
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TIMELINE",
  "TREEMAP",
  "WATERFALL",
]);
export const Button = enumOf("Button", ["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export const ButtonSet = enumOf("ButtonSet", ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
export const AuthMode = enumOf("AuthMode", ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
export const WrapStrategy = enumOf("WrapStrategy", ["WRAP", "OVERFLOW", "CLIP"]);
export const SandboxMode = enumOf("SandboxMode", ["EMULATED", "IFRAME", "NATIVE", "NONE"]);
