/**
 * Simulated execution time, so a test notices an action that would pass Apps Script's execution limits:
 * 6 minutes for a script run (menu item, trigger, google.script.run call) and 30 seconds for a custom
 * function. Nothing really waits: every counted Spreadsheet-service call, every cell it reads or writes,
 * Utilities.sleep and a lock's wait advance the clock of the running execution by the costs below.
 *
 * The costs are the emulator's own estimates, not Google's figures (Google publishes the limits, not the
 * cost of a call); test/emulator/README.md says why these numbers. What a test can rely on is the order of
 * magnitude: a few hundred batched calls stay far below the limit, a cell-by-cell loop over a large sheet
 * passes it.
 */

/** One round trip to the Sheets backend. */
export const SERVICE_CALL_MS = 50;
/** Each cell a call reads or writes (values, formats, backgrounds ... of a 2-D array). */
export const CELL_MS = 0.01;

export const SCRIPT_LIMIT_MS = 6 * 60 * 1000;
export const CUSTOM_FUNCTION_LIMIT_MS = 30 * 1000;

/** Apps Script's wording when a run passes its limit. */
export const EXCEEDED = "Exceeded maximum execution time";

export class ExecutionClock {
  /** Milliseconds the current execution has used. */
  elapsedMs = 0;

  constructor(
    readonly limitMs: number,
    readonly kind: "script" | "custom function",
  ) {}

  get exceeded(): boolean {
    return this.elapsedMs > this.limitMs;
  }

  /** The error once the limit is passed; the execution is over then, whatever the script catches. */
  message(): string {
    const seconds = Math.round(this.limitMs / 1000);
    return (
      `${EXCEEDED} (a ${this.kind} may run ${seconds} s; the emulator counted ` +
      `${Math.round(this.elapsedMs / 1000)} s of simulated time, see test/emulator/budget.ts)`
    );
  }

  /** Adds `ms`; throws Apps Script's timeout error (built by `fail`) once the total passes the limit. */
  advance(ms: number, fail: (message: string) => Error): void {
    this.elapsedMs += ms;
    if (this.exceeded) throw fail(this.message());
  }
}

/** Cells in the 2-D arrays among a call's arguments and its result. */
export function cellsTouched(args: readonly unknown[], result: unknown): number {
  let cells = 0;
  for (const value of [...args, result]) {
    if (Array.isArray(value) && value.length > 0 && Array.isArray(value[0])) {
      for (const row of value) cells += Array.isArray(row) ? row.length : 0;
    }
  }
  return cells;
}
