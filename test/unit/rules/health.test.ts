import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_LOG_TEXT,
  PERMISSIONS_URL,
  SIGN_IN_ERRORS,
  classifyLogMessage,
  cleanLogText,
  decodeSignInError,
  formatDay,
  healthText,
  healthVerdict,
  needsLog,
  promptChoiceHint,
  timeAgo,
  type HealthFacts,
  type LogRecord,
  type OAuthStamps,
} from '../../../src/rules/index.js';
// The host's .NET JSON is read on the host side now (issue 21): its readers, tested here still.
import {
  healthFromAnswers,
  parseDotNetDate,
  parseLevel,
  readActivityLog,
  readErrorMarks,
  readOAuthStamps,
  readProfile,
} from '../../../src/host/health-answers.js';

// Noon UTC, so that the day shown is the same in any time zone the tests run in.
const NOW = new Date(Date.UTC(2026, 11, 3, 12, 0, 0));
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const dotNet = (date: Date, offset = '') => `/Date(${date.getTime()}${offset})/`;

const ACCESS = 'ya29.a0AfB_byC-secret-access-token-value-1234567890';
const REFRESH = '1//0gLk-secret-refresh-token-value-abcdefghijklmnop';

function stamps(over: Partial<OAuthStamps> = {}): OAuthStamps {
  return {
    email: 'support@acme.example',
    issuedAt: ago(12 * MIN),
    expiresAt: new Date(ago(12 * MIN).getTime() + HOUR),
    isDeleted: false,
    hasAccessToken: true,
    hasRefreshToken: true,
    ...over,
  };
}
const record = (at: Date | undefined, message: string, level = 'ERROR'): LogRecord => ({
  ...(at ? { at } : {}),
  level,
  message,
});
const BAD_REQUEST = 'The remote server returned an error: (400) Bad Request.';

function oauthState(over: Record<string, unknown> = {}) {
  return {
    Email: 'support@acme.example',
    TokenEndpoint: 'https://oauth2.googleapis.com/token',
    Callback: 'https://acme.tpondemand.com/Admin/Plugins.aspx',
    AccessToken: ACCESS,
    RefreshToken: REFRESH,
    AccessTokenIssueDateUtc: dotNet(ago(12 * MIN)),
    AccessTokenExpirationUtc: dotNet(ago(12 * MIN - HOUR)),
    Scope: 'https://mail.google.com/',
    IsDeleted: false,
    ...over,
  };
}
const profile = (state: unknown, method: unknown = '1', name = 'Support') => ({
  Name: name,
  Settings: {
    SecureAccessMethod: method,
    OAuthDiscoverUri: method === '1' ? 'https://accounts.google.com' : null,
    OAuthState: state,
  },
});

describe('parseDotNetDate', () => {
  const ms = Date.UTC(2024, 11, 3, 8, 0, 0);
  it.each([
    [`/Date(${ms})/`],
    [`\\/Date(${ms})\\/`],
    [`/Date(${ms}+0100)/`],
    [`/Date(${ms}-0530)/`],
    [`\\/Date(${ms}+0000)\\/`],
    [` /Date(${ms})/ `],
    ['2024-12-03T08:00:00Z'],
    ['2024-12-03T08:00:00.000Z'],
  ])('reads %s as the same instant (the offset names a zone, the ms are UTC)', (value) => {
    expect(parseDotNetDate(value)?.getTime()).toBe(ms);
  });

  it.each([
    ['/Date(-62135596800000)/'], // DateTime.MinValue: no date
    ['/Date(0)/'],
    ['/Date()/'],
    ['/Date(abc)/'],
    ['Date(1733212800000)'],
    ['/Date(1733212800000+01)/'],
    ['/Date(99999999999999999999)/'],
    ['2024-12-03'],
    ['yesterday'],
    [''],
    [1733212800000],
    [null],
    [undefined],
    [{}],
    ['x'.repeat(1000)],
  ])('gives no date for %j', (value) => {
    expect(parseDotNetDate(value)).toBeUndefined();
  });
});

