// "Check with Google": asks Google's token endpoint about a client ID and secret pair with a
// code that cannot be real. The endpoint answers invalid_client for a wrong pair and
// invalid_grant for a right one (GOOGLE.md), without any sign-in. Nothing is kept or logged:
// the only state is the discovered endpoint address, cached for the page.

import type { PairCheckAnswer } from '../rules/pair-check.js';

export const GOOGLE_ISSUER = 'https://accounts.google.com';
export const CHECK_TIMEOUT_MS = 10_000;
/** Not a real authorization code, and plainly says so to anyone reading a log. */
export const NOT_A_CODE = 'tpgo-pair-check-not-a-real-code';

export interface PairCheckInput {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  /** The issuer whose discovery document names the token endpoint. */
  readonly issuer?: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

export type { PairCheckAnswer };

const endpoints = new Map<string, Promise<string>>();

/** Forget the cached token endpoints (tests; a page keeps them for its life). */
export function forgetDiscovery(): void {
  endpoints.clear();
}

async function tokenEndpoint(
  issuer: string,
  doFetch: typeof fetch,
  signal: AbortSignal,
): Promise<string> {
  let pending = endpoints.get(issuer);
  if (!pending) {
    pending = (async () => {
      const response = await doFetch(
        `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
        {
          credentials: 'omit',
          signal,
        },
      );
      if (!response.ok) throw new TypeError(`discovery answered ${response.status}`);
      const document = (await response.json()) as { token_endpoint?: unknown };
      const endpoint = document.token_endpoint;
      if (typeof endpoint !== 'string' || !/^https?:\/\//i.test(endpoint)) {
        throw new TypeError('discovery names no token endpoint');
      }
      return endpoint;
    })();
    endpoints.set(issuer, pending);
    // A failed discovery is not cached: the next click tries again.
    pending.catch(() => endpoints.delete(issuer));
  }
  return pending;
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
 * One discovery request (once per page and issuer), then exactly one form POST carrying only
 * grant_type, client_id, client_secret, code and redirect_uri.
 */
export async function askTokenEndpoint(input: PairCheckInput): Promise<PairCheckAnswer> {
  const doFetch = input.fetch ?? globalThis.fetch.bind(globalThis);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), input.timeoutMs ?? CHECK_TIMEOUT_MS);
  const onCancel = () => timeout.abort();
  input.signal?.addEventListener('abort', onCancel, { once: true });
  try {
    if (input.signal?.aborted) return { kind: 'cancelled' };
    const endpoint = await tokenEndpoint(input.issuer ?? GOOGLE_ISSUER, doFetch, timeout.signal);
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
      signal: timeout.signal,
    });
    return await readAnswer(response);
  } catch {
    if (input.signal?.aborted) return { kind: 'cancelled' };
    if (timeout.signal.aborted) return { kind: 'timeout' };
    return { kind: 'unreachable' };
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', onCancel);
  }
}
