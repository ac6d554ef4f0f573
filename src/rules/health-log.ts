// The words of the host's activity log as the health rules read them: which known problem a
// logged message is, its text made safe to show, and how long ago or which day something was.
import { healthText as t, type HealthCause } from './health-messages.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Log text shown as is, but no longer than this. */
export const MAX_LOG_TEXT = 300;
/** The longest string looked at, whatever the host sends. */
export const MAX_INPUT = 8 * 1024;

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_INPUT) : '';
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
