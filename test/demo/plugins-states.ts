// Settings > Plugins' connection status in the states the sign-in records add (issue 20), made by
// the page's own rules (withLifetime) from a fixed clock: a countdown before Google ends a Testing
// sign-in, the end passed before the log shows a stop, the certain dated stop, the missing Gmail
// permission; beside them the plain connected and stopped lines they refine.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/tpgo-connection-status.js';
import { healthVerdict, type HealthVerdict } from '../../src/rules/health.js';
import { withLifetime } from '../../src/host/plugins/lifetime-status.js';
import type { SignInRecord } from '../../src/rules/lifetime-record.js';
import type { LocalClock } from '../../src/rules/lifetime.js';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const TESTING_MS = 604_799_000;
/** The demo's "now": Thu 10 Dec 2026, 15:00 in the admin's own time zone. */
const NOW = new Date(2026, 11, 10, 15, 0);
const clock: LocalClock = { now: NOW };

const connected = (issuedAgoMs: number): HealthVerdict =>
  healthVerdict(
    {
      stamps: {
        issuedAt: new Date(NOW.getTime() - issuedAgoMs),
        expiresAt: new Date(NOW.getTime() - issuedAgoMs + 60 * MIN),
        isDeleted: false,
        hasAccessToken: true,
        hasRefreshToken: true,
      },
    },
    NOW,
  );

/** A Testing sign-in `daysAgo` days before now: Google ends it 7 days after. */
const testing = (daysAgo: number): SignInRecord => {
  const signedAt = NOW.getTime() - daysAgo * DAY;
  return {
    version: 1,
    profile: 'Gmail',
    signedAt,
    endsAt: signedAt + TESTING_MS,
    mailGranted: true,
  };
};

/** The log's stop: Google refused the refresh, from half an hour after the Testing end on. */
function stoppedAfter(record: SignInRecord): HealthVerdict {
  const since = new Date((record.endsAt ?? 0) + 30 * MIN);
  return {
    state: 'stopped',
    kind: 'refresh-refused',
    since,
    headline: 'Stopped since the Testing end: Google refused the sign-in token',
    cause: 'Google refused to renew the sign-in token (invalid_grant).',
    fix: 'Sign in again choosing Consent.',
  };
}

function status(title: string, verdict: HealthVerdict, id?: string): TemplateResult {
  return html`<section class="state">
    <h3>${title}</h3>
    <tpgo-connection-status id=${ifDefined(id)} .verdict=${verdict}></tpgo-connection-status>
  </section>`;
}

export function pluginsStates(): TemplateResult {
  const ended = testing(9);
  return html`<h2>&lt;tpgo-connection-status&gt; with sign-in records (Settings &gt; Plugins)</h2>
    ${status('Connected, no record', connected(12 * MIN))}
    ${status(
      'Countdown: a Testing sign-in 4 days old',
      withLifetime(connected(12 * MIN), testing(4), 'granted', clock),
      'demo-plugins-countdown',
    )}
    ${status('Ends today', withLifetime(connected(12 * MIN), testing(6.9), 'granted', clock))}
    ${status(
      'The end passed, no stop logged yet',
      withLifetime(connected(90 * MIN), testing(7.05), 'granted', clock),
    )}
    ${status(
      'Certain, dated stop',
      withLifetime(stoppedAfter(ended), ended, 'granted', clock),
      'demo-plugins-stopped',
    )}
    ${status(
      'Missing Gmail permission (from the saved scope)',
      withLifetime(connected(12 * MIN), undefined, 'missing', clock),
      'demo-plugins-mail',
    )}
    ${status('A newer sign-in set no end: no warning', withLifetime(connected(12 * MIN), { ...testing(1), endsAt: null }, 'granted', clock))}`;
}
