// Check with Google, loaded once its button is first shown (lazy.ts): the button itself, the one
// request to Google's token endpoint and what its answer means.
import '../../elements/tpgo-google-check.js';
import { askTokenEndpoint } from '../../google/pair-check.js';
import { interpretPairCheck } from '../../rules/pair-check.js';

export const googleCheckHelp = { askTokenEndpoint, interpretPairCheck };
