import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NOT_A_CODE, askTokenEndpoint, forgetDiscovery } from '../../../src/google/pair-check.js';

interface Seen {
  method: string;
  path: string;
  contentType: string;
  body: string;
}

const ID = '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com';
const SECRET = 'GOCSPX-abcdefghijklmnopqrstuvwxyz12';
const REDIRECT = 'https://acme.tpondemand.com/Admin/Plugins.aspx';

let server: Server;
let base: string;
let seen: Seen[];
let tokenHandler: (req: IncomingMessage, res: ServerResponse, body: string) => void;

function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

beforeEach(async () => {
  forgetDiscovery();
  seen = [];
  tokenHandler = (_req, res) =>
    json(res, 400, { error: 'invalid_grant', error_description: 'Malformed auth code.' });
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        path: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        body,
      });
      if (req.url === '/google/.well-known/openid-configuration') {
        json(res, 200, { issuer: `${base}/google`, token_endpoint: `${base}/google/token` });
      } else if (req.url === '/google/token') {
        tokenHandler(req, res, body);
      } else {
        json(res, 404, {});
      }
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
    issuer: `${base}/google`,
    ...extra,
  });

describe('askTokenEndpoint', () => {
  it('posts exactly the five fields, form-encoded, to the discovered endpoint', async () => {
    const answer = await ask();
    expect(answer).toEqual({
      kind: 'answer',
      status: 400,
      error: 'invalid_grant',
      description: 'Malformed auth code.',
    });
    const posts = seen.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe('/google/token');
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
    expect(seen.filter((request) => request.path.endsWith('openid-configuration'))).toHaveLength(1);
    expect(seen.filter((request) => request.method === 'POST')).toHaveLength(2);
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
    const closedPort = `http://127.0.0.1:1/google`;
    expect(await ask({ issuer: closedPort })).toEqual({ kind: 'unreachable' });
    expect(await ask()).toMatchObject({ kind: 'answer' });
  });

  it('says unreachable when discovery names no token endpoint', async () => {
    expect(await ask({ issuer: `${base}/nowhere` })).toEqual({ kind: 'unreachable' });
  });
});
