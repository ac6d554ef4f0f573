// The mashup's only way to say something in the console: one prefixed line, never a value.
const PREFIX = '[google-oauth-assistant]';

const logged = new Set<string>();

/**
 * Logs one line naming what failed, once per place for the page's life (a handler that fails
 * on every keystroke must not flood the console); only an Error's name and message, never
 * field values.
 */
export function logFailure(where: string, error: unknown): void {
  if (logged.has(where)) return;
  logged.add(where);
  try {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    console.warn(`${PREFIX} ${where} failed: ${detail.slice(0, 200)}`);
  } catch {
    // The console itself is unusable: nothing more to do.
  }
}

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
