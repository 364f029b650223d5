/** Stands in for the Apps Script SpreadsheetApp global so the custom functions see a spreadsheet locale. */
type Holder = { SpreadsheetApp?: unknown };

export function withSpreadsheetLocale<T>(locale: string | (() => string), body: () => T): T {
  const holder = globalThis as unknown as Holder;
  const saved = holder.SpreadsheetApp;
  holder.SpreadsheetApp = {
    getActiveSpreadsheet: () => ({
      getSpreadsheetLocale: typeof locale === "function" ? locale : () => locale,
    }),
  };
  try {
    return body();
  } finally {
    if (saved === undefined) delete holder.SpreadsheetApp;
    else holder.SpreadsheetApp = saved;
  }
}
