// For a file whose values are built once and cached (config.ts's zod schemas), per-test coverage credits
// only the first test that built them. This run gives every mutant all the file's own test files instead:
// `npm run mutate:config` (see test/mutation/jestByFile.mjs for KAM_MUTATION_TESTS). Static mutants are measured too: with
// every test run for every mutant, they cost no more than the others.
import base from "../../stryker.config.mjs";

export default { ...base, coverageAnalysis: "all", ignoreStatic: false };
