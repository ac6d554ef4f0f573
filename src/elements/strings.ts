/**
 * Every piece of text the elements show, in one place, so that wording is reviewed (and one
 * day translated) without reading the render code. Rule texts (finding messages and fixes,
 * sign-in diagnoses) come from src/rules/messages.ts, not from here. The words of the elements
 * that load on first use (the import, the sign-in decoder, the unverified-app guide) are in
 * import-strings.ts, signin-strings.ts and unverified-guide-strings.ts, so that they load with them.
 */
import type { Severity } from '../rules/finding.js';

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

/** The shared word for the disclosure that holds what a message would need a second paragraph for. */
export const DETAILS = 'Details';

export const redirectUri = {
  label: 'Redirect URI',
  copy: 'Copy',
  copyLabel: 'Copy the redirect URI',
  copied: 'Copied',
  copyManual: 'Copy blocked: press Ctrl+C (⌘C) to copy it.',
  empty: 'The redirect URI is not known yet.',
  guideBefore: 'Add it under Authorized redirect URIs in ',
  guideLink: 'Google Auth Platform > Clients',
  guideAfter: '.',
  acid: 'It includes this page’s acid: register it exactly as shown.',
  more: 'More about this address',
  origins: 'Not under Authorized JavaScript origins: they take no path.',
  exact: 'Google compares it exactly: https, letter case, trailing slash.',
  delay: 'A change takes 5 minutes to a few hours to apply.',
  acidMore: (acid: string) =>
    `Opening the editor without acid=${acid}, or with another, needs that address registered too.`,
  moreFindings: 'Also about this address:',
};

export const checklist = {
  /** Google Cloud Console links open in a new tab; said to screen readers too. */
  newTab: '(opens in a new tab)',
};

export const googleCheck = {
  button: 'Check with Google',
  checking: 'Checking…',
  cancel: 'Cancel',
  about:
    'Asks Google if this Client ID and secret match, without signing in: sent only to Google’s token endpoint, once per click.',
  disabledDefault: 'Fill in both fields first.',
  tone: { good: 'Works:', bad: 'Problem:', unknown: 'Not checked:' },
};
