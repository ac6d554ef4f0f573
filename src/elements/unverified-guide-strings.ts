// The "app isn't verified" guide's words (see strings.ts): loaded with the guide, just after the
// editor's first render (src/host/editor/later.ts).
import { SOURCES } from './strings.js';

export const unverifiedGuide = {
  summary: 'Seeing “This app isn’t verified”?',
  why: 'Reading mail is a restricted scope: Google warns about an unverified External app.',
  pastTitle: 'To go on (safe: the app is yours):',
  past1: 'Click Advanced.',
  past2: (appName: string) => `Click “Go to ${appName} (unsafe)”.`,
  past3: 'Allow access to mail.',
  betterTitle: 'Better options',
  internal: 'Google Workspace: set the audience to Internal; no warning then.',
  production: 'External: publish the app (In production), then sign in again.',
  testing: 'In Testing, sign-ins expire after 7 days: mail stops a week later.',
  sourcesTitle: 'Sources:',
  sources: [
    { label: 'Audience', href: SOURCES.audience },
    { label: 'Unverified apps', href: SOURCES.unverified },
    { label: 'Apps exempt from verification', href: SOURCES.verificationExceptions },
    { label: 'Gmail IMAP scope', href: SOURCES.xoauth2 },
  ],
  defaultAppName: 'your app',
};
