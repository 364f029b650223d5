import fs from "node:fs";
import vm from "node:vm";
import type { Realm } from "./realm";
import { isDate, isPlainObject } from "./realm";

let cache: { path: string; mtimeMs: number; size: number; code: string } | undefined;

/** The built Code.js, re-read whenever it changes on disk (other people rebuild while tests run). */
export function readCode(codePath: string): string {
  if (!fs.existsSync(codePath)) throw new Error(`${codePath} is missing: run "npm run build" first.`);
  const stat = fs.statSync(codePath);
  if (cache && cache.path === codePath && cache.mtimeMs === stat.mtimeMs && cache.size === stat.size)
    return cache.code;
  const code = fs.readFileSync(codePath, "utf8");
  cache = { path: codePath, mtimeMs: stat.mtimeMs, size: stat.size, code };
  return code;
}

/** Top-level functions whose JSDoc says @customfunction, as Sheets finds them. */
export function customFunctionNames(code: string): string[] {
  const names: string[] = [];
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\nfunction ([A-Za-z_$][\w$]*)\s*\(/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    if (/@customfunction\b/.test(m[1] ?? "") && m[2]) names.push(m[2].toUpperCase());
  }
  return names;
}

/** Evaluates Code.js in a new V8 context holding exactly `globals`: nothing survives from an earlier run. */
export function freshContext(
  globals: Record<string, unknown>,
  code: string,
): { context: vm.Context; realm: Realm } {
  const context = vm.createContext({ ...globals });
  const realm = vm.runInContext(
    "({ Array: Array, Date: Date, Error: Error, Object: Object })",
    context,
  ) as Realm;
  vm.runInContext(code, context, { filename: "Code.js" });
  return { context, realm };
}

/** Deep-copies plain data into a realm (arrays, plain objects, Dates); anything else is passed as it is. */
export function intoRealm(value: unknown, realm: Realm, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return seen.get(value);
  if (isDate(value)) return new realm.Date(value.getTime());
  if (Array.isArray(value)) {
    const out = new realm.Array<unknown>();
    seen.set(value, out);
    for (const item of value) out.push(intoRealm(item, realm, seen));
    return out;
  }
  if (isPlainObject(value)) {
    const out = new realm.Object() as Record<string, unknown>;
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = intoRealm(v, realm, seen);
    return out;
  }
  return value;
}

export class IllegalValueError extends Error {}

/**
 * The copy google.script.run makes of a value: primitives, arrays and plain objects only; a Date or a
 * function anywhere fails the request; undefined array items become null; undefined fields are dropped.
 */
export function scriptRunCopy(
  value: unknown,
  realm: Realm,
  path = "0",
  stack: object[] = [],
  dropFunctions = false,
): unknown {
  if (value === undefined || value === null) return value === undefined ? undefined : null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "function" && dropFunctions) return undefined;
  if (
    typeof value === "function" ||
    typeof value === "symbol" ||
    typeof value === "bigint" ||
    isDate(value)
  ) {
    throw new IllegalValueError(`Failed due to illegal value in property: ${path}`);
  }
  if (stack.includes(value)) throw new IllegalValueError(`Failed due to illegal value in property: ${path}`);
  if (Array.isArray(value)) {
    const out = new realm.Array<unknown>();
    value.forEach((item, i) => {
      const copy = scriptRunCopy(item, realm, String(i), [...stack, value], dropFunctions);
      out.push(copy === undefined ? null : copy);
    });
    return out;
  }
  if (isPlainObject(value)) {
    const out = new realm.Object() as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) {
      const copy = scriptRunCopy(v, realm, k, [...stack, value], dropFunctions);
      if (copy !== undefined) out[k] = copy;
    }
    return out;
  }
  throw new IllegalValueError(`Failed due to illegal value in property: ${path}`);
}
