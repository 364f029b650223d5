/**
 * Service failures on demand, so tests can prove that a menu action survives what real Sheets does now and
 * then: a call that throws "Service Spreadsheets failed while accessing document ..." (the wording users
 * report from Sheets; see test/emulator/README.md). A fault matches counted Spreadsheet-service calls
 * (the ledger's calls) by method name, or any counted call by its position.
 */
export interface FaultPlan {
  /** "Range.setValues", "Sheet.insertChart", ... or "*" for any counted call. */
  method: string;
  /** The first matching call that fails, 1-based, counted from when the fault was planned. */
  nth: number;
  /** How many matching calls fail from the nth on; Infinity for every one. */
  times: number;
  message: string;
  seen: number;
}

export const SERVICE_FAILURE = (documentId: string) =>
  `Service Spreadsheets failed while accessing document with id ${documentId}.`;

export class Faults {
  private plans: FaultPlan[] = [];

  plan(method: string, nth: number, times: number, message: string): void {
    if (!(nth >= 1) || !(times >= 1)) throw new Error("emulator: a fault needs nth >= 1 and times >= 1");
    this.plans.push({ method, nth, times, message, seen: 0 });
  }

  clear(): void {
    this.plans = [];
  }

  /** The message to throw for this call, or null; every plan that matches the method counts the call. */
  check(method: string): string | null {
    let failure: string | null = null;
    for (const plan of this.plans) {
      if (plan.method !== "*" && plan.method !== method) continue;
      plan.seen++;
      if (failure === null && plan.seen >= plan.nth && plan.seen < plan.nth + plan.times)
        failure = plan.message;
    }
    return failure;
  }
}
