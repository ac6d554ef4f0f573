// "Check with Google": asks Google's token endpoint about a client ID and secret pair with a
// code that cannot be real. The endpoint answers invalid_client for a wrong pair and
// invalid_grant for a right one (docs/google.md), without any sign-in. Nothing is kept or logged:
// the only state is the discovered endpoint address, cached for the page. The secret goes to
// Google's own addresses only (google-addresses.ts), whatever the page says.

import type { PairCheckAnswer } from '../rules/pair-check.js';
import {
  GOOGLE_DISCOVERY,
  GOOGLE_ISSUER,
  googleTokenEndpoint,
  isGoogleIssuer,
} from './google-addresses.js';

export { GOOGLE_ISSUER };
export const CHECK_TIMEOUT_MS = 10_000;
/** Not a real authorization code, and plainly says so to anyone reading a log. */
export const NOT_A_CODE = 'tpgo-pair-check-not-a-real-code';

export interface PairCheckInput {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  /**
   * The issuer the editor signs in with (its Google option's `url`). Anything but Google's own
   * issuer is refused before a request is made.
   */
  readonly issuer: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

export type { PairCheckAnswer };

/** The page's address for Google, or Google's discovery document, is not Google's. */
class NotGoogle extends Error {
  override name = 'NotGoogle';
}

let endpoint: Promise<string> | null = null;

/** Forget the cached token endpoint (tests; a page keeps it for its life). */
export function forgetDiscovery(): void {
  endpoint = null;
}

function tokenEndpoint(doFetch: typeof fetch, signal: AbortSignal): Promise<string> {
  if (!endpoint) {
    const pending = (async () => {
      const response = await doFetch(GOOGLE_DISCOVERY, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal,
      });
      if (!response.ok) throw new TypeError(`discovery answered ${response.status}`);
      const document = (await response.json()) as { issuer?: unknown; token_endpoint?: unknown };
      if (!document || typeof document !== 'object') throw new TypeError('discovery is not JSON');
      if (document.issuer !== GOOGLE_ISSUER) throw new NotGoogle('discovery names another issuer');
      if (typeof document.token_endpoint !== 'string') {
        throw new TypeError('discovery names no token endpoint');
      }
      const pinned = googleTokenEndpoint(document.token_endpoint);
      if (!pinned) throw new NotGoogle('token endpoint is not on Google');
      return pinned;
    })();
    endpoint = pending;
    // A failed discovery is not cached: the next click tries again.
    pending.catch(() => {
      if (endpoint === pending) endpoint = null;
    });
  }
  return endpoint;
}

function readString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

async function readAnswer(response: Response): Promise<PairCheckAnswer> {
  let error = '';
  let description = '';
  try {
    const body = (await response.json()) as Record<string, unknown> | null;
    if (body && typeof body === 'object') {
      error = readString(body.error);
      description = readString(body.error_description);
    }
  } catch {
    // Not JSON: the status alone speaks.
  }
  return { kind: 'answer', status: response.status, error, description };
}

/**
 * One discovery request (once per page), then exactly one form POST carrying only
 * grant_type, client_id, client_secret, code and redirect_uri.
 */
export async function askTokenEndpoint(input: PairCheckInput): Promise<PairCheckAnswer> {
  if (!isGoogleIssuer(input.issuer)) return { kind: 'not-google' };
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), input.timeoutMs ?? CHECK_TIMEOUT_MS);
  const onCancel = () => timeout.abort();
  input.signal?.addEventListener('abort', onCancel, { once: true });
  try {
    if (input.signal?.aborted) return { kind: 'cancelled' };
    // Read at click time, inside the try: a page may have removed or replaced fetch.
    const pageFetch: unknown = input.fetch ?? globalThis.fetch;
    if (typeof pageFetch !== 'function') return { kind: 'unreachable' };
    const doFetch: typeof fetch = (url, init) =>
      (pageFetch as typeof fetch).call(globalThis, url, init);
    const endpoint = await tokenEndpoint(doFetch, timeout.signal);
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: input.clientId,
      client_secret: input.clientSecret,
      code: NOT_A_CODE,
      redirect_uri: input.redirectUri,
    });
    const response = await doFetch(endpoint, {
      method: 'POST',
      body,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      // The secret goes to the address judged above, never on to where a redirect points.
      redirect: 'error',
      signal: timeout.signal,
    });
    return await readAnswer(response);
  } catch (error) {
    if (error instanceof NotGoogle) return { kind: 'not-google' };
    if (input.signal?.aborted) return { kind: 'cancelled' };
    if (timeout.signal.aborted) return { kind: 'timeout' };
    return { kind: 'unreachable' };
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', onCancel);
  }
}
