// One attached editor, as one loop: page events, observers, timers and lazy loads dispatch
// actions; `reduce` (src/rules/setup-interaction.ts) folds them into the interaction facts;
// `setupState` computes the one view from the page's facts plus those; `applyView` writes our
// elements. Our elements' events become intents (page-writes.ts, the one writer of the host
// page). layout.ts places everything; dispose() takes back all it did.
import type { Finding } from '../../rules/finding.js';
import {
  initialInteraction,
  reduce,
  type Action,
  type Interaction,
} from '../../rules/setup-interaction.js';
import { setupState, type SetupView } from '../../rules/setup-state.js';
import { applyView, nothingShown, setDecoderText, type Ui } from './apply-view.js';
import { Decorations } from './decorations.js';
import {
  captionOf,
  findExtras,
  googleIssuer,
  isGoogleOAuth,
  isSignedIn,
  shownPromptChoices,
} from './fields.js';
import type { EditorExtras, EditorFields } from './fields.js';
import { guarded, logFailure } from '../log.js';
import { diagnosis, redirectFindings } from './lazy.js';
import * as layout from './layout.js';
import { guardClick, isGuardedButton } from './guard.js';
import { editorSays, snapshotOf } from './page-facts.js';
import { readRedirectFacts, type RedirectFacts } from './redirect.js';
import { SignInFollow } from './sign-in.js';
import { hostText } from './text.js';
import { loadHealth, wireSession } from './wiring.js';
import { placePairCheck, type PairCheckControl } from './pair-check-control.js';

export class EditorSession {
  readonly doc: Document;
  readonly win: Window;
  readonly fields: EditorFields;
  readonly extras: EditorExtras;
  /** Listeners that live as long as the session. */
  private readonly life = new AbortController();
  /** Listeners and nodes that live while Google OAuth is selected. */
  private mode: AbortController | null = null;
  /** What this activation added to the page; undone when the help goes. */
  readonly marks: Decorations;
  redirect: RedirectFacts | null = null;
  /** What Google's rules say of this page's redirect URI: fixed for the page, computed once. */
  private redirectFindings: readonly Finding[] = [];
  private interaction: Interaction = initialInteraction;
  /** The last view applied: the guard and the intents act on it. */
  view: SetupView | null = null;
  ui: Ui | null = null;
  pair: PairCheckControl | null = null;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  readonly follow: SignInFollow;
  observer: MutationObserver | null = null;

  constructor(doc: Document, fields: EditorFields) {
    this.doc = doc;
    this.win = doc.defaultView ?? window;
    this.fields = fields;
    this.extras = findExtras(doc);
    this.marks = new Decorations(doc);
    this.follow = new SignInFollow({
      win: this.win,
      later: (fn, ms) => this.later(fn, ms),
      signedIn: () => isSignedIn(this.fields.signIn),
      editorSays: () => editorSays(this.doc, this.fields),
      settled: (failure) => this.signInSettled(failure),
    });
    fields.method.addEventListener(
      'change',
      guarded('method change', () => this.applyMode()),
      {
        signal: this.life.signal,
      },
    );
    // A method changed by script fires no native event, but the editor relabels the fields:
    // re-read the method whenever the Login caption changes.
    const caption = captionOf(doc, 'Login');
    if (caption) {
      const relabel = new MutationObserver(guarded('relabel', () => this.applyMode()));
      relabel.observe(caption, { characterData: true, childList: true, subtree: true });
      this.life.signal.addEventListener('abort', () => relabel.disconnect());
    }
    this.applyMode();
  }

  /** Whether our help is shown (Google OAuth selected). */
  get active(): boolean {
    return this.mode !== null;
  }

  dispose(): void {
    this.deactivate();
    this.life.abort();
  }

  /** Google OAuth selected or not: the help comes or goes; otherwise the view is computed again. */
  applyMode(): void {
    const google = isGoogleOAuth(this.fields.method);
    if (google && !this.mode) {
      try {
        this.activate();
      } catch (error) {
        // Half-placed help is worse than none: take back whatever was placed, leave the
        // editor as it was, and try again only when the admin picks the method again.
        logFailure('activate', error);
        this.deactivate();
      }
    } else if (!google && this.mode) this.deactivate();
    else if (google) this.render();
  }

