/**
 * The nine rows of KAM_CONCENTRATION in English, in order, as docs/REFERENCE.md describes them: one frozen copy
 * that the label list's test (test/core/i18n.test.ts) and the function's test compare the code with.
 */
export const CONCENTRATION_LABELS_EN = [
  "Customers",
  "Largest share",
  "Top 5 share",
  "Top 10 share",
  "HHI",
  "Effective number of customers",
  "Customers with 10% or more",
  "Mono-customer",
  "Concentration",
] as const;