describe('parseLevel', () => {
  it.each([
    ['INFO ', 'INFO'],
    ['ERROR', 'ERROR'],
    ['WARN ', 'WARN'],
    [' error ', 'ERROR'],
    [10, ''],
    [null, ''],
  ])('%j -> %j', (value, level) => expect(parseLevel(value)).toBe(level));
});

describe('readOAuthStamps', () => {
  it('keeps the stamps and whether the tokens are there, never their values', () => {
    const read = readOAuthStamps(oauthState())!;
    expect(read).toEqual({
      email: 'support@acme.example',
      issuedAt: ago(12 * MIN),
      expiresAt: ago(12 * MIN - HOUR),
      isDeleted: false,
      hasAccessToken: true,
      hasRefreshToken: true,
    });
    expect(JSON.stringify(read)).not.toContain('secret');
  });

  it('reads camel-cased names, string booleans and missing tokens', () => {
    const read = readOAuthStamps({
      accessTokenIssueDateUtc: dotNet(ago(HOUR)),
      isDeleted: 'True',
      RefreshToken: '   ',
      AccessToken: null,
    })!;
    expect(read.issuedAt).toEqual(ago(HOUR));
    expect(read.isDeleted).toBe(true);
    expect(read.hasRefreshToken).toBe(false);
    expect(read.hasAccessToken).toBe(false);
    expect(read.email).toBeUndefined();
  });

  it.each([[null], [undefined], ['state'], [[oauthState()]], [42]])('%j is no state', (value) => {
    expect(readOAuthStamps(value)).toBeUndefined();
  });
});

describe('readProfile', () => {
  it('tells Google OAuth profiles from the others', () => {
    expect(readProfile(profile(oauthState()))?.isGoogle).toBe(true);
    expect(readProfile(profile(oauthState(), 1))?.isGoogle).toBe(true);
    expect(readProfile(profile(null, ''))?.isGoogle).toBe(false);
    expect(readProfile(profile(null, 0))?.isGoogle).toBe(false);
    expect(readProfile(profile(oauthState(), '2'))?.isGoogle).toBe(false);
    expect(
      readProfile({
        Name: 'x',
        Settings: { OAuthDiscoverUri: 'https://accounts.google.com', OAuthState: null },
      })?.isGoogle,
    ).toBe(true);
    expect(
      readProfile({
        Name: 'x',
        Settings: { OAuthDiscoverUri: 'https://accounts.google.com.evil.example' },
      })?.isGoogle,
    ).toBe(false);
  });

  it('has no stamps without an OAuthState, and nothing for odd bodies', () => {
    expect(readProfile(profile(null))).toEqual({ name: 'Support', isGoogle: true });
    expect(readProfile([])).toBeUndefined();
    expect(readProfile({ Name: 'x' })).toBeUndefined();
    expect(readProfile('{"Name":"x"}')).toBeUndefined();
  });
});

describe('readErrorMarks', () => {
  it('reads each profile entry and skips odd ones', () => {
    const marks = readErrorMarks([
      {
        ProfileName: 'Support',
        ErrorsExist: true,
        ErrorDate: `\\/Date(${ago(DAY).getTime()}+0000)\\/`,
        ErrorMessage: BAD_REQUEST,
      },
      { ProfileName: 'Sales', ErrorsExist: false, ErrorDate: null, ErrorMessage: null },
      { ErrorsExist: true },
      'Support',
      null,
    ]);
    expect(marks).toEqual([
      { profileName: 'Support', errorsExist: true, at: ago(DAY), message: BAD_REQUEST },
      { profileName: 'Sales', errorsExist: false, message: '' },
    ]);
    expect(readErrorMarks({ ProfileName: 'x' })).toEqual([]);
    expect(readErrorMarks(undefined)).toEqual([]);
  });
});

describe('readActivityLog', () => {
  it('reads padded levels and .NET dates, newest first, undated last', () => {
    const records = readActivityLog({
      Records: [
        { DateTime: dotNet(ago(2 * DAY)), Level: 'ERROR', Message: 'b', Details: 'stack' },
        { DateTime: 'never', Level: 'INFO ', Message: 'c' },
        { DateTime: dotNet(ago(DAY), '+0200'), Level: 'ERROR', Message: 'a' },
        7,
      ],
      Type: 10,
    });
    expect(records).toEqual([
      { at: ago(DAY), level: 'ERROR', message: 'a' },
      { at: ago(2 * DAY), level: 'ERROR', message: 'b' },
      { level: 'INFO', message: 'c' },
    ]);
  });

  it.each([[null], [[]], [{}], [{ Records: 'x' }], ['{"Records":[]}']])('%j: none', (body) => {
    expect(readActivityLog(body)).toEqual([]);
  });
});

