// The lifetime chunk's entry (lazy.ts): the sign-in lifetime's work in the editor, loaded at the
// first Sign in click or for a saved Google profile.
import { lifetimeLine } from '../../rules/setup-lifetime.js';
import { attach } from './lifetime-run.js';
import { renderLifetime } from './lifetime-line.js';

export const lifetimeHelp = { attach, lifetimeLine, renderLifetime };
