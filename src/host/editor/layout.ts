// Where the help goes in the editor (docs/host.md §4): each of our elements made and placed beside
// the host fields it is about. No state and no listeners: the session wires what this places,
// and the Decorations it is given take everything back.
import { promptChoiceHint, setupText } from '../../rules/setup-messages.js';
import type { FieldKey } from '../../rules/setup-state.js';
import '../../elements/tpgo-field-check.js';
import '../../elements/tpgo-redirect-uri.js';
import '../../elements/tpgo-setup-checklist.js';
// Defined by their lazy chunks (lazy.ts); placed before they load.
import type {} from '../../elements/tpgo-unverified-guide.js';
import type {} from '../../elements/tpgo-credentials-import.js';
import type {} from '../../elements/tpgo-signin-error.js';
import type {} from '../../elements/tpgo-connection-status.js';
import type { Decorations } from './decorations.js';
import { guarded } from '../log.js';
import { later, loadWhenIdle } from './lazy.js';
import {
  afterLogin,
  captionOf,
  serverCaption,
  type EditorExtras,
  type EditorFields,
} from './fields.js';
import { HOST_BUTTON_CLASS } from './selectors.js';
import { hostText } from './text.js';

export interface Place {
  readonly doc: Document;
  readonly marks: Decorations;
  readonly fields: EditorFields;
  readonly extras: EditorExtras;
}

export interface PlacedField {
  readonly key: FieldKey;
  readonly input: HTMLInputElement;
  readonly check: HTMLElementTagNameMap['tpgo-field-check'];
}

/** The editor's empty right-hand column, beside its fields (a float, so nothing moves down). */
const RIGHT_COLUMN: Partial<CSSStyleDeclaration> = {
  float: 'right',
  clear: 'right',
  width: '300px',
  maxWidth: '42%',
};

/** Where the credentials block starts: the Client ID's caption, else a field. */
function credentialsAnchor(p: Place): Element | null {
  return captionOf(p.doc, 'Login') ?? p.fields.login ?? p.fields.password;
}

/** The redirect URI directly above the Client ID, in the credentials block. */
export function placeRedirect(p: Place): HTMLElementTagNameMap['tpgo-redirect-uri'] {
  const redirect = p.marks.make('tpgo-redirect-uri', { display: 'block', margin: '0 0 6px' });
  const anchor = credentialsAnchor(p);
  if (anchor) p.marks.before(anchor, redirect);
  else p.marks.after(p.fields.methodGroup ?? p.fields.method, redirect);
  return redirect;
}

/** A field check after each of the two fields, named as the fields' description. */
export function placeFieldChecks(p: Place): PlacedField[] {
  const pairs: [FieldKey, HTMLInputElement | null][] = [
    ['clientId', p.fields.login],
    ['secret', p.fields.password],
  ];
  const placed: PlacedField[] = [];
  for (const [key, input] of pairs) {
    if (!input) continue;
    const check = p.marks.make('tpgo-field-check');
    check.id = `tpgo-${key === 'clientId' ? 'client-id' : 'client-secret'}-check`;
    check.fieldLabel = hostText.fieldLabel[key];
    p.marks.after(key === 'clientId' ? afterLogin(input) : input, check);
    const described = input.getAttribute('aria-describedby');
    p.marks.setAttribute(
      input,
      'aria-describedby',
      described ? `${described} ${check.id}` : check.id,
    );
    // The editor's captions are paragraphs, not labels: the inputs have no name of their own.
    if (!input.hasAttribute('aria-label') && !input.hasAttribute('aria-labelledby')) {
      p.marks.setAttribute(input, 'aria-label', hostText.fieldLabel[key]);
    }
    placed.push({ key, input, check });
  }
  return placed;
}

/**
 * Beside the fields, in the credentials block's empty right-hand column: the checklist's
 * one-line summary and the credentials file import, each one click away.
 */
export function placeSidePanel(p: Place) {
  const panel = p.marks.make('section', { ...RIGHT_COLUMN, margin: '0 0 8px 16px' });
  panel.setAttribute('aria-label', hostText.panelLabel);
  panel.className = 'tpgo-panel';
  const checklist = p.marks.make('tpgo-setup-checklist', { display: 'block' });
  const importBox = p.marks.make('details', { margin: '4px 0' });
  const summary = p.marks.make('summary', { cursor: 'pointer', color: '#1565c0' });
  summary.textContent = hostText.importSummary;
  const importer = p.marks.make('tpgo-credentials-import');
  importBox.append(summary, importer);
  panel.append(checklist, importBox);
  const anchor = credentialsAnchor(p);
  if (anchor) p.marks.before(anchor, panel);
  else p.marks.after(p.fields.method, panel);
  return { checklist, importBox, importer };
}

/**
 * Next to Sign in (where the admin meets Google's screens): the "app isn't verified" guide as
 * one line and the prompt hint (hidden until the choice shows). The profile's health and the
 * sign-in decoder are made the first time the view shows them (placeHealth, placeDecoder).
 */