describe('classifyLogMessage', () => {
  it.each([
    [BAD_REQUEST, 'refresh-refused'],
    ['Error occurred while sending a direct message or getting the response.', 'refresh-refused'],
    [
      'Expected message AccessTokenSuccessResponse but received AccessTokenFailedResponse instead.',
      'refresh-refused',
    ],
    ['invalid_grant: Token has been expired or revoked.', 'refresh-refused'],
    [
      'The refresh_token is only provided on the first authorization from X. Remove access for your app from the Third-party apps and try again.',
      'no-refresh-token',
    ],
    [
      'Cannot login: imap.gmail.com; Connection settings: Login=support@acme.example',
      'login-failed',
    ],
    ['No such host is known', 'server-unreachable'],
    [
      'A connection attempt failed because the connected party did not properly respond',
      'server-unreachable',
    ],
    ['OAuth AccessToken was deleted', 'token-deleted'],
    ['Error downloading messages.', 'unknown'],
    ['', 'unknown'],
  ])('%s -> %s', (message, kind) => expect(classifyLogMessage(message)).toBe(kind));
});

describe('cleanLogText', () => {
  it('strips control and bidi characters and caps the length', () => {
    expect(cleanLogText('a\u0000b\r\n\tc\u202ed\u0007')).toBe('a b c d');
    const long = cleanLogText('word '.repeat(200));
    expect(long.length).toBe(MAX_LOG_TEXT);
    expect(long.endsWith('…')).toBe(true);
  });

  it('hides anything that looks like a Google token', () => {
    const shown = cleanLogText(`refresh ${REFRESH} access ${ACCESS} done`);
    expect(shown).not.toContain('secret');
    expect(shown).toBe('refresh [hidden] access [hidden] done');
  });
});

describe('timeAgo and formatDay', () => {
  it.each([
    [0, 'just now'],
    [59_000, 'just now'],
    [MIN, '1 min ago'],
    [12 * MIN, '12 min ago'],
    [59 * MIN, '59 min ago'],
    [HOUR, '1 hour ago'],
    [47 * HOUR, '47 hours ago'],
    [2 * DAY, '2 days ago'],
    [-5 * MIN, 'just now'],
  ])('%d ms -> %s', (ms, text) => expect(timeAgo(ago(ms), NOW)).toBe(text));

  it('names the day, and the year when it is not this one', () => {
    expect(formatDay(new Date(Date.UTC(2026, 10, 28, 12)), NOW)).toBe('28 Nov');
    expect(formatDay(new Date(Date.UTC(2025, 10, 28, 12)), NOW)).toBe('28 Nov 2025');
  });
});

/** Every verdict sentence is short and the headline one sentence. */
function expectShape(v: ReturnType<typeof healthVerdict>) {
  expect(v.headline).not.toMatch(/\.\s/);
  expect(v.headline.length).toBeLessThanOrEqual(70);
  expect(v.fix.length).toBeLessThanOrEqual(120);
  expect(v.fix).not.toMatch(/\.\s+\S/);
  // Said once: the fix is never repeated among the details shown under it.
  expect(v.details ?? []).not.toContain(v.fix);
}

