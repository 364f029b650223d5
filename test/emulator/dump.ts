import { columnLetters, quoteSheetName, rectToA1 } from "./a1";
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR } from "./colors";
import { conditionalStyle } from "./conditionalFormat";
import type { Env } from "./env";
import { cellAt, type GridRect, type Scalar, type SheetState } from "./model";
import { displayText } from "./numberFormat";
import { isDate } from "./realm";

const a1 = (row: number, col: number) => `${columnLetters(col)}${row}`;

function plain(value: Scalar | undefined): string | number | boolean {
  if (value === undefined) return "";
  return isDate(value) ? value.toISOString() : value;
}

function qualified(env: Env, sheetId: number, rect: GridRect): string {
  const sheet = env.state.sheets.find((s) => s.id === sheetId);
  return `${quoteSheetName(sheet?.name ?? "#REF")}!${rectToA1(rect)}`;
}

export interface Displayed {
  value: string;
  background: string;
  fontColor: string;
  bold: boolean;
  /** The message Sheets shows on hover for an error cell (#ERROR!, #REF!, ...). */
  error?: string;
}

/** What a person sees in one cell: formatted text and colours after conditional formatting. */
export function displayedCell(env: Env, sheet: SheetState, row: number, col: number): Displayed {
  const cell = cellAt(sheet, row, col);
  const computed = env.formulas.read(sheet, row, col);
  const style = conditionalStyle(env, sheet, row, col, computed.value);
  return {
    value: displayText(computed.value, cell?.numberFormat, env.state.locale, env.state.timeZone),
    background: style?.background ?? cell?.background ?? DEFAULT_BACKGROUND,
    fontColor: style?.fontColor ?? cell?.fontColor ?? DEFAULT_FONT_COLOR,
    bold: style?.bold ?? cell?.fontWeight === "bold",
    ...(computed.error !== undefined ? { error: computed.error } : {}),
  };
}

function sheetDump(env: Env, sheet: SheetState, index: number) {
  let rows = 0;
  let cols = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const line = sheet.rows[r];
    if (!line) continue;
    for (let c = line.length - 1; c >= 0; c--) {
      const cell = line[c];
      if (cell && (cell.value !== undefined || cell.formula !== undefined)) {
        rows = r + 1;
        if (c + 1 > cols) cols = c + 1;
        break;
      }
    }
  }
  const extent = env.formulas.extent(sheet);
  rows = Math.max(rows, extent.rows);
  cols = Math.max(cols, extent.cols);
  const values: Array<Array<string | number | boolean>> = [];
  for (let r = 1; r <= rows; r++) {
    const line: Array<string | number | boolean> = [];
    const stored = sheet.rows[r - 1];
    for (let c = 1; c <= cols; c++) {
      const cell = stored?.[c - 1];
      const value =
        cell && cell.formula === undefined && cell.value !== undefined
          ? cell.value
          : env.formulas.read(sheet, r, c).value;
      line.push(plain(value));
    }
    values.push(line);
  }
  const formats = {
    formulas: {} as Record<string, string>,
    numberFormats: {} as Record<string, string>,
    backgrounds: {} as Record<string, string>,
    fontWeights: {} as Record<string, string>,
    fontColors: {} as Record<string, string>,
    horizontalAlignments: {} as Record<string, string>,
    wraps: {} as Record<string, boolean>,
    notes: {} as Record<string, string>,
    validations: {} as Record<string, unknown>,
  };
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (!cell) return;
      let address: string | undefined;
      const at = () => (address ??= a1(r + 1, c + 1));
      if (cell.formula !== undefined) formats.formulas[at()] = cell.formula;
      if (cell.numberFormat !== undefined) formats.numberFormats[at()] = cell.numberFormat;
      if (cell.background !== undefined) formats.backgrounds[at()] = cell.background;
      if (cell.fontWeight !== undefined) formats.fontWeights[at()] = cell.fontWeight;
      if (cell.fontColor !== undefined) formats.fontColors[at()] = cell.fontColor;
      if (cell.horizontalAlignment !== undefined)
        formats.horizontalAlignments[at()] = cell.horizontalAlignment;
      if (cell.wrap !== undefined) formats.wraps[at()] = cell.wrap;
      if (cell.note !== undefined) formats.notes[at()] = cell.note;
      if (cell.validation) {
        formats.validations[at()] = {
          criteria: cell.validation.criteria,
          values: cell.validation.values.map((v) =>
            Array.isArray(v) ? [...v] : typeof v === "object" && v !== null ? String(v) : v,
          ),
          allowInvalid: cell.validation.allowInvalid,
          helpText: cell.validation.helpText,
        };
      }
    }),
  );
  return {
    name: sheet.name,
    id: sheet.id,
    index: index + 1,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    values,
    ...formats,
    merges: sheet.merges.map(rectToA1),
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b).map(([c, w]) => [columnLetters(c), w]),
    ),
    conditionalFormatRules: sheet.conditionalRules.map((rule) => ({
      ranges: rule.ranges.map((r) => rectToA1(r.rect)),
      ...(rule.boolean ? { boolean: { ...rule.boolean, values: [...rule.boolean.values] } } : {}),
      ...(rule.gradient ? { gradient: structuredClone(rule.gradient) } : {}),
    })),
    charts: sheet.charts.map((chart) => ({
      id: chart.id,
      type: chart.type,
      ranges: chart.ranges.map((r) => qualified(env, r.sheetId, r.rect)),
      position: { ...chart.position },
      options: structuredClone(chart.options),
    })),
  };
}

/** The whole emulated state as plain JSON. */
export function dumpState(env: Env) {
  const state = env.state;
  const mapObject = (m: Map<string, string>) =>
    Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    name: state.name,
    locale: state.locale,
    timeZone: state.timeZone,
    owner: state.owner,
    activeSheet: state.sheets.find((s) => s.id === state.activeSheetId)?.name ?? null,
    sheets: state.sheets.map((sheet, i) => sheetDump(env, sheet, i)),
    namedRanges: state.namedRanges.map((n) => ({ name: n.name, range: qualified(env, n.sheetId, n.rect) })),
    developerMetadata: state.metadata.map((m) => {
      const loc = m.location;
      const location =
        loc.type === "SPREADSHEET"
          ? { type: loc.type }
          : loc.type === "SHEET"
            ? { type: loc.type, sheet: env.state.sheets.find((s) => s.id === loc.sheetId)?.name ?? null }
            : {
                type: loc.type,
                sheet: env.state.sheets.find((s) => s.id === loc.sheetId)?.name ?? null,
                range:
                  loc.type === "ROW"
                    ? `${loc.start}:${loc.start + loc.count - 1}`
                    : `${columnLetters(loc.start)}:${columnLetters(loc.start + loc.count - 1)}`,
              };
      return { id: m.id, key: m.key, value: m.value, visibility: m.visibility, location };
    }),
    protections: state.protections.map((p) => ({
      type: p.type,
      sheet: env.state.sheets.find((s) => s.id === p.sheetId)?.name ?? null,
      range: p.rect ? rectToA1(p.rect) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      editors: p.restricted ? [state.owner, ...p.editors] : "everyone who can edit the file",
      unprotectedRanges: p.unprotected.map(rectToA1),
    })),
    properties: {
      document: mapObject(state.documentProperties),
      script: mapObject(state.scriptProperties),
      user: Object.fromEntries([...state.userProperties.entries()].map(([u, m]) => [u, mapObject(m)])),
    },
  };
}
