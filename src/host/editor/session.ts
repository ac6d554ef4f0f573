// One attached editor: places the help beside the fields it is about while Google OAuth is
// selected, feeds every element from ONE setup state (src/rules/setup-state.ts), guards Sign in
// and Save, and follows a sign-in to its end. It is the only code that writes into the host
// page; dispose() takes back all it did.
import type { CredentialsReport } from '../../rules/credentials-file.js';
import type { Finding } from '../../rules/finding.js';
import type { HealthVerdict } from '../../rules/health.js';
import { checkRedirectUri } from '../../rules/redirect-uri.js';
import { promptChoiceHint, setupText } from '../../rules/setup-messages.js';
import {
  setupState,
  type FieldKey,
  type FileFacts,
  type SetupSnapshot,
  type SetupView,
} from '../../rules/setup-state.js';
import { looksLikeCredentialsJson } from '../../rules/shared.js';
import '../../elements/tpgo-field-check.js';
import '../../elements/tpgo-redirect-uri.js';
import '../../elements/tpgo-unverified-guide.js';
import '../../elements/tpgo-setup-checklist.js';
// Defined by their lazy chunks (lazy.ts); the session places them before they load.
import type {} from '../../elements/tpgo-credentials-import.js';
import type {} from '../../elements/tpgo-signin-error.js';
import type {} from '../../elements/tpgo-connection-status.js';
import {
  afterLogin,
  captionOf,
  editorFieldMessage,
  failedConnectionText,
  findExtras,
  googleIssuer,
  isGoogleOAuth,
  isSignedIn,
  saveStatusText,
  writeField,
  type EditorExtras,
  type EditorFields,
} from './fields.js';
import { guarded, guardedAsync, logFailure } from '../log.js';
import { PairCheckControl } from './pair-check-control.js';
import { credentials, diagnosis, type Lazy } from './lazy.js';
import { readRedirectFacts, type RedirectFacts } from './redirect.js';
import { SAVE_STATUS_SELECTOR } from './selectors.js';
import { SignInFollow, promptChoiceItems, promptChoiceShown } from './sign-in.js';
import { followPromptHint, placePromptHint } from './prompt-hint-layout.js';
import { applyGmailSettings } from './gmail-settings.js';
import { Decorations } from './decorations.js';
import { hostText } from './text.js';

interface FieldState {
  readonly key: FieldKey;
  readonly input: HTMLInputElement;
  readonly check: HTMLElementTagNameMap['tpgo-field-check'];
}

/** The saved profile this editor shows, from the page address; '' for a new profile. */
function profileName(win: Window): string {
  try {
    return new URLSearchParams(win.location.search).get('ProfileName')?.trim() ?? '';
  } catch {
    return '';
  }
}

/** The editor's empty right-hand column, beside its fields (a float, so nothing moves down). */
const RIGHT_COLUMN: Partial<CSSStyleDeclaration> = {
  float: 'right',
  clear: 'right',
  width: '300px',
  maxWidth: '42%',
};

const hide = (el: HTMLElement, hidden: boolean) => {
  if (el.hidden !== hidden) el.hidden = hidden;
};

export class EditorSession {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly fields: EditorFields;
  private readonly extras: EditorExtras;
  /** Listeners that live as long as the session. */
  private readonly life = new AbortController();
  /** Listeners and nodes that live while Google OAuth is selected. */
  private mode: AbortController | null = null;
  /** What this activation added to the page; undone when the help goes. */
  private readonly marks: Decorations;
  private state = new Map<FieldKey, FieldState>();
  private redirect: RedirectFacts | null = null;
  /** What Google's rules say of this page's redirect URI: fixed for the page, computed once. */
  private redirectFindings: readonly Finding[] = [];

  // The interaction facts that the page itself does not hold; everything else is read live.
  private revealed: Record<FieldKey, boolean> = { clientId: false, secret: false };
  private secretTouched = false;
  private file: FileFacts | null = null;
  private signInFailure = '';
  /** The last view rendered: what the guard and the offers act on. */
  private view: SetupView | null = null;