describe('healthVerdict', () => {
  it('connected: refreshed 12 min ago', () => {
    const v = healthVerdict({ stamps: stamps() }, NOW);
    expect(v).toMatchObject({
      state: 'connected',
      kind: 'connected',
      since: ago(12 * MIN),
      headline: 'Connected: token refreshed 12 min ago',
    });
    expectShape(v);
  });

  it('connected: refreshed an hour ago, an old error before it does not count', () => {
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: ago(HOUR) }),
        mark: { profileName: 'Support', errorsExist: true, at: ago(3 * DAY), message: BAD_REQUEST },
      },
      NOW,
    );
    expect(v.headline).toBe('Connected: token refreshed 1 hour ago');
  });

  it('stopped 7 days after sign-in: says so plainly, with the fix', () => {
    const signedIn = new Date(Date.UTC(2026, 10, 21, 12, 0));
    const firstRefusal = new Date(Date.UTC(2026, 10, 28, 12, 20));
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: new Date(Date.UTC(2026, 10, 28, 11, 40)) }),
        records: [
          record(ago(10 * MIN), BAD_REQUEST),
          record(new Date(firstRefusal.getTime() + 5 * MIN), BAD_REQUEST),
          record(firstRefusal, BAD_REQUEST),
        ],
        signedInAt: signedIn,
      },
      NOW,
    );
    expect(v).toMatchObject({
      state: 'stopped',
      kind: 'refresh-refused',
      since: firstRefusal,
      headline: 'Stopped since 28 Nov: Google refused the sign-in token',
      fix: 'Publish the app, then Sign in again choosing Consent.',
    });
    expect(v.cause).toContain('Signed in 21 Nov');
    expect(v.cause).toContain('7 days');
    expect(v.cause).toContain('Testing');
    expectShape(v);
  });

  it('dates the sign-in from a record that says so', () => {
    const signedIn = new Date(Date.UTC(2026, 10, 21, 12, 0));
    const first = new Date(signedIn.getTime() + 7 * DAY + 30 * MIN);
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: new Date(first.getTime() - 40 * MIN) }),
        records: [
          record(first, BAD_REQUEST),
          record(signedIn, 'OAuth AccessToken received for support@acme.example', 'INFO '.trim()),
        ],
      },
      NOW,
    );
    expect(v.fix).toBe('Publish the app, then Sign in again choosing Consent.');
  });

  it('refused, not 7 days after sign-in: the causes in order and what to check first', () => {
    const signedIn = new Date(Date.UTC(2026, 10, 1, 12, 0));
    const first = new Date(Date.UTC(2026, 10, 28, 12, 20));
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: new Date(first.getTime() - 30 * MIN) }),
        records: [record(first, BAD_REQUEST)],
        signedInAt: signedIn,
      },
      NOW,
    );
    expect(v.kind).toBe('refresh-refused');
    expect(v.fix).toBe(healthText.refusedCheckFirst);
    const details = v.details!.join('\n');
    const order = ['Testing', 'removed the app', 'password changed', 'Client secret was reset'].map(
      (word) => details.indexOf(word),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(details).not.toContain(healthText.refusedUndated);
    expect(details).toContain(BAD_REQUEST);
  });

  it('refused, sign-in not dated: what to check first, and that it cannot be confirmed', () => {
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: ago(5 * DAY) }),
        records: [record(ago(5 * DAY - HOUR), BAD_REQUEST)],
      },
      NOW,
    );
    expect(v.headline).toBe('Stopped since 28 Nov: Google refused the sign-in token');
    expect(v.fix).toBe(healthText.refusedCheckFirst);
    expect(v.details).toContain(healthText.refusedUndated);
    expectShape(v);
  });

  it('refused, known from the error mark alone (log not read)', () => {
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: ago(5 * DAY) }),
        mark: { profileName: 'x', errorsExist: true, at: ago(4 * DAY), message: BAD_REQUEST },
      },
      NOW,
    );
    expect(v.kind).toBe('refresh-refused');
    expect(v.since).toEqual(ago(4 * DAY));
  });

  it('no refresh token, logged: Consent, and remove access first', () => {
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: ago(3 * HOUR) }),
        records: [
          record(
            ago(2 * HOUR),
            'The refresh_token is only provided on the first authorization from support@acme.example.',
          ),
        ],
      },
      NOW,
    );
    expect(v).toMatchObject({ state: 'stopped', kind: 'no-refresh-token' });
    expect(v.fix).toContain('Consent');
    expect(v.fix).toContain(PERMISSIONS_URL);
    expectShape(v);
  });

  it('no refresh token in the state: stopped since the access token expired', () => {
    const expired = ago(2 * HOUR);
    const v = healthVerdict(
      { stamps: stamps({ hasRefreshToken: false, issuedAt: ago(3 * HOUR), expiresAt: expired }) },
      NOW,
    );
    expect(v).toMatchObject({ state: 'stopped', kind: 'no-refresh-token', since: expired });
    const fresh = healthVerdict(
      { stamps: stamps({ hasRefreshToken: false, expiresAt: new Date(NOW.getTime() + HOUR) }) },
      NOW,
    );
    expect(fresh.headline).toBe('Stopped: Google gave no refresh token');
    expect(fresh.details!.join(' ')).toContain('Mail stops at');
  });

  it('IMAP login failed, while the token still refreshes', () => {
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: ago(20 * MIN) }),
        records: [
          record(ago(5 * MIN), 'Cannot login: imap.gmail.com; Connection settings: …'),
          record(ago(10 * MIN), 'Cannot login: imap.gmail.com; Connection settings: …'),
          record(ago(DAY), BAD_REQUEST),
        ],
      },
      NOW,
    );
    expect(v).toMatchObject({ state: 'stopped', kind: 'login-failed', since: ago(10 * MIN) });
    expect(v.headline).toBe('Stopped since 3 Dec: the mail server refused the login');
    expectShape(v);
  });

  it('mail server unreachable', () => {
    const v = healthVerdict(
      {
        stamps: stamps({ issuedAt: ago(20 * MIN) }),
        records: [record(ago(5 * MIN), 'No such host is known')],
      },
      NOW,
    );
    expect(v.kind).toBe('server-unreachable');
    expectShape(v);
  });

  it('token deleted: IsDeleted, or the log line', () => {
    const byFlag = healthVerdict({ stamps: stamps({ isDeleted: true }) }, NOW);
    expect(byFlag).toMatchObject({ state: 'stopped', kind: 'token-deleted' });
    expect(byFlag.headline).toBe('Stopped: the sign-in token was removed');
    const byLog = healthVerdict(
      {
        stamps: stamps({ issuedAt: ago(3 * DAY) }),
        records: [record(ago(2 * DAY), 'OAuth AccessToken was deleted')],
      },
      NOW,
    );
    expect(byLog).toMatchObject({ kind: 'token-deleted', since: ago(2 * DAY) });
    expectShape(byLog);
  });

  it('unknown: the log text as is, cleaned and capped', () => {
    const message = `Error downloading messages.\u0000\r\n${'x '.repeat(400)}`;
    const v = healthVerdict(
      { stamps: stamps({ issuedAt: ago(3 * HOUR) }), records: [record(ago(HOUR), message)] },
      NOW,
    );
    expect(v.kind).toBe('unknown');
    const shown = v.details!.find((line) => line.includes('Error downloading messages.'))!;
    // eslint-disable-next-line no-control-regex
    expect(shown).not.toMatch(/[\u0000-\u001f]/);
    expect(shown.length).toBeLessThan(MAX_LOG_TEXT + 40);
    expectShape(v);
  });

  it('stale with the log read and no error: no recent data, saying how old', () => {
    const v = healthVerdict({ stamps: stamps({ issuedAt: ago(3 * DAY) }), records: [] }, NOW);
    expect(v).toMatchObject({ state: 'no-data', headline: 'No recent data' });
    expect(v.details![0]).toContain('3 days ago');
  });

  it('no data: no state, no stamps, undated errors, odd input', () => {
    expect(healthVerdict({}, NOW).state).toBe('no-data');
    expect(healthVerdict({ stamps: stamps({ issuedAt: undefined }) }, NOW).state).toBe('no-data');
    expect(
      healthVerdict(
        { stamps: stamps({ issuedAt: ago(3 * HOUR) }), records: [record(undefined, BAD_REQUEST)] },
        NOW,
      ).state,
    ).toBe('no-data');
    expect(healthVerdict(null as unknown as HealthFacts, NOW).state).toBe('no-data');
    expect(healthVerdict({ stamps: stamps() }, new Date(NaN)).state).toBe('no-data');
  });

  it('never puts a token value in a verdict', () => {
    const v = healthFromAnswers(
      {
        profile: profile(oauthState({ AccessTokenIssueDateUtc: dotNet(ago(3 * HOUR)) })),
        log: {
          Records: [{ DateTime: dotNet(ago(HOUR)), Level: 'ERROR', Message: `x ${REFRESH}` }],
        },
      },
      NOW,
    );
    expect(JSON.stringify(v)).not.toContain('secret');
  });
});

