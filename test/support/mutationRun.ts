/**
 * `npm run mutate` reruns the covering tests once per mutant (thousands of times), so there the largest
 * inputs shrink: test/mutation/setup.ts sets KAM_MUTATION_RUN. `npm test` always runs the full sizes.
 */
export const IN_MUTATION_RUN = process.env["KAM_MUTATION_RUN"] === "1";

/** `full` in `npm test`, `reduced` in the mutation run. */
export function sizeFor(full: number, reduced: number): number {
  return IN_MUTATION_RUN ? reduced : full;
}
