// Help the editor shows only once the admin gets to it, loaded just after the first render (at
// idle) or at its first use, whichever comes first (lazy.ts): the "app isn't verified" guide
// beside Sign in, the prompt hint's placement beside the host's menu, and Gmail's settings
// writer. None of it is needed for the help's first frame.
import '../../elements/tpgo-unverified-guide.js';
import { applyGmailSettings } from './gmail-settings.js';
import { followPromptHint, placePromptHint } from './prompt-hint-layout.js';

export const firstUseHelp = { applyGmailSettings, followPromptHint, placePromptHint };
