// The host adapter's guards: nothing it runs for the page (an event handler, an observer
// callback, a timer, a promise) lets an exception reach the host page. Failures are logged once
// as one prefixed line (elements/internal/failure.ts), never with a value.
import { contain, logFailure, maskSecrets } from '../elements/internal/failure.js';

export { logFailure, maskSecrets };

/**
 * Wraps an entry point (an event handler, an observer callback) so that nothing it throws
 * reaches the host page; the failure is logged once as one prefixed line.
 */
export function guarded<A extends unknown[], R>(
  where: string,
  fn: (...args: A) => R,
): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      logFailure(where, error);
      return undefined;
    }
  };
}

/**
 * `guarded` for an entry point that starts async work: a synchronous throw and a rejection of
 * the promise it returns are both logged once and go no further. Returns nothing, so that no
 * caller can await (and forget to catch) the work.
 */
export function guardedAsync<A extends unknown[]>(
  where: string,
  fn: (...args: A) => unknown,
): (...args: A) => void {
  const run = contain(where, fn);
  return (...args: A) => {
    run(...args);
  };
}
