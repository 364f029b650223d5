// Ends every jest run with one plain line, "N passed, N failed", that CI logs can be read by.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    process.stdout.write(`\nTests: ${line}${skipped ? `, ${skipped} skipped` : ""}\n`);
  }
}

module.exports = SummaryReporter;
