// The words of the setup state: the checklist's steps, its one-line summary and the one-click
// offers. Each step text is one short sentence that stands on its own: it never points at a
// message that may not be on screen.

/**
 * Google Cloud Console pages, at the addresses of Google Auth Platform (since April 2025;
 * docs/google.md): the old "Credentials" and "OAuth consent screen" pages moved there. Only the
 * project's creation stays outside it.
 */
export const CONSOLE = {
  /** Google Auth Platform > Clients: create the Web application client, its redirect URIs, secrets. */
  clients: 'https://console.cloud.google.com/auth/clients',
  /** The same Clients page, under the name setup-state.ts still uses (the old "Credentials"). */
  credentials: 'https://console.cloud.google.com/auth/clients',
  projectCreate: 'https://console.cloud.google.com/projectcreate',
  /** Google Auth Platform > Audience: Internal/External, Testing/In production, test users. */
  audience: 'https://console.cloud.google.com/auth/audience',
  /** The Audience page, under the name setup-state.ts uses. */
  consent: 'https://console.cloud.google.com/auth/audience',
} as const;

/** Where an admin removes an app's access to a Google account (docs/google.md). */
export const PERMISSIONS_URL = 'https://myaccount.google.com/permissions';

/** The one-line hint beside Sign in's prompt choice (docs/host.md §6). */
export const promptChoiceHint =
  'Choose Consent for a first sign-in or after “no refresh token”; No prompt only renews a consent.';

export const setupText = {
  summary: (done: number, total: number, problems: number) =>
    `Google sign-in setup: ${done} of ${total} done` +
    (problems === 0 ? '' : problems === 1 ? ', 1 problem' : `, ${problems} problems`),
  complete: 'Google sign-in setup: all done',
  status: { done: 'Done', todo: 'To do', problem: 'Problem' },
  steps: {
    project: {
      title: 'Google Cloud project',
      todo: 'Create or pick a Google Cloud project.',
      done: 'A project exists.',
      link: 'Create a project',
    },
    consent: {
      title: 'Consent screen and audience',
      todo: 'Internal for Google Workspace; else External, published (In production).',
      done: 'Sign-in worked, so it is set.',
      link: 'Open Audience',
    },
    client: {
      title: 'Web application client',
      todo: 'Create an OAuth client ID of type Web application.',
      done: 'A Web application client is in use.',
      desktop: 'This is a Desktop app client: create a Web application one.',
      link: 'Open Clients',
    },
    redirect: {
      title: 'Authorized redirect URI',
      todo: 'Add the redirect URI shown above Client ID to the client.',
      done: 'Sign-in worked, so it is registered.',
      inFile: 'The credentials file lists it exactly.',
      fileDiffers: (note: string) => `The file's redirect URI differs: ${note}`,
      mismatch: 'Google said redirect_uri_mismatch: register it exactly as shown.',
      link: 'Open Clients',
    },
    paste: {
      title: 'Client ID and secret',
      todo: 'Paste the Client ID and Client secret.',
      done: 'Both filled in, no problem found.',
      accepted: 'Google accepted this Client ID and secret.',
      stored: 'A Client secret is stored; paste it again to sign in.',
      storedSignedIn: 'Both are stored and signed in.',
      warning: (note: string) => `Filled in, with a warning: ${note}`,
      refused: 'Google refused them at the last sign-in.',
    },
    signIn: {
      title: 'Sign in',
      todo: 'Click Sign in and allow access to the mailbox.',
      done: 'Signed in.',
      failed: (what: string) => `Sign-in did not finish: ${what}`,
    },
  },
  offers: {
    swap: 'Swap the two values',
    fillBoth: 'Fill both fields from this file',
    gmailShort: "Use Gmail's settings",
    gmail: (server: string, port: string) => `Use Gmail's settings: ${server}, port ${port}, SSL`,
  },
  saveNote: 'Targetprocess saves a Google profile only after Sign in.',
  pairNeedsBoth: 'Fill in both fields without errors first.',
  pairStored: 'Paste the Client secret again to check it.',
} as const;
