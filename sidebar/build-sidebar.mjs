// Bundles the sidebar into one self-contained HTML file for HtmlService: the script (sidebar/main.ts and
// the src/core code it shares with the server) and the CSS go inline, nothing is loaded from elsewhere.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildInlinePage } from "./inlinePage.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SIDEBAR_FILE = "Sidebar.html";

export function buildSidebarHtml(outDir) {
  return buildInlinePage({
    entry: path.join(here, "main.ts"),
    template: path.join(here, "index.html"),
    css: path.join(here, "styles.css"),
    outDir,
    file: SIDEBAR_FILE,
    what: "the sidebar",
  });
}
