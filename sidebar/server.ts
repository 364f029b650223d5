import type * as ServerModule from "../src/index";

/**
 * The one door to the server: a promise-returning wrapper over google.script.run, typed from the exports
 * of src/index.ts, so a renamed server function or a changed argument fails the sidebar's type check.
 */
export type Server = typeof ServerModule;
type ServerFunction = (...args: never[]) => unknown;
export type ServerName = { [K in keyof Server]: Server[K] extends ServerFunction ? K : never }[keyof Server];

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
  }
}

/** The server has no such function (google.script.run only offers the functions that exist). */
export class NotAvailableError extends Error {
  constructor(public readonly functionName: string) {
    super(`The server has no function ${functionName}.`);
    this.name = "NotAvailableError";
  }
}

function scriptRun(): ScriptRun {
  const run = window.google?.script?.run;
  if (!run) throw new Error("google.script.run is missing: the sidebar runs outside Google Sheets.");
  return run;
}

export function hasServerFunction(name: string): boolean {
  const run = window.google?.script?.run as unknown as Record<string, unknown> | undefined;
  return typeof run?.[name] === "function";
}

/** Apps Script prefixes thrown messages with the error's class; the sidebar shows only the text. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(Exception|Error|ConfigError|ConfigSheetError|TypeError): /, "");
}

function call(name: string, args: readonly unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!hasServerFunction(name)) {
      reject(new NotAvailableError(name));
      return;
    }
    const runner = scriptRun()
      .withSuccessHandler(resolve)
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (runner as unknown as Record<string, (...a: unknown[]) => void>)[name]?.(...args);
  });
}

export function run<K extends ServerName>(
  name: K,
  ...args: Parameters<Server[K]>
): Promise<Awaited<ReturnType<Server[K]>>> {
  return call(name, args) as Promise<Awaited<ReturnType<Server[K]>>>;
}
