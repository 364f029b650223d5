import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

export const CODE_JS = path.resolve(__dirname, "../../dist/Code.js");

/** The built Code.js text; fails loudly when the build has not run. */
export function readBuiltCode(): string {
  if (!fs.existsSync(CODE_JS)) {
    throw new Error(`${CODE_JS} is missing: run "npm run build" first (npm test does).`);
  }
  return fs.readFileSync(CODE_JS, "utf8");
}

/**
 * Loads Code.js into a fresh V8 context holding only Apps Script-like globals (no require, process,
 * setTimeout or Buffer) and returns that context, whose top-level functions are the stubs.
 */
export function loadBareBundle(globals: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readBuiltCode(), context, { filename: "Code.js" });
  return context;
}

/** Calls a top-level function in the context, as Apps Script calls a stub. */
export function callStub(context: vm.Context, name: string, ...args: unknown[]): unknown {
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`Code.js has no top-level function ${name}`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}
