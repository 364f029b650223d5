import { readConfigFromSpreadsheet } from "../adapters/configSheet";
import { SQL_DIALECTS, type SqlDialectName } from "../core/sql/dialect";
import { modelSql } from "../core/sql/modelSql";
import { escapeHtml } from "./menu";
import { userLanguage } from "./messages";
import { sqlMessagesFor } from "./sqlMessages";

const DIALOG_FILE = "SqlDialog";
/** The dialog's <html> carries this attribute; showSqlDialog fills in the user's language. */
const LANGUAGE_SLOT = 'data-language=""';
/** Inside the dialog's text area: the first query, so the dialog shows it before any server call. */
const QUERY_SLOT = "<!--QUERY-->";
/** The example table of that first query; the dialog asks for the real name. */
export const EXAMPLE_TABLE = "project.dataset.accounts";

/**
 * The saved model as one SQL query over a table whose columns are the data sheet's headers
 * (docs/REFERENCE.md, 5. The model as SQL).
 *
 * @param {string} dialect "bigquery" (GoogleSQL, for BigQuery and Connected Sheets) or "duckdb".
 * @param {string} table The table holding the data sheet's columns, e.g. project.dataset.accounts.
 * @param {string} query Optional: "scores" (default; one row per account) or "concentration" (one row).
 * @return {string} The query text; throws a message in the user's language when there is no saved model.
 */
export function getModelSql(dialect: string, table: string, query?: string): string {
  const language = userLanguage();
  const m = sqlMessagesFor(language);
  if (!SQL_DIALECTS.includes(dialect as SqlDialectName)) throw new Error(m.unknownDialect(String(dialect)));
  const kind = query === undefined || query === null || query === "" ? "scores" : query;
  if (kind !== "scores" && kind !== "concentration") throw new Error(m.unknownQuery(String(kind)));
  const text = typeof table === "string" ? table : "";
  if (text.trim() === "" || text.split(".").some((part) => part.trim() === ""))
    throw new Error(m.badTable(text));
  const config = readConfigFromSpreadsheet(SpreadsheetApp.getActiveSpreadsheet(), language);
  if (!config) throw new Error(m.noConfig);
  const sql = modelSql(config, {
    dialect: dialect as SqlDialectName,
    table: text,
    language: config.language ?? language,
  });
  if (kind === "scores") return sql.scores;
  if (sql.concentration === null) throw new Error(m.noRevenueColumn);
  return sql.concentration;
}

/** Opens Export model as SQL: the query for BigQuery or DuckDB, a table-name field and a Copy button. */
export function showSqlDialog(): void {
  const language = userLanguage();
  const page = HtmlService.createHtmlOutputFromFile(DIALOG_FILE).getContent();
  let query: string;
  try {
    query = getModelSql("bigquery", EXAMPLE_TABLE);
  } catch (error) {
    query = (error as Error).message;
  }
  // Spreadsheet text never becomes HTML: the query holds the model's names, so it is escaped.
  const filled = page
    .replace(LANGUAGE_SLOT, `data-language="${language}"`)
    .replace(QUERY_SLOT, () => escapeHtml(query));
  const html = HtmlService.createHtmlOutput(filled);
  SpreadsheetApp.getUi().showModalDialog(
    html.setWidth(760).setHeight(600),
    sqlMessagesFor(language).dialogTitle,
  );
}
