// The one writer of our elements: each gets its part of the view, and nothing else is decided
// here (setup-state.ts decided it). Writes only what changed, so a page observer that sees our
// writes settles at once.
import { setupText } from '../../rules/setup-messages.js';
import type { EditorNotePlace, SetupView } from '../../rules/setup-state.js';
import type { Decorations } from './decorations.js';
import { lifetime } from './lazy.js';
import { placeDecoder, placeHealth, type PlacedField } from './layout.js';
import { hostText } from './text.js';

/** Our elements, as layout.ts placed them. */
export interface Ui {
  readonly fields: readonly PlacedField[];
  readonly pair: HTMLElementTagNameMap['tpgo-google-check'] | null;
  readonly redirect: HTMLElementTagNameMap['tpgo-redirect-uri'];
  readonly guide: HTMLElementTagNameMap['tpgo-unverified-guide'];
  readonly importer: HTMLElementTagNameMap['tpgo-credentials-import'];
  /** The panel beside Sign in, where the health line and the decoder go when first shown. */
  readonly signInPanel: HTMLElement;
  /** Made the first time the view shows them (render only what is shown). */
  readonly shown: Shown;
  readonly promptHint: HTMLElement;
  readonly checklist: HTMLElementTagNameMap['tpgo-setup-checklist'];
  readonly swap: HTMLElement;
  readonly fill: HTMLElement;
  readonly gmail: HTMLElement | null;
  readonly saveNote: HTMLElement | null;
  /** The sign-in lifetime's line beside Sign in. */
  readonly lifetime?: HTMLElement;
  /** Where the editor writes each message we decode (null where the page has no such place). */
  readonly notePlaces: Readonly<Record<EditorNotePlace, HTMLElement | null>>;
  /** The decoded notes placed so far, by place; made on first need. */
  readonly editorNotes: Map<HTMLElement, HTMLElement>;
}

/** Our elements made on first show, and what the decoder is handed when it is made. */
export interface Shown {
  decoder: HTMLElementTagNameMap['tpgo-signin-error'] | null;
  health: HTMLElementTagNameMap['tpgo-connection-status'] | null;
  /** What the last unfinished sign-in left for the decoder to read. */
  decoderText: string;
}

export const nothingShown = (): Shown => ({ decoder: null, health: null, decoderText: '' });

/** A sign-in ended unfinished: its text goes into the decoder, now or when it is first made. */
export function setDecoderText(ui: Ui, text: string): void {
  ui.shown.decoderText = text;
  if (ui.shown.decoder) ui.shown.decoder.text = text;
}

export interface ApplyContext {
  readonly marks: Decorations;
  /** Makes the note for a place the first time it has something to say. */
  readonly makeNote: (place: HTMLElement) => HTMLElement;
}

const hide = (el: HTMLElement, hidden: boolean) => {
  if (el.hidden !== hidden) el.hidden = hidden;
};

const setText = (el: HTMLElement, text: string) => {
  if (el.textContent !== text) el.textContent = text;
};

function applyFields(ui: Ui, view: SetupView, marks: Decorations): void {
  for (const field of ui.fields) {
    const fieldView = view.fields[field.key];
    field.check.findings = fieldView.findings;
    field.check.revealed = fieldView.revealed;
    field.input.setCustomValidity(fieldView.validity);
    marks.setAttribute(
      field.input,
      'aria-invalid',
      fieldView.revealed && fieldView.validity ? 'true' : null,
    );
  }
}

function applyOffers(ui: Ui, view: SetupView): void {
  hide(ui.swap, !view.offers.swap);
  hide(ui.fill, view.offers.fillBoth === null);
  if (!ui.gmail) return;
  const gmail = view.offers.gmail;
  hide(ui.gmail, gmail === null);
  if (!gmail) return;
  const label = setupText.offers.gmail(gmail.server, gmail.port);
  if (ui.gmail.getAttribute('aria-label') !== label) {
    ui.gmail.setAttribute('aria-label', label);
    ui.gmail.title = label;
  }
}

function applySaveNote(note: HTMLElement | null, view: SetupView): void {
  if (!note) return;
  hide(note, !view.saveNote);
  note.style.color = view.saveFailed ? '#c62828' : '';
  note.style.fontWeight = view.saveFailed ? '600' : '';
  setText(note, view.saveFailed ? hostText.saveFirstSignIn : setupText.saveNote);
}

function applyEditorNotes(ui: Ui, view: SetupView, ctx: ApplyContext): void {
  for (const key of ['connection', 'password', 'login'] as const) {
    const place = ui.notePlaces[key];
    if (!place) continue;
    const said = view.editorNotes[key];
    let note = ui.editorNotes.get(place);
    if (!said) {
      if (note) hide(note, true);
      continue;
    }
    if (!note) {
      note = ctx.makeNote(place);
      ui.editorNotes.set(place, note);
    }
    setText(note, said);
    hide(note, false);
  }
}

/** Hands every element its part of the one view. */
export function applyView(ui: Ui, view: SetupView, ctx: ApplyContext): void {
  applyFields(ui, view, ctx.marks);
  if (ui.pair) {
    ui.pair.disabled = !view.canCheckPair;
    ui.pair.disabledReason = view.canCheckPair ? '' : view.pairDisabledReason;
    // One button, shown once there is something to check.
    hide(ui.pair, !view.pairShown);
  }
  ui.importer.report = view.importReport;
  ui.importer.fileRedirect = view.importRedirect;
  ui.checklist.steps = view.steps;
  ui.checklist.summary = view.summary;
  ui.checklist.complete = view.complete;
  applyOffers(ui, view);
  applyEditorNotes(ui, view, ctx);
  hide(ui.promptHint, !view.promptHint);
  applySaveNote(ui.saveNote, view);
  applyShownLater(ui, view, ctx.marks);
  // Written by the lifetime chunk, which is in whenever the view has a line.
  if (ui.lifetime) lifetime.now?.renderLifetime(ui.lifetime, view.lifetime);
}

/** The health line and the decoder: made the first time the view shows them, hidden after. */
function applyShownLater(ui: Ui, view: SetupView, marks: Decorations): void {
  const shown = ui.shown;
  if (view.health) {
    shown.health ??= placeHealth(marks, ui.signInPanel);
    if (shown.health.verdict !== view.health) shown.health.verdict = view.health;
  }
  if (view.decoder && !shown.decoder) {
    shown.decoder = placeDecoder(marks, ui.signInPanel);
    shown.decoder.text = shown.decoderText;
  }
  if (shown.decoder) hide(shown.decoder, !view.decoder);
}