  private activate(): void {
    this.mode = new AbortController();
    this.interaction = reduce(this.interaction, { kind: 'activate' });
    this.redirect = readRedirectFacts(this.win);
    this.redirectFindings = [];
    const p = { doc: this.doc, marks: this.marks, fields: this.fields, extras: this.extras };
    const announcer = layout.placeAnnouncer(p);
    const redirect = layout.placeRedirect(p);
    const placed = layout.placeFieldChecks(p);
    this.pair = placePairCheck(p, placed, {
      redirectUri: () => this.redirect?.uri ?? '',
      issuer: () => googleIssuer(this.fields.method),
      changed: (checking, verdict) => this.dispatch({ kind: 'pair', checking, verdict }),
    });
    const side = layout.placeSidePanel(p);
    const signInPanel = layout.placeSignInPanel(p);
    this.ui = {
      fields: placed,
      pair: this.pair?.element ?? null,
      redirect,
      announcer,
      checklist: side.checklist,
      importer: side.importer,
      ...signInPanel,
      shown: nothingShown(),
      ...layout.placeOffers(p, placed.find((f) => f.key === 'clientId')?.check),
      saveNote: layout.placeSaveNote(p),
      notePlaces: {
        connection: this.fields.failedConnection,
        password: captionOf(this.doc, 'Password'),
        login: captionOf(this.doc, 'Login'),
      },
      editorNotes: new Map(),
    };
    // The page's facts that never change while the help is shown.
    redirect.uri = this.redirect.uri;
    redirect.acid = this.redirect.acid;
    void redirectFindings(this.redirect.uri).then(
      guarded('redirect check', (found) => {
        if (this.ui?.redirect !== redirect) return;
        this.redirectFindings = found;
        // The acid is said once, by the element's own acid sentence.
        redirect.findings = found.filter((f) => f.code !== 'redirect-uri/acid');
        this.render();
      }),
    );
    side.importer.redirectUri = this.redirect.uri;
    wireSession(this, this.mode.signal, side.importBox);
    layout.followPromptHint(
      this.ui.promptHint,
      () => shownPromptChoices(this.doc),
      this.mode.signal,
    );
    loadHealth(this, this.win);
    this.render();
  }

  private deactivate(): void {
    this.follow.stop();
    this.observer?.disconnect();
    this.observer = null;
    if (!this.mode) return;
    this.mode.abort();
    this.mode = null;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const field of this.ui?.fields ?? []) field.input.setCustomValidity('');
    this.marks.undo();
    this.ui = null;
    this.view = null;
    this.pair?.dispose();
    this.pair = null;
  }

  // ---- the loop --------------------------------------------------------------------------

  dispatch(action: Action): void {
    if (!this.mode) return;
    this.interaction = reduce(this.interaction, action);
    this.render();
  }

  /** Reads the page, computes the one view and hands every element its part of it. */
  render(): void {
    if (!this.mode || !this.ui) return;
    const page = { doc: this.doc, fields: this.fields, extras: this.extras };
    const signedIn = isSignedIn(this.fields.signIn);
    if (signedIn) this.interaction = reduce(this.interaction, { kind: 'signed-in' });
    const view = setupState(
      snapshotOf(
        { ...page, redirectUri: this.redirect?.uri ?? '', loaded: () => this.render() },
        this.interaction,
        { redirectFindings: this.redirectFindings, armed: this.follow.armed },
      ),
    );
    this.view = view;
    applyView(this.ui, view, {
      marks: this.marks,
      makeNote: (place) => layout.placeEditorNote({ ...page, marks: this.marks }, place),
    });
    // Clear of the host's menu of prompts, wherever it opens (measured, so after the view).
    layout.placePromptHint(this.ui.promptHint, shownPromptChoices(this.doc), () => this.render());
  }

  later(fn: () => void, ms: number): void {
    const timer = setTimeout(
      guarded('timer', () => {
        this.timers.delete(timer);
        fn();
      }),
      ms,
    );
    this.timers.add(timer);
  }

  // ---- the guard and the sign-in -----------------------------------------------------------

  /** A click on Sign in, a prompt choice or Save: the guard (guard.ts) may stop it. */
  onClick(event: MouseEvent): void {
    guardClick(this, event);
  }

  /** Whether focus moving to `node` means a click on a guarded button or an offer is under way. */
  clickUnderWay(node: Node): boolean {
    const ui = this.ui;
    return isGuardedButton(this.fields, node) || (!!ui && (node === ui.swap || node === ui.fill));
  }

  announce(text: string): void {
    if (!this.ui) return;
    const announcer = this.ui.announcer;
    // Clear first so the same reason twice is announced twice.
    announcer.textContent = '';
    this.later(() => (announcer.textContent = text), 50);
  }

  /** A Sign in click let through: the decoder goes until this sign-in is over (sign-in.ts). */
  followSignIn(): void {
    this.dispatch({ kind: 'sign-in-start' });
    this.follow.start();
  }

  /** Signed in, or the decoder beside Sign in with what is known. */
  private signInSettled(failure: string | null): void {
    const ui = this.ui;
    if (!ui) return;
    if (failure !== null) setDecoderText(ui, failure);
    this.dispatch({ kind: 'sign-in-end', failure });
    if (failure === null) return;
    // The decoder's own code, if not in yet (even with nothing to decode: the admin types in
    // what Google's page said).
    diagnosis
      .load()
      .then(guarded('lazy help', () => this.render()))
      .catch((error: unknown) => logFailure('lazy help', error));
    this.announce(hostText.signInUnfinished);
  }
}
