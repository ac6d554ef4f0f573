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
import { announce } from '../../elements/internal/announcer.js';
import { applyView, type Ui } from './apply-view.js';
import { Decorations } from './decorations.js';
import { captionOf, findExtras, isGoogleOAuth, isSignedIn, shownPromptChoices } from './fields.js';
import type { EditorExtras, EditorFields } from './fields.js';
import { guarded, logFailure } from '../log.js';
import { followOf, startSignIn } from './follow.js';
import * as layout from './layout.js';
import { snapshotOf } from './page-facts.js';
import type { PairCheckControl } from './pair-check-control.js';
import { checkRedirectLater, placeUi } from './place-ui.js';
import { readRedirectFacts, type RedirectFacts } from './redirect.js';
import type { SignInFollow } from './sign-in.js';
import { Timers } from './timers.js';
import { loadHealth, wireSession } from './wiring.js';
import { lifetimeHook, type LifetimeHook } from './lifetime-hook.js';
import { holdLoadsForFirstFrame } from './lazy.js';

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
  private readonly timers = new Timers();
  readonly follow: SignInFollow;
  readonly lifetime: LifetimeHook;
  observer: MutationObserver | null = null;

  constructor(doc: Document, fields: EditorFields) {
    this.doc = doc;
    this.win = doc.defaultView ?? window;
    this.fields = fields;
    this.extras = findExtras(doc);
    this.marks = new Decorations(doc);
    this.lifetime = lifetimeHook(this);
    this.follow = followOf(this, this.lifetime);
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

  get redirectUri(): string {
    return this.redirect?.uri ?? '';
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
    holdLoadsForFirstFrame();
    this.interaction = reduce(this.interaction, { kind: 'activate' });
    this.redirect = readRedirectFacts(this.win);
    this.redirectFindings = [];
    const p = { doc: this.doc, marks: this.marks, fields: this.fields, extras: this.extras };
    const dispatch = (action: Action) => this.dispatch(action);
    const { ui, pair, importBox } = placeUi(p, this.redirect, dispatch);
    this.ui = ui;
    this.pair = pair;
    checkRedirectLater(ui, this.redirect.uri, (found) => {
      this.redirectFindings = found;
      this.render();
    });
    wireSession(this, this.mode.signal, importBox);
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
    this.lifetime.dispose();
    this.observer?.disconnect();
    this.observer = null;
    if (!this.mode) return;
    this.mode.abort();
    this.mode = null;
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
        { ...page, redirectUri: this.redirectUri, loaded: () => this.render() },
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
    this.timers.later(fn, ms);
  }

  // ---- what the guard (guard.ts) and the follow (follow.ts) ask of the session ---------------

  /** Says what stopped the admin's action, through the page's one live region. */
  announce(text: string): void {
    if (this.ui) announce(text, this.doc, { assertive: true });
  }

  /** A Sign in click let through: the decoder goes until this sign-in is over (follow.ts). */
  followSignIn(): void {
    startSignIn(this, this.follow);
  }
}
