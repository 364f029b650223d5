// Mutation run over the pure core and the custom functions with their own unit tests only
// (`npm run mutate`; not part of `npm test` or CI). StrykerJS 8 is the last major that runs on Node 20.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  jest: {
    configFile: "test/mutation/jest.config.cjs",
    enableFindRelatedTests: true,
  },
  coverageAnalysis: "perTest",
  // The machine's two cores are shared; one worker keeps the run from starving the others.
  concurrency: 1,
  mutate: ["src/core/**/*.ts", "src/functions/**/*.ts"],
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
