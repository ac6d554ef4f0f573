// The mailbox's health after Sign in: the profile's OAuthState stamps, its CheckActivityLogForErrors
// entry and its GetActivityLog records in (HOST.md §7), one verdict with a cause and a fix out.
// Everything read from the host is untrusted: odd shapes give "No recent data", never a throw.
// Token values are never read into anything this module returns: only whether they are there.
import { healthText as t, type HealthCause } from './health-messages.js';

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
/** Google's access tokens last an hour and each mail check renews an expired one (HOST.md §7). */
export const STALE_AFTER_MS = 2 * HOUR;
/** Testing status ends consent 7 days after sign-in; the first refusal comes at the next refresh. */
const SEVEN_DAYS_FROM = 6.5 * DAY;
const SEVEN_DAYS_TO = 8 * DAY;
/** Dates before this are .NET's "no date" (DateTime.MinValue) or nonsense. */
const EARLIEST = Date.UTC(2000, 0, 1);
/** Log text shown as is, but no longer than this. */
export const MAX_LOG_TEXT = 300;
/** The longest string looked at, whatever the host sends. */
const MAX_INPUT = 8 * 1024;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property by its .NET name, or the same name camel-cased. */
function field(object: Json, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(object, name)) return object[name];
  const camel = name.charAt(0).toLowerCase() + name.slice(1);
  return Object.prototype.hasOwnProperty.call(object, camel) ? object[camel] : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_INPUT) : '';
}

/**
 * A date as the host's JSON writes it: `/Date(ms)/` or `\/Date(ms)\/`, with or without a
 * `+hhmm`/`-hhmm` offset (the milliseconds are UTC either way; the offset only names the
 * writer's zone), or an ISO 8601 string. Undefined for anything else, and for .NET's empty
 * date (DateTime.MinValue) and other dates before 2000.
 */
export function parseDotNetDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const trimmed = value.trim();
  const dotNet = /^\\?\/Date\((-?\d{1,15})(?:[+-]\d{4})?\)\\?\/$/.exec(trimmed);
  let ms: number;
  if (dotNet) ms = Number(dotNet[1]);
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) ms = Date.parse(trimmed);
  else return undefined;
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > 8.64e15) return undefined;
  return new Date(ms);
}

/** "INFO " -> "INFO", "error" -> "ERROR"; '' for anything that is not a string. */
export function parseLevel(value: unknown): string {
  return text(value).trim().toUpperCase();
}

function present(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined;
}

/** The stamps of `Settings.OAuthState`; undefined when it is missing or not an object. */
export function readOAuthStamps(state: unknown): OAuthStamps | undefined {
  if (!isObject(state)) return undefined;
  const email = text(field(state, 'Email')).trim();
  const deleted = field(state, 'IsDeleted');
  return {
    ...(email ? { email } : {}),
    issuedAt: parseDotNetDate(field(state, 'AccessTokenIssueDateUtc')),
    expiresAt: parseDotNetDate(field(state, 'AccessTokenExpirationUtc')),
    isDeleted: deleted === true || deleted === 'true' || deleted === 'True',
    hasAccessToken: present(field(state, 'AccessToken')),
    hasRefreshToken: present(field(state, 'RefreshToken')),
  };
}

/** A profile GET's answer; undefined when it is not a profile. */
export function readProfile(body: unknown): ProfileFacts | undefined {
  if (!isObject(body)) return undefined;
  const name = text(field(body, 'Name'));
  const settings = field(body, 'Settings');
  if (!isObject(settings)) return undefined;
  const method = field(settings, 'SecureAccessMethod');
  const discover = text(field(settings, 'OAuthDiscoverUri'));
  const isGoogle =
    String(method) === '1' || /^https:\/\/accounts\.google\.com(?:\/|$)/i.test(discover.trim());
  const stamps = readOAuthStamps(field(settings, 'OAuthState'));
  return { name, isGoogle, ...(stamps ? { stamps } : {}) };
}

/** CheckActivityLogForErrors' answer: one entry per profile; odd entries are skipped. */
export function readErrorMarks(body: unknown): ErrorMark[] {
  if (!Array.isArray(body)) return [];
  const marks: ErrorMark[] = [];
  for (const entry of body.slice(0, 1000)) {
    if (!isObject(entry)) continue;
    const profileName = text(field(entry, 'ProfileName'));
    if (!profileName) continue;
    const exist = field(entry, 'ErrorsExist');
    const at = parseDotNetDate(field(entry, 'ErrorDate'));
    marks.push({
      profileName,
      errorsExist: exist === true || exist === 'true' || exist === 'True',
      ...(at ? { at } : {}),
      message: text(field(entry, 'ErrorMessage')),
    });
  }
  return marks;
}

