// Finds the Email Integration profile editor by its fields (docs/host.md §6: never by page chrome)
// and reads or writes them. Any field may be missing: callers get null and skip what needs it.
import {
  EDITOR_IDS,
  GOOGLE_OAUTH_VALUE,
  MENU_ITEM,
  PROFILE_NAME_PARAM,
  PROMPT_CHOICE,
  METHOD_GROUP_SELECTOR,
  SAVE_STATUS_SELECTOR,
  SIGNED_IN_CLASS,
  errorLabelSelector,
} from './selectors.js';

export interface EditorFields {
  readonly method: HTMLSelectElement;
  readonly login: HTMLInputElement | null;
  readonly password: HTMLInputElement | null;
  readonly signIn: HTMLInputElement | null;
  readonly save: HTMLElement | null;
  readonly methodGroup: HTMLElement | null;
  readonly failedConnection: HTMLElement | null;
}

/** The editor's other parts the help reads or writes; each may be missing. */
export interface EditorExtras {
  readonly server: HTMLInputElement | null;
  readonly port: HTMLInputElement | null;
  readonly protocol: HTMLSelectElement | null;
  readonly sslSwitch: HTMLElement | null;
  readonly cancel: HTMLElement | null;
}

export function findExtras(doc: Document): EditorExtras {
  return {
    server: byId(doc, EDITOR_IDS.server, HTMLInputElement),
    port: byId(doc, EDITOR_IDS.port, HTMLInputElement),
    protocol: byId(doc, EDITOR_IDS.protocol, HTMLSelectElement),
    sslSwitch: doc.getElementById(EDITOR_IDS.sslSwitch),
    cancel: doc.getElementById(EDITOR_IDS.cancel),
  };
}

/** The caption paragraph of a field (`p.label` holding its error span), or null. */
export function captionOf(doc: Document, field: 'Login' | 'Password'): HTMLElement | null {
  return doc.querySelector(errorLabelSelector(field))?.closest<HTMLElement>('p') ?? null;
}

/**
 * The element after which help for #Login may go. The editor finds its signed-in e-mail as
 * `$('#Login').next('span')` (docs/host.md §4): nothing of ours may come between the two, so the
 * help goes after that span when there is one.
 */
export function afterLogin(login: HTMLInputElement): Element {
  const next = login.nextElementSibling;
  return next instanceof HTMLSpanElement ? next : login;
}

/** The SSL switch's state where its class tells it; undefined when it does not. */
export function sslState(sw: HTMLElement | null): boolean | undefined {
  if (!sw) return undefined;
  if (sw.classList.contains('on')) return true;
  if (sw.classList.contains('off')) return false;
  return undefined;
}

/** The text of the editor's save status box while it is shown; '' otherwise. */
export function saveStatusText(doc: Document): string {
  const box = doc.querySelector<HTMLElement>(SAVE_STATUS_SELECTOR);
  if (!box || box.style.display === 'none') return '';
  return box.textContent?.trim() ?? '';
}

function byId<T extends Element>(doc: Document, id: string, type: { new (): T }): T | null {
  const el = doc.getElementById(id);
  return el instanceof type ? el : null;
}

/** The editor's fields, or null when this page has no editor (no method selector, no inputs). */
export function findEditor(doc: Document): EditorFields | null {
  const method = byId(doc, EDITOR_IDS.method, HTMLSelectElement);
  if (!method) return null;
  const login = byId(doc, EDITOR_IDS.login, HTMLInputElement);
  const password = byId(doc, EDITOR_IDS.password, HTMLInputElement);
  if (!login && !password) return null;
  return {
    method,
    login,
    password,
    signIn: byId(doc, EDITOR_IDS.signIn, HTMLInputElement),
    save: doc.getElementById(EDITOR_IDS.save),
    methodGroup: method.closest<HTMLElement>(METHOD_GROUP_SELECTOR),
    failedConnection: doc.getElementById(EDITOR_IDS.failedConnection),
  };
}

/** True while every field found at attach time is still the one in the document. */
export function isIntact(fields: EditorFields, doc: Document): boolean {
  const current = [fields.method, fields.login, fields.password, fields.signIn, fields.save];
  return current.every((el) => el === null || (el.isConnected && doc.getElementById(el.id) === el));
}

export function isGoogleOAuth(method: HTMLSelectElement): boolean {
  const option = method.selectedOptions[0];
  if (!option) return false;
  if (option.value === GOOGLE_OAUTH_VALUE) return true;
  const url = option.getAttribute('url') ?? '';
  return option.value !== '' && /google/i.test(`${url} ${option.textContent ?? ''}`);
}

/** "Sign out" state: the button carries the success class or reads "Sign out". */
export function isSignedIn(signIn: HTMLInputElement | null): boolean {
  if (!signIn) return false;
  return signIn.classList.contains(SIGNED_IN_CLASS) || /sign\s*out/i.test(signIn.value);
}

/** The editor's own message for a field (its error span), trimmed; '' when none. */
export function editorFieldMessage(doc: Document, field: 'Login' | 'Password'): string {
  return doc.querySelector(errorLabelSelector(field))?.textContent?.trim() ?? '';
}

/** The editor's connection failure box text when it is shown; '' otherwise. */
export function failedConnectionText(fields: EditorFields): string {
  const box = fields.failedConnection;
  if (!box || !box.isConnected) return '';
  const text = box.textContent?.trim() ?? '';
  // Its style only when there is something to hide: reading it makes the page compute styles.
  if (!text) return '';
  const style = box.ownerDocument.defaultView?.getComputedStyle(box);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return '';
  return text;
}

/**
 * Writes a value into a host input the way typing would be seen: the editor binds `change`
 * (it only sends the Password after one) and our checks listen to `input`.
 */
export function writeField(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The OAuth issuer the editor signs in with: its Google option's `url` (docs/host.md §4), as the page
 * has it ('' when missing). Page data: "Check with Google" accepts only Google's own issuer.
 */
export function googleIssuer(method: HTMLSelectElement): string {
  const option = [...method.options].find((candidate) => candidate.value === GOOGLE_OAUTH_VALUE);
  return option?.getAttribute('url')?.trim() ?? '';
}

/** The saved profile this editor shows, from the page address; '' for a new profile. */
export function profileName(win: Window): string {
  try {
    return new URLSearchParams(win.location.search).get(PROFILE_NAME_PARAM)?.trim() ?? '';
  } catch {
    return '';
  }
}

/** The caption paragraph above the Server field (the row above, same column), or null. */
export function serverCaption(server: HTMLInputElement): HTMLElement | null {
  const cell = server.closest<HTMLTableCellElement>('td, th');
  const row = cell?.parentElement?.previousElementSibling;
  return row?.children[cell?.cellIndex ?? -1]?.querySelector('p') ?? null;
}

/** The item of the host's choice of prompts that `target` is in, or null (never one of ours). */
export function promptChoiceItem(target: Element): Element | null {
  if (target.closest('[data-tpgo]')) return null;
  const item = target.closest(MENU_ITEM);
  return item !== null && PROMPT_CHOICE.test(item.textContent ?? '') ? item : null;
}

/** The items of today's Sign in choice of prompts that are on screen (not ours). */
export function shownPromptChoices(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(MENU_ITEM)].filter(
    (item) =>
      !item.closest('[data-tpgo]') &&
      PROMPT_CHOICE.test(item.textContent ?? '') &&
      item.getClientRects().length > 0,
  );
}
