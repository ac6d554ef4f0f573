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
} from '../rules/health.js';
import { readActivityLog, readProfile } from './health-answers.js';
import { healthText } from '../rules/health-messages.js';
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

/** The profile's verdict, 'not-google' for a profile without Google OAuth; never throws. */
export async function profileHealth(
  api: PluginsApi,
  name: string,
  errorMarks: () => Promise<readonly ErrorMark[]>,
): Promise<HealthVerdict | 'not-google'> {
  if (!isUsableProfileName(name)) return noHealthData();
  let facts: ReturnType<typeof readProfile>;
  try {
    // Read and dropped at once: the answer holds the token values, the facts do not.
    facts = readProfile(await api.profile(name));
  } catch (error) {
    return error instanceof AnswerTooLarge ? couldNotCheck() : noHealthData();
  }
  if (!facts) return noHealthData();
  if (!facts.isGoogle) return 'not-google';
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