describe('needsLog', () => {
  it('only for a signed-in profile that looks stopped', () => {
    expect(needsLog({ stamps: stamps() }, NOW)).toBe(false);
    expect(needsLog({ stamps: stamps({ issuedAt: ago(3 * HOUR) }) }, NOW)).toBe(true);
    expect(needsLog({ stamps: stamps({ issuedAt: undefined }) }, NOW)).toBe(true);
    const mark = { profileName: 'x', errorsExist: true, at: ago(MIN), message: 'e' };
    expect(needsLog({ stamps: stamps(), mark }, NOW)).toBe(true);
    expect(needsLog({ stamps: stamps(), mark: { ...mark, at: ago(DAY) } }, NOW)).toBe(false);
    expect(needsLog({ stamps: stamps(), mark: { ...mark, errorsExist: false } }, NOW)).toBe(false);
    expect(needsLog({ stamps: stamps({ isDeleted: true, issuedAt: ago(DAY) }) }, NOW)).toBe(false);
    expect(needsLog({ stamps: stamps({ hasRefreshToken: false, issuedAt: ago(DAY) }) }, NOW)).toBe(
      false,
    );
    expect(needsLog({}, NOW)).toBe(false);
    expect(needsLog(null as unknown as HealthFacts, NOW)).toBe(false);
  });
});

