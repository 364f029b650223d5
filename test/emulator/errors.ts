/**
 * Error texts Sheets and Apps Script use, in one place. Where the wording could be established from
 * public reports it is copied; the others are marked in README.md as the emulator's own wording.
 */
export const MESSAGES = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  rowsAtLeastOne: "The number of rows in the range must be at least 1.",
  columnsAtLeastOne: "The number of columns in the range must be at least 1.",
  startRowTooSmall: "The starting row of the range is too small.",
  startColumnTooSmall: "The starting column of the range is too small.",
  outsideSheet: "The coordinates of the range are outside the dimensions of the sheet.",
  rowsOutOfBounds: "Those rows are out of bounds.",
  columnsOutOfBounds: "Those columns are out of bounds.",
  rangeNotFound: "Range not found",
  cellOutOfRange: "Cell reference out of range",
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  protectedCell:
    "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
  lockTimeout: "Lock timeout: another process was holding the lock for too long.",
  validation: (a1: string) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  metadataLocation:
    "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.",
  invalidName: (name: string) =>
    `Invalid named range name "${name}": a name may contain only letters, numbers and underscores, may not start with a number or the words true/false, may not look like a cell reference, and must be 1 to 250 characters long.`,
  nameExists: (name: string) => `A named range with the name "${name}" already exists.`,
  notFinite: (value: number) =>
    `Sheets cannot store the number ${value}: only finite numbers can be written to a cell.`,
  permission: (method: string) => `You do not have permission to call ${method}`,
  notEmulated: (method: string) => `not emulated: ${method}`,
  parameters: (types: string, method: string) =>
    `The parameters (${types}) don't match the method signature for ${method}.`,
} as const;

/** Describes argument types the way Apps Script's signature errors do: (String,number[],null). */
export function describeArgs(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (a === null) return "null";
      if (a === undefined) return "undefined";
      if (Array.isArray(a)) {
        const inner = a[0];
        if (Array.isArray(inner)) return `${describeArgs([inner[0]])}[][]`;
        return `${describeArgs([inner])}[]`;
      }
      if (typeof a === "string") return "String";
      if (typeof a === "object")
        return Object.prototype.toString.call(a) === "[object Date]" ? "Date" : "Object";
      return typeof a;
    })
    .join(",");
}

/** The detail of the not-emulated refusal of formula text written as a value in a `;` locale. */
export function formulaAsValue(method: string, locale: string, a1: string): string {
  return (
    `Range.${method} with formula text (${a1}) in a ${locale} spreadsheet, whose formulas use ";" ` +
    "separators: what Sheets makes of it is unconfirmed; write formulas with setFormula/setFormulas"
  );
}
