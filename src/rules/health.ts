// The mailbox's health after Sign in: the profile's OAuthState stamps, its CheckActivityLogForErrors
// entry and its GetActivityLog records in, as plain facts (host/health-answers.ts reads them from
// the host's .NET JSON), one verdict with a cause and a fix out. Odd facts give "No recent data",
// never a throw.
// Token values are never read into anything this module returns: only whether they are there.
import { healthText as t, type HealthCause } from './health-messages.js';
import { classifyLogMessage, cleanLogText, formatDay, timeAgo } from './health-log.js';

export {
  MAX_INPUT,
  MAX_LOG_TEXT,
  classifyLogMessage,
  cleanLogText,
  formatDay,
  timeAgo,
} from './health-log.js';

export type HealthState = 'connected' | 'stopped' | 'no-data';

export interface HealthVerdict {
  readonly state: HealthState;
  /** What the verdict is about: a cause when stopped. */
  readonly kind: HealthCause | 'connected' | 'no-data';
  /** Connected: the last refresh; stopped: the first error of this kind (when dated). */
  readonly since?: Date;
  /** One short sentence, the compact status: "Connected: token refreshed 12 min ago". */
  readonly headline: string;
  readonly cause: string;
  /** One short sentence. */
  readonly fix: string;
  readonly details?: readonly string[];
}

/** What the profile's `Settings.OAuthState` says, token values left out. */
export interface OAuthStamps {
  readonly email?: string;
  readonly issuedAt?: Date;
  readonly expiresAt?: Date;
  readonly isDeleted: boolean;
  readonly hasAccessToken: boolean;
  readonly hasRefreshToken: boolean;
}

/** A profile as the health rules see it. */
export interface ProfileFacts {
  readonly name: string;
  /** Google OAuth selected (`SecureAccessMethod` 1, or a Google discovery URI). */
  readonly isGoogle: boolean;
  /** Undefined when the profile has no OAuthState (never signed in). */
  readonly stamps?: OAuthStamps;
}

/** One profile's entry in CheckActivityLogForErrors: the latest error ever logged. */
export interface ErrorMark {
  readonly profileName: string;
  readonly errorsExist: boolean;
  readonly at?: Date;
  readonly message: string;
}

export interface LogRecord {
  readonly at?: Date;
  /** Trimmed and upper-cased: the host pads it ("INFO "). */
  readonly level: string;
  readonly message: string;
}

