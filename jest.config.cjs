/** @type {import('jest').Config} */
module.exports = {
  roots: ["<rootDir>/test"],
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  testTimeout: 60000,
  // One build for the whole run when dist/ is older than src/ or sidebar/ (never tests against a stale Code.js).
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  reporters: ["default", "<rootDir>/test/support/summaryReporter.cjs"],
};
