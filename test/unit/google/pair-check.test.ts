import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NOT_A_CODE, askTokenEndpoint, forgetDiscovery } from '../../../src/google/pair-check.js';
import {
  GOOGLE_ISSUER,
  googleTokenEndpoint,
  isGoogleIssuer,
} from '../../../src/google/google-addresses.js';

interface Seen {
  method: string;
  /** The address the check asked for (before the test maps it onto the local server). */
  url: string;
  contentType: string;
  body: string;
}

const ID = '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com';
const SECRET = 'GOCSPX-abcdefghijklmnopqrstuvwxyz12';
const REDIRECT = 'https://acme.tpondemand.com/Admin/Plugins.aspx';

let server: Server;
let base: string;
let seen: Seen[];
/** Every address the check handed to fetch, mapped or not. */
let asked: string[];
let discovery: Record<string, unknown>;
let tokenHandler: (req: IncomingMessage, res: ServerResponse, body: string) => void;

const GOOGLE_DISCOVERY_URL = 'https://accounts.google.com/.well-known/openid-configuration';
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/**
 * Stands in for the network: Google's two addresses go to the local server, anything else
 * (which the check must never ask for) is refused. Tests only: the check itself has no way to
 * be pointed anywhere but Google.
 */
const testFetch: typeof fetch = (input, init) => {
  const url = String(input);
  asked.push(url);
  const local =
    url === GOOGLE_DISCOVERY_URL
      ? `${base}/discovery?from=${encodeURIComponent(url)}`
      : url.startsWith('https://oauth2.googleapis.com/') ||
          url.startsWith('https://www.googleapis.com/') ||
          url.startsWith('https://accounts.google.com/')
        ? `${base}/token?from=${encodeURIComponent(url)}`
        : null;
  if (!local) return Promise.reject(new TypeError(`test network: ${url} is not reachable`));
  return fetch(local, init);
};

