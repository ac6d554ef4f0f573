// The mashup's only way to say something in the console: one prefixed line, never a value.
// Here, under the elements, so that both the elements and the host adapter log the same way.

/** Starts every console line of ours. */
export const LOG_PREFIX = '[google-oauth-assistant]';

const logged = new Set<string>();

/** A Client secret anywhere in a line (glued to other text too), whatever its length or case. */
const SECRET_RUN = /GOCSPX-[A-Za-z0-9_-]*/gi;
/** What a secret becomes in a logged line. */
export const SECRET_MASK = 'GOCSPX-[hidden]';

/** The line with every `GOCSPX-…` run masked: an error's message may quote a secret. */
export function maskSecrets(line: string): string {
  return line.replace(SECRET_RUN, SECRET_MASK);
}

/** Logs one prefixed line, once per key for the page's life; never anything the admin typed. */
export function logOnce(key: string, line: string): void {
  if (logged.has(key)) return;
  logged.add(key);
  try {
    console.warn(`${LOG_PREFIX} ${maskSecrets(line).slice(0, 300)}`);
  } catch {
    // The console itself is unusable: nothing more to do.
  }
}

/**
 * Logs one line naming what failed, once per place for the page's life (a handler that fails
 * on every keystroke must not flood the console); only an Error's name and message, never
 * field values.
 */
export function logFailure(where: string, error: unknown): void {
  let detail = 'unknown error';
  try {
    if (error instanceof Error) {
      // One line: a failed chunk's message carries a line break before its URL.
      detail = `${error.name}: ${error.message}`.replace(/\s+/g, ' ').slice(0, 200);
    }
  } catch {
    // A hostile error object (a throwing getter): its name is not worth an exception.
  }
  logOnce(`failure ${where}`, `${where} failed: ${detail}`);
}

/** Logs what a promise rejects with, so that it never becomes an unhandled rejection. */
export function settle(where: string, result: unknown): void {
  if (result instanceof Promise) result.catch((error: unknown) => logFailure(where, error));
}

/**
 * Wraps a function so that nothing it throws, synchronously or through the promise it returns,
 * reaches the host page: the failure is logged once as one prefixed line. The promise itself is
 * still returned, for a caller that awaits it.
 */
export function contain<A extends unknown[], R>(
  where: string,
  fn: (...args: A) => R,
): (...args: A) => R | undefined {
  return function (this: unknown, ...args: A) {
    try {
      const result = fn.apply(this, args);
      settle(where, result);
      return result;
    } catch (error) {
      logFailure(where, error);
      return undefined;
    }
  };
}
