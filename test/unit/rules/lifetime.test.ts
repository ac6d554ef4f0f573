// The lifetime rules with a fixed clock in several zones: UTC, one east of UTC+12
// (Pacific/Kiritimati, UTC+14), and two across a daylight-saving change (Europe/Berlin end of
// March, America/New_York start of November).
import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  endReason,
  formatDay,
  hasMailScope,
  lifetimeVerdict,
  mailPermissionOf,
  readExpiresIn,
  readLifetime,
  signInFindings,
  type SignInFacts,
} from '../../../src/rules/lifetime.js';

const TESTING = 604_799;
const SCOPE =
  'email https://mail.google.com/ openid https://www.googleapis.com/auth/userinfo.email';
const at = (iso: string) => new Date(iso);
const facts = (over: Partial<SignInFacts> = {}): SignInFacts => ({
  signedInAt: at('2026-12-07T10:30:00Z'),
  refreshTokenExpiresIn: TESTING,
  scope: SCOPE,
  gotRefreshToken: true,
  ...over,
});

describe('readLifetime', () => {
  it('ends refresh_token_expires_in seconds after the sign-in, for Testing', () => {
    const life = readLifetime(facts())!;
    expect(life.endsAt?.toISOString()).toBe('2026-12-14T10:29:59.000Z');
    expect(life.reason).toBe('testing');
    expect(life.mailGranted).toBe(true);
    expect(life.gotRefreshToken).toBe(true);
  });

  it('has no end when the answer has no refresh_token_expires_in', () => {
    const life = readLifetime(facts({ refreshTokenExpiresIn: undefined }))!;
    expect(life.endsAt).toBeNull();
    expect(life.reason).toBeNull();
  });

  it('calls another length a limited grant, not Testing', () => {
    expect(readLifetime(facts({ refreshTokenExpiresIn: 86_400 }))!.reason).toBe('limited');
    expect(endReason(604_800)).toBe('testing');
    expect(endReason(3 * 86_400)).toBe('limited');
  });

  it('ignores nonsense seconds and dates', () => {
    for (const bad of [NaN, -1, 0, Infinity, 1e12, '604799x', null, {}] as unknown[]) {
      expect(readExpiresIn(bad)).toBeUndefined();
    }
    expect(readExpiresIn('604799')).toBe(TESTING);
    expect(readLifetime(facts({ signedInAt: new Date(NaN) }))).toBeUndefined();
  });
});

describe('the Gmail permission', () => {
  it('is granted with or without the final slash, and only as a whole scope', () => {
    expect(hasMailScope('email https://mail.google.com/')).toBe(true);
    expect(hasMailScope('https://mail.google.com openid')).toBe(true);
    expect(hasMailScope('email openid')).toBe(false);
    expect(hasMailScope('https://mail.google.com/x')).toBe(false);
    expect(hasMailScope(undefined)).toBe(false);
  });

  it("reads a saved profile's OAuthState.Scope: granted, missing or unknown", () => {
    expect(mailPermissionOf({ Scope: SCOPE })).toBe('granted');
    expect(mailPermissionOf({ Scope: 'email openid' })).toBe('missing');
    expect(mailPermissionOf({ scope: 'email' })).toBe('missing');
    expect(mailPermissionOf({ Scope: '' })).toBe('unknown');
    expect(mailPermissionOf({ Scope: 5 })).toBe('unknown');
    expect(mailPermissionOf({})).toBe('unknown');
    expect(mailPermissionOf(null)).toBe('unknown');
    expect(mailPermissionOf('https://mail.google.com/')).toBe('unknown');
    expect(mailPermissionOf(Object.create({ Scope: 'email' }))).toBe('unknown');
  });
});

describe('dates in the admin zone', () => {
  const end = at('2026-12-14T10:29:59Z');
  it('formats the end in each zone', () => {
    expect(formatDay(end, { timeZone: 'UTC' })).toBe('Mon 14 Dec');
    // UTC+14: already the next day.
    expect(formatDay(end, { timeZone: 'Pacific/Kiritimati' })).toBe('Tue 15 Dec');
    expect(formatDay(end, { timeZone: 'America/Los_Angeles' })).toBe('Mon 14 Dec');
    expect(formatDay(end, { timeZone: 'UTC' }, false)).toBe('14 Dec');
  });

  it('falls back instead of throwing on an unknown zone', () => {
    expect(() => formatDay(end, { timeZone: 'Mars/Olympus' })).not.toThrow();
  });

  it('counts calendar days, not 24-hour spans, around midnight', () => {
    const tz = 'Pacific/Kiritimati';
    // 23:59 and 00:01 local (UTC+14) are two minutes and one calendar day apart.
    expect(calendarDaysBetween(at('2026-12-13T09:59:00Z'), at('2026-12-13T10:01:00Z'), tz)).toBe(1);
    expect(calendarDaysBetween(at('2026-12-13T10:01:00Z'), at('2026-12-14T09:59:00Z'), tz)).toBe(0);
    expect(calendarDaysBetween(at('2026-12-13T10:01:00Z'), at('2026-12-14T09:59:00Z'), 'UTC')).toBe(
      1,
    );
  });

  it('counts across the spring change in Berlin (a 23-hour day)', () => {
    const tz = 'Europe/Berlin';
    // Sat 27 Mar 2027 23:30 CET to Mon 29 Mar 00:15 CEST: 23 h 45 min, two calendar days.
    const now = at('2027-03-27T22:30:00Z');
    const end = at('2027-03-28T22:15:00Z');
    expect(calendarDaysBetween(now, end, tz)).toBe(2);
    expect(formatDay(end, { timeZone: tz })).toBe('Mon 29 Mar');
    const life = readLifetime(facts({ signedInAt: at('2027-03-25T11:00:00Z') }))!;
    expect(lifetimeVerdict(life.endsAt, { now: life.signedAt, timeZone: tz })).toMatchObject({
      kind: 'ends',
      days: 7,
    });
    expect(formatDay(life.endsAt!, { timeZone: tz })).toBe('Thu 1 Apr');
  });

  it('counts across the autumn change in New York (a 25-hour day)', () => {
    const tz = 'America/New_York';
    // Sat 31 Oct 2026 23:30 EDT, and Sun 1 Nov 23:59 EST: 25 h 29 min, one calendar day.
    expect(calendarDaysBetween(at('2026-11-01T03:30:00Z'), at('2026-11-02T04:59:00Z'), tz)).toBe(1);
  });
});

