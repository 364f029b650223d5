// Bundles the sidebar into one self-contained HTML file for HtmlService: the script (sidebar/main.ts and
// the src/core code it shares with the server) and the CSS go inline, nothing is loaded from elsewhere.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SIDEBAR_FILE = "Sidebar.html";

/** Keeps "</script" inside the bundle from closing the inline script element. */
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

export async function bundleSidebarScript() {
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
  return result.outputFiles[0].text;
}

export async function buildSidebarHtml(outDir) {
  const template = fs.readFileSync(path.join(here, "index.html"), "utf8");
  const css = fs.readFileSync(path.join(here, "styles.css"), "utf8");
  const script = inlineSafe(await bundleSidebarScript());
  const html = template.replace("/* STYLE */", () => css).replace("/* SCRIPT */", () => script);
  if (/\b(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html.replace(script, ""))) {
    throw new Error("the sidebar would load something from another host");
  }
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, SIDEBAR_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, html);
  fs.renameSync(temporary, file);
  return [SIDEBAR_FILE];
}
