// One self-contained HTML file for HtmlService, as the sidebar's and the SQL dialog's builds make it: the
// script (a TypeScript entry and what it imports, bundled by esbuild) and the CSS go inline into a template,
// nothing is loaded from elsewhere, and the file is written so that a reader never sees it half-written.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";

/** Tests may read dist/ while another build runs: never leave a half-written file (build.mjs uses it too). */
export function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/** Keeps "</script" inside the bundle from closing the inline script element. */
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** The browser bundle of `entry`, minified, as one script. */
export async function bundlePageScript(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
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

// Writes `outDir`/`file`: `template` with its SCRIPT placeholder comment replaced by the bundle of `entry` and
// its STYLE placeholder by the text of `css` (when given). Refuses a page that would load anything from another
// host; `what` names the page in that message. Returns the file names written.
export async function buildInlinePage({ entry, template, css, outDir, file, what }) {
  const script = inlineSafe(await bundlePageScript(entry));
  let html = fs.readFileSync(template, "utf8");
  if (css) html = html.replace("/* STYLE */", () => fs.readFileSync(css, "utf8"));
  html = html.replace("/* SCRIPT */", () => script);
  if (/\b(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html.replace(script, ""))) {
    throw new Error(`${what} would load something from another host`);
  }
  fs.mkdirSync(outDir, { recursive: true });
  writeAtomically(path.join(outDir, file), html);
  return [file];
}
