// One attached editor: places the elements while Google OAuth is selected, checks the Client
// ID and secret as the admin types, guards Sign in and Save, and watches how a sign-in ends.
// It is the only code that writes into the host page; dispose() takes back all it did.
import {
  checkClientId,
  checkClientSecret,
  checkRedirectUri,
  hasError,
  type Finding,
} from '../rules/index.js';
import '../elements/tpgo-field-check.js';
import '../elements/tpgo-redirect-uri.js';
import '../elements/tpgo-unverified-guide.js';
import '../elements/tpgo-credentials-import.js';
import '../elements/tpgo-signin-error.js';
import '../elements/tpgo-setup-checklist.js';
import {
  googleIssuer,
  editorFieldMessage,
  failedConnectionText,
  isGoogleOAuth,
  isSignedIn,
  writeField,
  type EditorFields,
} from './editor.js';
import { guarded, guardedAsync, logFailure } from './log.js';
import { PairCheckControl } from './pair-check-control.js';
import { readRedirectFacts, type RedirectFacts } from './page.js';
import { hostText } from './text.js';

type FieldKey = 'clientId' | 'secret';

interface FieldState {
  readonly key: FieldKey;
  readonly input: HTMLInputElement;
  readonly check: HTMLElementTagNameMap['tpgo-field-check'];
  findings: Finding[];
  revealed: boolean;
  dirty: boolean;
}

/** Attributes we set on host inputs, restored exactly when our help goes. */
type Decorated = 'aria-invalid' | 'aria-describedby' | 'aria-label';

/**
 * The editor polls its popup every 500 ms and closes it as soon as it is back on our page, so
 * a return without a code (a declined consent) can only be read by looking more often.
 */
const POPUP_POLL_MS = 100;
/** After the popup closes, the editor still exchanges the code: give it this long. */
const SIGN_IN_SETTLE_MS = 4000;
/** Otherwise, how long to wait for a message the editor may still write. */
const EDITOR_MESSAGE_MS = 600;
/** Stop watching a popup that stays open this long. */
const POPUP_WATCH_MAX_MS = 15 * 60 * 1000;

export class EditorSession {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly fields: EditorFields;
  /** Listeners that live as long as the session. */
  private readonly life = new AbortController();
  /** Listeners and nodes that live while Google OAuth is selected. */
  private mode: AbortController | null = null;
  private added: Element[] = [];
  private savedAttributes: { el: Element; name: string; value: string | null }[] = [];
  private state = new Map<FieldKey, FieldState>();
  private redirect: RedirectFacts | null = null;
  /** What Google's rules say of this page's redirect URI: fixed for the page, computed once. */
  private redirectFindings: readonly Finding[] = [];
  /** The client type of the credentials file last read or filled from, '' for none. */
  private credentialsType: '' | 'web' | 'installed' = '';
  private ui: {
    redirect: HTMLElementTagNameMap['tpgo-redirect-uri'];
    guide: HTMLElementTagNameMap['tpgo-unverified-guide'];
    importer: HTMLElementTagNameMap['tpgo-credentials-import'];
    decoder: HTMLElementTagNameMap['tpgo-signin-error'];
    checklist: HTMLElementTagNameMap['tpgo-setup-checklist'];
    announcer: HTMLElement;
  } | null = null;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private pair: PairCheckControl | null = null;

  constructor(doc: Document, fields: EditorFields) {
    this.doc = doc;
    this.win = doc.defaultView ?? window;
    this.fields = fields;
    fields.method.addEventListener(
      'change',
      guarded('method change', () => this.applyMode()),
      { signal: this.life.signal },
    );
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
    else if (google) this.refresh();
  }

  private activate(): void {
    this.mode = new AbortController();
    const signal = this.mode.signal;
    this.redirect = readRedirectFacts(this.win);
    this.redirectFindings = checkRedirectUri(this.redirect.uri);
    this.placeFieldChecks(signal);
    this.placePanel(signal);
    // Capture on the document runs before the editor's own handlers bound on the buttons.
    this.doc.addEventListener(
      'click',
      guarded('guard', (event: MouseEvent) => this.onClick(event)),
      {
        capture: true,
        signal,
      },
    );
    this.refresh();
  }

