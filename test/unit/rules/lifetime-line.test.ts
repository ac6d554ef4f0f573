// The editor's lifetime line beside Sign in, from sequences of actions: reduce folds the token
// exchange (or the saved record) in, setup-lifetime.ts reads it with a given clock, setupState
// shows it only while signed in.
import { describe, expect, it } from 'vitest';
import {
  initialInteraction,
  reduce,
  type Action,
  type Interaction,
  type TokenExchange,
} from '../../../src/rules/setup-interaction.js';
import { setupState, type SetupSnapshot } from '../../../src/rules/setup-state.js';
import { lifetimeLine } from '../../../src/rules/setup-lifetime.js';
import type { LocalClock } from '../../../src/rules/lifetime.js';
import type { HealthVerdict } from '../../../src/rules/health.js';
import { ID, SECRET, URI } from './fixtures.js';

const SIGNED_AT = Date.UTC(2026, 11, 7, 10, 0, 0); // Mon 7 Dec 2026, 10:00 UTC
const DAY = 86_400_000;
const MAIL = 'email https://mail.google.com/ openid';

const exchange = (facts: Partial<TokenExchange['facts']>, at = SIGNED_AT): Action => ({
  kind: 'token-exchange',
  exchange: { at, facts: { scope: MAIL, gotRefreshToken: true, ...facts } },
});

const run = (...actions: Action[]) =>
  actions.reduce(reduce, reduce(initialInteraction, { kind: 'activate' }));

function view(i: Interaction, clock: LocalClock, signedIn = true) {
  const snapshot: SetupSnapshot = {
    clientId: ID,
    secret: SECRET,
    secretTouched: true,
    revealed: i.revealed,
    redirectUri: URI,
    redirectFindings: [],
    file: i.file,
    pasted: null,
    pair: i.pair,
    signedIn,
    signInFailure: null,
    server: 'imap.gmail.com',
    protocol: 'imap',
    health: i.health,
    lifetime: lifetimeLine(i, clock),
  };
  return setupState(snapshot);
}

const at = (ms: number, timeZone?: string): LocalClock => ({ now: new Date(ms), timeZone });
const messages = (v: ReturnType<typeof view>) => v.lifetime?.map((f) => f.message) ?? null;

describe('the lifetime line: a sign-in followed here', () => {
  it('a Testing app: the end date in the admin zone, the fix to publish, as a warning', () => {
    const v = view(
      run({ kind: 'sign-in-start' }, exchange({ refreshTokenExpiresIn: 604_799 }), {
        kind: 'sign-in-end',
        failure: null,
      }),
      at(SIGNED_AT + 5000, 'Europe/Berlin'),
    );
    expect(messages(v)).toEqual([
      'Google ends this sign-in on Mon 14 Dec (in 7 days): the app is in Testing',
    ]);
    expect(v.lifetime![0]!.severity).toBe('warning');
    expect(v.lifetime![0]!.fix).toMatch(/Audience > Publish app.*Sign out and Sign in again/);
    // The note that a sign-in is kept only once saved stays the editor's own concern.
    expect(v.saveNote).toBe(false);
  });

  it('east of UTC+12 the same sign-in ends on the next calendar day there', () => {
    const signed = SIGNED_AT + 3_600_000; // 11:00 UTC: 01:00 on Tue 8 Dec at UTC+14
    const v = view(
      run(exchange({ refreshTokenExpiresIn: 604_799 }, signed)),
      at(signed + 5000, 'Pacific/Kiritimati'),
    );
    // Ends 14 Dec 10:59 UTC, which is 00:59 on Tue 15 Dec there.
    expect(messages(v)).toEqual([
      'Google ends this sign-in on Tue 15 Dec (in 7 days): the app is in Testing',
    ]);
    expect(
      messages(
        view(run(exchange({ refreshTokenExpiresIn: 604_799 }, signed)), at(signed + 5000, 'UTC')),
      ),
    ).toEqual(['Google ends this sign-in on Mon 14 Dec (in 7 days): the app is in Testing']);
  });

  it('"in N days" counts calendar days: the evening before the end says tomorrow', () => {
    const i = run(exchange({ refreshTokenExpiresIn: 604_799 }));
    const evening = SIGNED_AT + 6 * DAY + 10 * 3_600_000; // 13 Dec 20:00 UTC
    expect(messages(view(i, at(evening, 'UTC')))).toEqual([
      'Google ends this sign-in on Mon 14 Dec (tomorrow): the app is in Testing',
    ]);
  });

  it('a production app with the Gmail permission: one quiet confirmation, never a warning', () => {
    const v = view(run(exchange({})), at(SIGNED_AT + 5000, 'America/New_York'));
    expect(v.lifetime).toHaveLength(1);
    expect(v.lifetime![0]!.severity).toBe('info');
    expect(v.lifetime![0]!.code).toBe('lifetime/no-end');
  });

  it('the Gmail permission unticked: an error-level line first', () => {
    const v = view(
      run(exchange({ scope: 'email openid', refreshTokenExpiresIn: 604_799 })),
      at(SIGNED_AT + 5000, 'Asia/Kolkata'),
    );
    expect(v.lifetime!.map((f) => [f.code, f.severity])).toEqual([
      ['lifetime/mail-missing', 'error'],
      ['lifetime/ends', 'warning'],
    ]);
  });

  it('signed out: no line; a new sign-in starts afresh and the newest answer speaks', () => {
    const testing = run(exchange({ refreshTokenExpiresIn: 604_799 }));
    expect(view(testing, at(SIGNED_AT), false).lifetime).toBeNull();
    const again = reduce(testing, { kind: 'sign-in-start' });
    expect(view(again, at(SIGNED_AT)).lifetime).toBeNull();
    const production = reduce(again, exchange({}, SIGNED_AT + 60_000));
    expect(view(production, at(SIGNED_AT + 61_000)).lifetime![0]!.code).toBe('lifetime/no-end');
  });

  it('a sign-in across a daylight-saving change still counts calendar days', () => {
    // Sat 24 Oct 2026, 22:00 UTC in Europe/London (BST ends on 25 Oct).
    const signed = Date.UTC(2026, 9, 24, 22, 0, 0);
    const v = view(
      run(exchange({ refreshTokenExpiresIn: 604_799 }, signed)),
      at(signed + 1000, 'Europe/London'),
    );
    expect(messages(v)).toEqual([
      'Google ends this sign-in on Sat 31 Oct (in 7 days): the app is in Testing',
    ]);
  });
});

