// Builds what clasp pushes: dist/Code.js (the server bundle plus one top-level stub per export of
// src/index.ts), dist/appsscript.json and the sidebar HTML. Fails when the result would not run in
// Apps Script. Usage: node build.mjs   (or node build.mjs --check ENTRY.ts to check another entry)
import * as esbuild from "esbuild";
import ts from "typescript";
import vm from "node:vm";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomically } from "./sidebar/inlinePage.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const ENTRY = path.join(root, "src/index.ts");
const OUT_DIR = path.join(root, "dist");
/** The one global that holds the bundle; every stub calls into it. */
export const BUNDLE_GLOBAL = "KeyAccountMatrix";
/** Apps Script custom functions are named in capitals; everything else is a server function. */
const CUSTOM_FUNCTION_NAME = /^[A-Z][A-Z0-9_]*$/;
/** Node and browser globals that do not exist in Apps Script. */
const FORBIDDEN_GLOBALS = /\b(require\(|process\.|setTimeout\(|setInterval\(|Buffer\.|window\.|document\.)/;

class BuildError extends Error {}

/** The exports of src/index.ts with the JSDoc and parameter names written at their definitions. */
export function readEntryExports(entry = ENTRY) {
  const configPath = path.join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram([entry], options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new BuildError(`cannot read the exports of ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const name = exported.getName();
    if (!declaration || !ts.isFunctionDeclaration(declaration)) {
      throw new BuildError(
        `export ${name} is not a function declaration, so it cannot become an Apps Script global`,
      );
    }
    const file = declaration.getSourceFile();
    const comments = ts.getLeadingCommentRanges(file.text, declaration.getFullStart()) ?? [];
    const jsdoc = comments
      .map((c) => file.text.slice(c.pos, c.end))
      .filter((text) => text.startsWith("/**"))
      .pop();
    const params = declaration.parameters.map((p) => {
      if (!ts.isIdentifier(p.name) || p.dotDotDotToken) {
        throw new BuildError(`export ${name}: parameters must be plain names (no destructuring or rest)`);
      }
      return p.name.text;
    });
    return { name, params, jsdoc: jsdoc ?? "", customFunction: CUSTOM_FUNCTION_NAME.test(name) };
  });
}

export function stubFor({ name, params, jsdoc }) {
  const list = params.join(", ");
  return `${jsdoc ? jsdoc + "\n" : ""}function ${name}(${list}) {\n  return ${BUNDLE_GLOBAL}.${name}(${list});\n}\n`;
}

function checkExports(entryExports) {
  for (const e of entryExports) {
    if (e.customFunction && !/@customfunction\b/.test(e.jsdoc)) {
      throw new BuildError(`custom function ${e.name} has no @customfunction in its JSDoc`);
    }
    if (!e.customFunction && /@customfunction\b/.test(e.jsdoc)) {
      throw new BuildError(`${e.name} is marked @customfunction but custom functions are named in capitals`);
    }
  }
}

/** Evaluates the script in a bare V8 context, as Apps Script would load it, and checks every export has a stub. */
function checkBareEvaluation(code, entryExports) {
  const context = vm.createContext({});
  try {
    vm.runInContext(code, context, { filename: "Code.js" });
  } catch (error) {
    throw new BuildError(`Code.js does not evaluate in a bare V8 context: ${error.message}`);
  }
  const bundle = vm.runInContext(BUNDLE_GLOBAL, context);
  const stubbed = new Set(entryExports.map((e) => e.name));
  for (const key of Object.keys(bundle)) {
    if (!stubbed.has(key)) throw new BuildError(`export ${key} has no top-level stub`);
    if (
      typeof vm.runInContext(`typeof ${key}`, context) !== "string" ||
      vm.runInContext(`typeof ${key}`, context) !== "function"
    ) {
      throw new BuildError(`stub ${key} is not a top-level function`);
    }
  }
  const forbidden = code.match(FORBIDDEN_GLOBALS);
  if (forbidden) throw new BuildError(`Code.js uses ${forbidden[1]}, which Apps Script does not have`);
}

export async function buildServer(entry = ENTRY) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: BUNDLE_GLOBAL,
    target: "es2019",
    platform: "neutral",
    mainFields: ["module", "main"],
    charset: "utf8",
    legalComments: "none",
    // Every custom-function call makes Apps Script load the whole file: minify the bundle body.
    // The generated stubs below stay readable, with their JSDoc.
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const entryExports = readEntryExports(entry);
  checkExports(entryExports);
  const header =
    "// Key Account Matrix add-on. Generated by build.mjs from src/: edit the TypeScript, not this file.\n";
  const code = header + result.outputFiles[0].text + "\n" + entryExports.map(stubFor).join("\n");
  checkBareEvaluation(code, entryExports);
  return { code, entryExports };
}

async function buildSidebar() {
  const script = path.join(root, "sidebar/build-sidebar.mjs");
  if (!fs.existsSync(script)) return [];
  const { buildSidebarHtml } = await import(script);
  return buildSidebarHtml(OUT_DIR);
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const { code, entryExports } = await buildServer();
  writeAtomically(path.join(OUT_DIR, "Code.js"), code);
  writeAtomically(path.join(OUT_DIR, "appsscript.json"), fs.readFileSync(path.join(root, "appsscript.json")));
  const htmlFiles = await buildSidebar();
  htmlFiles.push(
    ...(await (await import("./sidebar/sqlDialog/build-sql-dialog.mjs")).buildSqlDialogHtml(OUT_DIR)),
  );
  const kb = (Buffer.byteLength(code) / 1024).toFixed(1);
  console.log(
    `dist/Code.js ${kb} KB, ${entryExports.length} globals` +
      (htmlFiles.length ? `, ${htmlFiles.join(", ")}` : "") +
      ` (${Date.now() - started} ms)`,
  );
}

/** `node build.mjs --check FILE`: runs every check on another entry file and writes nothing (tests use it). */
async function check(entry) {
  const { entryExports } = await buildServer(path.resolve(entry));
  console.log(`ok: ${entryExports.length} globals`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const checkIndex = process.argv.indexOf("--check");
  const run = checkIndex > 0 ? check(process.argv[checkIndex + 1] ?? "") : main();
  run.catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
