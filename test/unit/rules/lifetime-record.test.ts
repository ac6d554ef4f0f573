// The storage record: its key, its shape, parsing any JSON (fast-check), bounded claims tied to
// the profile's stamps, superseding across signers, the ownerId filter, and the combine step.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readLifetime } from '../../../src/rules/lifetime.js';
import {
  MAX_END_MS,
  RECORD_GROUP,
  claimHolds,
  currentRecord,
  lifetimeStatus,
  ownersOf,
  recordBody,
  recordFor,
  recordKey,
  type SignInRecord,
  type SignInStamps,
  type StoredRecord,
} from '../../../src/rules/lifetime-record.js';
import {
  parseRecords,
  parseRecordsText,
  readRecord,
} from '../../../src/rules/lifetime-record-read.js';

const DAY = 86_400_000;
const MIN = 60_000;
const SIGNED = Date.parse('2026-12-07T10:30:00Z');
const ADMIN = 1;
const OTHER_ADMIN = 3;
const USER = 2;
const ADMINS = new Set([ADMIN, OTHER_ADMIN]);

const record = (over: Partial<SignInRecord> = {}): SignInRecord => ({
  version: 1,
  profile: 'Gmail',
  signedAt: SIGNED,
  endsAt: SIGNED + 604_799_000,
  mailGranted: true,
  ...over,
});

/** An item as the storage lists it, for the record written by `ownerId`. */
function item(rec: SignInRecord, ownerId: number, key = recordKey(rec.profile, ownerId)) {
  return { key, ownerId, ...recordBody(rec) };
}

const stored = (rec: SignInRecord, ownerId: number): StoredRecord =>
  readRecord(item(rec, ownerId))!;

/** The profile refreshed its token 20 min ago, signed in as of the record. */
const stamps = (over: Partial<SignInStamps> = {}): SignInStamps => ({
  issuedAt: new Date(SIGNED + 2 * DAY),
  hasRefreshToken: true,
  isDeleted: false,
  ...over,
});
const NOW = new Date(SIGNED + 2 * DAY + 20 * MIN);

describe('recordKey', () => {
  it('is the same for a name in any case, differs by signer and by profile', () => {
    expect(recordKey('Gmail', 1)).toBe(recordKey(' gmail ', 1));
    expect(recordKey('Gmail', 1)).not.toBe(recordKey('Gmail', 2));
    expect(recordKey('Gmail', 1)).not.toBe(recordKey('Gmail 2', 1));
    expect(recordKey('Gmail', 0)).toBeUndefined();
    expect(recordKey('Gmail', 1.5)).toBeUndefined();
    expect(RECORD_GROUP).toMatch(/^[A-Za-z]+$/);
  });

  it('is only letters and digits whatever the name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 1, max: 1e9 }),
        (name, id) => {
          expect(recordKey(name, id)).toMatch(/^s[0-9a-z]+u\d+$/);
        },
      ),
    );
  });
});

describe('recordFor and recordBody', () => {
  it('holds the five fields only, each JSON-encoded as Targetprocess writes them', () => {
    const life = readLifetime({
      signedInAt: new Date(SIGNED),
      refreshTokenExpiresIn: 604_799,
      scope: 'email https://mail.google.com/',
      gotRefreshToken: true,
    })!;
    const rec = recordFor('Gmail', life)!;
    expect(rec).toEqual(record());
    const body = recordBody(rec);
    expect(body).toEqual({
      scope: 'Public',
      publicData: {
        version: '1',
        profile: '"Gmail"',
        signedAt: String(SIGNED),
        endsAt: String(SIGNED + 604_799_000),
        mailGranted: 'true',
      },
      userData: {},
    });
    expect(readRecord(item(rec, ADMIN))).toEqual({
      ...rec,
      key: recordKey('Gmail', ADMIN),
      ownerId: ADMIN,
    });
  });

  it('writes no record whose end would not pass the bounds on reading', () => {
    const life = readLifetime({
      signedInAt: new Date(SIGNED),
      refreshTokenExpiresIn: 30 * 86_400,
      scope: '',
      gotRefreshToken: true,
    })!;
    expect(recordFor('Gmail', life)).toBeUndefined();
    expect(
      recordFor(
        '',
        readLifetime({ signedInAt: new Date(SIGNED), scope: '', gotRefreshToken: true })!,
      ),
    ).toBeUndefined();
  });
});

