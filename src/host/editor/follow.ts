// The session's sign-in follow (sign-in.ts follows the popup): how it starts from a Sign in
// click let through, and what its end does to the loop: the decoder gets what is known, and
// an unfinished sign-in is said once.
import type { Action } from '../../rules/setup-interaction.js';
import { guarded, logFailure } from '../log.js';
import { setDecoderText, type Ui } from './apply-view.js';
import { isSignedIn, type EditorFields } from './fields.js';
import { diagnosis } from './lazy.js';
import { editorSays } from './page-facts.js';
import { SignInFollow, type SignInHost } from './sign-in.js';
import { hostText } from './text.js';

/** What the follow needs of the session. */
export interface Follower {
  readonly doc: Document;
  readonly win: Window;
  readonly fields: EditorFields;
  readonly ui: Ui | null;
  later(fn: () => void, ms: number): void;
  dispatch(action: Action): void;
  render(): void;
  announce(text: string): void;
}

export function followOf(s: Follower, tokens?: SignInHost['tokens']): SignInFollow {
  return new SignInFollow({
    tokens,
    win: s.win,
    later: (fn, ms) => s.later(fn, ms),
    signedIn: () => isSignedIn(s.fields.signIn),
    editorSays: () => editorSays(s.doc, s.fields),
    settled: (failure) => signInSettled(s, failure),
  });
}

/** A Sign in click let through: the decoder goes until this sign-in is over. */
export function startSignIn(s: Follower, follow: SignInFollow): void {
  s.dispatch({ kind: 'sign-in-start' });
  follow.start();
}

/** Signed in, or the decoder beside Sign in with what is known. */
function signInSettled(s: Follower, failure: string | null): void {
  const ui = s.ui;
  if (!ui) return;
  if (failure !== null) setDecoderText(ui, failure);
  s.dispatch({ kind: 'sign-in-end', failure });
  if (failure === null) return;
  // The decoder's own code, if not in yet (even with nothing to decode: the admin types in
  // what Google's page said).
  diagnosis
    .load()
    .then(guarded('lazy help', () => s.render()))
    .catch((error: unknown) => logFailure('lazy help', error));
  s.announce(hostText.signInUnfinished);
}
