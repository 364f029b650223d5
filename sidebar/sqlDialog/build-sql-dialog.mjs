// Bundles Export model as SQL into one self-contained HTML file for HtmlService, as the sidebar's build does:
// the script (sidebar/sqlDialog/main.ts and the typed server wrapper) goes inline, nothing from elsewhere.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SQL_DIALOG_FILE = "SqlDialog.html";

export async function buildSqlDialogHtml(outDir) {
  const result = await esbuild.build({
    entryPoints: [path.join(here, "main.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  const template = fs.readFileSync(path.join(here, "index.html"), "utf8");
  const html = template.replace("/* SCRIPT */", () => script);
  if (/\b(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html.replace(script, ""))) {
    throw new Error("the SQL dialog would load something from another host");
  }
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, SQL_DIALOG_FILE);
  fs.writeFileSync(`${file}.${process.pid}.tmp`, html);
  fs.renameSync(`${file}.${process.pid}.tmp`, file);
  return [SQL_DIALOG_FILE];
}
