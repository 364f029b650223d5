/** The message of the error a call throws; fails the test when the call does not throw. */
export function failure(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the call to fail");
}
