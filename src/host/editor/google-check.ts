// Check with Google, loaded at its first click (lazy.ts): the one request to Google's token
// endpoint and what its answer means.
import { askTokenEndpoint } from '../../google/pair-check.js';
import { interpretPairCheck } from '../../rules/pair-check.js';

export const googleCheckHelp = { askTokenEndpoint, interpretPairCheck };