export function placeSignInPanel(p: Place) {
  const panel = p.marks.make('div', { ...RIGHT_COLUMN, margin: '4px 0 4px 16px' });
  const guide = p.marks.make('tpgo-unverified-guide', { display: 'block' });
  // Today's Sign in offers a choice of prompts: which one to pick, once the choice shows.
  // No inline display on what may be hidden: it would win over the hidden attribute.
  const promptHint = p.marks.make('p', { margin: '6px 0 0', maxWidth: '60ch' });
  promptHint.textContent = promptChoiceHint;
  promptHint.hidden = true;
  panel.append(promptHint, guide);
  p.marks.after(p.fields.methodGroup ?? p.fields.method, panel);
  return { signInPanel: panel, guide, promptHint };
}

/** A saved Google profile's health (issue 12), first in the panel beside Sign in. */
export function placeHealth(
  marks: Decorations,
  panel: HTMLElement,
): HTMLElementTagNameMap['tpgo-connection-status'] {
  const health = marks.make('tpgo-connection-status', { marginTop: '6px' });
  panel.prepend(health);
  return health;
}

/** The sign-in decoder, just above the guide beside Sign in (or last, without the guide). */
export function placeDecoder(
  marks: Decorations,
  panel: HTMLElement,
): HTMLElementTagNameMap['tpgo-signin-error'] {
  const decoder = marks.make('tpgo-signin-error', { marginTop: '6px' });
  decoder.unfinished = true;
  const guide = panel.querySelector(':scope > tpgo-unverified-guide');
  if (guide) guide.before(decoder);
  else panel.append(decoder);
  return decoder;
}

/**
 * The prompt hint beside the host's menu (prompt-hint-layout.ts, in the later chunk). Until
 * that code is in, a hint the view shows waits hidden, and `loaded` renders again on arrival.
 */
export function placePromptHint(
  hint: HTMLElement,
  items: readonly Element[],
  loaded: () => void,
): void {
  const help = later.now;
  if (help) return help.placePromptHint(hint, items);
  if (hint.hidden) return;
  hint.hidden = true;
  void later.load().then(guarded('prompt hint', loaded));
}

/**
 * Once the page is idle after the first render: the later chunk (the guide beside Sign in
 * is defined then), and the hint kept beside the menu while the page scrolls or resizes.
 */
export function followPromptHint(
  hint: HTMLElement,
  items: () => readonly Element[],
  signal: AbortSignal,
): void {
  const win = hint.ownerDocument.defaultView;
  if (!win) return;
  void loadWhenIdle(win, later).then((help) => {
    if (help && !signal.aborted) help.followPromptHint(hint, items, signal);
  });
}

/**
 * The sign-in lifetime's line (lifetime-line.ts writes it), first in the panel beside Sign in:
 * the health line, made when first shown, goes just above it (placeHealth).
 */
export function placeLifetimeLine(p: Place, panel: HTMLElement): HTMLElement {
  const line = p.marks.make('div', { margin: '6px 0 0', maxWidth: '60ch' });
  line.className = 'tpgo-lifetime';
  line.setAttribute('role', 'status');
  line.hidden = true;
  panel.prepend(line);
  return line;
}

function offerButton(p: Place, label: string): HTMLButtonElement {
  const button = p.marks.make('button', { marginTop: '4px' });
  button.type = 'button';
  button.className = HOST_BUTTON_CLASS;
  button.textContent = label;
  button.hidden = true;
  return button;
}

/** Swap and Fill both under the Client ID's check; Gmail's settings on the Server caption's line. */
export function placeOffers(p: Place, idCheck: HTMLElement | undefined) {
  const swap = offerButton(p, setupText.offers.swap);
  const fill = offerButton(p, setupText.offers.fillBoth);
  const row = p.marks.make('div');
  row.append(swap, fill);
  if (idCheck) p.marks.after(idCheck, row);
  const server = p.extras.server;
  if (!server) return { swap, fill, gmail: null };
  // One click, on the Server caption's line: no height added.
  const gmail = offerButton(p, setupText.offers.gmailShort);
  gmail.className = '';
  Object.assign(gmail.style, {
    marginTop: '0',
    marginLeft: '8px',
    padding: '0',
    border: '0',
    background: 'none',
    font: 'inherit',
    fontWeight: 'normal',
    color: '#1565c0',
    textDecoration: 'underline',
    cursor: 'pointer',
  });
  const label = serverCaption(server);
  if (label) p.marks.append(label, gmail);
  else p.marks.after(server, gmail);
  return { swap, fill, gmail };
}

/** The note beside Save (after Cancel when there is one). */
export function placeSaveNote(p: Place): HTMLElement | null {
  const anchor = p.extras.cancel ?? p.fields.save;
  if (!anchor) return null;
  const note = p.marks.make('span', { marginLeft: '12px' });
  note.textContent = setupText.saveNote;
  p.marks.after(anchor, note);
  return note;
}

/** A decoded editor message, right after the place the editor wrote it. */
export function placeEditorNote(p: Place, place: HTMLElement): HTMLElement {
  const note = p.marks.make('p', { margin: '2px 0 4px', maxWidth: '60ch' });
  note.className = 'tpgo-editor-note';
  p.marks.after(place, note);
  return note;
}
