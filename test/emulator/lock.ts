import type { Env } from "./env";
import { describeArgs, MESSAGES } from "./errors";
import { asGas, expose } from "./expose";

type Kind = "document" | "script" | "user";
type GasLock = GoogleAppsScript.Lock.Lock;

/** Locks held by the running execution; the runner releases them when the execution ends, as Apps Script does. */
export const heldByExecution = new WeakMap<Env, Set<Kind>>();

function held(env: Env): Set<Kind> {
  let set = heldByExecution.get(env);
  if (!set) {
    set = new Set();
    heldByExecution.set(env, set);
  }
  return set;
}

export class Lock implements Pick<GasLock, "tryLock" | "waitLock" | "releaseLock" | "hasLock"> {
  constructor(
    private readonly env: Env,
    private readonly kind: Kind,
  ) {}

  private timeout(ms: unknown, method: string): void {
    if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
      throw this.env.error(MESSAGES.parameters(describeArgs([ms]), `LockService.Lock.${method}`));
    }
    if (ms > 300_000)
      throw this.env.error("Invalid argument: timeoutInMillis must be at most 300000 (5 minutes).");
  }

  /**
   * Another execution's lock never frees up in the emulator, so waiting for it uses the whole timeout:
   * the emulated clock (execution time and sleptMs) advances by it, without a real sleep.
   */
  tryLock(timeoutInMillis: number): boolean {
    this.timeout(timeoutInMillis, "tryLock");
    if (this.env.locks.heldElsewhere.has(this.kind)) {
      this.env.wait(timeoutInMillis);
      return false;
    }
    held(this.env).add(this.kind);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    this.timeout(timeoutInMillis, "waitLock");
    if (this.env.locks.heldElsewhere.has(this.kind)) {
      this.env.wait(timeoutInMillis);
      throw this.env.error(MESSAGES.lockTimeout);
    }
    held(this.env).add(this.kind);
  }
  releaseLock(): void {
    held(this.env).delete(this.kind);
  }
  hasLock(): boolean {
    return held(this.env).has(this.kind);
  }
}

export class LockService implements Pick<
  GoogleAppsScript.Lock.LockService,
  "getDocumentLock" | "getScriptLock" | "getUserLock"
> {
  constructor(private readonly env: Env) {}
  private make(kind: Kind): GasLock {
    return asGas(expose(this.env, "Lock", new Lock(this.env, kind), false));
  }
  getDocumentLock(): GasLock {
    return this.make("document");
  }
  getScriptLock(): GasLock {
    return this.make("script");
  }
  getUserLock(): GasLock {
    return this.make("user");
  }
}

export function makeLockService(env: Env): GoogleAppsScript.Lock.LockService {
  return asGas(expose(env, "LockService", new LockService(env), false));
}
