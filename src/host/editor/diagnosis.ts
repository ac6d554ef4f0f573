// The editor's diagnosis, loaded on first use (lazy.ts): what a saved Google profile's mail is
// doing (the health rules shared with Settings > Plugins), what a sign-in that did not finish
// means (the decoder), and what the editor's own messages mean. None of it is needed to type
// the two values, so a new profile's editor never loads it until something goes wrong.
import '../../elements/tpgo-signin-error.js';
import '../../elements/tpgo-connection-status.js';
import { healthText } from '../../rules/health-messages.js';
import { classifyLogMessage, type HealthVerdict } from '../../rules/health.js';
import { readErrorMarks } from '../health-answers.js';
import { decodeSignInError } from '../../rules/signin-errors.js';
import { PluginsApi } from '../plugin-api.js';
import { profileHealth } from '../profile-health.js';

/** One health read per profile and page: the editor re-renders, the answer does not change. */
const healthByProfile = new Map<string, Promise<HealthVerdict | 'not-google'>>();

export function editorProfileHealth(
  win: Window,
  name: string,
): Promise<HealthVerdict | 'not-google'> {
  let found = healthByProfile.get(name);
  if (!found) {
    const api = new PluginsApi(win);
    found = profileHealth(api, name, () => api.errors().then(readErrorMarks, () => []));
    healthByProfile.set(name, found);
  }
  return found;
}

/**
 * One line for a message the editor wrote: a sign-in error the decoder knows, or a logged mail
 * failure (Check connection runs a real login) the health rules know; '' for anything else.
 */
export function decodeEditorMessage(text: string): string {
  const diagnosis = decodeSignInError(text);
  if (diagnosis) return `${diagnosis.title}. ${diagnosis.fix}`;
  const cause = classifyLogMessage(text);
  if (cause === 'unknown') return '';
  const known = healthText.causes[cause];
  return `${known.what.charAt(0).toUpperCase()}${known.what.slice(1)}. ${known.fix}`;
}

export const diagnosisHelp = { decodeSignInError, decodeEditorMessage, editorProfileHealth };
