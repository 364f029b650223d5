/**
 * The seven custom functions the add-on promises (docs/REFERENCE.md), written out once for the tests: the built
 * Code.js must declare each (test/bundle/bundle.test.ts) and the sample's Formulas sheet must show each
 * (test/core/sampleData.test.ts).
 */
export const CUSTOM_FUNCTIONS = [
  "KAM_SCORE",
  "REVENUE_SHARE",
  "KAM_POINTS",
  "KAM_QUADRANT",
  "KAM_CONCENTRATION",
  "KAM_ABC",
  "KAM_CONTRIBUTION",
] as const;
