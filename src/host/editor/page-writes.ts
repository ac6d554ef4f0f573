// The one module that writes into the host page on the admin's behalf: our elements' intents
// (use a suggestion, swap, fill both, import, Gmail's settings) written as typing would be, so
// the editor's own code sees them (fields.ts writes).
import type { FieldKey, SetupView } from '../../rules/setup-state.js';
import { writeField, type EditorExtras } from './fields.js';
import { later } from './lazy.js';
import { guarded } from '../log.js';

export type Intent =
  | { readonly kind: 'write'; readonly key: FieldKey; readonly value: string }
  | { readonly kind: 'swap' }
  | { readonly kind: 'fill-both' }
  | { readonly kind: 'import'; readonly clientId: string; readonly clientSecret?: string }
  | { readonly kind: 'gmail' };

export interface WriteTarget {
  readonly inputs: Partial<Record<FieldKey, HTMLInputElement>>;
  readonly extras: EditorExtras;
  /** The view the offers were shown from: an intent it does not offer is ignored. */
  readonly view: SetupView | null;
  /** A field was written (the interaction records it, and the view is computed again). */
  written(key: FieldKey): void;
  /** The page changed in a way no field write records. */
  changed(): void;
}

function write(t: WriteTarget, key: FieldKey, value: string): void {
  const input = t.inputs[key];
  if (!input) return;
  writeField(input, value);
  t.written(key);
}

/**
 * Gmail's IMAP settings, written as typing would be (gmail-settings.ts, in the later chunk,
 * orders the writes): at once when that chunk is in, which it is from just after the first render.
 */
function useGmail(t: WriteTarget): void {
  if (!t.view?.offers.gmail) return;
  const write = (help: typeof later.now) => {
    if (!help?.applyGmailSettings(t.extras)) return;
    t.changed();
    t.extras.server?.focus();
  };
  if (later.now) write(later.now);
  else void later.load().then(guarded('gmail', write));
}

export function perform(t: WriteTarget, intent: Intent): void {
  const { clientId: id, secret } = t.inputs;
  switch (intent.kind) {
    case 'write':
      write(t, intent.key, intent.value);
      t.inputs[intent.key]?.focus();
      return;
    case 'swap': {
      if (!id || !secret || !t.view?.offers.swap) return;
      const [a, b] = [id.value, secret.value];
      write(t, 'clientId', b);
      write(t, 'secret', a);
      id.focus();
      return;
    }
    case 'fill-both': {
      const values = t.view?.offers.fillBoth;
      if (!values) return;
      write(t, 'clientId', values.clientId);
      write(t, 'secret', values.secret);
      id?.focus();
      return;
    }
    case 'import':
      write(t, 'clientId', intent.clientId);
      if (intent.clientSecret !== undefined) write(t, 'secret', intent.clientSecret);
      return;
    case 'gmail':
      useGmail(t);
  }
}