/** GetActivityLog's answer `{"Records": [...]}`, newest first; odd records are skipped. */
export function readActivityLog(body: unknown): LogRecord[] {
  const list = isObject(body) ? field(body, 'Records') : undefined;
  if (!Array.isArray(list)) return [];
  const records: LogRecord[] = [];
  for (const entry of list.slice(0, 5000)) {
    if (!isObject(entry)) continue;
    const message = text(field(entry, 'Message'));
    const at = parseDotNetDate(field(entry, 'DateTime'));
    records.push({ ...(at ? { at } : {}), level: parseLevel(field(entry, 'Level')), message });
  }
  return records.sort((a, b) => (b.at?.getTime() ?? -Infinity) - (a.at?.getTime() ?? -Infinity));
}

// Most specific first: the first pattern found in the message decides.
const CAUSES: ReadonlyArray<readonly [HealthCause, RegExp]> = [
  ['token-deleted', /OAuth AccessToken was deleted/i],
  [
    'no-refresh-token',
    /refresh_token is only provided|no refresh token|remove access for your app/i,
  ],
  [
    'refresh-refused',
    /invalid_grant|\(400\) Bad Request|AccessTokenFailedResponse|sending a direct message or getting the response|Token has been expired or revoked/i,
  ],
  [
    'login-failed',
    /Cannot login|authenticat(?:e|ion) failed|AUTHENTICATIONFAILED|Invalid credentials/i,
  ],
  [
    'server-unreachable',
    /No such host|could not be resolved|Name or service not known|actively refused|connection attempt failed|Unable to connect|SocketException|timed? ?out|host is unreachable|network is unreachable/i,
  ],
];

/** Which known problem a logged message is; 'unknown' when none. */
export function classifyLogMessage(message: string): HealthCause {
  const source = text(message);
  for (const [cause, pattern] of CAUSES) if (pattern.test(source)) return cause;
  return 'unknown';
}

// A log line that dates a sign-in, should the records hold one.
const SIGN_IN = /\b(?:signed in|sign-in completed|AccessToken (?:received|obtained|issued))\b/i;

/**
 * Log text made safe to show: control and bidirectional-format characters out, runs of white
 * space as one space, anything that looks like a Google token hidden, at most MAX_LOG_TEXT.
 */
export function cleanLogText(value: string): string {
  const cleaned = text(value)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/ya29\.[\w.-]+|1\/\/[\w.-]{10,}|[\w-]{40,}/g, '[hidden]')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_LOG_TEXT ? `${cleaned.slice(0, MAX_LOG_TEXT - 1)}…` : cleaned;
}

/** "just now", "12 min ago", "3 hours ago", "2 days ago": how long before `now`. */
export function timeAgo(then: Date, now: Date): string {
  const ms = Math.max(0, now.getTime() - then.getTime());
  if (ms < MINUTE) return t.ago.justNow;
  if (ms < HOUR) return t.ago.minutes(Math.floor(ms / MINUTE));
  if (ms < 2 * DAY) return t.ago.hours(Math.floor(ms / HOUR));
  return t.ago.days(Math.floor(ms / DAY));
}

/** "28 Nov", with the year when it is not `now`'s (the admin's own time zone). */
export function formatDay(date: Date, now: Date): string {
  const day = `${date.getDate()} ${t.months[date.getMonth()]!}`;
  return date.getFullYear() === now.getFullYear() ? day : `${day} ${date.getFullYear()}`;
}

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
    if (!isObject(facts) || !(now instanceof Date) || Number.isNaN(now.getTime())) return noData();
    return judge(facts, now);
  } catch {
    return noData();
  }
}

/**
 * The verdict straight from the host's answers (each may be anything): the profile GET's body,
 * CheckActivityLogForErrors' body and GetActivityLog's body (undefined when not read).
 */
export function healthFromAnswers(
  answers: { profile: unknown; marks?: unknown; log?: unknown },
  now: Date,
): HealthVerdict {
  try {
    const profile = readProfile(answers.profile);
    if (!profile?.stamps) return noData();
    const mark = readErrorMarks(answers.marks).find(
      (entry) => entry.profileName.toLowerCase() === profile.name.toLowerCase(),
    );
    return healthVerdict(
      {
        stamps: profile.stamps,
        ...(mark ? { mark } : {}),
        ...(answers.log === undefined ? {} : { records: readActivityLog(answers.log) }),
      },
      now,
    );
  } catch {
    return noData();
  }
}
