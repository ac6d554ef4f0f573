// The editor's help that its first frame does not need (chunks/later.js), asked for at
// activation and in a few milliseconds after the first render (lazy.ts): Google's rules for the
// page's own redirect URI (until they answer, the view has no redirect finding), the "app isn't
// verified" guide beside Sign in (defined then), the prompt hint's placement beside the host's
// menu, and Gmail's settings writer. A load that fails is one console line: the guide stays an
// empty element, the hint and Gmail's offer do nothing; the rest of the help goes on.
import '../../elements/tpgo-unverified-guide.js';
import { checkRedirectUri } from '../../rules/redirect-uri.js';
import { applyGmailSettings } from './gmail-settings.js';
import { followPromptHint, placePromptHint } from './prompt-hint-layout.js';

export const laterHelp = {
  applyGmailSettings,
  checkRedirectUri,
  followPromptHint,
  placePromptHint,
};
