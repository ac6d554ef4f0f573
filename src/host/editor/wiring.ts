// The listeners of one activation: every page event, observer and our elements' events become
// an action (dispatched into the loop) or an intent (page-writes.ts). All go with `signal`.
import type { FieldKey } from '../../rules/setup-state.js';
import type { HealthVerdict } from '../../rules/health.js';
import { guarded, guardedAsync, logFailure } from '../log.js';
import { isSignedIn, profileName } from './fields.js';
import { credentials, diagnosis } from './lazy.js';
import { clickUnderWay, guardClick, type Guarded } from './guard.js';
import { perform, type Intent } from './page-writes.js';
import { SAVE_STATUS_SELECTOR } from './selectors.js';
import type { Action } from '../../rules/setup-interaction.js';
import type { SetupView } from '../../rules/setup-state.js';
import type { Ui } from './apply-view.js';
import type { EditorExtras, EditorFields } from './fields.js';
import type { PairCheckControl } from './pair-check-control.js';

/** What the listeners need of the session (session.ts): its loop and its parts. */
export interface Wired extends Guarded {
  readonly doc: Document;
  readonly fields: EditorFields;
  readonly extras: EditorExtras;
  readonly ui: Ui | null;
  readonly view: SetupView | null;
  readonly pair: PairCheckControl | null;
  /** This account's redirect URI ('' while unknown). */
  readonly redirectUri: string;
  readonly lifetime?: { saved(name: string): void };
  observer: MutationObserver | null;
  dispatch(action: Action): void;
  render(): void;
  later(fn: () => void, ms: number): void;
}

function on(
  target: EventTarget | null | undefined,
  type: string,
  what: string,
  fn: (event: Event) => void,
  signal: AbortSignal,
  capture = false,
): void {
  target?.addEventListener(type, guarded(what, fn), { signal, capture });
}

function intent(s: Wired, i: Intent): void {
  const ui = s.ui;
  if (!ui) return;
  const inputs: Partial<Record<FieldKey, HTMLInputElement>> = {};
  for (const field of ui.fields) inputs[field.key] = field.input;
  perform(
    {
      inputs,
      extras: s.extras,
      view: s.view,
      written: (key) => s.dispatch({ kind: 'write', key }),
      changed: () => s.render(),
    },
    i,
  );
}

function wireFields(s: Wired, signal: AbortSignal): void {
  for (const field of s.ui?.fields ?? []) {
    const { key, input, check } = field;
    on(
      input,
      'input',
      'input',
      () => {
        s.pair?.invalidate();
        s.dispatch({
          kind: 'input',
          key,
          values: { clientId: s.fields.login?.value ?? '', secret: s.fields.password?.value ?? '' },
        });
      },
      signal,
    );
    on(input, 'change', 'change', () => s.dispatch({ kind: 'change', key }), signal);
    on(
      input,
      'blur',
      'blur',
      (event) => {
        // Focus moving to Save or Sign in, or to one of our offers (Fill both, Swap), means a
        // click on it is under way: revealing now would push the button down between mousedown
        // and mouseup and lose the click. The guard reveals what blocks Save and Sign in
        // instead; an offer rewrites the field anyway.
        const to = (event as FocusEvent).relatedTarget;
        if (to instanceof Node && clickUnderWay(s.fields, s.ui, to)) return;
        s.dispatch({ kind: 'blur', key, filled: input.value !== '' });
      },
      signal,
    );
    on(
      check,
      'tpgo-use-suggestion',
      'suggestion',
      (event) => {
        const { value } = (event as CustomEvent<{ value: string }>).detail;
        intent(s, { kind: 'write', key, value });
      },
      signal,
    );
  }
  const pair = s.pair;
  if (pair) {
    pair.element.addEventListener(
      'tpgo-check-request',
      guardedAsync('check request', () => pair.request()),
      { signal },
    );
    on(pair.element, 'tpgo-check-cancel', 'check cancel', () => pair.cancel(), signal);
  }
}

