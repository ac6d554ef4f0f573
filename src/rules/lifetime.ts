// A sign-in's lifetime, from what Google's token answer said at Sign in (docs/google.md "What the token
// response tells at Sign in"): when Google ends it (or that it set no end), whether the Gmail
// permission was granted, and the verdict at a given moment, counted in the admin's own calendar
// days. Pure and DOM-free; dates are formatted with Intl in an injectable time zone and locale.
import type { Finding } from './finding.js';
import { lifetimeText as t, type EndReason } from './lifetime-messages.js';

export type { EndReason };

/** The permission IMAP and POP need (the editor asks for it without the final slash). */
export const MAIL_SCOPE = 'https://mail.google.com/';
const SECOND = 1000;
const DAY = 86_400 * SECOND;
/** Testing ends consent after 7 days: Google answers 604799 s (7 days less a second). */
export const TESTING_SECONDS = 7 * 86_400;
/** Longer than any grant Google gives; a larger value is nonsense and ignored. */
const MAX_SECONDS = 400 * 86_400;
const EARLIEST = Date.UTC(2000, 0, 1);

/** What the token watch saw at Sign in (never a token value). */
export interface SignInFacts {
  readonly signedInAt: Date;
  /** `refresh_token_expires_in`, seconds; undefined when the answer had none. */
  readonly refreshTokenExpiresIn?: number | undefined;
  /** The granted `scope`, space-separated. */
  readonly scope: string;
  readonly gotRefreshToken: boolean;
}

export interface Lifetime {
  readonly signedAt: Date;
  /** Null: Google set no end (not a promise: revoking or a password change still ends it). */
  readonly endsAt: Date | null;
  /** Why there is an end; null when there is none. */
  readonly reason: EndReason | null;
  readonly mailGranted: boolean;
  readonly gotRefreshToken: boolean;
}

/** Where and how the admin reads dates. Undefined time zone: the browser's own. */
export interface LocalClock {
  readonly now: Date;
  readonly timeZone?: string | undefined;
  /** Only the format of the date; the words stay English. Default en-GB ("Mon 14 Dec"). */
  readonly locale?: string | undefined;
}

export type LifetimeVerdict =
  | { readonly kind: 'no-end' }
  | { readonly kind: 'ends'; readonly endsAt: Date; readonly days: number }
  | { readonly kind: 'ends-today'; readonly endsAt: Date }
  | { readonly kind: 'ended'; readonly endsAt: Date };

const validDate = (date: unknown): date is Date =>
  date instanceof Date && Number.isFinite(date.getTime()) && date.getTime() >= EARLIEST;

/** Whether a granted scope string holds the Gmail permission (with or without its slash). */
export function hasMailScope(scope: unknown): boolean {
  if (typeof scope !== 'string') return false;
  return scope
    .slice(0, 8192)
    .split(/\s+/)
    .some((part) => part === MAIL_SCOPE || part === 'https://mail.google.com');
}

/** 7 days (give or take the second Google takes off) is Testing; any other length a limited grant. */
export function endReason(seconds: number): EndReason {
  return seconds >= TESTING_SECONDS - 12 * 3600 && seconds <= TESTING_SECONDS + 60
    ? 'testing'
    : 'limited';
}

/** Seconds as Google sends them (a number; a numeric string is taken too); undefined otherwise. */
export function readExpiresIn(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,10}$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= MAX_SECONDS
    ? Math.floor(n)
    : undefined;
}

/** The lifetime of a sign-in; undefined when its time is not a real date. */
export function readLifetime(facts: SignInFacts): Lifetime | undefined {
  if (!validDate(facts.signedInAt)) return undefined;
  const seconds = readExpiresIn(facts.refreshTokenExpiresIn);
  return {
    signedAt: facts.signedInAt,
    endsAt: seconds === undefined ? null : new Date(facts.signedInAt.getTime() + seconds * SECOND),
    reason: seconds === undefined ? null : endReason(seconds),
    mailGranted: hasMailScope(facts.scope),
    gotRefreshToken: facts.gotRefreshToken === true,
  };
}

export type MailPermission = 'granted' | 'missing' | 'unknown';

/**
 * A saved profile's `Settings.OAuthState` (docs/host.md §5, §7): its `Scope` is what Google granted.
 * `unknown` when there is no state or no scope in it (nothing to say), never a guess.
 */
