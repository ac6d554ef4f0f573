// Help the editor shows only once the admin gets to it, loaded just after the first render (at
// idle) or at its first use, whichever comes first (lazy.ts): the "app isn't verified" guide
// beside Sign in, the prompt hint's placement beside the host's menu, Gmail's settings writer,
// and Google's rules for the page's own redirect URI (asked for at activation; until they answer,
// the view has no redirect finding). None of it is needed for the help's first frame.
import '../../elements/tpgo-unverified-guide.js';
import { checkRedirectUri } from '../../rules/redirect-uri.js';
import { applyGmailSettings } from './gmail-settings.js';
import { followPromptHint, placePromptHint } from './prompt-hint-layout.js';

export const firstUseHelp = {
  applyGmailSettings,
  checkRedirectUri,
  followPromptHint,
  placePromptHint,
};
