// The sign-in decoder's words (see strings.ts): loaded with the diagnosis, on first use.

export const signInError = {
  leadUnfinished: 'Sign-in did not finish. What did Google’s window say?',
  lead: 'Decode a sign-in error',
  inputLabel: 'Paste the error text or code',
  inputHint: 'e.g. “Error 400: redirect_uri_mismatch”',
  selectLabel: 'or pick a known error',
  selectNone: 'Choose an error…',
  notRecognised: 'The assistant does not know this error.',
  generalAdvice: [
    'Check the Client ID and secret, with no spaces around them.',
    'Check that the redirect URI shown here is listed exactly.',
    'Check the audience; in Testing the mailbox must be a test user.',
    'Search Google’s help for the code after “Error 400” or “Error 403”.',
  ],
  /** Google's page where an account removes an app's access ("Remove access for your app"). */
  permissions: 'Google Account: third-party apps with access',
};
