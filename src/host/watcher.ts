// Waits for the editor, attaches one session to it, re-attaches after the editor re-renders
// and lets go when it disappears. The editor renders late (after a data fetch) and may
// re-render, so nothing here relies on load order.
import { findEditor, isIntact, type EditorFields } from './editor.js';
import { guarded } from './log.js';
import { EDITOR_PAGE } from './selectors.js';
import { EditorSession } from './session.js';

/** On a page that is not the editor's, how long to keep looking before doing nothing. */
export const OFF_EDITOR_GRACE_MS = 15_000;

export interface Watcher {
  readonly session: EditorSession | null;
  stop(): void;
}

export function watchEditor(doc: Document, options: { placeholderId?: string } = {}): Watcher {
  let session: EditorSession | null = null;
  let fields: EditorFields | null = null;
  let observer: MutationObserver | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView ?? window;

  const check = guarded('editor check', () => {
    if (session && fields && isIntact(fields, doc)) return;
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
    session?.dispose();
    session = null;
  };

  check();
  observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  win.addEventListener('pagehide', stop);

  const editorPage =
    EDITOR_PAGE.test(win.location.pathname) || /^profileeditor/i.test(options.placeholderId ?? '');
  if (!editorPage && !session) {
    graceTimer = setTimeout(() => {
      if (!session) stop();
    }, OFF_EDITOR_GRACE_MS);
  }

  return {
    get session() {
      return session;
    },
    stop,
  };
}
