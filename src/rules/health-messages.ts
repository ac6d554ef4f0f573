// The catalog for the mailbox's health after Sign in (Settings > Plugins, and the editor's Sign in
// prompt choice): every word the health rules say, each verdict with what to do about it.
// Facts: HOST.md §6 and §7, GOOGLE.md "prompt, refresh tokens and what happens a week later".

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

export const healthText = {
  connected: (ago: string) => `Connected: token refreshed ${ago}`,
  stoppedSince: (day: string, what: string) => `Stopped since ${day}: ${what}`,
  stopped: (what: string) => `Stopped: ${what}`,
  noData: 'No recent data',
  noDataCause: 'Neither the profile nor the activity log says whether the last mail checks worked.',
  noDataFix: 'Open the profile and click Check connection.',
  staleNoErrors: (ago: string) =>
    `The token was last refreshed ${ago} and no error was logged since: the profile may be disabled or its mail checks may not run.`,
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
    'refresh-refused': {
      what: 'Google refused the sign-in token',
      cause:
        'Google answered the token refresh with invalid_grant: the consent behind the refresh token has ended.',
      fix: 'Find the cause below, then Sign in again choosing Consent.',
    },
    'no-refresh-token': {
      what: 'Google gave no refresh token',
      cause:
        'Sign in kept no refresh token, so the mail checks cannot renew the hour-long access token.',
      fix: `Remove the app's access at ${PERMISSIONS_URL}, then Sign in again choosing Consent.`,
    },
    'login-failed': {
      what: 'the mail server refused the login',
      cause:
        'The token is fine but the IMAP or POP server refused the login: IMAP/POP may be off for the mailbox, or the Login is a different mailbox than the one signed in.',
      fix: 'Check that IMAP is on in Gmail settings and that Sign in used this mailbox.',
    },
    'server-unreachable': {
      what: 'the mail server cannot be reached',
      cause: 'Targetprocess could not connect to the mail server.',
      fix: 'Check the server name and port (imap.gmail.com 993, pop.gmail.com 995, SSL on).',
    },
    'token-deleted': {
      what: 'the sign-in token was removed',
      cause: 'The profile no longer holds a token (logged “OAuth AccessToken was deleted”).',
      fix: 'Open the profile and Sign in again choosing Consent.',
    },
    unknown: {
      what: 'the last mail check failed',
      cause: 'The activity log holds an error the assistant does not recognise.',
      fix: 'Read the log text below, then open the profile and click Check connection.',
    },
  } satisfies Record<HealthCause, CauseText>,

  /** Refresh refused: the causes, most likely first (GOOGLE.md). */
  refusedCauses: [
    'The app is External and still in Testing: Google ends a test user’s consent, refresh token included, 7 days after sign-in. Publish it (Google Auth Platform > Audience > Publish app), then Sign in again choosing Consent; tokens made while in Testing keep the 7-day life.',
    `The mailbox’s owner removed the app’s access (${PERMISSIONS_URL}).`,
    'The mailbox’s password changed: Google ends Gmail tokens then.',
    'The client secret was reset, or the OAuth client was deleted, in Google Cloud Console: put the current secret in the profile.',
  ],
  refusedSevenDays: (signedIn: string, refused: string) =>
    `Signed in ${signedIn}; Google first refused the token ${refused}, 7 days later. That is the Testing limit: the app is External and in Testing.`,
  refusedSevenDaysFix: 'Publish the app, then Sign in again choosing Consent.',
  refusedCheckFirst:
    'Check first whether the app is in Testing (Google Auth Platform > Audience): that is the usual cause.',
  refusedUndated:
    'The log does not date the sign-in, so the 7-day Testing limit cannot be confirmed from here.',
  noRefreshTokenWhy:
    'Google returns a refresh token only when the consent screen was shown: a sign-in with “No prompt”, or after an earlier consent, may bring none.',
  noRefreshTokenUntil: (when: string) =>
    `The access token lasts until ${when}; after that mail stops.`,
} as const;

/** Errors Google sends back to the redirect URI for `prompt=none` (GOOGLE.md). */
export const promptErrorText = {
  interaction_required: {
    title: 'interaction_required: Google needs to show a screen',
    cause: 'Sign in used “No prompt”, but Google had to show the account or consent screen first.',
    fix: 'Sign in again choosing Consent.',
  },
  login_required: {
    title: 'login_required: not signed in to Google',
    cause: 'Sign in used “No prompt”, and the browser is not signed in to the Google account.',
    fix: 'Sign in again choosing Consent, and sign in to the mailbox’s Google account.',
  },
  consent_required: {
    title: 'consent_required: consent was never given',
    cause:
      'Sign in used “No prompt”, but this Google account has not yet allowed the app (a first sign-in).',
    fix: 'Sign in again choosing Consent.',
  },
  account_selection_required: {
    title: 'account_selection_required: several Google accounts',
    cause:
      'Sign in used “No prompt”, but the browser is signed in to several Google accounts and Google must ask which one.',
    fix: 'Sign in again choosing Consent, and pick the mailbox’s account.',
  },
} as const;
