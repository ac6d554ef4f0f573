// Following a sign-in to its end (docs/host.md §5, §6). Today's SaaS Sign in may first show a choice
// of prompts, and Google's popup opens from that later click or a moment later: window.open
// stays wrapped until a popup opens, the wait runs out, or stop() (the help going) restores it.
// Most failures stay on Google's page, so when the popup closes without a sign-in the session
// is told what is known: the error the popup came back with, or what the editor wrote.
import { guarded } from '../log.js';
import { promptChoiceItem, shownPromptChoices } from './fields.js';

/**
 * The editor polls its popup every 500 ms and closes it as soon as it is back on our page, so
 * a return without a code (a declined consent) can only be read by looking more often.
 */
export const POPUP_POLL_MS = 100;
/** After the popup closes, the editor still exchanges the code: give it this long. */
const SIGN_IN_SETTLE_MS = 4000;
/** Otherwise, how long to wait for a message the editor may still write. */
const EDITOR_MESSAGE_MS = 600;
/** Stop watching a popup that stays open this long. */
const POPUP_WATCH_MAX_MS = 15 * 60 * 1000;
/** After a Sign in click, how long a popup may still come (from a later click, say). */
const SIGN_IN_ARMED_MS = 2 * 60 * 1000;

/** What following a sign-in needs from the session; `later`'s timers go when the help goes. */
export interface SignInHost {
  readonly win: Window;
  later(fn: () => void, ms: number): void;
  signedIn(): boolean;
  /** What the editor wrote about a sign-in that failed, or ''. */
  editorSays(): string;
  /** The sign-in is over: `null` when signed in, else what is known of why not ('' if nothing). */
  settled(failure: string | null): void;
  /** Watches the token exchange from each start until the follow ends (lifetime-hook.ts). */
  readonly tokens?: { start(): void; stop(): void };
}

/** Whether an item of today's Sign in choice of prompts is on screen (not one of ours). */
export function promptChoiceShown(doc: Document): boolean {
  return shownPromptChoices(doc).length > 0;
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

export class SignInFollow {
  private originalOpen: Window['open'] | null = null;
  /** Our wrapper while installed: window.open is put back only while it is still this. */
  private wrapper: Window['open'] | null = null;
  private armedUntil = 0;

  constructor(private readonly host: SignInHost) {}

  /** A Sign in click was let through a short while ago and no popup has opened since. */
  get armed(): boolean {
    return Date.now() < this.armedUntil;
  }

  /** A click on an item of today's Sign in choice, shortly after a Sign in click. */
  isPromptChoice(target: Element): boolean {
    return this.armed && promptChoiceItem(target) !== null;
  }

  /** Follows the sign-in the editor is about to start (a Sign in click it lets through). */
  start(): void {
    const { host } = this;
    this.armedUntil = Date.now() + SIGN_IN_ARMED_MS;
    if (!this.originalOpen) {
      const win = host.win;
      const original = win.open;
      this.originalOpen = original;
      const opened = guarded('popup', (popup: Window | null) => {
        this.stop();
        this.pollPopup(() => popup, Date.now());
      });
      const wrapper = function (this: Window, ...args: Parameters<Window['open']>) {
        const result = original.apply(this, args);
        opened(result);
        return result;
      };
      this.wrapper = wrapper;
      win.open = wrapper;
      host.later(() => {
        // No popup came: this follow is over without one.
        if (this.originalOpen) host.tokens?.stop();
        this.restoreOpen();
      }, SIGN_IN_ARMED_MS);
    }
    host.tokens?.start();
    // No popup (yet): the editor may have refused at once ("should be reentered"); say so only
    // if it did, and otherwise keep waiting for a popup from a later click.
    host.later(() => {
      if (this.originalOpen && host.editorSays()) this.settle('', Date.now());
    }, EDITOR_MESSAGE_MS);
  }

  /** Lets go: window.open is the page's own again, and no later click counts as a sign-in. */
  stop(): void {
    this.restoreOpen();
    this.armedUntil = 0;
  }

  private restoreOpen(): void {
    if (this.originalOpen) {
      // Another script that wrapped window.open after us keeps its own: ours then only passes
      // calls through (it stops the follow at the first popup, which is already over).
      if (this.host.win.open === this.wrapper) this.host.win.open = this.originalOpen;
      this.originalOpen = null;
      this.wrapper = null;
    }
  }

  private pollPopup(popup: () => Window | null, started: number): void {
    let last: PopupPlace = { code: false, error: '' };
    const tick = () => {
      const current = popup();
      if (current && !current.closed) {
        last = whereIsPopup(current);
        if (Date.now() - started < POPUP_WATCH_MAX_MS) this.host.later(tick, POPUP_POLL_MS);
        return;
      }
      // Back with a code, the editor still exchanges it: give that time. Closed anywhere
      // else (on Google's page, by the admin), only the editor's own message is worth a wait.
      const wait = last.code ? SIGN_IN_SETTLE_MS : EDITOR_MESSAGE_MS;
      this.settle(last.error, Date.now() + wait);
    };
    this.host.later(tick, POPUP_POLL_MS);
  }

  /** After the popup is gone: signed in, or, once something is known or the wait is over, not. */
  private settle(returnedError: string, until: number): void {
    const { host } = this;
    if (host.signedIn()) {
      host.tokens?.stop();
      host.settled(null);
      return;
    }
    const editorSays = host.editorSays();
    if (!editorSays && !returnedError && Date.now() < until) {
      host.later(() => this.settle(returnedError, until), POPUP_POLL_MS);
      return;
    }
    host.tokens?.stop();
    host.settled(returnedError || editorSays);
  }
}
