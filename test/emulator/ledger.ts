/**
 * Counts Spreadsheet-service calls so tests can prove that work is batched.
 *
 * Counted: every method call on SpreadsheetApp, Spreadsheet, Sheet, Range, RangeList, NamedRange,
 * Protection, DeveloperMetadata (and its finder and location) and EmbeddedChart, builder factories such as
 * SpreadsheetApp.newConditionalFormatRule() and Sheet.newChart() included. Not counted: calls on a
 * builder or a value object once the script holds it (ConditionalFormatRuleBuilder, DataValidationBuilder,
 * EmbeddedChartBuilder, their build(), the built rules and conditions), the Ui, HtmlService, Properties,
 * Lock, Session, Utilities, and custom-function recalculation (see paused()).
 *
 * The factories stay counted on purpose: Google's documentation does not say that they cost no trip to
 * the service, so the ledger does not assume it. A builder's setters only shape what a later counted call
 * (setConditionalFormatRules, insertChart, setDataValidations) sends.
 */
/** Calls that change the spreadsheet (everything else only reads or makes a handle or a builder). */
export const WRITE_CALL =
  /\.(set|insert|delete|clear|protect|remove|merge|breakApart|append|add|activate|create(?!DeveloperMetadataFinder)|flush|hide|show|update|copy|rename)/;
/** Calls that read the spreadsheet; getRange/getRangeList/getRanges only make handles. */
export const READ_CALL = /\.(get(?!Range$|RangeList$|Ranges$|ActiveSpreadsheet$|Ui$)\w*|find)$/;

export class Ledger {
  private counts = new Map<string, number>();
  private sequence: string[] = [];
  private pauseDepth = 0;

  record(method: string): void {
    if (this.pauseDepth > 0) return;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.sequence.push(method);
  }

  /** Every counted call since the last reset, in order (for fault injection into each call in turn). */
  calls(): readonly string[] {
    return this.sequence;
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

  /**
   * Where the first write is (-1 when nothing was written) and every read after it: each such read is a
   * round trip Sheets must answer after flushing the writes before it.
   */
  readsAfterFirstWrite(): { firstWrite: number; reads: string[] } {
    const firstWrite = this.sequence.findIndex((c) => WRITE_CALL.test(c));
    if (firstWrite < 0) return { firstWrite, reads: [] };
    return { firstWrite, reads: this.sequence.slice(firstWrite).filter((c) => READ_CALL.test(c)) };
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
    this.sequence = [];
  }
}
