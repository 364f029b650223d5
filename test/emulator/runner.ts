import path from "node:path";
import vm from "node:vm";
import {
  customFunctionNames,
  freshContext,
  IllegalValueError,
  intoRealm,
  readCode,
  scriptRunCopy,
} from "./bundle";
import { CUSTOM_FUNCTION_LIMIT_MS, ExecutionClock, SCRIPT_LIMIT_MS } from "./budget";
import type { Emulator } from "./emulator";
import type { Env } from "./env";
import type { CustomFunctionHost } from "./formulas";
import { heldByExecution } from "./lock";
import { HOST_REALM, isDate } from "./realm";

export const DEFAULT_CODE_PATH = path.resolve(__dirname, "../../dist/Code.js");

type AuthModeName = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

function hostError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (error && typeof error === "object" && "message" in error) {
    const copy = new Error(String((error as { message: unknown }).message));
    copy.name = String((error as { name?: unknown }).name ?? "Error");
    const stack = (error as { stack?: unknown }).stack;
    if (typeof stack === "string") copy.stack = stack;
    return copy;
  }
  return new Error(String(error));
}

function containsDate(value: unknown, seen = new Set<object>()): boolean {
  if (isDate(value)) return true;
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => containsDate(v, seen));
}

/**
 * Runs one Apps Script execution: a fresh V8 context whose globals are exactly the emulated services,
 * Code.js evaluated into it, then one top-level function called. Nothing survives to the next run, as
 * in Apps Script.
 */
function execute(
  env: Env,
  globals: Record<string, unknown>,
  codePath: string,
  mode: AuthModeName,
  body: (context: vm.Context) => unknown,
): unknown {
  const saved = {
    realm: env.realm,
    context: env.currentContext,
    authMode: env.authMode,
    customFunctionMode: env.customFunctionMode,
    clock: env.clock,
  };
  // Each execution has its own time limit; a custom function recalculated during a run is not part of it.
  const clock =
    mode === "CUSTOM_FUNCTION"
      ? new ExecutionClock(CUSTOM_FUNCTION_LIMIT_MS, "custom function")
      : new ExecutionClock(SCRIPT_LIMIT_MS, "script");
  const outer = heldByExecution.get(env);
  heldByExecution.delete(env);
  const { context, realm } = freshContext(globals, readCode(codePath));
  env.realm = realm;
  env.currentContext = context;
  env.authMode = mode;
  env.customFunctionMode = mode === "CUSTOM_FUNCTION";
  env.clock = clock;
  try {
    const result = body(context);
    // Apps Script ends a run at its limit even when the script caught the error and carried on.
    if (clock.exceeded) throw new Error(clock.message());
    return result;
  } catch (error) {
    if (clock.exceeded) throw new Error(clock.message());
    throw error;
  } finally {
    if (mode !== "CUSTOM_FUNCTION") env.lastRunMs = clock.elapsedMs;
    env.clock = saved.clock;
    env.realm = saved.realm;
    env.currentContext = saved.context;
    env.authMode = saved.authMode;
    env.customFunctionMode = saved.customFunctionMode;
    if (outer) heldByExecution.set(env, outer);
    else heldByExecution.delete(env);
  }
}

function topLevel(context: vm.Context, name: string): (...args: unknown[]) => unknown {
  const fn = (context as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
  return fn as (...args: unknown[]) => unknown;
}

export class AppsScriptRunner {
  readonly codePath: string;

  constructor(
    readonly emulator: Emulator,
    options: { codePath?: string } = {},
  ) {
    this.codePath = options.codePath ?? path.join(emulator.distDir, "Code.js");
  }

  /** Calls a top-level function as a menu item or trigger would; returns a host-realm copy of its result. */
  run(name: string, ...args: unknown[]): unknown {
    return this.runInAuthMode("FULL", name, ...args);
  }

  /** Like run, under another auth mode: "NONE" is how Sheets calls onOpen for an add-on not yet used in this file. */
  runInAuthMode(mode: AuthModeName, name: string, ...args: unknown[]): unknown {
    const env = this.emulator._env;
    return execute(env, this.emulator.globals(), this.codePath, mode, (context) => {
      const fn = topLevel(context, name);
      const realm = env.realm;
      try {
        return intoRealm(fn(...args.map((a) => intoRealm(a, realm))), HOST_REALM);
      } catch (error) {
        throw hostError(error);
      }
    });
  }

  /**
   * Calls a server function the way google.script.run does: arguments are copied as the client would
   * send them (a Date or a function fails the call before it reaches the server), the result is copied
   * back (a result holding a Date arrives as null), and a thrown error comes back as an Error.
   */
  scriptRun(name: string, ...args: unknown[]): unknown {
    const env = this.emulator._env;
    args.forEach((a, i) => {
      try {
        scriptRunCopy(a, HOST_REALM, String(i));
      } catch (error) {
        if (error instanceof IllegalValueError) throw new Error(error.message);
        throw error;
      }
    });
    return execute(env, this.emulator.globals(), this.codePath, "FULL", (context) => {
      const fn = topLevel(context, name);
      const realm = env.realm;
      let result: unknown;
      try {
        result = fn(...args.map((a, i) => scriptRunCopy(a, realm, String(i))));
      } catch (error) {
        const e = hostError(error);
        throw new Error(e.message);
      }
      if (containsDate(result)) return null;
      const copy = scriptRunCopy(result, HOST_REALM, "0", [], true);
      return copy === undefined ? null : copy;
    });
  }

  /** Names of the top-level functions Code.js defines. */
  functionNames(): string[] {
    const { context } = freshContext({}, readCode(this.codePath));
    return Object.keys(context).filter((k) => typeof (context as Record<string, unknown>)[k] === "function");
  }
}

/** Runs the add-on's custom functions for the formula engine, each call in a fresh context, read-only, uncounted. */
export class BundleCustomFunctions implements CustomFunctionHost {
  constructor(
    private readonly env: Env,
    private readonly globals: () => Record<string, unknown>,
    private readonly codePath: string,
  ) {}

  names(): string[] {
    try {
      return customFunctionNames(readCode(this.codePath));
    } catch {
      return [];
    }
  }

  call(name: string, args: unknown[]): unknown {
    const env = this.env;
    return env.ledger.paused(() =>
      execute(env, this.globals(), this.codePath, "CUSTOM_FUNCTION", (context) => {
        const fn = topLevel(context, Object.keys(context).find((k) => k.toUpperCase() === name) ?? name);
        try {
          return intoRealm(fn(...args.map((a) => intoRealm(a, env.realm))), HOST_REALM);
        } catch (error) {
          throw hostError(error);
        }
      }),
    );
  }
}