describe('healthFromAnswers', () => {
  it('picks this profile’s mark, case-insensitively', () => {
    const v = healthFromAnswers(
      {
        profile: profile(oauthState({ AccessTokenIssueDateUtc: dotNet(ago(2 * DAY)) })),
        marks: [
          {
            ProfileName: 'Other',
            ErrorsExist: true,
            ErrorDate: dotNet(ago(DAY)),
            ErrorMessage: 'x',
          },
          {
            ProfileName: 'SUPPORT',
            ErrorsExist: true,
            ErrorDate: dotNet(ago(DAY)),
            ErrorMessage: 'Cannot login: imap.gmail.com',
          },
        ],
      },
      NOW,
    );
    expect(v.kind).toBe('login-failed');
  });

  it('any JSON in: a verdict out, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (a, b, c) => {
        for (const answers of [
          { profile: a, marks: b, log: c },
          {
            profile: { Name: 'x', Settings: { SecureAccessMethod: '1', OAuthState: a } },
            marks: b,
            log: c,
          },
          {
            profile: profile(oauthState({ AccessTokenIssueDateUtc: a, IsDeleted: b })),
            log: { Records: [c] },
          },
        ]) {
          const v = healthFromAnswers(answers, NOW);
          expect(['connected', 'stopped', 'no-data']).toContain(v.state);
          expect(typeof v.headline).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Sign in: the prompt hint and the prompt=none errors', () => {
  it('the hint says Consent for a first sign-in, No prompt only to renew', () => {
    expect(promptChoiceHint).toMatch(/Consent for a first sign-in/);
    expect(promptChoiceHint).toMatch(/no refresh token/);
    expect(promptChoiceHint).toMatch(/No prompt only/);
  });

  it.each([
    ['interaction_required', 'error=interaction_required&state=x'],
    ['login_required', 'Error: login_required'],
    ['consent_required', 'consent_required'],
    ['account_selection_required', '{"error":"account_selection_required"}'],
  ])('decodes %s, with Consent in the fix', (code, text) => {
    const found = decodeSignInError(text)!;
    expect(found.code).toBe(code);
    expect(found.fix).toContain('Consent');
    expect(found.links[0]!.href).toMatch(/^https:\/\/developers\.google\.com\//);
    expect(SIGN_IN_ERRORS.map((d) => d.code)).toContain(code);
  });

  it('decodes the editor’s no-refresh-token message, even cut short', () => {
    expect(
      decodeSignInError('The refresh_token is only provided on the first authorization from')?.code,
    ).toBe('no_refresh_token');
  });
});
