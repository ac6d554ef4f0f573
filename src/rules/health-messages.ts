// The catalog for the mailbox's health after Sign in (Settings > Plugins, and the editor's Sign in
// prompt choice): every word the health rules say, each verdict with what to do about it.
// Facts: docs/host.md §6 and §7, docs/google.md "prompt, refresh tokens and what happens a week later".

import { PERMISSIONS_URL } from './setup-messages.js';

export { PERMISSIONS_URL };

/** What a health verdict can be about. */
export type HealthCause =
  | 'refresh-refused'
  | 'no-refresh-token'
  | 'login-failed'
  | 'server-unreachable'
  | 'token-deleted'
  | 'unknown';

export interface CauseText {
  /** Ends the headline: "Stopped since 28 Nov: <what>". */
  readonly what: string;
  /** Why, in one or two sentences. */
  readonly cause: string;
  /** The one action that fixes it, one short sentence. */
  readonly fix: string;
}

/** A verdict's cause: the end of its headline, why, and the one fix. */
const because = (what: string, cause: string, fix: string): CauseText => ({ what, cause, fix });

/** A sign-in error: Google's code and words, then why and what to do. */
const diagnosis = (title: string, cause: string, fix: string) => ({ title, cause, fix });

export const healthText = {
  connected: (ago: string) => `Connected: token refreshed ${ago}`,
  stoppedSince: (day: string, what: string) => `Stopped since ${day}: ${what}`,
  stopped: (what: string) => `Stopped: ${what}`,
  noData: 'No recent data',
  noDataCause: 'Neither the profile nor the log says if recent mail checks worked.',
  noDataFix: 'Open the profile and click Check connection.',
  notChecked: (cap: number) => `Not checked: only the first ${cap} profiles are checked`,
  notCheckedCause: 'This page checks a limited number of profiles, in list order, per visit.',
  couldNotCheck: 'Could not check: the answer was too large',
  couldNotCheckCause: 'Targetprocess answered with more than 2 MB, so it was not read.',
  staleNoErrors: (ago: string) =>
    `Token last refreshed ${ago}, no error since: the profile may be off or not checking mail.`,
  disclosure: 'Why and how to fix',
  statusLabel: 'Mail connection',
  logSays: (text: string) => `The activity log says: “${text}”`,
  firstErrorAt: (when: string) => `First error in the log: ${when}.`,
  lastRefreshAt: (when: string) => `Token last refreshed: ${when}.`,

  ago: {
    justNow: 'just now',
    minutes: (n: number) => `${n} min ago`,
    hours: (n: number) => (n === 1 ? '1 hour ago' : `${n} hours ago`),
    days: (n: number) => (n === 1 ? '1 day ago' : `${n} days ago`),
  },
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],

  causes: {
    'refresh-refused': because(
      'Google refused the sign-in token',
      'Google answered the refresh with invalid_grant: the consent has ended.',
      'Find the cause below, then Sign in again choosing Consent.',
    ),
    'no-refresh-token': because(
      'Google gave no refresh token',
      'Without it the hour-long access token cannot be renewed.',
      `Remove the app's access at ${PERMISSIONS_URL}, then Sign in again choosing Consent.`,
    ),
    // 2025's Google (docs/google.md, "IMAP and POP"): personal Gmail's IMAP is always on; in Google
    // Workspace the admin turns IMAP on per organizational unit and may allow only listed OAuth
    // client IDs. Said in that order: the first rules out what older guides send people to do.
    'login-failed': because(
      'the mail server refused the login',
      'The token works, the login does not. Personal Gmail always has IMAP on (only POP needs “Enable POP”). ' +
        'In Google Workspace the admin turns IMAP on per organizational unit (Admin console > Apps > Google Workspace > Gmail > End User Access > POP and IMAP access), ' +
        'and may allow only listed OAuth client IDs there. Else Login names another mailbox than Sign in used.',
      'In Google Workspace, ask the admin to allow IMAP and this Client ID; else check Sign in used this mailbox.',
    ),
    'server-unreachable': because(
      'the mail server cannot be reached',
      'Targetprocess could not connect to it.',
      'Check the server name and port (imap.gmail.com 993, pop.gmail.com 995, SSL on).',
    ),
    'token-deleted': because(
      'the sign-in token was removed',
      'The log says “OAuth AccessToken was deleted”.',
      'Open the profile and Sign in again choosing Consent.',
    ),
    unknown: because(
      'the last mail check failed',
      'The log holds an error the assistant does not know.',
      'Read the log text below, then click Check connection in the profile.',
    ),
  } satisfies Record<HealthCause, CauseText>,

  /** Refresh refused: the causes, most likely first (docs/google.md). */
  refusedCauses: [
    'External app in Testing: consent ends 7 days after sign-in. Publish it, then Sign in again choosing Consent.',
    `The mailbox’s owner removed the app’s access (${PERMISSIONS_URL}).`,
    'The mailbox’s password changed.',
    'The Client secret was reset, or the client deleted: put the current values in the profile.',
  ],
  refusedSevenDays: (signedIn: string, refused: string) =>
    `Signed in ${signedIn}, refused ${refused}: 7 days, the Testing limit of an External app.`,
  refusedSevenDaysFix: 'Publish the app, then Sign in again choosing Consent.',
  refusedCheckFirst: 'Check first if the app is in Testing (Google Auth Platform > Audience).',
  refusedUndated: 'The log does not date the sign-in, so the 7-day limit is not confirmed.',
  noRefreshTokenWhy: 'Only a sign-in that shows the consent screen surely brings a refresh token.',
  noRefreshTokenUntil: (when: string) => `Mail stops at ${when}, when the access token ends.`,
} as const;

/** Errors Google sends back to the redirect URI for `prompt=none` (docs/google.md). */
export const promptErrorText = {
  interaction_required: diagnosis(
    'interaction_required: Google needs to show a screen',
    'Sign in used “No prompt”, but Google had to show a screen.',
    'Sign in again choosing Consent.',
  ),
  login_required: diagnosis(
    'login_required: not signed in to Google',
    'Sign in used “No prompt”, but the browser is not signed in to Google.',
    'Sign in again choosing Consent, as the mailbox’s Google account.',
  ),
  consent_required: diagnosis(
    'consent_required: consent was never given',
    'Sign in used “No prompt”, but this account never allowed the app.',
    'Sign in again choosing Consent.',
  ),
  account_selection_required: diagnosis(
    'account_selection_required: several Google accounts',
    'Sign in used “No prompt”, but the browser has several Google accounts.',
    'Sign in again choosing Consent, and pick the mailbox’s account.',
  ),
} as const;
