// Waits for the editor, attaches one session to it, re-attaches after the editor re-renders
// and lets go when it disappears. The editor renders late (after a data fetch) and may
// re-render, so nothing here relies on load order.
import { findEditor, isIntact, type EditorFields } from './editor.js';
import { guarded } from './log.js';
import { EDITOR_GRACE_MS } from './pages.js';
import { EditorSession } from './session.js';

export { EDITOR_GRACE_MS } from './pages.js';

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
    session = new EditorSession(doc, fields);
  });

  const stop = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(graceTimer);
    win.removeEventListener('pagehide', stop);
    win.removeEventListener('load', giveUpLater);
    session?.dispose();
    session = null;
  };

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
