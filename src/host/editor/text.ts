// The words the host adapter itself says (the rules and elements have their own catalogs).
export const hostText = {
  importSummary: 'Have the client_secret_….json file? Import it',
  signInUnfinished: 'Sign-in did not finish: the fix is next to Sign in.',
  saveFirstSignIn: 'Not saved: Targetprocess saves a Google profile only after Sign in.',
  panelLabel: 'Google OAuth setup help',
  fieldLabel: { clientId: 'Client ID', secret: 'Client secret' },
  blocked: (action: 'signIn' | 'save', reason: string) =>
    `${action === 'signIn' ? 'Sign in' : 'Save'} stopped. ${reason}`,
} as const;
