// What the benches in test/bench/ share: the repository root, bundling TypeScript on the fly with esbuild into
// test-output/, the emulator loaded with the matrix fixtures, a spreadsheet of generated accounts, one counted
// and timed run of a menu action (the emulator's ledger), the built Code.js in a fresh vm context, and the
// small statistics every bench prints. Prints nothing itself.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import * as esbuild from "esbuild";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const outputDir = path.join(root, "test-output");

/**
 * Bundles `contents` (export lines naming TypeScript files relative to the root) into test-output/`name`.cjs
 * and loads it. npm packages stay outside the bundle and are required from node_modules.
 */
export async function bundle(name, contents) {
  const outfile = path.join(outputDir, `${name}.cjs`);
  fs.mkdirSync(outputDir, { recursive: true });
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    outfile,
    logLevel: "silent",
  });
  return createRequire(import.meta.url)(outfile);
}

/** The emulator and the matrix fixtures (accountRows, CONFIG, DATA_SHEET, HEADERS), with `more` export lines. */
export function loadEmulator(name, more = "") {
  return bundle(
    name,
    `export { Emulator, AppsScriptRunner } from "./test/emulator/index.ts";
     export { accountRows, CONFIG, DATA_SHEET, HEADERS } from "./test/server/matrixFixtures.ts";
     ${more}`,
  );
}

/** An emulated spreadsheet running the built dist/Code.js whose data sheet holds `count` fixture accounts. */
export function emulatorWithAccounts(lib, count) {
  const { Emulator, accountRows, DATA_SHEET, HEADERS } = lib;
  return Emulator.fromFixture(
    { sheets: [{ name: DATA_SHEET, rows: [HEADERS, ...accountRows(count)] }] },
    { distDir: path.join(root, "dist") },
  );
}

/** Runs the Apps Script global `name` once from a reset ledger: its result, its service calls and milliseconds. */
export function countedRun(emulator, runner, name) {
  emulator.ledger.reset();
  const started = performance.now();
  const result = runner.run(name);
  const ms = performance.now() - started;
  return { result, calls: emulator.ledger.total(), ms };
}

/** The built dist/Code.js evaluated in a fresh vm context, as Apps Script loads it: its globals. */
export function codeContext(code = readCode()) {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: "Code.js" });
  return context;
}

export function readCode() {
  return fs.readFileSync(path.join(root, "dist/Code.js"), "utf8");
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Deterministic pseudo-random numbers, so every run measures the same data. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** True when the module at `moduleUrl` is the script node was started with (not imported by bench.mjs). */
export function runAlone(moduleUrl) {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}