describe('parseRecords', () => {
  it('gives records or "no data" for any JSON, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = parseRecords(value);
        expect(out === 'no-data' || Array.isArray(out)).toBe(true);
        const text = parseRecordsText(JSON.stringify(value));
        expect(text === 'no-data' || Array.isArray(text)).toBe(true);
      }),
    );
  });

  it('never throws on lists of odd items, nor on text that is not JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.anything({ withObjectString: true, withNullPrototype: true })),
        (items) => {
          const out = parseRecords({ items });
          expect(Array.isArray(out)).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = parseRecordsText(text);
        expect(out === 'no-data' || Array.isArray(out)).toBe(true);
      }),
    );
    const hostile = {
      items: [
        {
          get key() {
            throw new Error('x');
          },
        },
      ],
    };
    expect(parseRecords(hostile)).toBe('no-data');
  });

  it('keeps valid records, including plain (not JSON-encoded) values', () => {
    const plain = {
      key: recordKey('Gmail', ADMIN),
      ownerId: String(ADMIN),
      publicData: { ...record() },
    };
    const out = parseRecords({ items: [item(record(), ADMIN), plain] });
    expect(out).toHaveLength(2);
  });

  it('drops records of another shape, another version, or under a key not their own', () => {
    const good = item(record(), ADMIN);
    const items = [
      { ...good, publicData: { ...good.publicData, version: '2' } },
      { ...good, publicData: { ...good.publicData, mailGranted: '"yes"' } },
      { ...good, publicData: { ...good.publicData, profile: JSON.stringify('x'.repeat(201)) } },
      { ...good, publicData: { ...good.publicData, signedAt: '1.5' } },
      { ...good, key: recordKey('Other', ADMIN) },
      { ...good, ownerId: USER },
      { ...good, ownerId: -1 },
      { ...good, publicData: null },
      'text',
      null,
    ];
    expect(parseRecords({ items })).toEqual([]);
    expect(parseRecords([good])).toBe('no-data');
    expect(parseRecords(null)).toBe('no-data');
    expect(parseRecordsText('{"items":[')).toBe('no-data');
  });
});

describe('claimHolds: bounded claims', () => {
  it('holds for a record of the current sign-in', () => {
    expect(claimHolds(record(), stamps(), NOW)).toBe(true);
    expect(claimHolds(record({ endsAt: null }), stamps(), NOW)).toBe(true);
  });

  it('refuses an end later than 7 days and a little after the sign-in, or before it', () => {
    expect(claimHolds(record({ endsAt: SIGNED + MAX_END_MS + 1 }), stamps(), NOW)).toBe(false);
    expect(claimHolds(record({ endsAt: SIGNED + MAX_END_MS }), stamps(), NOW)).toBe(true);
    expect(claimHolds(record({ endsAt: SIGNED }), stamps(), NOW)).toBe(false);
  });

  it("is tied to the profile's current stamps", () => {
    // Signed out, deleted token, or no stamps at all.
    expect(claimHolds(record(), stamps({ hasRefreshToken: false }), NOW)).toBe(false);
    expect(claimHolds(record(), stamps({ isDeleted: true }), NOW)).toBe(false);
    expect(claimHolds(record(), stamps({ issuedAt: undefined }), NOW)).toBe(false);
    expect(claimHolds(record(), undefined, NOW)).toBe(false);
    // A sign-in claimed after the token's issue stamp: not this token's.
    expect(
      claimHolds(
        record({ signedAt: SIGNED + 3 * DAY, endsAt: null }),
        stamps(),
        new Date(SIGNED + 4 * DAY),
      ),
    ).toBe(false);
    // A claim in the future.
    expect(
      claimHolds(
        record(),
        stamps({ issuedAt: new Date(SIGNED + 9 * DAY) }),
        new Date(SIGNED - DAY),
      ),
    ).toBe(false);
    // The token refreshed after the claimed end: Google would have refused, so it is older.
    const later = new Date(SIGNED + 9 * DAY);
    expect(claimHolds(record(), stamps({ issuedAt: later }), new Date(later.getTime() + MIN))).toBe(
      false,
    );
    // The end passed and no refresh since: the claim stands.
    expect(claimHolds(record(), stamps({ issuedAt: new Date(SIGNED + 6.9 * DAY) }), later)).toBe(
      true,
    );
  });
});

