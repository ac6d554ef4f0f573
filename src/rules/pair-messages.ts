// Check with Google's words (see messages.ts): loaded at its first click.
import { ADD_SECRET, rule, type RuleText } from './messages.js';

/** "Check with Google": what the token endpoint's answer means, and what to do. */
export const pairCheckText = {
  accepted: rule(
    'Google accepts this Client ID and Client secret.',
    'Sign in next.',
    'A later error is about the redirect URI, the consent screen or the mailbox.',
  ),
  clientNotFound: rule(
    'Google does not know this Client ID.',
    'Copy the Client ID again from Google Cloud Console.',
    'Google: "invalid_client: The OAuth client was not found". Not listed in the console? It was deleted.',
  ),
  secretWrong: rule(
    'Google knows the Client ID but refuses this Client secret.',
    ADD_SECRET,
    'Google: "invalid_client: Unauthorized".',
  ),
  deletedClient: rule(
    'This OAuth client was deleted.',
    'Create a new Web application client and use its values.',
    'Google: "deleted_client". Register the redirect URI on the new client.',
  ),
  unreachable: rule(
    'Could not reach Google to check.',
    'Go on with Sign in: its popup reaches Google.',
    'A security policy or proxy blocked it; this says nothing about the values.',
  ),
  timeout: rule('Google did not answer within 10 seconds.', 'Try again, or go on with Sign in.'),
  cancelled: rule('The check was cancelled.', 'Check again when ready.'),
  storedSecret: rule(
    'The stored Client secret cannot be checked.',
    'Paste the Client secret to check it.',
  ),
  notGoogle: rule(
    "Cannot check: this page's Google address is not Google's.",
    'Nothing was sent; ask who runs this site before entering a secret.',
    "The editor's Google option must name https://accounts.google.com.",
  ),
  other: (status: number, error: string, description: string): RuleText =>
    rule(
      'Google gave an answer this check does not know.',
      'Go on with Sign in.',
      `Google answered HTTP ${status}${error ? `, ${error}` : ''}${description ? `: ${description}` : ''}.`,
    ),
} as const;
