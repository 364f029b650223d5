// Runs before each test file of the mutation run (see test/support/mutationRun.ts): smaller inputs and
// fewer property-test runs, since every covering test runs again for each of thousands of mutants.
import fc from "fast-check";

process.env["KAM_MUTATION_RUN"] = "1";
fc.configureGlobal({ numRuns: 25 });