beforeEach(async () => {
  forgetDiscovery();
  seen = [];
  asked = [];
  discovery = { issuer: GOOGLE_ISSUER, token_endpoint: GOOGLE_TOKEN_URL };
  tokenHandler = (_req, res) =>
    json(res, 400, { error: 'invalid_grant', error_description: 'Malformed auth code.' });
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      seen.push({
        method: req.method ?? '',
        url: url.searchParams.get('from') ?? '',
        contentType: req.headers['content-type'] ?? '',
        body,
      });
      if (url.pathname === '/discovery') json(res, 200, discovery);
      else if (url.pathname === '/token') tokenHandler(req, res, body);
      else json(res, 404, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const ask = (extra: Partial<Parameters<typeof askTokenEndpoint>[0]> = {}) =>
  askTokenEndpoint({
    clientId: ID,
    clientSecret: SECRET,
    redirectUri: REDIRECT,
    issuer: GOOGLE_ISSUER,
    fetch: testFetch,
    ...extra,
  });

describe('askTokenEndpoint', () => {
  it("posts exactly the five fields, form-encoded, to Google's discovered endpoint", async () => {
    const answer = await ask();
    expect(answer).toEqual({
      kind: 'answer',
      status: 400,
      error: 'invalid_grant',
      description: 'Malformed auth code.',
    });
    expect(asked).toEqual([GOOGLE_DISCOVERY_URL, GOOGLE_TOKEN_URL]);
    const posts = seen.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url).toBe(GOOGLE_TOKEN_URL);
    expect(posts[0]!.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    const fields = new URLSearchParams(posts[0]!.body);
    expect([...fields.keys()].sort()).toEqual([
      'client_id',
      'client_secret',
      'code',
      'grant_type',
      'redirect_uri',
    ]);
    expect(Object.fromEntries(fields)).toEqual({
      grant_type: 'authorization_code',
      client_id: ID,
      client_secret: SECRET,
      code: NOT_A_CODE,
      redirect_uri: REDIRECT,
    });
  });

  it('discovers the endpoint once per page', async () => {
    await ask();
    await ask();
    expect(asked.filter((url) => url === GOOGLE_DISCOVERY_URL)).toHaveLength(1);
    expect(seen.filter((request) => request.method === 'POST')).toHaveLength(2);
  });

  it('accepts the issuer with a trailing slash, and asks the same discovery document', async () => {
    expect(await ask({ issuer: `${GOOGLE_ISSUER}/` })).toMatchObject({ kind: 'answer' });
    expect(asked[0]).toBe(GOOGLE_DISCOVERY_URL);
  });

  it('passes on what Google said for a wrong pair', async () => {
    tokenHandler = (_req, res) =>
      json(res, 401, { error: 'invalid_client', error_description: 'Unauthorized' });
    expect(await ask()).toEqual({
      kind: 'answer',
      status: 401,
      error: 'invalid_client',
      description: 'Unauthorized',
    });
  });

  it('answers with the status alone when the body is not JSON', async () => {
    tokenHandler = (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    };
    expect(await ask()).toEqual({ kind: 'answer', status: 502, error: '', description: '' });
  });

  it('gives up after the timeout', async () => {
    tokenHandler = () => undefined; // never answers
    expect(await ask({ timeoutMs: 200 })).toEqual({ kind: 'timeout' });
  });

  it('can be cancelled', async () => {
    tokenHandler = () => undefined;
    const cancel = new AbortController();
    const pending = ask({ signal: cancel.signal });
    setTimeout(() => cancel.abort(), 50);
    expect(await pending).toEqual({ kind: 'cancelled' });
  });

  it('says unreachable for a refused connection, and retries discovery next time', async () => {
    const refusing: typeof fetch = () => Promise.reject(new TypeError('connection refused'));
    expect(await ask({ fetch: refusing })).toEqual({ kind: 'unreachable' });
    expect(await ask()).toMatchObject({ kind: 'answer' });
  });

  it('says unreachable when discovery names no token endpoint', async () => {
    discovery = { issuer: GOOGLE_ISSUER };
    expect(await ask()).toEqual({ kind: 'unreachable' });
    expect(seen.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});

describe('askTokenEndpoint sends the secret to Google only', () => {
  it.each([
    ['the replica stand-in, in clear text', 'http://127.0.0.1:8737/google'],
    ['Google over http', 'http://accounts.google.com'],
    ['another host', 'https://evil.example'],
    ['a look-alike host', 'https://accounts.google.com.evil.example'],
    ['a path under Google', 'https://accounts.google.com/evil'],
    ['user info before Google', 'https://evil.example@accounts.google.com'],
    ['a port', 'https://accounts.google.com:8443'],
    ['two trailing slashes', 'https://accounts.google.com//'],
    ['nothing', ''],
  ])("an option url that is not Google's issuer (%s): nothing is asked", async (_name, issuer) => {
    expect(await ask({ issuer })).toEqual({ kind: 'not-google' });
    expect(asked).toEqual([]);
    expect(seen).toEqual([]);
  });

  const google = { issuer: GOOGLE_ISSUER };
  it.each([
    ['an issuer elsewhere', { issuer: 'https://evil.example', token_endpoint: GOOGLE_TOKEN_URL }],
    ['no issuer', { token_endpoint: GOOGLE_TOKEN_URL }],
    ['a token endpoint elsewhere', { ...google, token_endpoint: 'https://evil.example/token' }],
    [
      'a token endpoint in clear text',
      { ...google, token_endpoint: 'http://oauth2.googleapis.com/token' },
    ],
    [
      'a token endpoint on a port',
      { ...google, token_endpoint: 'https://oauth2.googleapis.com:8443/token' },
    ],
    [
      'user info',
      { ...google, token_endpoint: 'https://evil.example@oauth2.googleapis.com/token' },
    ],
    ['a sub-domain', { ...google, token_endpoint: 'https://evil.oauth2.googleapis.com/token' }],
    [
      'a look-alike',
      { ...google, token_endpoint: 'https://oauth2.googleapis.com.evil.example/token' },
    ],
    ['the local stand-in', { ...google, token_endpoint: 'http://127.0.0.1:8737/google/token' }],
  ])('a tampered discovery document (%s): the secret is sent nowhere', async (_name, document) => {
    discovery = document;
    expect(await ask()).toEqual({ kind: 'not-google' });
    expect(asked).toEqual([GOOGLE_DISCOVERY_URL]);
    expect(seen.filter((request) => request.method === 'POST')).toEqual([]);
    expect(seen.some((request) => request.body.includes(SECRET))).toBe(false);
  });

  it.each([
    'https://www.googleapis.com/oauth2/v4/token',
    'https://accounts.google.com/o/oauth2/token',
    'https://oauth2.googleapis.com:443/token',
  ])('a token endpoint on Google (%s) is used', async (endpoint) => {
    discovery = { issuer: GOOGLE_ISSUER, token_endpoint: endpoint };
    expect(await ask()).toMatchObject({ kind: 'answer', error: 'invalid_grant' });
    expect(asked[1]).toBe(new URL(endpoint).href);
  });
});

describe('askTokenEndpoint never throws', () => {
  it('without fetch on the page: unreachable', async () => {
    const original = globalThis.fetch;
    // The page removed fetch (or never had it); the check reads it at click time.
    (globalThis as { fetch?: typeof fetch }).fetch = undefined;
    try {
      const { fetch: _omit, ...rest } = {
        clientId: ID,
        clientSecret: SECRET,
        redirectUri: REDIRECT,
        issuer: GOOGLE_ISSUER,
        fetch: undefined,
      };
      await expect(askTokenEndpoint(rest)).resolves.toEqual({ kind: 'unreachable' });
    } finally {
      globalThis.fetch = original;
    }
  });

  it('fetch throwing synchronously: unreachable', async () => {
    const throwing = (() => {
      throw new TypeError('fetch is broken');
    }) as unknown as typeof fetch;
    await expect(ask({ fetch: throwing })).resolves.toEqual({ kind: 'unreachable' });
  });

  it('fetch rejecting: unreachable', async () => {
    await expect(ask({ fetch: () => Promise.reject(new Error('offline')) })).resolves.toEqual({
      kind: 'unreachable',
    });
  });

  it("the discovery answer's json() throwing: unreachable", async () => {
    const brokenJson: typeof fetch = async (input, init) => {
      const response = await testFetch(input, init);
      response.json = () => {
        throw new SyntaxError('not JSON');
      };
      return response;
    };
    await expect(ask({ fetch: brokenJson })).resolves.toEqual({ kind: 'unreachable' });
  });

  it("the token answer's json() rejecting: the status alone", async () => {
    const brokenJson: typeof fetch = async (input, init) => {
      const response = await testFetch(input, init);
      if (String(input) === GOOGLE_TOKEN_URL) response.json = () => Promise.reject(new Error('x'));
      return response;
    };
    await expect(ask({ fetch: brokenJson })).resolves.toEqual({
      kind: 'answer',
      status: 400,
      error: '',
      description: '',
    });
  });

  it('a fetch that answers with nothing: unreachable', async () => {
    const nothing = (async () => null) as unknown as typeof fetch;
    await expect(ask({ fetch: nothing })).resolves.toEqual({ kind: 'unreachable' });
  });
});

describe("Google's addresses", () => {
  it('the issuer: exactly https://accounts.google.com, one trailing slash tolerated', () => {
    expect(isGoogleIssuer('https://accounts.google.com')).toBe(true);
    expect(isGoogleIssuer(' https://accounts.google.com/ ')).toBe(true);
    for (const other of [
      undefined,
      null,
      '',
      'https://accounts.google.com//',
      'HTTPS://ACCOUNTS.GOOGLE.COM',
      'https://accounts.google.com.',
      'https://accounts.google.com?x',
      'https://accounts.google.com#x',
      'http://accounts.google.com',
    ]) {
      expect(isGoogleIssuer(other), String(other)).toBe(false);
    }
  });

  it("the token endpoint: https on Google's hosts, the parsed form", () => {
    expect(googleTokenEndpoint('https://oauth2.googleapis.com/token')).toBe(GOOGLE_TOKEN_URL);
    expect(googleTokenEndpoint('https://OAUTH2.googleapis.com:443/token')).toBe(GOOGLE_TOKEN_URL);
    for (const other of [
      42,
      null,
      '/token',
      'oauth2.googleapis.com/token',
      'https://oauth2.googleapis.com./token',
      'https://googleapis.com/token',
      'https://user:pw@oauth2.googleapis.com/token',
      'https://oauth2.googleapis.com:80/token',
      'wss://oauth2.googleapis.com/token',
      'javascript:alert(1)',
    ]) {
      expect(googleTokenEndpoint(other), String(other)).toBeNull();
    }
  });
});
