/** @type {import('jest').Config} */
module.exports = {
  roots: ["<rootDir>/test"],
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.cjs"],
};
