// Mutation run over the pure core and the custom functions with their own unit tests only
// (`npm run mutate`; not part of `npm test` or CI). StrykerJS 8 is the last major that runs on Node 20.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Stryker's jest runner, each mutant running only the test files that cover it (test/mutation/jestByFile.mjs).
  testRunner: "jest-by-file",
  plugins: ["@stryker-mutator/jest-runner", "./test/mutation/jestByFile.mjs"],
  jest: {
    configFile: "test/mutation/jest.config.cjs",
    // jestByFile.mjs chooses the files; jest's --findRelatedTests would add every file importing the module.
    enableFindRelatedTests: false,
  },
  // Per-test coverage runs only the tests that executed a mutant. A value built once and cached (the zod
  // schemas in config.ts) counts as covered by the first test only, so config.ts is measured with
  // `--coverageAnalysis all` (README, "Mutation testing").
  coverageAnalysis: "perTest",
  // The machine's two cores are shared; one worker keeps the run from starving the others.
  concurrency: 1,
  // config.ts has its own run, `npm run mutate:config` (test/mutation/stryker.own-tests.config.mjs).
  mutate: ["src/core/**/*.ts", "!src/core/config.ts", "src/functions/**/*.ts"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "test-output/mutation/index.html" },
  jsonReporter: { fileName: "test-output/mutation/report.json" },
  tempDirName: "test-output/stryker-tmp",
  cleanTempDir: true,
  timeoutMS: 10000,
  // Module-level constants (texts, presets, sample data) are "static" mutants: each would rerun the whole suite
  // (about a minute here) for strings no unit test is meant to pin.
  ignoreStatic: true,
};
