/**
 * Every piece of text the elements show, in one place, so that wording is reviewed (and one
 * day translated) without reading the render code. Rule texts (finding messages and fixes,
 * sign-in diagnoses) come from src/rules/messages.ts, not from here.
 */
import type { Severity } from '../rules/finding.js';

export const CONSOLE = {
  credentials: 'https://console.cloud.google.com/apis/credentials',
  projectCreate: 'https://console.cloud.google.com/projectcreate',
  consent: 'https://console.cloud.google.com/auth/audience',
  branding: 'https://console.cloud.google.com/auth/branding',
} as const;

export const SOURCES = {
  audience: 'https://support.google.com/cloud/answer/15549945',
  unverified: 'https://support.google.com/cloud/answer/7454865',
  verificationExceptions: 'https://support.google.com/cloud/answer/13464323',
  xoauth2: 'https://developers.google.com/gmail/imap/xoauth2-protocol',
} as const;

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error:',
  warning: 'Warning:',
  info: 'Note:',
};

export const fieldCheck = {
  moreFindings: (count: number) => `+${count} more`,
  fewerFindings: (count: number) => `Hide ${count} more`,
  details: 'Details',
  defaultSuggestion: 'Use the suggested value',
  announce: (fieldLabel: string, message: string) =>
    fieldLabel ? `${fieldLabel}: ${message}` : message,
};

export const redirectUri = {
  label: 'Redirect URI for this account',
  copy: 'Copy',
  copyLabel: 'Copy the redirect URI',
  copied: 'Copied.',
  copiedFallback: 'Copied.',
  copyManual:
    'Your browser did not allow copying. The address is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  empty: 'The redirect URI is not known yet.',
  acid: (acid: string) =>
    `It contains this page's acid (acid=${acid}): register it exactly as shown, acid included. It changes with the acid: opening the editor with another acid, or none, needs that address registered too.`,
  whereBefore: 'In Google Cloud Console, open ',
  whereLink: 'Credentials',
  whereAfter:
    ', select your OAuth client (type "Web application") and add this address under “Authorized redirect URIs”. Not under “Authorized JavaScript origins”: that list takes no path and rejects it.',
  exact:
    'Google compares it character by character (https, letter case, trailing slash). A change there can take from 5 minutes to a few hours to apply.',
  problems: 'This address cannot be registered as it is:',
};

export const unverifiedGuide = {
  summary: 'Seeing “This app isn’t verified”?',
  whyTitle: 'Why Google shows it',
  why: 'Reading mail over IMAP needs the Gmail scope https://mail.google.com/, which Google calls restricted. An app whose audience is External and that asks for a restricted scope without Google’s verification gets this warning screen.',
  pastTitle: 'Getting past it (you are the developer, so it is safe)',
  past1: 'On the warning screen, click Advanced.',
  past2: (appName: string) => `Click “Go to ${appName} (unsafe)”.`,
  past3: 'Choose the mailbox and allow access to mail.',
  betterTitle: 'Better options',
  internal:
    'Google Workspace: set the audience to Internal. Only your organization’s accounts can sign in, and there is no warning and no verification.',
  testing:
    'External, publishing status Testing: add the mailbox as a test user. Its sign-in expires after 7 days, so the integration stops a week later. Avoid this for a mailbox you keep.',
  production:
    'External, In production: sign-ins do not expire, but while unverified the app is capped at 100 users and shows the warning. If you published after testing, sign in again so the token loses the 7-day limit.',
  verification:
    'Verification of a restricted scope takes weeks and a security assessment; an app used only by your own team rarely needs it.',
  sourcesTitle: 'Sources',
  sources: [
    { label: 'Audience and publishing status', href: SOURCES.audience },
    { label: 'Unverified apps', href: SOURCES.unverified },
    { label: 'Apps that do not need verification', href: SOURCES.verificationExceptions },
    { label: 'Gmail IMAP and the https://mail.google.com/ scope', href: SOURCES.xoauth2 },
  ],
  defaultAppName: 'your app',
};

