// The sign-in decoder's words (see messages.ts): loaded with the diagnosis, not with the
// editor's core.
import { ADD_SECRET, STORED } from './messages.js';

/** A sign-in error: Google's or the editor's own words, then why and what to do. */
const diagnosis = (title: string, cause: string, fix: string) => ({ title, cause, fix });

/** Texts for the sign-in errors picker and decoder, keyed by diagnosis code. */
export const signInErrorText = {
  redirect_uri_mismatch: diagnosis(
    'Error 400: redirect_uri_mismatch',
    'The URI sent is not registered exactly; case, trailing slash and ?acid=… count.',
    'Add exactly the redirect URI shown here under Authorized redirect URIs; allow a few minutes.',
  ),
  invalid_client: diagnosis(
    'Error 401: invalid_client (The OAuth client was not found)',
    'Google does not know the Client ID: mistyped, with spaces, or of a deleted client.',
    'Copy the Client ID again and paste it without spaces.',
  ),
  invalid_client_secret: diagnosis(
    'invalid_client: Unauthorized',
    'The Client ID is right but the Client secret is wrong or disabled.',
    ADD_SECRET,
  ),
  access_denied: diagnosis(
    'Error 403: access_denied (has not completed the Google verification process)',
    'The app is in Testing and this mailbox is not a test user (or Cancel was clicked).',
    'In Google Auth Platform > Audience, add the mailbox as a test user, or publish the app.',
  ),
  org_internal: diagnosis(
    'Error 403: org_internal',
    'The app is Internal and this mailbox is outside its Google Workspace organization.',
    'Use a mailbox of the organization, or set the audience to External.',
  ),
  admin_policy_enforced: diagnosis(
    'Error 400: admin_policy_enforced',
    'A Google Workspace admin blocks apps not configured for the organization.',
    'Ask them to mark this Client ID Trusted in Admin console > Security > Access and data control > API controls > Manage Third-Party App Access.',
  ),
  invalid_grant: diagnosis(
    'invalid_grant (Token has been expired or revoked)',
    'Usually the app is in Testing, where consent ends after 7 days.',
    'Publish the app (Audience > In production), then Sign out, Sign in and Save.',
  ),
  deleted_client: diagnosis(
    'Error 401: deleted_client',
    'The client was deleted (Google deletes clients unused for 6 months).',
    'Create a new Web application client with the redirect URI and use its values.',
  ),
  disabled_client: diagnosis(
    'Error 401: disabled_client',
    'The client is disabled.',
    'Enable it in Google Auth Platform > Clients, or use a new Web application client.',
  ),
  unverified_app: diagnosis(
    "Google hasn't verified this app",
    'Normal for an unverified External app that reads mail.',
    'If the client is yours, click "Advanced", then "Go to … (unsafe)".',
  ),
  no_refresh_token: diagnosis(
    'Remove access for your app, then sign in again',
    'The account had allowed the app before, so Google sent no refresh token.',
    'Remove access for this app in your Google Account, then Sign in again.',
  ),
  secret_reentered: diagnosis(
    'Client secret should be reentered',
    STORED,
    'Paste the Client secret, then Sign in.',
  ),
  not_authorized: diagnosis(
    'OAuth client should be authorized',
    'The profile was saved without a finished sign-in.',
    'Click Sign in, finish it in the pop-up, then Save.',
  ),
  field_empty: diagnosis(
    'Client id / Client secret should not be empty',
    'Sign in and Save need both fields.',
    'Fill in both from your Web application client.',
  ),
} as const;

export type SignInErrorCode = keyof typeof signInErrorText;