export interface HealthFacts {
  readonly stamps?: OAuthStamps;
  readonly mark?: ErrorMark;
  /** Undefined when the log was not read (or could not be). */
  readonly records?: readonly LogRecord[];
  /** When the last sign-in is known some other way than the records. */
  readonly signedInAt?: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Google's access tokens last an hour and each mail check renews an expired one (docs/host.md §7). */
export const STALE_AFTER_MS = 2 * HOUR;
/** Testing status ends consent 7 days after sign-in; the first refusal comes at the next refresh. */
const SEVEN_DAYS_FROM = 6.5 * DAY;
const SEVEN_DAYS_TO = 8 * DAY;

// A log line that dates a sign-in, should the records hold one.
const SIGN_IN = /\b(?:signed in|sign-in completed|AccessToken (?:received|obtained|issued))\b/i;

function formatTime(date: Date, now: Date): string {
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${formatDay(date, now)} ${hh}:${mm}`;
}

const isError = (record: LogRecord) =>
  record.level === 'ERROR' || record.level === 'FATAL' || record.level === '';

/** The errors that came after the last refresh (all of them when it is not known), newest first. */
function errorsSince(facts: HealthFacts): LogRecord[] {
  const refreshed = facts.stamps?.issuedAt?.getTime();
  const fromLog = facts.records?.filter(isError);
  const fromMark =
    facts.mark?.errorsExist && facts.mark.message.trim()
      ? [
          {
            ...(facts.mark.at ? { at: facts.mark.at } : {}),
            level: 'ERROR',
            message: facts.mark.message,
          },
        ]
      : [];
  const errors = fromLog && fromLog.length > 0 ? fromLog : fromMark;
  if (refreshed === undefined) return errors;
  return errors.filter((record) => record.at !== undefined && record.at.getTime() > refreshed);
}

/**
 * Whether the profile looks stopped on its stamps and error mark alone, so that reading its
 * activity log is worth a request: signed in with a refresh token, and either the last refresh is
 * older than two hours or an error came after it.
 */
export function needsLog(facts: HealthFacts, now: Date): boolean {
  try {
    const stamps = facts.stamps;
    if (!stamps || stamps.isDeleted || !stamps.hasRefreshToken) return false;
    const refreshed = stamps.issuedAt?.getTime();
    if (refreshed === undefined || now.getTime() - refreshed > STALE_AFTER_MS) return true;
    const mark = facts.mark;
    return !!mark?.errorsExist && (mark.at === undefined || mark.at.getTime() > refreshed);
  } catch {
    return false;
  }
}

function noData(details?: readonly string[]): HealthVerdict {
  return {
    state: 'no-data',
    kind: 'no-data',
    headline: t.noData,
    cause: t.noDataCause,
    fix: t.noDataFix,
    ...(details && details.length > 0 ? { details } : {}),
  };
}

function stopped(
  kind: HealthCause,
  now: Date,
  since: Date | undefined,
  extra: { cause?: string; fix?: string; details?: string[] } = {},
): HealthVerdict {
  const known = t.causes[kind];
  const details = extra.details ?? [];
  return {
    state: 'stopped',
    kind,
    ...(since ? { since } : {}),
    headline: since ? t.stoppedSince(formatDay(since, now), known.what) : t.stopped(known.what),
    cause: extra.cause ?? known.cause,
    fix: extra.fix ?? known.fix,
    ...(details.length > 0 ? { details } : {}),
  };
}

function signedInAt(facts: HealthFacts, before: Date): Date | undefined {
  if (facts.signedInAt) return facts.signedInAt;
  return facts.records?.find(
    (record) => record.at && record.at.getTime() < before.getTime() && SIGN_IN.test(record.message),
  )?.at;
}

function refused(
  facts: HealthFacts,
  now: Date,
  first: LogRecord,
  latest: LogRecord,
): HealthVerdict {
  const details: string[] = [];
  const signedIn = first.at ? signedInAt(facts, first.at) : undefined;
  const gap = signedIn && first.at ? first.at.getTime() - signedIn.getTime() : undefined;
  if (signedIn && first.at && gap !== undefined && gap >= SEVEN_DAYS_FROM && gap <= SEVEN_DAYS_TO) {
    details.push(t.refusedSevenDays(formatTime(signedIn, now), formatTime(first.at, now)));
    details.push(t.logSays(cleanLogText(latest.message)));
    return stopped('refresh-refused', now, first.at, {
      cause: t.refusedSevenDays(formatDay(signedIn, now), formatDay(first.at, now)),
      fix: t.refusedSevenDaysFix,
      details,
    });
  }
  details.push(...t.refusedCauses);
  if (!signedIn) details.push(t.refusedUndated);
  if (first.at) details.push(t.firstErrorAt(formatTime(first.at, now)));
  if (facts.stamps?.issuedAt) details.push(t.lastRefreshAt(formatTime(facts.stamps.issuedAt, now)));
  details.push(t.logSays(cleanLogText(latest.message)));
  return stopped('refresh-refused', now, first.at, { fix: t.refusedCheckFirst, details });
}

function judge(facts: HealthFacts, now: Date): HealthVerdict {
  const stamps = facts.stamps;
  if (!stamps) return noData();
  const errors = errorsSince(facts);
  const latest = errors[0];

  if (stamps.isDeleted) {
    const deleted = errors.filter((r) => classifyLogMessage(r.message) === 'token-deleted');
    return stopped('token-deleted', now, deleted.at(-1)?.at ?? latest?.at);
  }
  if (latest) {
    const kind = classifyLogMessage(latest.message);
    // The first of the run: the oldest error of the same kind since the last refresh.
    const same = errors.filter((record) => classifyLogMessage(record.message) === kind);
    const first = same.at(-1) ?? latest;
    if (kind === 'refresh-refused') return refused(facts, now, first, latest);
    const details: string[] = [];
    if (first.at) details.push(t.firstErrorAt(formatTime(first.at, now)));
    details.push(t.logSays(cleanLogText(latest.message)));
    if (kind === 'no-refresh-token') details.unshift(t.noRefreshTokenWhy);
    return stopped(kind, now, first.at, { details });
  }
  if (!stamps.hasRefreshToken) {
    const expires = stamps.expiresAt;
    const details: string[] = [t.noRefreshTokenWhy];
    if (expires && expires.getTime() > now.getTime())
      details.push(t.noRefreshTokenUntil(formatTime(expires, now)));
    return stopped(
      'no-refresh-token',
      now,
      expires && expires.getTime() <= now.getTime() ? expires : undefined,
      { details },
    );
  }
  const refreshed = stamps.issuedAt;
  if (refreshed && now.getTime() - refreshed.getTime() <= STALE_AFTER_MS) {
    return {
      state: 'connected',
      kind: 'connected',
      since: refreshed,
      headline: t.connected(timeAgo(refreshed, now)),
      cause: t.lastRefreshAt(formatTime(refreshed, now)),
      fix: '',
    };
  }
  if (refreshed && facts.records !== undefined)
    return noData([t.staleNoErrors(timeAgo(refreshed, now))]);
  return noData();
}

/** The verdict for one profile; "No recent data" for anything it cannot read, never a throw. */
export function healthVerdict(facts: HealthFacts, now: Date): HealthVerdict {
  try {
    if (
      typeof facts !== 'object' ||
      facts === null ||
      !(now instanceof Date) ||
      Number.isNaN(now.getTime())
    )
      return noData();
    return judge(facts, now);
  } catch {
    return noData();
  }
}
