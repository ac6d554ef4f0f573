// The mashup's entry: the only file that calls tau.mashups (through registerMashup). It
// recognises the page by its cheapest sure signs and only then imports that page's code: in
// the split install a file under chunks/, loaded from the mashup's own folder; in the paste
// file the same code, already inside this one script. Every Targetprocess page downloads and
// runs it, so it imports nothing but the page signs and the registration, and has its own
// one-line logging (log.ts's format) rather than sharing that module with the chunks.
import * as pages from './host/pages.js';
import { registerMashup } from './host/tau.js';

/** Webpack's public path for chunks, set at run time from the mashup's folder. */
declare let __webpack_public_path__: string;
/** Webpack's chunk download: fetches a chunk and installs its modules without running them. */
declare const __webpack_chunk_load__: (chunkId: string) => Promise<unknown>;
/** Set by webpack.config.js: true for the split install, false for the paste file. */
declare const SPLIT_INSTALL: boolean;
/** Set by webpack.config.js: this file's own name (the mashup's name plus .js). */
declare const LOADER_FILE: string;

type StartPage = (win: Window) => unknown;

interface PageChunk {
  /** Sure signs (the address, the placeholder this mashup runs on): load at once. */
  sure(win: Window, placeholderId: string): boolean;
  /** Otherwise a cheap look at the document, until the grace after load runs out. */
  seen?(doc: Document): boolean;
  load(): Promise<StartPage>;
  /** Set once its load has begun: a page's code is loaded and started at most once. */
  begun?: boolean;
}

/** One entry per Targetprocess page the assistant helps on; its chunk is named by import(). */
const PAGES: PageChunk[] = [
  {
    sure: (win, id) =>
      pages.EDITOR_PAGE.test(win.location.pathname) ||
      id.toLowerCase() === pages.EDITOR_PLACEHOLDER,
    seen: pages.hasEditorFields,
    load: () =>
      import(/* webpackChunkName: "editor" */ './host/editor/index.js').then(
        (m) => m.startEditorPage,
      ),
  },
  {
    sure: pages.isPluginsPage,
    load: () =>
      import(/* webpackChunkName: "plugins" */ './host/plugins/index.js').then(
        (m) => m.startPluginsPage,
      ),
  },
];

/** One prefixed console line (log.ts's format): what failed, never a value. */
function warn(where: string, error: unknown): void {
  try {
    // An Error reads "Name: message"; anything else thrown is not ours to print.
    const detail = error instanceof Error ? String(error) : 'unknown error';
    // One line: webpack's ChunkLoadError carries a line break before the chunk's URL.
    // A Client secret quoted in a message is masked (log.ts's maskSecrets; the loader imports
    // nothing but the page signs).
    const line = detail.replace(/\s+/g, ' ').replace(/GOCSPX-[A-Za-z0-9_-]*/gi, 'GOCSPX-[hidden]');
    console.warn(`[google-oauth-assistant] ${where} failed: ${line}`);
  } catch {
    // The console itself is unusable: nothing more to do.
  }
}

function start(win: Window, options: { placeholderId?: unknown; mashupPath?: unknown }): void {
  // Chunks come from the mashup's own folder (without one, a chunk fails to load, logged once).
  __webpack_public_path__ = String(options.mashupPath ?? '').replace(/\/?$/, '/');
  const placeholderId = String(options.placeholderId ?? '');
  const doc = win.document;
  // Sign in's popup lands on the Plugins page: there the assistant does nothing at all.
  if (pages.isSignInPopup(win)) return;

  const load = (page: PageChunk) => {
    page.begun = true;
    // A throw while starting the load is caught and logged by the caller (start, look).
    page.load().then(
      (startPage) => {
        try {
          startPage(win);
        } catch (error) {
          warn('start', error);
        }
      },
      // webpack's ChunkLoadError names the chunk.
      (error: unknown) => warn('load', error),
    );
  };

  for (const page of PAGES) if (page.sure(win, placeholderId)) load(page);
  const waiting = PAGES.filter((page) => page.seen && !page.begun);
  if (waiting.length === 0) return;

  // Any other page: a short, cheap look for a page's own elements while the page settles.
  let timer: ReturnType<typeof setTimeout> | undefined;
  // No pagehide cleanup: a page that goes away takes its observer along, and one kept in the
  // back/forward cache keeps its timer too.
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    win.removeEventListener('load', later);
  };
  const later = () => {
    timer = setTimeout(stop, pages.EDITOR_GRACE_MS);
  };
  const look = () => {
    try {
      for (const page of waiting) if (!page.begun && page.seen!(doc)) load(page);
      if (waiting.every((page) => page.begun)) stop();
    } catch (error) {
      stop();
      warn('look', error);
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  if (doc.readyState === 'complete') later();
  else win.addEventListener('load', later, { once: true });
  look();
}

// On the editor's own address, the split install starts downloading the editor chunk at once,
// from the folder this very file came from: Targetprocess calls the mashup back only once its
// AMD loader gets round to it, often after the editor's form is already on screen. Only a
// download: the chunk runs when start() asks for it, with the folder Targetprocess names (the
// same one; were it not, start() loads it from there). Nothing when this file did not come
// from a script of its own name (bundled with others, say).
if (SPLIT_INSTALL) {
  try {
    // No currentScript (null): the TypeError here is the way out.
    const src = (document.currentScript as HTMLScriptElement).src;
    if (pages.EDITOR_PAGE.test(location.pathname) && src.endsWith(`/${LOADER_FILE}`)) {
      __webpack_public_path__ = src.slice(0, -LOADER_FILE.length);
      // A failure here is no news: start() loads (and reports) for itself. (Object: a no-op.)
      __webpack_chunk_load__('editor').catch(Object);
    }
  } catch {
    // Only a head start: start() loads the chunk anyway.
  }
}

try {
  registerMashup(window, (options) => {
    try {
      start(window, options);
    } catch (error) {
      warn('start', error);
    }
  });
} catch (error) {
  warn('register', error);
}