export function mailPermissionOf(oauthState: unknown): MailPermission {
  if (typeof oauthState !== 'object' || oauthState === null) return 'unknown';
  const state = oauthState as Record<string, unknown>;
  const own = (name: string) =>
    Object.prototype.hasOwnProperty.call(state, name) ? state[name] : undefined;
  const scope = own('Scope') ?? own('scope');
  if (typeof scope !== 'string' || scope.trim() === '') return 'unknown';
  return hasMailScope(scope) ? 'granted' : 'missing';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: string | undefined,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const id = `${locale ?? ''}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let made = formatters.get(id);
  if (!made) {
    try {
      made = new Intl.DateTimeFormat(locale ?? 'en-GB', { ...options, timeZone });
    } catch {
      // An unknown zone or locale: the browser's own zone, the default format.
      made = new Intl.DateTimeFormat('en-GB', options);
    }
    formatters.set(id, made);
  }
  return made;
}

/** The date's calendar day in the zone, as a day count since 1970-01-01. */
export function localDay(date: Date, timeZone?: string): number {
  const parts = formatter('en-US', timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Math.round(Date.UTC(part('year'), part('month') - 1, part('day')) / DAY);
}

/** Calendar days from `from` to `to` in the zone: midnight counts, hours do not. */
export function calendarDaysBetween(from: Date, to: Date, timeZone?: string): number {
  return localDay(to, timeZone) - localDay(from, timeZone);
}

/** "Mon 14 Dec" (with `weekday`) or "14 Dec", in the admin's zone. */
export function formatDay(date: Date, clock: Omit<LocalClock, 'now'>, weekday = true): string {
  return formatter(clock.locale, clock.timeZone, {
    ...(weekday ? { weekday: 'short' as const } : {}),
    day: 'numeric',
    month: 'short',
  }).format(date);
}

/** Ends in N days / ends today / ended / no end, at `clock.now`. */
export function lifetimeVerdict(endsAt: Date | null, clock: LocalClock): LifetimeVerdict {
  if (endsAt === null || !validDate(endsAt)) return { kind: 'no-end' };
  if (endsAt.getTime() <= clock.now.getTime()) return { kind: 'ended', endsAt };
  const days = calendarDaysBetween(clock.now, endsAt, clock.timeZone);
  return days <= 0 ? { kind: 'ends-today', endsAt } : { kind: 'ends', endsAt, days };
}

/** The error line for a sign-in (or saved profile) without the Gmail permission. */
export function mailMissingFinding(): Finding {
  return {
    code: 'lifetime/mail-missing',
    severity: 'error',
    message: t.mailMissing,
    fix: t.mailMissingFix,
    details: t.mailMissingDetails.join(' '),
  };
}

/** The line for an end date: a warning while it is ahead, an error once it has passed. */
export function endFinding(lifetime: Lifetime, clock: LocalClock): Finding | undefined {
  const verdict = lifetimeVerdict(lifetime.endsAt, clock);
  if (verdict.kind === 'no-end') return undefined;
  const reason = lifetime.reason ?? 'limited';
  const day = formatDay(verdict.endsAt, clock);
  const fix = reason === 'testing' ? t.endsFix : t.endsLimitedFix;
  const details = reason === 'testing' ? t.endsDetails.join(' ') : undefined;
  const message =
    verdict.kind === 'ended'
      ? t.ended(day, reason)
      : t.ends(day, verdict.kind === 'ends' ? verdict.days : 0, reason);
  return {
    code: verdict.kind === 'ended' ? 'lifetime/ended' : 'lifetime/ends',
    severity: verdict.kind === 'ended' ? 'error' : 'warning',
    message,
    fix,
    ...(details ? { details } : {}),
  };
}

/**
 * The lines beside Sign in, worst first: the missing Gmail permission, the end date; when
 * neither, one quiet info-level confirmation (never a warning).
 */
export function signInFindings(lifetime: Lifetime, clock: LocalClock): Finding[] {
  const findings: Finding[] = [];
  if (!lifetime.mailGranted) findings.push(mailMissingFinding());
  const end = endFinding(lifetime, clock);
  if (end) findings.push(end);
  if (findings.length === 0) {
    findings.push({ code: 'lifetime/no-end', severity: 'info', message: t.noEnd, fix: t.noEndFix });
  }
  return findings;
}