describe('the lifetime line: a saved profile', () => {
  const record = { signedAt: SIGNED_AT, endsAt: SIGNED_AT + 604_799_000, mailGranted: true };
  const saved = (over: Partial<Parameters<typeof lifetimeLine>[0]['saved'] & object> = {}) =>
    ({ kind: 'saved-lifetime', saved: { record, mail: 'granted', ...over } }) as Action;
  const stopped: HealthVerdict = {
    state: 'stopped',
    kind: 'token-expired' as HealthVerdict['kind'],
    since: new Date(SIGNED_AT + 7 * DAY + 3_600_000),
    headline: 'Stopped',
    cause: '',
    fix: '',
  };

  it('4 days on: the same countdown beside Sign in', () => {
    const v = view(run(saved()), at(SIGNED_AT + 4 * DAY, 'Europe/Berlin'));
    expect(messages(v)).toEqual([
      'Google ends this sign-in on Mon 14 Dec (in 3 days): the app is in Testing',
    ]);
  });

  it('8 days on, the mailbox stopped after the end: the certain, dated stop', () => {
    const v = view(
      run(saved(), { kind: 'health', verdict: stopped }),
      at(SIGNED_AT + 8 * DAY, 'Europe/Berlin'),
    );
    expect(messages(v)).toEqual(['Stopped on 14 Dec: the 7-day Testing sign-in ended']);
    expect(v.lifetime![0]!.severity).toBe('error');
  });

  it('no end and the permission granted: nothing to say; the Scope lacking Gmail: the error', () => {
    expect(view(run(saved({ record: null })), at(SIGNED_AT)).lifetime).toBeNull();
    expect(
      view(run(saved({ record: { ...record, endsAt: null } })), at(SIGNED_AT)).lifetime,
    ).toBeNull();
    const missing = view(run(saved({ record: null, mail: 'missing' })), at(SIGNED_AT));
    expect(missing.lifetime!.map((f) => f.code)).toEqual(['lifetime/mail-missing']);
  });

  it('a sign-in made here wins over the saved record', () => {
    const v = view(run(saved(), exchange({})), at(SIGNED_AT + 1000));
    expect(v.lifetime!.map((f) => f.code)).toEqual(['lifetime/no-end']);
  });
});
