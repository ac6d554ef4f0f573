// TEST-ONLY: Google's real addresses, answered by the replica's local stand-in. "Check with
// Google" sends a secret to Google's own addresses only, and the built mashup cannot be told
// otherwise; so the tests open an editor whose Google option names Google (the replica's
// GOOGLE_ADDRESS_SWITCH) and map, inside the browser context, what the page asks of
// accounts.google.com and oauth2.googleapis.com onto the stand-in. The page sees Google's
// addresses throughout; the replica records the requests as its own (/google/...).
import type { BrowserContext, Request, Route } from 'playwright';
import type { Replica } from './server.js';

export const GOOGLE_TOKEN_ENDPOINT = 'https://oauth2.googleapis.com/token';

export interface GoogleRouteOptions {
  /** Changes the discovery document the page gets (a tampered one, for the tests that say so). */
  discovery?: (document: Record<string, unknown>) => Record<string, unknown>;
}

/** Where on the stand-in a request to one of Google's addresses goes, or null for none. */
export function standInPath(address: string): string | null {
  const url = new URL(address);
  if (url.protocol !== 'https:') return null;
  if (url.hostname === 'oauth2.googleapis.com' && url.pathname === '/token') return '/google/token';
  if (url.hostname !== 'accounts.google.com') return null;
  // The stand-in's own pages link to /google/...: keep those as they are.
  const path = url.pathname.startsWith('/google/') ? url.pathname : `/google${url.pathname}`;
  return `${path}${url.search}`;
}

/** The stand-in's discovery document with Google's addresses in place of its local ones. */
function asGoogle(document: Record<string, unknown>, origin: string): Record<string, unknown> {
  const local = `${origin}/google`;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (typeof value !== 'string' || !value.startsWith(local)) out[key] = value;
    else if (value === `${local}/token`) out[key] = GOOGLE_TOKEN_ENDPOINT;
    else out[key] = `https://accounts.google.com${value.slice(local.length)}`;
  }
  return out;
}

const DROPPED_HEADERS = new Set(['host', 'connection', 'content-length', 'accept-encoding']);

async function forward(
  route: Route,
  request: Request,
  replica: Replica,
  options: GoogleRouteOptions,
) {
  const path = standInPath(request.url());
  if (!path) return route.abort('addressunreachable');
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(([name]) => !DROPPED_HEADERS.has(name)),
  );
  const body = request.postDataBuffer();
  const response = await fetch(`${replica.url}${path}`, {
    method: request.method(),
    headers,
    ...(body ? { body: new Uint8Array(body) } : {}),
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  let answer = Buffer.from(await response.arrayBuffer());
  if (path.startsWith('/google/.well-known/openid-configuration') && response.ok) {
    let document = asGoogle(
      JSON.parse(answer.toString('utf8')) as Record<string, unknown>,
      replica.url,
    );
    if (options.discovery) document = options.discovery(document);
    answer = Buffer.from(JSON.stringify(document));
  }
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'content-encoding') responseHeaders[name] = value;
  });
  await route.fulfill({ status: response.status, headers: responseHeaders, body: answer });
}

/** Routes Google's two hosts onto the replica's stand-in for every page of the context. */
export async function routeGoogleToStandIn(
  context: BrowserContext,
  replica: Replica,
  options: GoogleRouteOptions = {},
): Promise<void> {
  const handler = async (route: Route, request: Request) => {
    try {
      await forward(route, request, replica, options);
    } catch {
      // The page went, or gave up waiting (a timeout test): nothing left to answer.
      await route.abort('failed').catch(() => undefined);
    }
  };
  await context.route('https://accounts.google.com/**', handler);
  await context.route('https://oauth2.googleapis.com/**', handler);
}
