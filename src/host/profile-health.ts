// One Email Integration profile's health, read from the page's own API (docs/host.md §7): its GET for
// the token stamps (the token values are dropped at once), the plugin's latest error marks, and
// the error log only when the profile looks stopped. Used by the Plugins page and the editor.
import {
  healthVerdict,
  needsLog,
  type ErrorMark,
  type HealthFacts,
  type HealthVerdict,
  type LogRecord,
  type OAuthStamps,
} from '../rules/health.js';
import { readActivityLog, readProfile } from './health-answers.js';
import { healthText } from '../rules/health-messages.js';
import { mailPermissionOf, type MailPermission } from '../rules/lifetime.js';
import { AnswerTooLarge, isUsableProfileName, type PluginsApi } from './plugin-api.js';

export const noHealthData = (): HealthVerdict => healthVerdict({}, new Date());

/** A profile the page did not ask about (past the cap, or a name no address can hold). */
export const notChecked = (cap: number): HealthVerdict => ({
  state: 'no-data',
  kind: 'no-data',
  headline: healthText.notChecked(cap),
  cause: healthText.notCheckedCause,
  fix: healthText.noDataFix,
});

/** A profile whose answer was over the byte cap: said so, never a guess. */
export const couldNotCheck = (): HealthVerdict => ({
  state: 'no-data',
  kind: 'no-data',
  headline: healthText.couldNotCheck,
  cause: healthText.couldNotCheckCause,
  fix: healthText.noDataFix,
});

/** What a Google profile's GET said of its sign-in: the stamps and the granted Gmail permission. */
export interface SignInSeen {
  readonly stamps?: OAuthStamps | undefined;
  readonly mail: MailPermission;
}

/** `Settings.OAuthState.Scope` as the Gmail permission; 'unknown' for any odd shape. */
function mailOf(body: unknown): MailPermission {
  try {
    const settings = (body as { Settings?: { OAuthState?: unknown } } | null)?.Settings;
    return mailPermissionOf(settings?.OAuthState);
  } catch {
    return 'unknown';
  }
}

/**
 * The profile's verdict, 'not-google' for a profile without Google OAuth; never throws.
 * `seen` hears a Google profile's stamps and granted permission (never a token value).
 */
export async function profileHealth(
  api: PluginsApi,
  name: string,
  errorMarks: () => Promise<readonly ErrorMark[]>,
  seen?: (signIn: SignInSeen) => void,
): Promise<HealthVerdict | 'not-google'> {
  if (!isUsableProfileName(name)) return noHealthData();
  let facts: ReturnType<typeof readProfile>;
  let mail: MailPermission;
  try {
    // Read and dropped at once: the answer holds the token values, the facts do not.
    const body = await api.profile(name);
    facts = readProfile(body);
    mail = mailOf(body);
  } catch (error) {
    return error instanceof AnswerTooLarge ? couldNotCheck() : noHealthData();
  }
  if (!facts) return noHealthData();
  if (!facts.isGoogle) return 'not-google';
  seen?.({ stamps: facts.stamps, mail });
  if (!facts.stamps) return noHealthData();
  const key = name.toLowerCase();
  const mark = (await errorMarks()).find((entry) => entry.profileName.toLowerCase() === key);
  const base: HealthFacts = { stamps: facts.stamps, ...(mark ? { mark } : {}) };
  let records: LogRecord[] | undefined;
  if (needsLog(base, new Date())) {
    try {
      records = readActivityLog(await api.log(name, new Date()));
    } catch {
      // Judged on the stamps and the error mark alone (an over-size log is not read either).
    }
  }
  return healthVerdict({ ...base, ...(records ? { records } : {}) }, new Date());
}
