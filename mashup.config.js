// The installable mashup's name and the placeholders it is registered against (docs/host.md §1).
// The editor's own placeholder first; the page placeholder and the global footer as fallbacks,
// because no source confirms that Mashup Manager mashups run on the editor's own placeholder.
// The mashup finds the editor by its fields, so running on more pages than needed is harmless.
export const MASHUP_NAME = 'google-oauth-assistant';
export const MASHUP_TITLE = 'Google OAuth Assistant';
export const PLACEHOLDERS = [
  'profileeditorprojectemailintegration',
  'Admin_EditProfileExt',
  // Settings > Plugins, for the mailboxes' connection status (issue 12).
  'Admin_Plugins',
  'footerPlaceholder',
];
