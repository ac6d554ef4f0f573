// The words the host adapter itself says (the rules and elements have their own catalogs).
export const hostText = {
  importSummary: 'Have the client_secret_….json file? Read it here',
  signInUnfinished:
    'Sign in did not finish. Below the redirect URI: what Google said, its cause and the fix.',
  panelLabel: 'Google OAuth setup help',
  pairCheckDisabled: 'Fill in the Client ID and client secret, without errors, to check them.',
  fieldLabel: { clientId: 'Client ID', secret: 'Client secret' },
  blocked: (action: 'signIn' | 'save', reason: string) =>
    `${action === 'signIn' ? 'Sign in' : 'Save'} stopped. ${reason}`,
} as const;
