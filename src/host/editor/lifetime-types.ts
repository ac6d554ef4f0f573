// The two sides of the sign-in lifetime's seam: what the editor chunk's hook (lifetime-hook.ts)
// gives the lifetime chunk (lifetime-run.ts), and what that chunk gives back. Types only, so
// that neither side imports the other.
import type { Action } from '../../rules/setup-interaction.js';
import type { EditorFields } from './fields.js';

/** What the lifetime work needs of the session. */
export interface LifetimeHost {
  readonly win: Window;
  readonly doc: Document;
  readonly fields: EditorFields;
  dispatch(action: Action): void;
}

export interface LifetimeRun {
  watchTokens(): void;
  stopTokens(): void;
  readSaved(name: string): void;
}
