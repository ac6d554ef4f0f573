// Targetprocess's RESTful Storage in memory, as docs/host.md §9 documents it, and the REST API's users
// with IsAdministrator: what the sign-in records are read from and written to.
//   GET  {app}/storage/v1/                 {"items":[group names]}
//   GET  {app}/storage/v1/{group}          {"items":[{key,ownerId,scope,publicData,userData}]}
//                                          (the logged user's own items and Public ones)
//   GET  {app}/storage/v1/{group}/{key}    the item, or null
//   POST {app}/storage/v1/{group}/{key}    creates or updates it from the body; `ownerId` is set
//                                          here from the logged user, never from the body;
//                                          with X-HTTP-Method-Override: DELETE it deletes it
//   GET  {app}/api/v1/Users/{id}           the user with IsAdministrator
//
// Switches, from the request's own query, the page's (its Referer) or a cookie:
//   storage=404|401|403|500|timeout|malformed|huge   every storage request fails that way
//   storage=hostile        a group listing serves the real items among hostile ones: items of
//                          every wrong shape, markup in names, keys not their own, forged owners,
//                          absurd dates, oversized strings (each must be ignored, never thrown on)
//   storage=owner-only     a POST to another user's item is refused (403): whether Targetprocess
//                          allows it is UNCONFIRMED, so both ways can be tested
//   replicaUser=2          the logged user is Jane, not an administrator (default 1, the admin;
//                          3 is a second administrator)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordKey } from '../../src/rules/lifetime-record.js';

export interface ReplicaUser {
  Id: number;
  FirstName: string;
  LastName: string;
  IsAdministrator: boolean;
}

export const REPLICA_USERS: ReplicaUser[] = [
  { Id: 1, FirstName: 'Administrator', LastName: 'Admin', IsAdministrator: true },
  { Id: 2, FirstName: 'Jane', LastName: 'Requester', IsAdministrator: false },
  { Id: 3, FirstName: 'Second', LastName: 'Admin', IsAdministrator: true },
];

export const STORAGE_FAILURES = [
  '404',
  '401',
  '403',
  '500',
  'timeout',
  'malformed',
  'huge',
] as const;
export type StorageFailure = (typeof STORAGE_FAILURES)[number];
/** How long `storage=timeout` holds an answer back (past the client's 5 s). */
export const STORAGE_HOLD_MS = 15_000;

export interface StorageItem {
  key: string;
  ownerId: number;
  scope: 'Public' | 'Private';
  publicData: Record<string, unknown>;
  userData: Record<string, unknown>;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(value));
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** A switch from the request's query, the page's query (Referer), or a cookie. */
function switchOf(req: IncomingMessage, url: URL, name: string): string | undefined {
  const own = url.searchParams.get(name);
  if (own) return own;
  try {
    const page = req.headers.referer ? new URL(req.headers.referer).searchParams.get(name) : null;
    if (page) return page;
  } catch {
    // No page query.
  }
  return cookie(req, name);
}

/** Set on the page by the hostile items' markup, were it ever run as HTML. */
export const HOSTILE_MARK = '__tpgoHostileRan';