  private ui: {
    redirect: HTMLElementTagNameMap['tpgo-redirect-uri'];
    guide: HTMLElementTagNameMap['tpgo-unverified-guide'];
    importer: HTMLElementTagNameMap['tpgo-credentials-import'];
    decoder: HTMLElementTagNameMap['tpgo-signin-error'];
    health: HTMLElementTagNameMap['tpgo-connection-status'];
    promptHint: HTMLElement;
    checklist: HTMLElementTagNameMap['tpgo-setup-checklist'];
    announcer: HTMLElement;
    swap: HTMLElement;
    fill: HTMLElement;
    gmail: HTMLElement | null;
    saveNote: HTMLElement | null;
    editorNotes: Map<HTMLElement, HTMLElement>;
  } | null = null;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private pair: PairCheckControl | null = null;
  /** window.open while our wrapper is installed, to put back whatever happens. */
  private readonly follow: SignInFollow;
  private observer: MutationObserver | null = null;

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
      editorSays: () =>
        failedConnectionText(this.fields) ||
        editorFieldMessage(this.doc, 'Password') ||
        editorFieldMessage(this.doc, 'Login'),
      settled: (failure) => this.signInSettled(failure),
    });
    fields.method.addEventListener(
      'change',
      guarded('method change', () => this.applyMode()),
      { signal: this.life.signal },
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

  private applyMode(): void {
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
    const signal = this.mode.signal;
    this.revealed = { clientId: false, secret: false };
    this.secretTouched = false;
    this.file = null;
    this.signInFailure = '';
    this.redirect = readRedirectFacts(this.win);
    this.redirectFindings = checkRedirectUri(this.redirect.uri);
    const announcer = this.placeAnnouncer();
    const redirect = this.placeRedirect();
    this.placeFieldChecks(signal);
    const side = this.placeSidePanel(signal);
    const signInPanel = this.placeSignInPanel(signal);
    this.ui = {
      redirect,
      announcer,
      ...side,
      ...signInPanel,
      ...this.placeOffers(signal),
      saveNote: this.placeSaveNote(),
      editorNotes: new Map(),
    };
    // Capture on the document runs before the editor's own handlers bound on the buttons.
    this.doc.addEventListener(
      'click',
      guarded('guard', (event: MouseEvent) => this.onClick(event)),
      { capture: true, signal },
    );
    this.extras.server?.addEventListener(
      'input',
      guarded('server', () => this.render()),
      {
        signal,
      },
    );
    // The editor writes its messages (sign-in, check connection, save) into the form: decode
    // them where they appear.
    const form = this.fields.method.closest('form') ?? this.doc.body;
    this.observer = new MutationObserver(
      guarded('editor messages', () => this.renderEditorNotes()),
    );
    this.observer.observe(form, { childList: true, characterData: true, subtree: true });
    // Sign in and Sign out change only the button's class and value.
    if (this.fields.signIn) {
      this.observer.observe(this.fields.signIn, {
        attributes: true,
        attributeFilter: ['class', 'value'],
      });
      this.fields.signIn.addEventListener(
        'click',
        guarded('sign in state', () => this.later(() => this.render(), 0)),
        { signal },
      );
    }
    // The hint follows the menu when the page scrolls or the window is resized.
    followPromptHint(this.ui.promptHint, () => promptChoiceItems(this.doc), signal);
    // A menu of prompt choices may be placed at the body level.
    this.observer.observe(this.doc.body, { childList: true });
    const status = this.doc.querySelector(SAVE_STATUS_SELECTOR);
    if (status) {
      this.observer.observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
        attributes: true,
      });
    }
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
    for (const field of this.state.values()) field.input.setCustomValidity('');
    this.marks.undo();
    this.state.clear();
    this.ui = null;
    this.view = null;
    this.pair?.dispose();
    this.pair = null;
  }

  // ---- placement -------------------------------------------------------------------------

  private placeAnnouncer(): HTMLElement {
    const announcer = this.marks.make('div', {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    });
    announcer.setAttribute('role', 'alert');
    this.marks.append(this.doc.body, announcer);
    return announcer;
  }

  /** The redirect URI directly above the Client ID, in the credentials block. */
  private placeRedirect(): HTMLElementTagNameMap['tpgo-redirect-uri'] {
    const redirect = this.marks.make('tpgo-redirect-uri', { display: 'block', margin: '0 0 6px' });
    const anchor = captionOf(this.doc, 'Login') ?? this.fields.login ?? this.fields.password;
    if (anchor) this.marks.before(anchor, redirect);
    else this.marks.after(this.fields.methodGroup ?? this.fields.method, redirect);
    return redirect;
  }

  private placeFieldChecks(signal: AbortSignal): void {
    const pairs: [FieldKey, HTMLInputElement | null][] = [
      ['clientId', this.fields.login],
      ['secret', this.fields.password],
    ];
    for (const [key, input] of pairs) {
      if (!input) continue;
      const check = this.marks.make('tpgo-field-check');
      check.id = `tpgo-${key === 'clientId' ? 'client-id' : 'client-secret'}-check`;
      check.fieldLabel = hostText.fieldLabel[key];
      this.marks.after(key === 'clientId' ? afterLogin(input) : input, check);
      const described = input.getAttribute('aria-describedby');
      this.marks.setAttribute(
        input,
        'aria-describedby',
        described ? `${described} ${check.id}` : check.id,
      );
      // The editor's captions are paragraphs, not labels: the inputs have no name of their own.
      if (!input.hasAttribute('aria-label') && !input.hasAttribute('aria-labelledby')) {
        this.marks.setAttribute(input, 'aria-label', hostText.fieldLabel[key]);
      }
      const field: FieldState = { key, input, check };
      this.state.set(key, field);
      input.addEventListener(
        'input',
        guarded('input', () => this.onInput(field)),
        { signal },
      );
      input.addEventListener(
        'change',
        guarded('change', () => {
          if (key === 'secret') this.secretTouched = true;
        }),
        { signal },
      );
      input.addEventListener(
        'blur',
        guarded('blur', (event: FocusEvent) => this.onBlur(field, event)),
        { signal },
      );
      check.addEventListener(
        'tpgo-use-suggestion',
        guarded('suggestion', (event: Event) => {
          const { value } = (event as CustomEvent<{ value: string }>).detail;
          this.write(key, value);
          input.focus();
        }),
        { signal },
      );
    }
    this.placePairCheck(signal);
  }

  /** The one "Check with Google", right after the secret's field check. */
  private placePairCheck(signal: AbortSignal): void {
    const id = this.state.get('clientId');
    const secret = this.state.get('secret');
    if (!id || !secret) return;
    const pair = new PairCheckControl(
      this.doc,
      {
        values: () => ({ clientId: id.input.value, clientSecret: secret.input.value }),
        redirectUri: () => this.redirect?.uri ?? '',
        issuer: () => googleIssuer(this.fields.method),
      },
      () => this.render(),
    );
    pair.element.dataset.tpgo = '';
    this.marks.after(secret.check, pair.element);
    this.pair = pair;
    pair.element.addEventListener(
      'tpgo-check-request',
      guardedAsync('check request', () => this.pair?.request()),
      { signal },
    );
    pair.element.addEventListener(
      'tpgo-check-cancel',
      guarded('check cancel', () => this.pair?.cancel()),
      { signal },
    );
  }

  /**
   * Beside the fields, in the credentials block's empty right-hand column: the checklist's
   * one-line summary and the credentials file import, each one click away.
   */
  private placeSidePanel(signal: AbortSignal) {
    const panel = this.marks.make('section', { ...RIGHT_COLUMN, margin: '0 0 8px 16px' });
    panel.setAttribute('aria-label', hostText.panelLabel);
    panel.className = 'tpgo-panel';
    const checklist = this.marks.make('tpgo-setup-checklist', { display: 'block' });
    const importBox = this.marks.make('details', { margin: '4px 0' });
    const summary = this.marks.make('summary', { cursor: 'pointer', color: '#1565c0' });
    summary.textContent = hostText.importSummary;
    const importer = this.marks.make('tpgo-credentials-import');
    importBox.append(summary, importer);
    // The import's code comes when it is first opened.
    importBox.addEventListener(
      'toggle',
      guarded('import load', () => importBox.open && void credentials.load()),
      { signal },
    );
    panel.append(checklist, importBox);
    const anchor = captionOf(this.doc, 'Login') ?? this.fields.login ?? this.fields.password;
    if (anchor) this.marks.before(anchor, panel);
    else this.marks.after(this.fields.method, panel);

    importer.addEventListener(
      'tpgo-credentials-read',
      guarded('import read', (event: Event) => {
        const { facts } = (event as CustomEvent<{ facts: FileFacts | null }>).detail;
        this.file = facts ?? null;
        this.render();
      }),
      { signal },
    );
    importer.addEventListener(
      'tpgo-credentials',
      guarded('import', (event: Event) => {
        const detail = (event as CustomEvent<{ clientId: string; clientSecret?: string }>).detail;
        this.write('clientId', detail.clientId);
        if (detail.clientSecret !== undefined) this.write('secret', detail.clientSecret);
      }),
      { signal },
    );
    return { checklist, importer };
  }

  /**
   * Next to Sign in (where the admin meets Google's screens): the "app isn't verified" guide as
   * one line, and the sign-in decoder once a sign-in did not finish.
   */
  private placeSignInPanel(signal: AbortSignal) {
    const panel = this.marks.make('div', { ...RIGHT_COLUMN, margin: '4px 0 4px 16px' });
    const guide = this.marks.make('tpgo-unverified-guide', { display: 'block' });
    // No inline display on what may be hidden: it would win over the hidden attribute.
    const decoder = this.marks.make('tpgo-signin-error', { marginTop: '6px' });
    decoder.hidden = true;
    decoder.unfinished = true;
    // A saved Google profile: is its mail still flowing? (issue 12; shown once known)
    const health = this.marks.make('tpgo-connection-status', { marginTop: '6px' });
    health.hidden = true;
    // Today's Sign in offers a choice of prompts: which one to pick, once the choice shows.
    const promptHint = this.marks.make('p', { margin: '6px 0 0', maxWidth: '60ch' });
    promptHint.textContent = promptChoiceHint;
    promptHint.hidden = true;
    panel.append(health, promptHint, decoder, guide);
    this.marks.after(this.fields.methodGroup ?? this.fields.method, panel);
    // What the admin reports from Google's window counts as the sign-in's failure: the
    // checklist's steps then say so too.
    decoder.addEventListener(
      'tpgo-decode',
      guarded('decode', (event: Event) => {
        const { query, code } = (event as CustomEvent<{ query: string; code?: string }>).detail;
        if (!code || isSignedIn(this.fields.signIn)) return;
        this.signInFailure = query.slice(0, 2000);
        this.render();
      }),
      { signal },
    );
    const name = profileName(this.win);
    if (name) {
      diagnosis
        .load()
        .then((loaded) => loaded?.editorProfileHealth(this.win, name))
        .then(
          guarded('editor health', (verdict: HealthVerdict | 'not-google' | undefined) => {
            if (!verdict || verdict === 'not-google' || verdict.state === 'no-data') return;
            health.verdict = verdict;
            hide(health, false);
          }),
        )
        .catch((error: unknown) => logFailure('editor health', error));
    }
    return { guide, decoder, health, promptHint };
  }

  private offerButton(label: string, onClick: () => void, signal: AbortSignal): HTMLElement {
    const button = this.marks.make('button', { marginTop: '4px' });
    button.type = 'button';
    // The host's own button look.
    button.className = 'tau-btn';
    button.textContent = label;
    button.addEventListener('click', guarded('offer', onClick), { signal });
    return button;
  }

  private placeOffers(signal: AbortSignal) {
    const swap = this.offerButton(
      setupText.offers.swap,
      () => {
        const id = this.state.get('clientId');
        const secret = this.state.get('secret');
        if (!id || !secret || !this.view?.offers.swap) return;
        const [a, b] = [id.input.value, secret.input.value];
        this.write('clientId', b);
        this.write('secret', a);
        id.input.focus();
      },
      signal,
    );
    swap.hidden = true;
    const fill = this.offerButton(
      setupText.offers.fillBoth,
      () => {
        const values = this.view?.offers.fillBoth;
        if (!values) return;
        this.write('clientId', values.clientId);
        this.write('secret', values.secret);
        this.state.get('clientId')?.input.focus();
      },
      signal,
    );
    fill.hidden = true;
    const idCheck = this.state.get('clientId')?.check;
    const row = this.marks.make('div');
    row.append(swap, fill);
    if (idCheck) this.marks.after(idCheck, row);

    // Gmail's settings, one click, on the Server caption's line: no height added.
    let gmail: HTMLElement | null = null;
    const server = this.extras.server;
    if (server) {
      gmail = this.offerButton(setupText.offers.gmailShort, () => this.useGmail(), signal);
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
      gmail.hidden = true;
      const caption = server.closest('td, th')?.parentElement?.previousElementSibling;
      const index = (server.closest('td, th') as HTMLTableCellElement | null)?.cellIndex ?? -1;
      const label = caption?.children[index]?.querySelector('p') ?? null;
      if (label) {
        this.marks.append(label, gmail);
      } else this.marks.after(server, gmail);
    }
    return { swap, fill, gmail };
  }

  /** Gmail's IMAP settings, written as typing would be (gmail-settings.ts orders the writes). */
  private useGmail(): void {
    if (!this.view?.offers.gmail || !applyGmailSettings(this.extras)) return;
    this.render();
    this.extras.server?.focus();
  }

  private placeSaveNote(): HTMLElement | null {
    const anchor = this.extras.cancel ?? this.fields.save;
    if (!anchor) return null;
    const note = this.marks.make('span', { marginLeft: '12px' });
    note.textContent = setupText.saveNote;
    this.marks.after(anchor, note);
    return note;
  }

  // ---- state -----------------------------------------------------------------------------

  private write(key: FieldKey, value: string): void {
    const field = this.state.get(key);
    if (!field) return;
    writeField(field.input, value);
    if (key === 'secret') this.secretTouched = true;
    this.revealed[key] = true;
    this.render();
  }

  private onInput(field: FieldState): void {
    if (field.key === 'secret') this.secretTouched = true;
    this.pair?.invalidate();
    this.signInFailure = '';
    this.render();
    // Late to show, early to clear: once valid, wait for the next blur again.
    if (!this.view?.fields[field.key].blocksSignIn) {
      this.revealed[field.key] = false;
      this.render();
    }
  }

  private onBlur(field: FieldState, event: FocusEvent): void {
    // Focus moving to Save or Sign in, or to one of our offers (Fill both, Swap), means a click
    // on it is under way: revealing now would push the button down between mousedown and
    // mouseup and lose the click. The guard reveals what blocks Save and Sign in instead; an
    // offer rewrites the field anyway.
    const to = event.relatedTarget;
    if (to instanceof Node && (this.isGuardedButton(to) || this.isOffer(to))) return;
    if (field.input.value !== '') this.revealed[field.key] = true;
    this.render();
  }

  private snapshot(): SetupSnapshot {
    const { server, protocol } = this.extras;
    return {
      clientId: this.state.get('clientId')?.input.value ?? '',
      secret: this.state.get('secret')?.input.value ?? '',
      secretTouched: this.secretTouched,
      revealed: { ...this.revealed },
      redirectUri: this.redirect?.uri ?? '',
      redirectFindings: this.redirectFindings,
      file: this.file,
      pair: { checking: this.pair?.checking ?? false, verdict: this.pair?.verdict ?? null },
      signedIn: isSignedIn(this.fields.signIn),
      signInFailure: this.decodedFailure(),
      pasted: this.pastedReport(),
      server: server ? server.value : 'unknown',
      protocol: protocol?.value ?? 'imap',
    };
  }

  /** The last sign-in failure as the decoder reads it (the decoder loads on first need). */
  private decodedFailure(): SetupSnapshot['signInFailure'] {
    if (!this.signInFailure) return null;
    const loaded = this.loaded(diagnosis);
    return loaded?.decodeSignInError(this.signInFailure) ?? null;
  }

  /** A whole credentials file pasted into a field: its report (the import loads on first need). */
  private pastedReport(): CredentialsReport | null {
    const values = ['clientId', 'secret'].map(
      (key) => this.state.get(key as FieldKey)?.input.value ?? '',
    );
    if (!values.some((value) => looksLikeCredentialsJson(value.trim()))) return null;
    return (
      this.loaded(credentials)?.pastedCredentialsReport(values, this.redirect?.uri ?? '') ?? null
    );
  }

  /** A lazy module if it has loaded; otherwise starts its load and renders again once it is in. */
  private loaded<T>(module: Lazy<T>): T | undefined {
    if (module.now) return module.now;
    module
      .load()
      .then(guarded('lazy help', (done: T | undefined) => done && this.renderEditorNotes()))
      .catch((error: unknown) => logFailure('lazy help', error));
    return undefined;
  }

  /** Computes the one view and hands every element its part of it. */
  private render(): void {
    if (!this.mode || !this.ui) return;
    const snapshot = this.snapshot();
    const view = setupState(snapshot);
    this.view = view;
    for (const field of this.state.values()) {
      const fieldView = view.fields[field.key];
      field.check.findings = fieldView.findings;
      field.check.revealed = fieldView.revealed;
      field.input.setCustomValidity(fieldView.validity);
      this.marks.setAttribute(
        field.input,
        'aria-invalid',
        fieldView.revealed && fieldView.validity ? 'true' : null,
      );
    }
    this.pair?.setEnabled(view.canCheckPair, view.pairDisabledReason);
    if (this.pair) {
      // One button, shown once there is something to check.
      hide(this.pair.element, snapshot.clientId.trim() === '' || snapshot.secret.trim() === '');
    }
    const ui = this.ui;
    if (this.redirect) {
      ui.redirect.uri = this.redirect.uri;
      ui.redirect.acid = this.redirect.acid;
      // The acid is said once, by the element's own acid sentence.
      ui.redirect.findings = this.redirectFindings.filter((f) => f.code !== 'redirect-uri/acid');
      ui.importer.redirectUri = this.redirect.uri;
    }
    ui.checklist.steps = view.steps;
    ui.checklist.summary = view.summary;
    ui.checklist.complete = view.complete;
    hide(ui.swap, !view.offers.swap);
    hide(ui.fill, view.offers.fillBoth === null);
    if (ui.gmail) {
      const gmail = view.offers.gmail;
      hide(ui.gmail, gmail === null);
      if (gmail) {
        const label = setupText.offers.gmail(gmail.server, gmail.port);
        if (ui.gmail.getAttribute('aria-label') !== label) {
          ui.gmail.setAttribute('aria-label', label);
          ui.gmail.title = label;
        }
      }
    }
    if (ui.saveNote) hide(ui.saveNote, !view.saveNote);
    if (isSignedIn(this.fields.signIn)) hide(ui.decoder, true);
  }

  /** The editor's own messages, decoded right where the editor shows them. */
  private renderEditorNotes(): void {
    const ui = this.ui;
    if (!ui) return;
    const places: [HTMLElement | null, string][] = [
      [this.fields.failedConnection, failedConnectionText(this.fields)],
      [captionOf(this.doc, 'Password'), editorFieldMessage(this.doc, 'Password')],
      [captionOf(this.doc, 'Login'), editorFieldMessage(this.doc, 'Login')],
    ];
    for (const [place, text] of places) {
      if (!place) continue;
      const said = text ? (this.loaded(diagnosis)?.decodeEditorMessage(text) ?? '') : '';
      let note = ui.editorNotes.get(place);
      if (!said) {
        if (note) hide(note, true);
        continue;
      }
      if (!note) {
        note = this.marks.make('p', { margin: '2px 0 4px', maxWidth: '60ch' });
        note.className = 'tpgo-editor-note';
        this.marks.after(place, note);
        ui.editorNotes.set(place, note);
      }
      if (note.textContent !== said) note.textContent = said;
      hide(note, false);
    }
    // The choice of prompts is on screen: say which to pick.
    hide(ui.promptHint, !(this.follow.armed && promptChoiceShown(this.doc)));
    placePromptHint(ui.promptHint, promptChoiceItems(this.doc));
    // Save before Sign in: the editor says only "Unable to save profile".
    if (ui.saveNote) {
      const failed =
        !isSignedIn(this.fields.signIn) && /unable to save/i.test(saveStatusText(this.doc));
      ui.saveNote.style.color = failed ? '#c62828' : '';
      ui.saveNote.style.fontWeight = failed ? '600' : '';
      const text = failed ? hostText.saveFirstSignIn : setupText.saveNote;
      if (ui.saveNote.textContent !== text) ui.saveNote.textContent = text;
    }
    this.render();
  }

  // ---- the guard -------------------------------------------------------------------------

  private isOffer(node: Node): boolean {
    const ui = this.ui;
    return !!ui && (node === ui.swap || node === ui.fill);
  }

  private isGuardedButton(node: Node): boolean {
    return (
      (this.fields.save?.contains(node) ?? false) || (this.fields.signIn?.contains(node) ?? false)
    );
  }

  private onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const isSignIn =
      (this.fields.signIn?.contains(target) ?? false) || this.follow.isPromptChoice(target);
    const isSave = this.fields.save?.contains(target) ?? false;
    if (!isSignIn && !isSave) return;
    // The method may have been changed by script, with no event: read it again now.
    this.applyMode();
    if (!this.mode) return;
    if (isSignIn && isSignedIn(this.fields.signIn)) return; // "Sign out" is never stopped.

    this.render();
    const view = this.view;
    if (!view) return;
    const blocking = [...this.state.values()].filter((field) =>
      isSignIn ? view.fields[field.key].blocksSignIn : view.fields[field.key].blocksSave,
    );
    if (blocking.length === 0) {
      if (isSignIn) this.followSignIn();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    for (const field of blocking) this.revealed[field.key] = true;
    this.render();
    const first = blocking[0]!;
    const error = view.fields[first.key].findings.find((finding) => finding.severity === 'error');
    this.announce(
      hostText.blocked(isSignIn ? 'signIn' : 'save', error ? `${error.message} ${error.fix}` : ''),
    );
    // The field and its message in view, then the field focused.
    first.check.scrollIntoView?.({ block: 'center' });
    first.input.focus({ preventScroll: true });
  }

  private announce(text: string): void {
    if (!this.ui) return;
    const announcer = this.ui.announcer;
    // Clear first so the same reason twice is announced twice.
    announcer.textContent = '';
    this.later(() => (announcer.textContent = text), 50);
  }

  private later(fn: () => void, ms: number): void {
    const timer = setTimeout(
      guarded('timer', () => {
        this.timers.delete(timer);
        fn();
      }),
      ms,
    );
    this.timers.add(timer);
  }

  // ---- following a sign-in ----------------------------------------------------------------

  /** A Sign in click let through: the decoder goes until this sign-in is over (sign-in.ts). */
  private followSignIn(): void {
    if (!this.ui) return;
    hide(this.ui.decoder, true);
    this.signInFailure = '';
    this.follow.start();
  }

  /** Signed in, or the decoder beside Sign in with what is known. */
  private signInSettled(failure: string | null): void {
    const ui = this.ui;
    if (!ui) return;
    if (failure === null) {
      hide(ui.decoder, true);
      this.render();
      return;
    }
    this.signInFailure = failure;
    ui.decoder.text = failure;
    hide(ui.decoder, false);
    // The decoder's own code, if not in yet (even with nothing to decode: the admin types in
    // what Google's page said).
    this.loaded(diagnosis);
    this.render();
    this.announce(hostText.signInUnfinished);
  }
}
