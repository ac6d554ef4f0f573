// The sign-in record kept in Targetprocess's RESTful Storage (docs/host.md §9): one small Public item
// per profile and signer, so every admin's browser learns what Google said at Sign in. Anything
// in storage may have been written by any Targetprocess user, so a record is a claim: its shape
// is checked (zod), its dates are bounded and tied to the profile's current sign-in stamps, it
// counts only when its server-set ownerId is an administrator, and it can add a warning to a
// verdict but never turn "stopped" into "connected". No token, e-mail or Client ID is stored.
import * as z from 'zod/mini';
import type { HealthState } from './health.js';
import {
  endReason,
  formatDay,
  lifetimeVerdict,
  type Lifetime,
  type LocalClock,
  type MailPermission,
} from './lifetime.js';
import { lifetimeText as t } from './lifetime-messages.js';

/** The storage group of every record (a constant: no text read from anywhere picks it). */
export const RECORD_GROUP = 'tpgoSignIns';
export const RECORD_VERSION = 1;
/** Google's longest Testing life is 7 days; a claimed end later than this after signedAt is false. */
export const MAX_END_MS = 7 * 86_400_000 + 60 * 60_000;
/** Clock skew allowed between the admin's browser and the stamps Targetprocess saved. */
export const STAMP_SLACK_MS = 10 * 60_000;
/** At most this many items are looked at, and this many distinct owners checked. */
export const MAX_RECORDS = 500;
export const MAX_OWNERS = 20;
export const MAX_PROFILE_NAME = 200;
const EARLIEST = Date.UTC(2020, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

const Millis = z.int().check(z.minimum(EARLIEST), z.maximum(LATEST));

/** One record's `publicData`, decoded. */
export const SignInRecordSchema = z.object({
  version: z.literal(RECORD_VERSION),
  profile: z.string().check(z.minLength(1), z.maxLength(MAX_PROFILE_NAME)),
  signedAt: Millis,
  endsAt: z.nullable(Millis),
  mailGranted: z.boolean(),
});

export type SignInRecord = z.infer<typeof SignInRecordSchema>;

/** A record as read back: its key and the owner the server set. */
export interface StoredRecord extends SignInRecord {
  readonly key: string;
  readonly ownerId: number;
}

/** What the profile's `Settings.OAuthState` says now (health.ts's OAuthStamps fit). */
export interface SignInStamps {
  /** The access token's issue stamp: the sign-in's, then each refresh's. */
  readonly issuedAt?: Date | undefined;
  readonly hasRefreshToken: boolean;
  readonly isDeleted: boolean;
}

/** Profile names are unique whatever their case in Targetprocess. */
const sameName = (name: string) => name.normalize('NFC').trim().toLowerCase();

/** cyrb53: a fast 53-bit string hash, enough to spread keys; no secret is hashed. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export const validUserId = (id: unknown): id is number =>
  typeof id === 'number' && Number.isSafeInteger(id) && id > 0;

/**
 * The item key for a profile and signer: `s` + a hash of the name + `u` + the user id. Only
 * `[0-9a-z]`, so it never builds a path, filter, selector or pattern out of a profile's text.
 * Undefined for a user id that is not a positive integer.
 */
export function recordKey(profileName: string, userId: number): string | undefined {
  if (!validUserId(userId) || typeof profileName !== 'string') return undefined;
  return `s${hash53(sameName(profileName))}u${userId}`;
}

/** The record to write for a fresh sign-in; undefined when its claims would not pass the bounds. */
export function recordFor(profileName: string, lifetime: Lifetime): SignInRecord | undefined {
  const record = {
    version: RECORD_VERSION,
    profile: typeof profileName === 'string' ? profileName.trim() : '',
    signedAt: lifetime.signedAt.getTime(),
    endsAt: lifetime.endsAt === null ? null : lifetime.endsAt.getTime(),
    mailGranted: lifetime.mailGranted,
  };
  const parsed = SignInRecordSchema.safeParse(record);
  return parsed.success && endIsBounded(parsed.data) ? parsed.data : undefined;
}

/**
 * The body of the POST that writes it: each value JSON-encoded inside `publicData`, as
 * Targetprocess's own storage client writes them (docs/host.md §9).
 */
export function recordBody(record: SignInRecord): {
  scope: 'Public';
  publicData: Record<string, string>;
  userData: Record<string, never>;
} {
  const publicData: Record<string, string> = {};
  for (const name of ['version', 'profile', 'signedAt', 'endsAt', 'mailGranted'] as const) {
    publicData[name] = JSON.stringify(record[name]);
  }
  return { scope: 'Public', publicData, userData: {} };
}

/** The distinct owners worth asking about (at most MAX_OWNERS), records of these profiles only. */
export function ownersOf(
  records: readonly StoredRecord[],
  profileNames?: readonly string[],
): number[] {
  const names = profileNames ? new Set(profileNames.map(sameName)) : undefined;
  const owners = new Set<number>();
  for (const record of records) {
    if (names && !names.has(sameName(record.profile))) continue;
    owners.add(record.ownerId);
    if (owners.size >= MAX_OWNERS) break;
  }
  return [...owners];
}

function endIsBounded(record: SignInRecord): boolean {
  return (
    record.endsAt === null ||
    (record.endsAt > record.signedAt && record.endsAt <= record.signedAt + MAX_END_MS)
  );
}

/**
 * Whether a record's claims hold against the profile's current stamps: the end at most 7 days
 * and a little after its sign-in; the profile still signed in; the sign-in no later than the
 * token's issue stamp (a refresh only moves it later); and no refresh after a claimed end has
 * passed (Google would have refused it: the record belongs to an older sign-in).
 */
export function claimHolds(
  record: SignInRecord,
  stamps: SignInStamps | undefined,
  now: Date,
): boolean {
  if (!endIsBounded(record)) return false;
  if (!stamps || !stamps.hasRefreshToken || stamps.isDeleted) return false;
  const issued = stamps.issuedAt?.getTime();
  if (issued === undefined || !Number.isFinite(issued)) return false;
  if (record.signedAt > now.getTime() + STAMP_SLACK_MS) return false;
  if (record.signedAt > issued + STAMP_SLACK_MS) return false;
  if (
    record.endsAt !== null &&
    record.endsAt < now.getTime() &&
    issued > record.endsAt + STAMP_SLACK_MS
  )
    return false;
  return true;
}

/**
 * The record that speaks for a profile: of its records whose owner is an administrator and
 * whose claims hold, the newest sign-in wins, whoever signed (a later admin's sign-in with no
 * end clears an earlier one's warning). Undefined when none counts.
 */
export function currentRecord(
  records: readonly StoredRecord[],
  profileName: string,
  administrators: ReadonlySet<number>,
  stamps: SignInStamps | undefined,
  now: Date,
): StoredRecord | undefined {
  const name = sameName(profileName);
  let best: StoredRecord | undefined;
  for (const record of records) {
    if (sameName(record.profile) !== name) continue;
    if (!administrators.has(record.ownerId)) continue;
    if (!claimHolds(record, stamps, now)) continue;
    if (
      !best ||
      record.signedAt > best.signedAt ||
      (record.signedAt === best.signedAt && record.key < best.key)
    )
      best = record;
  }
  return best;
}

/** The health verdict's part the combine step needs (health.ts's HealthVerdict fits). */
export interface HealthPart {
  readonly state: HealthState;
  /** Stopped: the first error of this kind. */
  readonly since?: Date | undefined;
}

export interface LifetimeStatus {
  /** Always the health verdict's own state: a record never changes it. */
  readonly state: HealthState;
  readonly severity: 'error' | 'warning';
  readonly kind: 'mail-missing' | 'ends' | 'end-passed' | 'stopped-ended';
  readonly headline: string;
}

/**
 * The status line for Settings > Plugins (and the saved profile's editor): the record plus what
 * the log and the token stamps say (the health verdict) plus the profile's granted scope.
 * Undefined when the record adds nothing: keep the health verdict's own headline.
 */
export function lifetimeStatus(
  health: HealthPart,
  record: SignInRecord | undefined,
  mail: MailPermission,
  clock: LocalClock,
): LifetimeStatus | undefined {
  const state = health.state;
  if (mail === 'missing')
    return { state, severity: 'error', kind: 'mail-missing', headline: t.statusMailMissing };
  if (!record || record.endsAt === null) return undefined;
  const endsAt = new Date(record.endsAt);
  const verdict = lifetimeVerdict(endsAt, clock);
  const day = formatDay(endsAt, clock, false);
  const reason = endReason((record.endsAt - record.signedAt) / 1000);
  if (verdict.kind === 'ended') {
    if (state === 'stopped') {
      // Certain only when the mailbox stopped at (or after) the end, not for an older cause.
      const since = health.since?.getTime();
      if (since !== undefined && since < record.endsAt - STAMP_SLACK_MS) return undefined;
      return {
        state,
        severity: 'error',
        kind: 'stopped-ended',
        headline: t.statusStopped(day, reason),
      };
    }
    return {
      state,
      severity: 'warning',
      kind: 'end-passed',
      headline:
        state === 'connected' ? t.statusEndPassed(day) : t.ended(formatDay(endsAt, clock), reason),
    };
  }
  if (verdict.kind === 'no-end' || state === 'stopped') return undefined;
  const days = verdict.kind === 'ends' ? verdict.days : 0;
  return {
    state,
    severity: 'warning',
    kind: 'ends',
    headline:
      state === 'connected'
        ? t.statusEnds(day, days)
        : t.ends(formatDay(endsAt, clock), days, reason),
  };
}