/** The hostile items `storage=hostile` serves around the real ones (docs/host.md §9's shape abused). */
export function hostileItems(real: readonly { name: string; signedAt: number }[]): unknown[] {
  const markup = `<img src=x onerror="window.${HOSTILE_MARK}=1">`;
  // Each claims a sign-in a minute newer than the real one, ending 6 days after it: were one
  // taken, it would win and change the date shown.
  let signedAt = Date.now() - 3_600_000;
  const data = (profile: unknown, over: Record<string, unknown> = {}) => ({
    version: '1',
    profile: JSON.stringify(profile),
    signedAt: JSON.stringify(signedAt + 60_000),
    endsAt: JSON.stringify(signedAt + 60_000 + 6 * 86_400_000),
    mailGranted: 'true',
    ...over,
  });
  const items: unknown[] = [null, 42, 'item', [], { key: 7 }, { key: '__proto__', ownerId: 1 }];
  items.push({ key: recordKey(markup, 1), ownerId: 1, scope: 'Public', publicData: data(markup) });
  items.push({ key: 'long', ownerId: 1, publicData: data('x'.repeat(20_000)) });
  for (const { name, signedAt: at } of real) {
    signedAt = at;
    const key = recordKey(name, 1);
    items.push(
      // Another key than the record's own, an admin owner: not one of ours.
      { key: `${key}x`, ownerId: 1, scope: 'Public', publicData: data(name) },
      // Owners the server never sets.
      { key, ownerId: -1, scope: 'Public', publicData: data(name) },
      { key, ownerId: '1e3', scope: 'Public', publicData: data(name) },
      { key, ownerId: { valueOf: 1 }, scope: 'Public', publicData: data(name) },
      // Absurd dates, another version, a name past every cap, fields of the wrong type.
      { key, ownerId: 1, publicData: data(name, { signedAt: '1e300', endsAt: '"soon"' }) },
      { key, ownerId: 1, publicData: data(name, { version: '2' }) },
      { key, ownerId: 1, publicData: data(name, { mailGranted: '"yes"' }) },
      // An own "__proto__" field holding what the record lacks: never read.
      {
        key,
        ownerId: 1,
        publicData: Object.assign(
          JSON.parse('{"__proto__":{"version":"1"}}') as object,
          data(name, { version: '2' }),
        ),
      },
      { key, ownerId: 1, publicData: 'not an object' },
    );
  }
  return items;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class StorageStandIn {
  /** group -> key -> item */
  readonly groups = new Map<string, Map<string, StorageItem>>();
  private readonly timers = new Set<NodeJS.Timeout>();

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** The logged user of a request (replicaUser switch; default the administrator). */
  user(req: IncomingMessage, url: URL): ReplicaUser {
    const id = Number(switchOf(req, url, 'replicaUser'));
    return REPLICA_USERS.find((u) => u.Id === id) ?? REPLICA_USERS[0]!;
  }

  /** Handles `{app}/storage/v1/...` and `{app}/api/v1/Users/{id}`; false for any other path. */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    appRel: string,
    url: URL,
    body: string,
  ): boolean {
    const users = /^\/api\/v1\/Users\/(\d+)$/i.exec(appRel);
    if (users && req.method === 'GET') {
      const user = REPLICA_USERS.find((u) => u.Id === Number(users[1]));
      if (!user) sendJson(res, 404, { Status: 'NotFound', Message: `User ${users[1]} not found` });
      else sendJson(res, 200, { ResourceType: 'User', ...user });
      return true;
    }
    if (!/^\/storage\/v1(\/|$)/i.test(appRel)) return false;
    const failure = switchOf(req, url, 'storage');
    if (failure && this.fail(res, failure as StorageFailure)) return true;
    const parts = appRel
      .slice('/storage/v1'.length)
      .split('/')
      .filter(Boolean)
      .map((p) => decodeURIComponent(p));
    const me = this.user(req, url);
    const [group, key] = parts;
    if (req.method === 'GET') {
      if (!group) sendJson(res, 200, { items: [...this.groups.keys()] });
      else if (!key) {
        const real = [...(this.groups.get(group)?.values() ?? [])].filter(
          (item) => item.scope === 'Public' || item.ownerId === me.Id,
        );
        const claims = real.map((item) => {
          try {
            const at = Number(JSON.parse(String(item.publicData.signedAt)));
            return { name: String(JSON.parse(String(item.publicData.profile))), signedAt: at };
          } catch {
            return { name: '', signedAt: 0 };
          }
        });
        sendJson(res, 200, {
          items: failure === 'hostile' ? [...hostileItems(claims), ...real] : real,
        });
      } else {
        const item = this.groups.get(group)?.get(key);
        sendJson(
          res,
          200,
          item && (item.scope === 'Public' || item.ownerId === me.Id) ? item : null,
        );
      }
      return true;
    }
    if (req.method !== 'POST' || !group || !key || parts.length !== 2) {
      sendJson(res, 400, { Message: 'Bad request' });
      return true;
    }
    const items = this.groups.get(group) ?? new Map<string, StorageItem>();
    const existing = items.get(key);
    if (existing && existing.ownerId !== me.Id && failure === 'owner-only') {
      sendJson(res, 403, { Message: 'Only the owner may change this storage' });
      return true;
    }
    if (String(req.headers['x-http-method-override'] ?? '').toUpperCase() === 'DELETE') {
      items.delete(key);
      if (items.size === 0) this.groups.delete(group);
      sendJson(res, 200, null);
      return true;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body || '{}');
    } catch {
      sendJson(res, 400, { Message: 'Malformed JSON' });
      return true;
    }
    const input = isObject(parsed) ? parsed : {};
    const item: StorageItem = {
      key,
      // Set by the server from the logged user; whatever the body says is ignored.
      ownerId: me.Id,
      scope: input.scope === 'Private' ? 'Private' : 'Public',
      publicData: isObject(input.publicData) ? input.publicData : {},
      userData: isObject(input.userData) ? input.userData : {},
    };
    items.set(key, item);
    this.groups.set(group, items);
    sendJson(res, 200, item);
    return true;
  }

  /** Answers a failure switch; false for a switch that is not a failure. */
  private fail(res: ServerResponse, failure: StorageFailure): boolean {
    switch (failure) {
      case '404':
        res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>404 Not Found</h1>');
        return true;
      case '401':
      case '403':
      case '500':
        sendJson(res, Number(failure), {
          Status: failure,
          Message: `replica: storage fails with ${failure}`,
        });
        return true;
      case 'timeout': {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          if (!res.destroyed) sendJson(res, 200, { items: [] });
        }, STORAGE_HOLD_MS);
        this.timers.add(timer);
        res.on('close', () => clearTimeout(timer));
        return true;
      }
      case 'malformed':
        res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end('{"items":[{"key":"x","publicData":');
        return true;
      case 'huge': {
        const filler = 'x'.repeat(1000);
        const items = Array.from({ length: 2000 }, (_, i) => ({
          key: `huge${i}`,
          ownerId: 1,
          scope: 'Public',
          publicData: { profile: `"Gmail"`, filler },
          userData: {},
        }));
        sendJson(res, 200, { items });
        return true;
      }
      default:
        return false;
    }
  }
}
