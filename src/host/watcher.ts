// Waits for the editor, attaches one session to it, re-attaches after the editor re-renders
// and lets go when it disappears. The editor renders late (after a data fetch) and may
// re-render, so nothing here relies on load order.
import { findEditor, isIntact, type EditorFields } from './editor.js';
import { guarded } from './log.js';
import { EDITOR_PAGE } from './selectors.js';
import { reportLoadFailure } from './trusted-types.js';
import type { EditorSession } from './session.js';

/**
 * How long after the page's load to keep looking for an editor that has not appeared. The
 * editor renders after one data fetch, which starts at load; a page whose editor never comes
 * (another page, or a failed fetch) is then left with nothing of ours running.
 */
export const EDITOR_GRACE_MS = 15_000;

// The session, the elements, Lit and the rules are evaluated only on the editor's page or once
// an editor is found: on every other page the mashup costs no more than the watcher (the
// module is in the same file, so nothing more is fetched).
let Session: typeof EditorSession | null = null;
let loading: Promise<void> | null = null;

function loadSession(): Promise<void> {
  loading ??= import('./session.js').then(
    (module) => {
      Session = module.EditorSession;
    },
    (error: unknown) => reportLoadFailure(error),
  );
  return loading;
}

export interface Watcher {
  readonly session: EditorSession | null;
  stop(): void;
}

export function watchEditor(doc: Document): Watcher {
  let session: EditorSession | null = null;
  let fields: EditorFields | null = null;
  let observer: MutationObserver | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView ?? window;

  const check = guarded('editor check', () => {
    // The same editor as before, whether our help attached to it or failed to: nothing to do.
    if (fields && isIntact(fields, doc)) return;
    session?.dispose();
    session = null;
    fields = findEditor(doc);
    if (!fields) return;
    // Found it: this is an editor page, keep watching for re-renders until the page goes.
    clearTimeout(graceTimer);
    if (!Session) {
      fields = null; // Looked at again once the session code is ready.
      void loadSession().then(() => {
        if (observer && Session) check();
      });
      return;
    }
    session = new Session(doc, fields);
  });

  const stop = guarded('stop', () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(graceTimer);
    win.removeEventListener('pagehide', stop);
    win.removeEventListener('load', giveUpLater);
    session?.dispose();
    session = null;
  });

  // On the editor's own page, get the session code ready while the editor's data loads, so
  // the help appears with the form; the page's fields still decide whether it is used.
  if (EDITOR_PAGE.test(win.location.pathname)) void loadSession();
  check();
  observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  win.addEventListener('pagehide', stop);

  const giveUpLater = () => {
    if (!observer) return;
    graceTimer = setTimeout(() => {
      if (!session) stop();
    }, EDITOR_GRACE_MS);
  };
  if (!session) {
    if (doc.readyState === 'complete') giveUpLater();
    else win.addEventListener('load', giveUpLater, { once: true });
  }

  return {
    get session() {
      return session;
    },
    stop,
  };
}
