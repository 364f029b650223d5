// Bundles Export model as SQL into one self-contained HTML file for HtmlService, as the sidebar's build does:
// the script (sidebar/sqlDialog/main.ts and the typed server wrapper) goes inline, nothing from elsewhere.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildInlinePage } from "../inlinePage.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SQL_DIALOG_FILE = "SqlDialog.html";

export function buildSqlDialogHtml(outDir) {
  return buildInlinePage({
    entry: path.join(here, "main.ts"),
    template: path.join(here, "index.html"),
    outDir,
    file: SQL_DIALOG_FILE,
    what: "the SQL dialog",
  });
}
