// Waits for the editor, attaches one session to it, re-attaches after the editor re-renders
// and lets go when it disappears. The editor renders late (after a data fetch) and may
// re-render, so nothing here relies on load order.
import { findEditor, isIntact, type EditorFields } from './fields.js';
import { guarded } from '../log.js';
import { EDITOR_GRACE_MS } from '../pages.js';
import { reportLoadFailure } from './trusted-types.js';
import type { EditorSession } from './session.js';

export { EDITOR_GRACE_MS } from '../pages.js';

// The session, the elements, Lit and the rules are evaluated when the watcher starts, not when
// its module is: a failure there (Trusted Types refusing Lit's policy) is then the session's
// own, reported as such. "eager": the module stays inside this file (the editor chunk, or the
// paste file), never a chunk of its own.
let Session: typeof EditorSession | null = null;
let loading: Promise<void> | null = null;

function loadSession(): Promise<void> {
  loading ??= import(/* webpackMode: "eager" */ './session.js').then(
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

/**
 * Watches `doc` for the editor. With no editor found within `graceMs` after the page's load,
 * stops looking; once one is found, keeps watching for re-renders until the page goes.
 */
export function watchEditor(doc: Document, graceMs = EDITOR_GRACE_MS): Watcher {
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

  // This code is loaded only where the editor is or surely will be: get the session code ready
  // while the editor's data loads, so the help appears with the form.
  void loadSession();
  check();
  observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  win.addEventListener('pagehide', stop);

  const giveUpLater = () => {
    if (!observer) return;
    graceTimer = setTimeout(() => {
      if (!session) stop();
    }, graceMs);
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
