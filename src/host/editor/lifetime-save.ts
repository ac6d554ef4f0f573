// Sees the editor's Save succeed (docs/host.md §4): while armed, a `load` listener on each
// XMLHttpRequest opened as a POST to the plugin's Profiles address, whichever jQuery copy made
// it. Nothing it sends changes (send is not touched); disarm() puts `open` back exactly as it
// was, when it is still ours.
import { wrapXhrOpen } from './xhr-open.js';

/** `{app}/api/v1/Plugins.asmx/Project%20Email%20Integration/Profiles/` or `…/Profiles/{name}`. */
const PROFILES = /\/api\/v1\/Plugins\.asmx\/Project(?:%20| )Email(?:%20| )Integration\/Profiles\//i;

export function isProfileSave(method: unknown, url: unknown, base: string): boolean {
  if (typeof method !== 'string' || method.toUpperCase() !== 'POST') return false;
  try {
    const parsed = new URL(String(url), base);
    return parsed.origin === new URL(base).origin && PROFILES.test(parsed.pathname);
  } catch {
    return false;
  }
}

export interface SaveWatch {
  /** Calls `saved` after each Save the server took (2xx), until disarmed. */
  arm(saved: () => void): void;
  disarm(): void;
  readonly armed: boolean;
}

export function createSaveWatch(win: Window): SaveWatch {
  let undo: (() => void) | undefined;
  let report: (() => void) | undefined;

  function onLoad(this: XMLHttpRequest): void {
    try {
      if (this.status >= 200 && this.status < 300) report?.();
    } catch {
      // Never into the page.
    }
  }

  function disarm(): void {
    report = undefined;
    undo?.();
    undo = undefined;
  }

  function arm(saved: () => void): void {
    disarm();
    undo = wrapXhrOpen(win, (xhr, [method, url]) => {
      if (report && isProfileSave(method, url, win.location.href)) {
        xhr.addEventListener('load', onLoad, { once: true });
      }
    });
    if (undo) report = saved;
  }

  return {
    arm,
    disarm,
    get armed() {
      return report !== undefined;
    },
  };
}