  private deactivate(): void {
    if (!this.mode) return;
    this.mode.abort();
    this.mode = null;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const field of this.state.values()) field.input.setCustomValidity('');
    for (const { el, name, value } of this.savedAttributes.reverse()) {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
    this.savedAttributes = [];
    for (const el of this.added) el.remove();
    this.added = [];
    this.state.clear();
    this.ui = null;
    this.pair?.dispose();
    this.pair = null;
  }

  private setHostAttribute(el: Element, name: Decorated, value: string | null) {
    if (!this.savedAttributes.some((saved) => saved.el === el && saved.name === name)) {
      this.savedAttributes.push({ el, name, value: el.getAttribute(name) });
    }
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }

  private insertAfter(anchor: Element, el: Element): void {
    anchor.after(el);
    this.added.push(el);
  }

  private placeFieldChecks(signal: AbortSignal): void {
    const pairs: [FieldKey, HTMLInputElement | null][] = [
      ['clientId', this.fields.login],
      ['secret', this.fields.password],
    ];
    for (const [key, input] of pairs) {
      if (!input) continue;
      const check = this.doc.createElement('tpgo-field-check');
      check.id = `tpgo-${key === 'clientId' ? 'client-id' : 'client-secret'}-check`;
      check.fieldLabel = hostText.fieldLabel[key];
      check.dataset.tpgo = '';
      this.insertAfter(input, check);
      const described = input.getAttribute('aria-describedby');
      this.setHostAttribute(
        input,
        'aria-describedby',
        described ? `${described} ${check.id}` : check.id,
      );
      // The editor's captions are paragraphs, not labels: the inputs have no name of their own.
      if (!input.hasAttribute('aria-label') && !input.hasAttribute('aria-labelledby')) {
        this.setHostAttribute(input, 'aria-label', hostText.fieldLabel[key]);
      }
      const field: FieldState = { key, input, check, findings: [], revealed: false, dirty: false };
      this.state.set(key, field);
      input.addEventListener(
        'input',
        guarded('input', () => this.onInput(field)),
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
          writeField(input, value);
          input.focus();
        }),
        { signal },
      );
    }
    this.placePairCheck(signal);
  }

  /** "Check with Google" right after the secret's field check: both fields are needed. */
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
    this.insertAfter(secret.check, pair.element);
    this.pair = pair;
    this.listenForPairCheck(pair.element, signal);
  }

  private listenForPairCheck(el: HTMLElement, signal: AbortSignal): void {
    el.addEventListener(
      'tpgo-check-request',
      guardedAsync('check request', () => this.pair?.request()),
      { signal },
    );
    el.addEventListener(
      'tpgo-check-cancel',
      guarded('check cancel', () => this.pair?.cancel()),
      { signal },
    );
  }

  private placePanel(signal: AbortSignal): void {
    const doc = this.doc;
    // A named region: the help is one landmark, found and skipped as a whole.
    const panel = doc.createElement('section');
    panel.setAttribute('aria-label', hostText.panelLabel);
    panel.className = 'tpgo-panel';
    panel.dataset.tpgo = '';
    // Styles through the CSSOM: a strict CSP forbids style attributes in markup, not these.
    Object.assign(panel.style, { clear: 'both', margin: '8px 0 4px', maxWidth: '720px' });

    const announcer = doc.createElement('div');
    announcer.setAttribute('role', 'alert');
    Object.assign(announcer.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    });

    const redirect = doc.createElement('tpgo-redirect-uri');
    const decoder = doc.createElement('tpgo-signin-error');
    decoder.hidden = true;
    const guide = doc.createElement('tpgo-unverified-guide');
    const importer = doc.createElement('tpgo-credentials-import');
    const importBox = doc.createElement('details');
    const importSummary = doc.createElement('summary');
    importSummary.textContent = hostText.importSummary;
    Object.assign(importSummary.style, { cursor: 'pointer', margin: '6px 0', color: '#1565c0' });
    importBox.append(importSummary, importer);
    const checklist = doc.createElement('tpgo-setup-checklist');
    this.listenForPairCheck(checklist, signal);
    panel.append(announcer, redirect, decoder, guide, importBox, checklist);

    importer.addEventListener(
      'tpgo-credentials-read',
      guarded('import read', (event: Event) => {
        const { type } = (event as CustomEvent<{ type: '' | 'web' | 'installed' }>).detail;
        this.credentialsType = type;
        this.render();
      }),
      { signal },
    );
    importer.addEventListener(
      'tpgo-credentials',
      guarded('import', (event: Event) => {
        const detail = (event as CustomEvent<{ clientId: string; clientSecret?: string }>).detail;
        this.credentialsType = 'web';
        this.fill('clientId', detail.clientId);
        if (detail.clientSecret !== undefined) this.fill('secret', detail.clientSecret);
      }),
      { signal },
    );

    // Inside the block that holds the method selector, below it: near Sign in and the method.
    const block = this.fields.methodGroup?.parentElement ?? this.fields.method.parentElement;
    if (block && block !== doc.body && block !== doc.documentElement) block.append(panel);
    else this.fields.method.after(panel);
    this.added.push(panel);
    this.ui = { redirect, guide, importer, decoder, checklist, announcer };
  }

  private fill(key: FieldKey, value: string): void {
    const field = this.state.get(key);
    if (!field) return;
    writeField(field.input, value);
    field.dirty = true;
    field.revealed = true;
    this.refresh();
  }

  private onInput(field: FieldState): void {
    field.dirty = true;
    this.pair?.invalidate();
    this.recheck();
    // Late to show, early to clear: once valid, wait for the next blur again.
    if (!hasError(field.findings)) field.revealed = false;
    this.render();
  }

  private onBlur(field: FieldState, event: FocusEvent): void {
    // Focus moving to Save or Sign in means a click on it is under way: revealing now would
    // push the button down between mousedown and mouseup and lose the click. The guard
    // reveals what blocks it instead.
    const to = event.relatedTarget;
    if (to instanceof Node && this.isGuardedButton(to)) return;
    if (field.dirty || field.input.value !== '') field.revealed = true;
    this.render();
  }

  /** Re-runs every check on the current values and renders the results. */
  private refresh(): void {
    if (!this.mode) return;
    this.recheck();
    this.render();
  }

  private recheck(): void {
    const id = this.state.get('clientId');
    const secret = this.state.get('secret');
    if (id) id.findings = checkClientId(id.input.value);
    if (secret) {
      secret.findings = checkClientSecret(
        secret.input.value,
        id ? { clientId: id.input.value } : undefined,
      );
    }
  }

  private render(): void {
    for (const field of this.state.values()) {
      const error = field.findings.find((finding) => finding.severity === 'error');
      field.check.findings = field.findings;
      field.check.revealed = field.revealed;
      field.input.setCustomValidity(error ? `${error.message} ${error.fix}` : '');
      this.setHostAttribute(field.input, 'aria-invalid', field.revealed && error ? 'true' : null);
    }
    const canCheck = this.pair !== null && this.pairReady();
    this.pair?.setEnabled(canCheck, hostText.pairCheckDisabled);
    if (!this.ui || !this.redirect) return;
    const redirectFindings = this.redirectFindings;
    this.ui.redirect.uri = this.redirect.uri;
    this.ui.redirect.acid = this.redirect.acid;
    this.ui.redirect.findings = redirectFindings;
    this.ui.importer.redirectUri = this.redirect.uri;
    const id = this.state.get('clientId');
    const secret = this.state.get('secret');
    Object.assign(this.ui.checklist, {
      clientIdFindings: id?.findings ?? [],
      clientSecretFindings: secret?.findings ?? [],
      redirectFindings,
      credentialsType: this.credentialsType,
      clientIdPresent: (id?.input.value.trim() ?? '') !== '',
      secretPresent: (secret?.input.value.trim() ?? '') !== '',
      signedIn: isSignedIn(this.fields.signIn),
      canCheckPair: canCheck,
      checkingPair: this.pair?.checking ?? false,
      pairVerdict: this.pair?.verdict ?? null,
    });
  }

  private isGuardedButton(node: Node): boolean {
    return (
      (this.fields.save?.contains(node) ?? false) || (this.fields.signIn?.contains(node) ?? false)
    );
  }

  /** Both values are there and neither has an error: "Check with Google" may run. */
  private pairReady(): boolean {
    return [...this.state.values()].every(
      (field) => field.input.value.trim() !== '' && !hasError(field.findings),
    );
  }

  /** The fields with an error, in form order. */
  private blockingFields(): FieldState[] {
    return [...this.state.values()].filter((field) => hasError(field.findings));
  }

  private onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const isSignIn = this.fields.signIn?.contains(target) ?? false;
    const isSave = this.fields.save?.contains(target) ?? false;
    if (!isSignIn && !isSave) return;
    const signIn = this.fields.signIn;
    if (isSignIn && isSignedIn(signIn)) return; // "Sign out" is never stopped.

    this.refresh();
    const blocking = this.blockingFields();
    if (blocking.length === 0) {
      if (isSignIn) this.watchSignIn();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    for (const field of blocking) field.revealed = true;
    this.render();
    const first = blocking[0]!;
    const error = first.findings.find((finding) => finding.severity === 'error')!;
    this.announce(hostText.blocked(isSignIn ? 'signIn' : 'save', `${error.message} ${error.fix}`));
    first.input.focus();
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

  /**
   * Follows the sign-in the editor is about to start: the editor opens its popup from this
   * same click, so window.open is wrapped until the click has been handled. Most failures stay
   * on Google's page (HOST.md §5): when the popup closes without a sign-in, offer the decoder.
   */
  private watchSignIn(): void {
    const ui = this.ui;
    if (!ui) return;
    ui.decoder.hidden = true;
    const win = this.win;
    const original = win.open;
    let popup: Window | null = null;
    let opened = false;
    const wrapper = function (this: Window, ...args: Parameters<Window['open']>) {
      const result = original.apply(this, args);
      popup = result;
      opened = true;
      return result;
    };
    win.open = wrapper;
    this.later(() => {
      if (win.open === wrapper) win.open = original;
      if (opened) this.pollPopup(() => popup, Date.now());
      else this.settleSignIn('', Date.now() + EDITOR_MESSAGE_MS);
    }, 0);
  }

  private pollPopup(popup: () => Window | null, started: number): void {
    let last: PopupPlace = { code: false, error: '' };
    const tick = () => {
      const current = popup();
      if (current && !current.closed) {
        last = whereIsPopup(current);
        if (Date.now() - started < POPUP_WATCH_MAX_MS) this.later(tick, POPUP_POLL_MS);
        return;
      }
      // Back with a code, the editor still exchanges it: give that time. Closed anywhere
      // else (on Google's page, by the admin), only the editor's own message is worth a wait.
      const wait = last.code ? SIGN_IN_SETTLE_MS : EDITOR_MESSAGE_MS;
      this.settleSignIn(last.error, Date.now() + wait);
    };
    this.later(tick, POPUP_POLL_MS);
  }

  /** After the popup is gone: signed in, or the decoder with whatever is known. */
  private settleSignIn(returnedError: string, until = Date.now()): void {
    const ui = this.ui;
    if (!ui) return;
    if (isSignedIn(this.fields.signIn)) {
      ui.decoder.hidden = true;
      this.render();
      return;
    }
    const editorSays =
      failedConnectionText(this.fields) ||
      editorFieldMessage(this.doc, 'Password') ||
      editorFieldMessage(this.doc, 'Login');
    if (!editorSays && !returnedError && Date.now() < until) {
      this.later(() => this.settleSignIn(returnedError, until), POPUP_POLL_MS);
      return;
    }
    ui.decoder.text = returnedError || editorSays;
    ui.decoder.hidden = false;
    this.announce(hostText.signInUnfinished);
  }
}

interface PopupPlace {
  /** The popup is back on our page with an authorization code. */
  readonly code: boolean;
  /** The `error` it came back with (e.g. access_denied), or ''. */
  readonly error: string;
}

/** Where the popup is, as far as this page may know (Google's pages are cross-origin). */
function whereIsPopup(popup: Window): PopupPlace {
  try {
    const params = new URL(popup.location.href).searchParams;
    return { code: params.has('code'), error: params.get('error') ?? '' };
  } catch {
    return { code: false, error: '' }; // On Google's page: nothing to read.
  }
}