function wireElements(s: Wired, signal: AbortSignal, importBox: HTMLDetailsElement): void {
  const ui = s.ui!;
  // The import's code comes when it is first opened.
  on(importBox, 'toggle', 'import load', () => importBox.open && void credentials.load(), signal);
  on(
    ui.importer,
    'tpgo-credentials-text',
    'import read',
    (event) => {
      // The file rules run here, once (the element is in their chunk, so they are in): the
      // report goes into the loop, and comes back to the element through the view.
      const { text } = (event as CustomEvent<{ text: string }>).detail;
      const check = credentials.now?.checkCredentialsFile;
      const uri = s.redirectUri;
      const report =
        text.trim() && check ? check(text, uri ? { redirectUri: uri } : undefined) : null;
      s.dispatch({ kind: 'file', report });
    },
    signal,
  );
  on(
    ui.importer,
    'tpgo-credentials',
    'import',
    (event) => {
      const detail = (event as CustomEvent<{ clientId: string; clientSecret?: string }>).detail;
      intent(s, { kind: 'import', clientId: detail.clientId, clientSecret: detail.clientSecret });
    },
    signal,
  );
  // What the admin reports from Google's window counts as the sign-in's failure: the
  // checklist's steps then say so too.
  // The decoder is made when first shown; its event bubbles to the panel it goes in.
  on(
    ui.signInPanel,
    'tpgo-decode',
    'decode',
    (event) => {
      const { query, code } = (event as CustomEvent<{ query: string; code?: string }>).detail;
      if (!code || isSignedIn(s.fields.signIn)) return;
      s.dispatch({ kind: 'decoded', query, code: true });
    },
    signal,
  );
  on(ui.swap, 'click', 'offer', () => intent(s, { kind: 'swap' }), signal);
  on(ui.fill, 'click', 'offer', () => intent(s, { kind: 'fill-both' }), signal);
  on(ui.gmail, 'click', 'offer', () => intent(s, { kind: 'gmail' }), signal);
}

function wirePage(s: Wired, signal: AbortSignal): void {
  // Capture on the document runs before the editor's own handlers bound on the buttons.
  on(s.doc, 'click', 'guard', (event) => guardClick(s, event as MouseEvent), signal, true);
  on(s.extras.server, 'input', 'server', () => s.render(), signal);
  // The editor writes its messages (sign-in, check connection, save) into the form: decode
  // them where they appear.
  const form = s.fields.method.closest('form') ?? s.doc.body;
  const observer = new MutationObserver(guarded('editor messages', () => s.render()));
  s.observer = observer;
  observer.observe(form, { childList: true, characterData: true, subtree: true });
  // Sign in and Sign out change only the button's class and value.
  if (s.fields.signIn) {
    observer.observe(s.fields.signIn, { attributes: true, attributeFilter: ['class', 'value'] });
    on(s.fields.signIn, 'click', 'sign in state', () => s.later(() => s.render(), 0), signal);
  }
  // A menu of prompt choices may be placed at the body level.
  observer.observe(s.doc.body, { childList: true });
  const status = s.doc.querySelector(SAVE_STATUS_SELECTOR);
  if (status) {
    observer.observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
    });
  }
}

export function wireSession(s: Wired, signal: AbortSignal, importBox: HTMLDetailsElement): void {
  wireFields(s, signal);
  wireElements(s, signal, importBox);
  wirePage(s, signal);
}

/** A saved Google profile: its health, once the diagnosis chunk has it. */
export function loadHealth(s: Wired, win: Window): void {
  const name = profileName(win);
  if (!name) return;
  s.lifetime?.saved(name);
  diagnosis
    .load()
    .then((loaded) => loaded?.editorProfileHealth(win, name))
    .then(
      guarded('editor health', (verdict: HealthVerdict | 'not-google' | undefined) => {
        if (!verdict || verdict === 'not-google') return;
        s.dispatch({ kind: 'health', verdict });
      }),
    )
    .catch((error: unknown) => logFailure('editor health', error));
}