describe('lifetimeVerdict', () => {
  const end = at('2026-12-14T10:29:59Z');
  it('ends in N days, ends today, ended, no end', () => {
    expect(lifetimeVerdict(end, { now: at('2026-12-07T10:30:00Z'), timeZone: 'UTC' })).toEqual({
      kind: 'ends',
      endsAt: end,
      days: 7,
    });
    expect(lifetimeVerdict(end, { now: at('2026-12-14T00:00:00Z'), timeZone: 'UTC' }).kind).toBe(
      'ends-today',
    );
    // In UTC+14 the end is on the 15th, so at 00:00 UTC on the 14th it is tomorrow there.
    expect(
      lifetimeVerdict(end, { now: at('2026-12-14T00:00:00Z'), timeZone: 'Pacific/Kiritimati' }),
    ).toMatchObject({ kind: 'ends', days: 1 });
    expect(lifetimeVerdict(end, { now: end, timeZone: 'UTC' }).kind).toBe('ended');
    expect(lifetimeVerdict(end, { now: at('2026-12-20T00:00:00Z') }).kind).toBe('ended');
    expect(lifetimeVerdict(null, { now: end }).kind).toBe('no-end');
    expect(lifetimeVerdict(new Date(NaN), { now: end }).kind).toBe('no-end');
  });
});

describe('signInFindings: the lines beside Sign in', () => {
  const clock = { now: at('2026-12-07T10:30:05Z'), timeZone: 'UTC' };
  it('a Testing sign-in: one warning with the local date, the days, and the fix', () => {
    const [line, ...rest] = signInFindings(readLifetime(facts())!, clock);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      code: 'lifetime/ends',
      severity: 'warning',
      message: 'Google ends this sign-in on Mon 14 Dec (in 7 days): the app is in Testing',
    });
    expect(line!.fix).toContain('Google Auth Platform > Audience > Publish app');
    expect(line!.fix).toContain('Sign out and Sign in again choosing Consent');
    expect(line!.details).toContain('https://console.cloud.google.com/auth/audience');
  });

  it('says the date of the admin zone', () => {
    const [line] = signInFindings(readLifetime(facts())!, {
      ...clock,
      timeZone: 'Pacific/Kiritimati',
    });
    expect(line!.message).toBe(
      'Google ends this sign-in on Tue 15 Dec (in 7 days): the app is in Testing',
    );
  });

  it('the Gmail permission not granted: an error, first', () => {
    const lines = signInFindings(readLifetime(facts({ scope: 'email openid' }))!, clock);
    expect(lines.map((l) => [l.code, l.severity])).toEqual([
      ['lifetime/mail-missing', 'error'],
      ['lifetime/ends', 'warning'],
    ]);
    expect(lines[0]!.message).toContain("not ticked on Google's screen");
    expect(lines[0]!.fix).toMatch(/^Sign out, then Sign in again and tick/);
  });

  it('neither: one quiet confirmation, never a warning', () => {
    const lines = signInFindings(readLifetime(facts({ refreshTokenExpiresIn: undefined }))!, clock);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.severity).toBe('info');
    expect(lines[0]!.code).toBe('lifetime/no-end');
  });

  it('a time-limited grant is not called Testing', () => {
    const [line] = signInFindings(
      readLifetime(facts({ refreshTokenExpiresIn: 3 * 86_400 }))!,
      clock,
    );
    expect(line!.message).toBe(
      'Google ends this sign-in on Thu 10 Dec (in 3 days): access was granted for a limited time',
    );
    expect(line!.fix).not.toContain('Publish');
  });

  it('after the end: an error, dated', () => {
    const [line] = signInFindings(readLifetime(facts())!, {
      now: at('2026-12-15T08:00:00Z'),
      timeZone: 'UTC',
    });
    expect(line).toMatchObject({ code: 'lifetime/ended', severity: 'error' });
    expect(line!.message).toBe('Google ended this sign-in on Mon 14 Dec: the app is in Testing');
  });
});