describe('currentRecord: superseding and the ownerId filter', () => {
  const first = stored(record(), ADMIN);
  const second = stored(record({ signedAt: SIGNED + DAY, endsAt: null }), OTHER_ADMIN);

  it("a second admin's later sign-in supersedes the first admin's record", () => {
    expect(currentRecord([first, second], 'Gmail', ADMINS, stamps(), NOW)).toBe(second);
    expect(currentRecord([second, first], 'gmail', ADMINS, stamps(), NOW)).toBe(second);
  });

  it('counts only records whose server-set owner is an administrator', () => {
    const byUser = stored(record({ signedAt: SIGNED + DAY, endsAt: null }), USER);
    expect(currentRecord([first, byUser], 'Gmail', ADMINS, stamps(), NOW)).toBe(first);
    expect(currentRecord([byUser], 'Gmail', ADMINS, stamps(), NOW)).toBeUndefined();
    expect(currentRecord([first], 'Gmail', new Set([USER]), stamps(), NOW)).toBeUndefined();
  });

  it("ignores another profile's records and records whose claims fail", () => {
    const other = stored(record({ profile: 'Gmail 2' }), ADMIN);
    expect(currentRecord([other], 'Gmail', ADMINS, stamps(), NOW)).toBeUndefined();
    const wild = stored(
      record({ signedAt: SIGNED + DAY, endsAt: SIGNED + DAY + 8 * DAY }),
      OTHER_ADMIN,
    );
    expect(currentRecord([first, wild], 'Gmail', ADMINS, stamps(), NOW)).toBe(first);
  });

  it('lists the distinct owners to ask about, of the given profiles only', () => {
    const other = stored(record({ profile: 'Gmail 2' }), USER);
    expect(ownersOf([first, second, first, other], ['GMAIL'])).toEqual([ADMIN, OTHER_ADMIN]);
    expect(ownersOf([first, other])).toEqual([ADMIN, USER]);
  });
});

describe('lifetimeStatus: the record combined with health', () => {
  const utc = (iso: string) => ({ now: new Date(iso), timeZone: 'UTC' });
  const rec = record({
    signedAt: Date.parse('2026-12-07T10:30:00Z'),
    endsAt: Date.parse('2026-12-14T10:29:59Z'),
  });

  it('connected with an end ahead: says so in the status, as a warning', () => {
    expect(
      lifetimeStatus({ state: 'connected' }, rec, 'granted', utc('2026-12-11T09:00:00Z')),
    ).toEqual({
      state: 'connected',
      severity: 'warning',
      kind: 'ends',
      headline: 'Connected: Google ends this sign-in on 14 Dec, in 3 days',
    });
    expect(
      lifetimeStatus({ state: 'connected' }, rec, 'granted', utc('2026-12-14T01:00:00Z'))!.headline,
    ).toBe('Connected: Google ends this sign-in today, 14 Dec');
  });

  it('stopped after the end: a certain, dated verdict', () => {
    const status = lifetimeStatus(
      { state: 'stopped', since: new Date('2026-12-14T11:02:00Z') },
      rec,
      'granted',
      utc('2026-12-15T09:00:00Z'),
    );
    expect(status).toMatchObject({ state: 'stopped', severity: 'error', kind: 'stopped-ended' });
    expect(status!.headline).toBe('Stopped on 14 Dec: the 7-day Testing sign-in ended');
  });

  it('stopped before the end: another cause, the health verdict stays as it is', () => {
    expect(
      lifetimeStatus(
        { state: 'stopped', since: new Date('2026-12-09T00:00:00Z') },
        rec,
        'granted',
        utc('2026-12-15T09:00:00Z'),
      ),
    ).toBeUndefined();
    expect(
      lifetimeStatus({ state: 'stopped' }, rec, 'granted', utc('2026-12-10T09:00:00Z')),
    ).toBeUndefined();
  });

  it('no end, or no record: nothing to add; a missing Gmail permission: an error', () => {
    expect(
      lifetimeStatus(
        { state: 'connected' },
        record({ endsAt: null }),
        'granted',
        utc('2026-12-10T00:00:00Z'),
      ),
    ).toBeUndefined();
    expect(
      lifetimeStatus({ state: 'connected' }, undefined, 'unknown', utc('2026-12-10T00:00:00Z')),
    ).toBeUndefined();
    expect(
      lifetimeStatus({ state: 'connected' }, undefined, 'missing', utc('2026-12-10T00:00:00Z')),
    ).toMatchObject({
      severity: 'error',
      kind: 'mail-missing',
    });
  });

  it('never turns "stopped" into "connected", whatever the record says', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('connected', 'stopped', 'no-data' as const),
        fc.option(fc.integer({ min: 0, max: 8 * DAY })),
        fc.integer({ min: -10 * DAY, max: 10 * DAY }),
        fc.constantFrom('granted', 'missing', 'unknown' as const),
        (state, length, offset, mail) => {
          const r = record({ endsAt: length === null ? null : SIGNED + length });
          const status = lifetimeStatus({ state }, r, mail, {
            now: new Date(SIGNED + offset),
            timeZone: 'UTC',
          });
          if (status) {
            expect(status.state).toBe(state);
            if (state !== 'connected') expect(status.headline).not.toMatch(/^Connected/);
          }
        },
      ),
    );
  });
});
