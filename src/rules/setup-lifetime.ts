// The editor's lifetime line beside Sign in, from the interaction's facts (setup-interaction.ts):
// what Google's token answer said during the sign-in followed here, else what Targetprocess
// remembers of the saved profile (its record, its OAuthState.Scope). Pure; the clock is given.
// It lives in the lifetime chunk (lazy.ts): the snapshot carries its findings to setupState.
import type { Finding } from './finding.js';
import type { HealthVerdict } from './health.js';
import {
  endFinding,
  endReason,
  formatDay,
  lifetimeVerdict,
  mailMissingFinding,
  readLifetime,
  signInFindings,
  type Lifetime,
  type LocalClock,
} from './lifetime.js';
import { lifetimeText as t } from './lifetime-messages.js';
import type { SavedLifetime, TokenExchange } from './setup-interaction.js';

export interface LifetimeFacts {
  readonly tokenExchanges: readonly TokenExchange[];
  readonly saved: SavedLifetime | null;
  readonly health: HealthVerdict | null;
}

/** The newest exchange that came with a token answer, as a lifetime. */
function freshLifetime(exchanges: readonly TokenExchange[]): Lifetime | undefined {
  const last = exchanges[exchanges.length - 1];
  if (!last) return undefined;
  return readLifetime({
    signedInAt: new Date(last.at),
    refreshTokenExpiresIn: last.facts.refreshTokenExpiresIn,
    scope: last.facts.scope,
    gotRefreshToken: last.facts.gotRefreshToken,
  });
}

/** A saved record's end as the line beside Sign in; the stop is dated once the mailbox stopped. */
function savedEnd(
  record: NonNullable<SavedLifetime['record']>,
  health: HealthVerdict | null,
  clock: LocalClock,
): Finding | undefined {
  if (record.endsAt === null) return undefined;
  const seconds = (record.endsAt - record.signedAt) / 1000;
  const lifetime: Lifetime = {
    signedAt: new Date(record.signedAt),
    endsAt: new Date(record.endsAt),
    reason: endReason(seconds),
    mailGranted: record.mailGranted,
    gotRefreshToken: true,
  };
  const end = endFinding(lifetime, clock);
  if (!end) return undefined;
  const ended = lifetimeVerdict(lifetime.endsAt, clock).kind === 'ended';
  const since = health?.state === 'stopped' ? health.since?.getTime() : undefined;
  // Certain only when the mailbox stopped at (or after) the end, not for an older cause.
  if (ended && since !== undefined && since >= record.endsAt - 10 * 60_000) {
    const day = formatDay(lifetime.endsAt!, clock, false);
    return { ...end, message: t.statusStopped(day, lifetime.reason ?? 'limited') };
  }
  // A stopped mailbox whose end is still ahead stopped for another reason: the health says it.
  if (!ended && health?.state === 'stopped') return undefined;
  return end;
}

/**
 * The findings beside Sign in, worst first; null when there is nothing to say. A sign-in made
 * here speaks first (with a quiet confirmation when all is well); a saved profile only warns.
 */
export function lifetimeLine(facts: LifetimeFacts, clock: LocalClock): readonly Finding[] | null {
  const fresh = freshLifetime(facts.tokenExchanges);
  if (fresh) return signInFindings(fresh, clock);
  const saved = facts.saved;
  if (!saved) return null;
  const findings: Finding[] = [];
  const mailMissing = saved.mail === 'missing' || (saved.record && !saved.record.mailGranted);
  if (mailMissing && saved.mail !== 'granted') findings.push(mailMissingFinding());
  const end = saved.record ? savedEnd(saved.record, facts.health, clock) : undefined;
  if (end) findings.push(end);
  return findings.length > 0 ? findings : null;
}
