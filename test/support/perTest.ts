/**
 * A value made afresh in each test that asks for it, and shared within that test. For the mutation run
 * (`npm run mutate`) a value made when the suite is collected (in a `describe` body), or once and reused by
 * later tests, does not work: Stryker switches a mutant on only while a test runs, and runs for a mutant only
 * the tests that executed it, so a shared value would be checked by the test that made it alone.
 */
export function perTest<T>(make: () => T): () => T {
  let made: { test: string | undefined; value: T } | undefined;
  return () => {
    const test = expect.getState().currentTestName;
    if (made === undefined || made.test !== test) made = { test, value: make() };
    return made.value;
  };
}
