// Everything this mashup knows about the Email Integration profile editor's markup
// (docs/host.md §4). When Targetprocess changes its editor, this file changes.

export const EDITOR_IDS = {
  method: 'authDropDown',
  login: 'Login',
  password: 'Password',
  signIn: 'SignIn',
  save: 'save',
  name: 'Name',
  protocol: 'Protocol',
  failedConnection: 'failedConnection',
  server: 'MailServer',
  port: 'Port',
  sslSwitch: 'switch',
  cancel: 'cancel',
} as const;

/** The status box the editor writes "Saving…" and "Unable to save profile" into (docs/host.md §4). */
export const SAVE_STATUS_SELECTOR = 'body > div.plugins.info-block';

/** The pad-box that holds the Login/Client ID and Password/Client secret fields. */
export const PAD_BOX_SELECTOR = '.pad-box';

/** The error span the editor fills inside a caption paragraph, by field name. */
export const errorLabelSelector = (field: string) => `span[name="${field}ErrorLabel"]`;

/** `#authDropDown`'s Google OAuth option value (docs/host.md §4). */
export const GOOGLE_OAUTH_VALUE = '1';

/** The block holding Sign in and the method selector, floated right beside the profile name. */
export const METHOD_GROUP_SELECTOR = '.controls-group';

/** The class #SignIn gets while it reads "Sign out". */
export const SIGNED_IN_CLASS = 'tau-success';

/** The stored-secret placeholder the editor puts into #Password for a profile that has one. */
export const STORED_SECRET = '0000000000000000';

// The editor's address: the loader's facts (pages.ts), one copy (docs/host.md §3, §1).
export { EDITOR_PAGE, EDITOR_PLACEHOLDER } from '../pages.js';

/** The page address's parameter naming the saved profile the editor shows (absent for a new one). */
export const PROFILE_NAME_PARAM = 'ProfileName';

/** The host's own button look. */
export const HOST_BUTTON_CLASS = 'tau-btn';

/** An item of today's Sign in choice of prompts (docs/host.md §6), by its words. */
export const PROMPT_CHOICE = /^\s*(no prompt|consent|select[ _-]?account|none)\s*$/i;
/** What an item of the host's menus may be. */
export const MENU_ITEM = 'button, a, li, [role="menuitem"], [role="option"]';

/** The path, under the application root, that the editor's OAuth redirect goes to (docs/host.md §5). */
export const REDIRECT_PATH = '/Admin/Plugins.aspx';
