// The error a call must throw, for tests that then check its code, message and place.

/** What `run` throws, which must be a `type`; anything else thrown is rethrown, and nothing thrown fails. */
export function thrownBy<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (err) {
    if (err instanceof type) return err;
    throw err;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}
