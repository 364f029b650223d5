/** Counts Spreadsheet-service calls so tests can prove that work is batched. */
export class Ledger {
  private counts = new Map<string, number>();
  private pauseDepth = 0;

  record(method: string): void {
    if (this.pauseDepth > 0) return;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  /** Runs `body` without counting: custom-function recalculation is not the script's own work. */
  paused<T>(body: () => T): T {
    this.pauseDepth++;
    try {
      return body();
    } finally {
      this.pauseDepth--;
    }
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
