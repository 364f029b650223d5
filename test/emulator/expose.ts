import { CELL_MS, cellsTouched, SERVICE_CALL_MS } from "./budget";
import type { Env } from "./env";
import { MESSAGES } from "./errors";

/** Names test tools and JS itself probe on objects; answering them with a thrower would break printing. */
const PROBES = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "$$typeof",
  "constructor",
  "inspect",
  "_isMockFunction",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

const targets = new WeakMap<object, object>();

/**
 * Wraps a service object as scripts see it: each method call is counted in the ledger (when `counted`),
 * `return this` keeps returning the wrapper, and any method the emulator does not implement exists but
 * throws `not emulated: Class.method` instead of quietly returning undefined. Members whose names start
 * with "_" are the emulator's own and stay reachable only through unwrap().
 */
export function expose<T extends object>(
  env: Env,
  className: string,
  target: T,
  counted: boolean,
  options: { allowSet?: boolean } = {},
): T {
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      if (typeof prop === "symbol") return Reflect.get(t, prop);
      if (prop.startsWith("_") || PROBES.has(prop)) return Reflect.get(t, prop);
      if (prop in t) {
        const member: unknown = Reflect.get(t, prop);
        if (typeof member !== "function") return member;
        const method = `${className}.${prop}`;
        return function (...args: unknown[]) {
          env.checkAccess(className, method);
          if (counted) {
            env.ledger.record(method);
            const fault = env.faults.check(method);
            if (fault !== null) throw env.error(fault);
            env.spend(SERVICE_CALL_MS + CELL_MS * cellsTouched(args, undefined));
          }
          const result: unknown = (member as (...a: unknown[]) => unknown).apply(t, args);
          if (counted) env.spend(CELL_MS * cellsTouched([], result));
          return result === t ? proxy : result;
        };
      }
      return () => {
        throw env.error(MESSAGES.notEmulated(`${className}.${prop}`));
      };
    },
    set(t, prop, value) {
      if (options.allowSet) return Reflect.set(t, prop, value);
      throw env.error(`Cannot set ${String(prop)} on ${className}`);
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The emulator object behind a wrapper, or undefined for anything the emulator did not make. */
export function unwrap<T extends object>(
  value: unknown,
  type: abstract new (...args: never[]) => T,
): T | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const target = targets.get(value) ?? value;
  return target instanceof type ? (target as T) : undefined;
}

/** The emulator's objects implement the supported part of an Apps Script interface; the rest exists as throwing stubs. */
export function asGas<T>(value: object): T {
  return value as unknown as T;
}