export const credentialsImport = {
  title: 'Read a credentials file',
  intro:
    'Google Cloud Console offers the client’s details as a client_secret_….json download. Paste it, choose it or drop it here to check it and fill in the Client ID and secret.',
  pasteLabel: 'Paste the file’s contents',
  chooseLabel: 'Or choose the file',
  dropZone: 'Or drop the file here',
  check: 'Check',
  fill: 'Fill Client ID and secret',
  clear: 'Clear',
  tooBig: (size: number, max: number) =>
    `This file is ${formatSize(size)}; a credentials file is under ${formatSize(max)}. Choose the client_secret_….json downloaded from the Credentials page.`,
  tooLong: (max: number) =>
    `This text is longer than a credentials file can be (${formatSize(max)}). Paste only the client_secret_….json contents.`,
  readFailed: 'The file could not be read. Choose it again.',
  notAFile: 'Only one file at a time, please.',
  typeWeb: 'Client type: Web application (the right type).',
  typeInstalled: 'Client type: Desktop app (the wrong type for Targetprocess).',
  typeUnknown: 'Client type: not recognised.',
  clientId: (id: string) => `Client ID: ${id}`,
  secretMasked: (masked: string) => `Client secret: ${masked}`,
  secretMissing: 'Client secret: not in the file.',
  project: (id: string) => `Project: ${id}`,
  redirectsTitle: 'Authorized redirect URIs in the file',
  redirectsNone: 'The file lists no redirect URI.',
  redirectMatch: 'matches this account',
  redirectNoMatch: 'not this account’s',
  thisAccount: (uri: string) => `This account needs: ${uri}`,
  fillDisabledInstalled:
    'A Desktop app client cannot be used: create a client of type Web application and import its file.',
  fillDisabledNoId: 'The file has no client ID to fill in.',
  filled: 'Client ID and secret filled in. The pasted text has been cleared.',
  findingsTitle: 'What the file says',
};

export const signInError = {
  inputLabel: 'What did Google or the editor say?',
  inputHint: 'Paste the error text or code, e.g. “Error 400: redirect_uri_mismatch”.',
  selectLabel: 'Or pick a known error',
  selectNone: 'Choose an error…',
  cause: 'Cause',
  fix: 'What to do',
  links: 'More',
  notRecognised: 'This error is not one the assistant knows.',
  generalAdvice: [
    'Check the Client ID and secret against the Credentials page, with no spaces around them.',
    'Check that the redirect URI shown here is listed exactly under “Authorized redirect URIs”.',
    'Check the audience (Internal or External) and, in Testing, that the mailbox is a test user.',
    'Search Google’s page for the error code after “Error 400” or “Error 403”.',
  ],
};

export type StepStatus = 'done' | 'todo' | 'problem';

export const checklist = {
  title: 'Google sign-in setup',
  checkPair: 'Check with Google',
  status: { done: 'Done', todo: 'To do', problem: 'Problem' } satisfies Record<StepStatus, string>,
  steps: {
    project: {
      title: 'Google Cloud project',
      todo: 'Create or pick a project in Google Cloud Console.',
      done: 'A project exists (its client is filled in).',
      link: 'Create a project',
    },
    consent: {
      title: 'OAuth consent screen and audience',
      todo: 'Set the app name and the audience: Internal for Google Workspace, otherwise External (then publish to In production).',
      done: 'Sign-in worked, so the consent screen is set.',
      link: 'Open Audience',
    },
    client: {
      title: 'OAuth client of type Web application',
      todo: 'Create an OAuth client ID of type Web application.',
      done: 'A Web application client is in use.',
      problemInstalled: 'The imported client is a Desktop app: create a Web application client.',
      problemId: 'The Client ID has a problem: see the message under the field.',
      link: 'Open Credentials',
    },
    redirect: {
      title: 'Authorized redirect URI',
      todo: 'Add the redirect URI shown here under “Authorized redirect URIs” of the client.',
      done: 'Sign-in worked, so the redirect URI is registered.',
      problem: 'This address cannot be registered as it is: see the redirect URI notes.',
      link: 'Open Credentials',
    },
    paste: {
      title: 'Client ID and secret pasted here',
      todo: 'Copy the Client ID and the Client secret into the fields of this profile.',
      done: 'Both are filled in and look right.',
      accepted: 'Both are filled in, and Google accepted the pair.',
      problem: 'One of them has a problem: see the message under the field.',
    },
    signIn: {
      title: 'Sign in',
      todo: 'Click Sign in and allow access to the mailbox.',
      done: 'Signed in.',
    },
  },
};

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export const googleCheck = {
  button: 'Check with Google',
  checking: 'Checking with Google…',
  cancel: 'Cancel',
  intro:
    'Asks Google whether this Client ID and secret belong together, without signing in. Sends them only to Google’s token endpoint, once per click.',
  disabledDefault: 'Fix the Client ID and client secret first.',
  tone: { good: 'Works:', bad: 'Problem:', unknown: 'Not checked:' },
};
