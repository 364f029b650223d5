import ExcelJS from "exceljs";
import type { Emulator } from "../../test/emulator";
import type { GradientPoint } from "../../test/emulator/model";

type DumpedSheet = ReturnType<Emulator["dump"]>["sheets"][number];
type DumpedRule = DumpedSheet["conditionalFormatRules"][number];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** "#d93025" -> "FFD93025", the ARGB form exceljs writes. */
export function argb(color: string): string {
  const hex = color.replace("#", "").toUpperCase();
  return "FF" + (hex.length === 3 ? hex.replace(/(.)/g, "$1$1") : hex).padEnd(6, "0").slice(0, 6);
}

const OPERATORS: Record<string, ExcelJS.CellIsRuleType["operator"]> = {
  NUMBER_GREATER_THAN: "greaterThan",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "greaterThanOrEqual" as ExcelJS.CellIsRuleType["operator"],
  NUMBER_LESS_THAN: "lessThan",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "lessThanOrEqual" as ExcelJS.CellIsRuleType["operator"],
  NUMBER_EQUAL_TO: "equal",
  NUMBER_BETWEEN: "between",
};

function cfvo(point: GradientPoint | undefined, fallback: "min" | "max"): ExcelJS.Cvfo {
  if (!point) return { type: fallback };
  const type = point.type.toUpperCase();
  if (type === "NUMBER") return { type: "num", value: Number(point.value) };
  if (type === "PERCENT") return { type: "percent", value: Number(point.value) };
  if (type === "PERCENTILE") return { type: "percentile", value: Number(point.value) };
  return { type: fallback };
}

/** A Sheets conditional-format rule as an Excel one; null for kinds Excel cannot express the same way. */
export function excelRule(rule: DumpedRule, priority: number): ExcelJS.ConditionalFormattingRule | null {
  if (rule.gradient) {
    const { min, mid, max } = rule.gradient;
    const points = mid ? [min, mid, max] : [min, max];
    return {
      type: "colorScale",
      priority,
      cfvo: [cfvo(min, "min"), ...(mid ? [cfvo(mid, "min")] : []), cfvo(max, "max")],
      color: points.map((p) => ({ argb: argb(p?.color ?? "#ffffff") })),
    };
  }
  const condition = rule.boolean;
  if (!condition?.background) return null;
  const style: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(condition.background) } },
  };
  const operator = OPERATORS[condition.criteria];
  if (operator) {
    return { type: "cellIs", operator, formulae: condition.values.map(String), priority, style };
  }
  if (condition.criteria === "TEXT_EQUAL_TO" || condition.criteria === "TEXT_CONTAINS") {
    return {
      type: "containsText",
      operator: "containsText",
      text: String(condition.values[0] ?? ""),
      priority,
      style,
    };
  }
  if (condition.criteria === "CUSTOM_FORMULA") {
    return {
      type: "expression",
      formulae: [String(condition.values[0] ?? "").replace(/^=/, "")],
      priority,
      style,
    };
  }
  return null;
}

function copySheet(workbook: ExcelJS.Workbook, sheet: Sheet, rules: readonly DumpedRule[]): void {
  const frozen = sheet.getFrozenRows();
  const target = workbook.addWorksheet(sheet.getName(), {
    views: frozen > 0 ? [{ state: "frozen", ySplit: frozen }] : [],
  });
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (rows > 0 && columns > 0) {
    const range = sheet.getRange(1, 1, rows, columns);
    const values = range.getValues();
    const formats = range.getNumberFormats();
    const backgrounds = range.getBackgrounds();
    const weights = range.getFontWeights();
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === "") return;
        const cell = target.getCell(r + 1, c + 1);
        // Values, not formulas: the custom functions do not exist in Excel.
        cell.value = value as ExcelJS.CellValue;
        const format = formats[r]?.[c];
        if (format && format !== "General") cell.numFmt = format;
        const background = backgrounds[r]?.[c];
        if (background && background.toLowerCase() !== "#ffffff") {
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(background) } };
        }
        if (weights[r]?.[c] === "bold") cell.font = { bold: true };
      }),
    );
    for (const merge of range.getMergedRanges()) target.mergeCells(merge.getA1Notation());
  }
  for (let c = 1; c <= Math.max(columns, 1); c++) target.getColumn(c).width = sheet.getColumnWidth(c) / 7;
  rules.forEach((rule, i) => {
    const excel = excelRule(rule, i + 1);
    if (!excel) return;
    for (const ref of rule.ranges) target.addConditionalFormatting({ ref, rules: [excel] });
  });
}

/** The whole emulated spreadsheet as an .xlsx file: values, formats, colours and conditional formatting. */
export async function workbookToXlsx(emulator: Emulator): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Key Account Matrix";
  const dumped = emulator.dump().sheets;
  for (const sheet of emulator.spreadsheet.getSheets()) {
    const rules = dumped.find((s) => s.name === sheet.getName())?.conditionalFormatRules ?? [];
    copySheet(workbook, sheet, rules);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
