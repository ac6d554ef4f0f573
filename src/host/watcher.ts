// Waits for the editor, attaches one session to it, re-attaches after the editor re-renders
// and lets go when it disappears. The editor renders late (after a data fetch) and may
// re-render, so nothing here relies on load order.
import { findEditor, isIntact, type EditorFields } from './editor.js';
import { guarded } from './log.js';
import { EditorSession } from './session.js';

/**
 * How long after the page's load to keep looking for an editor that has not appeared. The
 * editor renders after one data fetch, which starts at load; a page whose editor never comes
 * (another page, or a failed fetch) is then left with nothing of ours running.
 */
export const EDITOR_GRACE_MS = 15_000;

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
    session = new EditorSession(doc, fields);
    // Found it: this is an editor page, keep watching for re-renders until the page goes.
    clearTimeout(graceTimer);
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
