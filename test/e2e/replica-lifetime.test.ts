// The replica's RESTful Storage and users (test/replica/storage.ts), driven over HTTP, and the
// stand-in Google's Testing, production and unticked-Gmail clients. Also storage.ts and the
// record rules against the replica: a record written by a non-administrator never counts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startReplica, type Replica } from '../replica/server.js';
import { googleClient, TESTING_EXPIRES_IN } from '../replica/google-clients.js';
import { STORAGE_FAILURES } from '../replica/storage.js';
import { StorageClient } from '../../src/host/storage.js';
import { readLifetime } from '../../src/rules/lifetime.js';
import {
  RECORD_GROUP,
  currentRecord,
  ownersOf,
  recordBody,
  recordFor,
  recordKey,
} from '../../src/rules/lifetime-record.js';
import { parseRecords } from '../../src/rules/lifetime-record-read.js';

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ mashupFile: '/nonexistent/no-mashup.js' });
});
afterAll(async () => {
  await replica?.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${replica.url}${path}`, { headers });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${replica.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('replica RESTful Storage', () => {
  it('creates, lists, reads and deletes an item; ownerId is set by the server', async () => {
    const created = await post('/storage/v1/tpgoTest/a%2Fkey', {
      scope: 'Public',
      ownerId: 99,
      publicData: { when: '"2026-12-07"' },
    });
    expect(await created.json()).toMatchObject({ key: 'a/key', ownerId: 1, scope: 'Public' });
    expect(await (await get('/storage/v1/')).json()).toEqual({
      items: expect.arrayContaining(['tpgoTest']),
    });
    expect(await (await get('/storage/v1/tpgoTest')).json()).toEqual({
      items: [
        {
          key: 'a/key',
          ownerId: 1,
          scope: 'Public',
          publicData: { when: '"2026-12-07"' },
          userData: {},
        },
      ],
    });
    expect(await (await get('/TargetProcess/storage/v1/tpgoTest/a%2Fkey')).json()).toMatchObject({
      key: 'a/key',
    });
    await post('/storage/v1/tpgoTest/a%2Fkey', {}, { 'X-HTTP-Method-Override': 'DELETE' });
    expect(await (await get('/storage/v1/tpgoTest/a%2Fkey')).json()).toBeNull();
  });

  it('the logged user is the non-administrator with replicaUser=2; Private items are its own', async () => {
    const made = await post('/storage/v1/tpgoTest/mine?replicaUser=2', {
      scope: 'Private',
      publicData: {},
    });
    expect(await made.json()).toMatchObject({ ownerId: 2, scope: 'Private' });
    expect(await (await get('/storage/v1/tpgoTest/mine')).json()).toBeNull();
    expect(
      await (await get('/storage/v1/tpgoTest/mine', { Cookie: 'replicaUser=2' })).json(),
    ).toMatchObject({
      ownerId: 2,
    });
  });

  it("storage=owner-only refuses a POST to another user's item; the default allows it", async () => {
    await post('/storage/v1/tpgoTest/shared', { scope: 'Public', publicData: {} });
    const refused = await post('/storage/v1/tpgoTest/shared?replicaUser=3&storage=owner-only', {
      publicData: {},
    });
    expect(refused.status).toBe(403);
    const taken = await post('/storage/v1/tpgoTest/shared?replicaUser=3', {
      scope: 'Public',
      publicData: {},
    });
    expect(await taken.json()).toMatchObject({ ownerId: 3 });
  });

  it('serves the users with IsAdministrator', async () => {
    expect(
      await (await get('/api/v1/Users/1?include=[IsAdministrator]&format=json')).json(),
    ).toMatchObject({
      Id: 1,
      IsAdministrator: true,
    });
    expect(await (await get('/api/v1/Users/2?format=json')).json()).toMatchObject({
      IsAdministrator: false,
    });
    expect((await get('/api/v1/Users/77')).status).toBe(404);
  });

  it('answers each failure switch', async () => {
    const status = async (failure: string) =>
      (await get(`/storage/v1/tpgoTest?storage=${failure}`)).status;
    expect(await status('404')).toBe(404);
    expect(await status('401')).toBe(401);
    expect(await status('403')).toBe(403);
    expect(await status('500')).toBe(500);
    const malformed = await get('/storage/v1/tpgoTest?storage=malformed');
    await expect(malformed.json()).rejects.toThrow();
    const huge = await (await get('/storage/v1/tpgoTest?storage=huge')).text();
    expect(huge.length).toBeGreaterThan(1024 * 1024);
    const held = await fetch(`${replica.url}/storage/v1/tpgoTest?storage=timeout`, {
      signal: AbortSignal.timeout(300),
    }).catch((error: unknown) => error);
    expect(held).toBeInstanceOf(Error);
  });
});

/** A window for storage.ts whose requests go to the replica with a cookie for the switches. */
function replicaWindow(cookie = ''): Window {
  const origin = new URL(replica.url);
  return {
    location: {
      href: `${replica.url}/Admin/Plugins.aspx`,
      origin: origin.origin,
      pathname: '/Admin/Plugins.aspx',
      search: '',
    },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    fetch: (url: string, init: RequestInit) =>
      fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Cookie: cookie },
      }),
  } as unknown as Window;
}

describe('storage.ts and the record rules against the replica', () => {
  const signedAt = new Date(Date.now() - 60_000);
  const life = readLifetime({
    signedInAt: signedAt,
    refreshTokenExpiresIn: TESTING_EXPIRES_IN,
    scope: 'email https://mail.google.com/',
    gotRefreshToken: true,
  })!;
  const stamps = { issuedAt: new Date(), hasRefreshToken: true, isDeleted: false };

  it("an admin's record counts; a later one by a non-administrator does not", async () => {
    const admin = new StorageClient(replicaWindow('replicaUser=1'));
    const jane = new StorageClient(replicaWindow('replicaUser=2'));
    expect(
      await admin.write(
        RECORD_GROUP,
        recordKey('Gmail', 1)!,
        recordBody(recordFor('Gmail', life)!),
      ),
    ).toBe(true);
    const forged = recordFor(
      'Gmail',
      readLifetime({
        signedInAt: new Date(),
        scope: 'email https://mail.google.com/',
        gotRefreshToken: true,
      })!,
    )!;
    expect(await jane.write(RECORD_GROUP, recordKey('Gmail', 2)!, recordBody(forged))).toBe(true);

    const reader = new StorageClient(replicaWindow());
    const records = parseRecords({ items: await reader.list(RECORD_GROUP) });
    expect(records).not.toBe('no-data');
    if (records === 'no-data') return;
    expect(records.map((r) => r.ownerId).sort()).toEqual([1, 2]);
    const admins = await reader.administrators(ownersOf(records, ['Gmail']));
    expect([...admins]).toEqual([1]);
    const current = currentRecord(records, 'Gmail', admins, stamps, new Date());
    expect(current).toMatchObject({ ownerId: 1, endsAt: life.endsAt!.getTime() });
    expect(await reader.remove(RECORD_GROUP, recordKey('Gmail', 1)!)).toBe(true);
  });

  for (const failure of STORAGE_FAILURES) {
    it(`storage=${failure}: the client answers "no data" quietly`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const client = new StorageClient(replicaWindow(`storage=${failure}`), { timeoutMs: 500 });
        expect(await client.list(RECORD_GROUP)).toBeUndefined();
        expect(warn).toHaveBeenCalledTimes(1);
      } finally {
        warn.mockRestore();
      }
    });
  }
});

describe('stand-in Google: what the token answer says at Sign in', () => {
  async function signIn(key: string, tick = false): Promise<Record<string, unknown>> {
    const client = googleClient(key);
    const redirectUri = `${replica.url}/Admin/Plugins.aspx`;
    const auth = await fetch(
      `${replica.url}/google/o/oauth2/v2/auth?response_type=code&scope=email https://mail.google.com&client_id=${client.id}&redirect_uri=${encodeURIComponent(redirectUri)}&state=s1&nonce=n1&prompt=consent&access_type=offline`,
      { redirect: 'manual' },
    );
    const consent = auth.headers.get('location')!;
    const tx = new URL(consent, replica.url).searchParams.get('tx')!;
    const page = await (await get(consent)).text();
    if (client.mailUnticked) expect(page).toMatch(/<input type="checkbox" name="mail"[^>]*>/);
    if (client.mailUnticked) expect(page).not.toMatch(/name="mail"[^>]* checked/);
    const form = new URLSearchParams({ tx, decision: 'allow', ...(tick ? { mail: 'on' } : {}) });
    const decided = await fetch(`${replica.url}/google/decide`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    const code = new URL(decided.headers.get('location')!).searchParams.get('code')!;
    const answer = await fetch(`${replica.url}/google/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: client.id,
        client_secret: client.secret,
        code,
        redirect_uri: redirectUri,
      }),
    });
    return (await answer.json()) as Record<string, unknown>;
  }

  it('a Testing client: refresh_token_expires_in 604799', async () => {
    const answer = await signIn('testing');
    expect(answer.refresh_token_expires_in).toBe(604799);
    expect(answer.scope).toContain('https://mail.google.com');
  });

  it('a production client: no refresh_token_expires_in', async () => {
    const answer = await signIn('production');
    expect(answer).not.toHaveProperty('refresh_token_expires_in');
    expect(answer.refresh_token).toEqual(expect.any(String));
  });

  it('the unticked client: the granted scope lacks the Gmail permission unless ticked', async () => {
    expect(String((await signIn('mail_unticked')).scope)).not.toContain('mail.google.com');
    expect(String((await signIn('mail_unticked', true)).scope)).toContain(
      'https://mail.google.com',
    );
  });
});
