/**
 * Jest configuration for the mutation run (`npm run mutate`, see stryker.config.mjs): only the core's and the
 * custom functions' own unit tests, so the score says how well those tests alone notice a bug in
 * `src/core` / `src/functions`. No global build (nothing here loads dist/Code.js) and transpile-only
 * TypeScript: Stryker's instrumented sources carry `// @ts-nocheck` anyway, and type-checking every test file
 * again per worker only costs time.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: "../..",
  roots: ["<rootDir>/test/core", "<rootDir>/test/functions"],
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/mutation/tsconfig.json" }],
  },
  setupFiles: ["<rootDir>/test/mutation/setup.ts"],
  testTimeout: 60000,
};
