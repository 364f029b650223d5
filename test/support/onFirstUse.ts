/**
 * A value made on its first use inside a test and then shared by the suite's tests. Stryker switches a mutant
 * on only while a test runs, so a value made when the suite is collected (in the `describe` body) would always
 * be the unmutated one, and the mutation run would count its assertions as noticing nothing.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
