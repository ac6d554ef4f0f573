// The words about a sign-in's lifetime: what Google said at Sign in (an end date, the Gmail
// permission) beside Sign in, and the same on Settings > Plugins. Facts: docs/google.md "What the token
// response tells at Sign in", "Audience, publishing status" and "prompt, refresh tokens".
import { CONSOLE, PERMISSIONS_URL } from './setup-messages.js';

/** Google Auth Platform > Audience: where "Publish app" is. */
export const AUDIENCE_URL = CONSOLE.consent;
export { PERMISSIONS_URL };

/** Why Google set an end: Testing (its 7 days) or a time-limited grant of another length. */
export type EndReason = 'testing' | 'limited';

/** "in 3 days", "tomorrow", "today". */
export const inDays = (days: number): string =>
  days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;

const becauseOf = (reason: EndReason) =>
  reason === 'testing' ? 'the app is in Testing' : 'access was granted for a limited time';

export const lifetimeText = {
  /** "Google ends this sign-in on Mon 14 Dec (in 7 days): the app is in Testing" */
  ends: (day: string, days: number, reason: EndReason) =>
    `Google ends this sign-in on ${day} (${inDays(days)}): ${becauseOf(reason)}`,
  ended: (day: string, reason: EndReason) =>
    `Google ended this sign-in on ${day}: ${becauseOf(reason)}`,
  endsFix:
    'Publish the app (Google Auth Platform > Audience > Publish app), then Sign out and Sign in again choosing Consent.',
  endsLimitedFix:
    'Sign out and Sign in again choosing Consent, and grant access without a time limit.',
  endsDetails: [
    'While an External app is in Testing, Google ends each consent 7 days after it is given, refresh token included: mail checks stop then.',
    'A sign-in made while the app was in Testing keeps its 7 days after publishing: sign in again once the app is In production.',
    `Publish it at ${AUDIENCE_URL}.`,
  ],

  mailMissing: "The Gmail permission was not ticked on Google's screen: mail checks will fail",
  mailMissingFix:
    'Sign out, then Sign in again and tick “Read, compose, send, and permanently delete all your email from Gmail”.',
  mailMissingDetails: [
    'Without https://mail.google.com/ every IMAP or POP login is refused.',
    `If Google does not show the box again, remove the app's access at ${PERMISSIONS_URL} first.`,
  ],

  /** The link beside the fix to publish the app. */
  audienceLink: 'Open Google Auth Platform > Audience',
  /** Beside Sign in after a sign-in: still true once it is saved. */
  keptOnSave: 'Targetprocess keeps a sign-in only once the profile is saved.',

  /** The quiet confirmation: no end set, the mail permission granted. */
  noEnd: 'Google set no end date for this sign-in, and the Gmail permission was granted',
  noEndFix: 'Nothing to do.',

  /** Settings > Plugins: "Connected: Google ends this sign-in on 14 Dec, in 3 days" */
  statusEnds: (day: string, days: number) =>
    `Connected: Google ends this sign-in ${days <= 0 ? `today, ${day}` : `on ${day}, ${inDays(days)}`}`,
  /** Settings > Plugins: the end has passed, no error logged yet. */
  statusEndPassed: (day: string) =>
    `Connected, but Google ended this sign-in on ${day}: the next token refresh will fail`,
  /** Settings > Plugins, after the end, once the mailbox has stopped. */
  statusStopped: (day: string, reason: EndReason) =>
    reason === 'testing'
      ? `Stopped on ${day}: the 7-day Testing sign-in ended`
      : `Stopped on ${day}: the time-limited sign-in ended`,
  statusMailMissing: 'The Gmail permission is missing: Sign in again and tick it',
} as const;
