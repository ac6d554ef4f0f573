// The guard decides from the view alone: which fields stop Sign in or Save, and the reason to
// say for the first of them.
import type { FieldKey, SetupView } from '../../rules/setup-state.js';
import type { Action } from '../../rules/setup-interaction.js';
import type { Ui } from './apply-view.js';
import { isSignedIn, type EditorFields } from './fields.js';
import { hostText } from './text.js';

const KEYS: readonly FieldKey[] = ['clientId', 'secret'];

/** The fields that stop this click, first first, and what to say; null when it may go. */
export function blockedBy(
  view: SetupView,
  action: 'signIn' | 'save',
  present: readonly FieldKey[] = KEYS,
): { keys: FieldKey[]; reason: string } | null {
  const keys = present.filter((key) =>
    action === 'signIn' ? view.fields[key].blocksSignIn : view.fields[key].blocksSave,
  );
  if (keys.length === 0) return null;
  // The view's findings are worst first: the first error is the one to say.
  const error = view.fields[keys[0]!].findings.find((finding) => finding.severity === 'error');
  return { keys, reason: error ? `${error.message} ${error.fix}` : '' };
}

/** Whether `node` is in Save or Sign in. */
export function isGuardedButton(fields: EditorFields, node: Node): boolean {
  return (fields.save?.contains(node) ?? false) || (fields.signIn?.contains(node) ?? false);
}

/** Whether focus moving to `node` means a click on a guarded button or an offer is under way. */
export function clickUnderWay(fields: EditorFields, ui: Ui | null, node: Node): boolean {
  return isGuardedButton(fields, node) || (!!ui && (node === ui.swap || node === ui.fill));
}

/** What the guard needs of the session. */
export interface Guarded {
  readonly fields: EditorFields;
  readonly follow: { isPromptChoice(target: Element): boolean };
  readonly ui: Ui | null;
  readonly view: SetupView | null;
  readonly active: boolean;
  applyMode(): void;
  render(): void;
  dispatch(action: Action): void;
  announce(text: string): void;
  followSignIn(): void;
}

/**
 * A click on Sign in (or a prompt choice) or Save, caught before the editor's own handlers:
 * stopped when the view says a field blocks it, the fields revealed and the first focused.
 */
export function guardClick(s: Guarded, event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const isSignIn = (s.fields.signIn?.contains(target) ?? false) || s.follow.isPromptChoice(target);
  const isSave = s.fields.save?.contains(target) ?? false;
  if (!isSignIn && !isSave) return;
  // The method may have been changed by script, with no event: read it again now.
  s.applyMode();
  if (!s.active || !s.ui) return;
  if (isSignIn && isSignedIn(s.fields.signIn)) return; // "Sign out" is never stopped.
  s.render();
  if (!s.view) return;
  const present = s.ui.fields.map((f) => f.key);
  const blocked = blockedBy(s.view, isSignIn ? 'signIn' : 'save', present);
  if (!blocked) {
    if (isSignIn) s.followSignIn();
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  s.dispatch({ kind: 'blocked', keys: blocked.keys });
  s.announce(hostText.blocked(isSignIn ? 'signIn' : 'save', blocked.reason));
  // The field and its message in view, then the field focused.
  const first = s.ui?.fields.find((f) => f.key === blocked.keys[0]);
  first?.check.scrollIntoView?.({ block: 'center' });
  first?.input.focus({ preventScroll: true });
}
