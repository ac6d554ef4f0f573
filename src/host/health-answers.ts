// The plugin API's raw answers (docs/host.md §7) made plain facts for the health rules: .NET JSON dates
// (`\\/Date(ms)\\/`), .NET or camel-cased field names, padded levels. Everything read from the
// host is untrusted: odd shapes give nothing, never a throw. Token values are never read into
// anything this module returns: only whether they are there.
import {
  MAX_INPUT,
  healthVerdict,
  type ErrorMark,
  type HealthVerdict,
  type LogRecord,
  type OAuthStamps,
  type ProfileFacts,
} from '../rules/health.js';

/** Dates before this are .NET's "no date" (DateTime.MinValue) or nonsense. */
const EARLIEST = Date.UTC(2000, 0, 1);

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
    if (!profile?.stamps) return healthVerdict({}, now);
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
    return healthVerdict({}, now);
  }
}
