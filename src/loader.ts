// The mashup's entry: the only file that calls tau.mashups (through registerMashup). It
// recognises the page by its cheapest sure signs and only then imports that page's code: in
// the split install a file under chunks/, loaded from the mashup's own folder; in the paste
// file the same code, already inside this one script. Every Targetprocess page downloads and
// runs it, so it imports nothing but the page signs and the registration, and has its own
// one-line logging (log.ts's format) rather than sharing that module with the chunks.
import * as pages from './host/pages.js';
import { claimPage, registerMashup } from './host/tau.js';

/** Webpack's require function (only what the split install's chunk loading uses). */
declare const __webpack_require__: {
  /** Loads a chunk's modules (import() calls it): replaced below for the split install. */
  e: (chunkId: string) => Promise<unknown>;
  /** A chunk's file, relative to the mashup's folder: `chunks/<name>.js`. */
  u: (chunkId: string) => string;
};
/** Webpack's module factories, by module id: where a chunk's modules are installed. */
declare const __webpack_modules__: Record<string, unknown>;
/** Set by webpack.config.js: true for the split install, false for the paste file. */
declare const SPLIT_INSTALL: boolean;
/** Set by webpack.config.js: this file's own name (the mashup's name plus .js). */
declare const LOADER_FILE: string;
/** Set by webpack.config.js once the build knows them: our chunks' names, space-separated. */
declare const CHUNK_NAMES: string;
/** Set by webpack.config.js: the chunks' global array (output.chunkLoadingGlobal). */
declare const CHUNKS_GLOBAL: string;
/** The browser's Trusted Types (not in TypeScript's DOM types; absent in some browsers). */
declare const trustedTypes: { createPolicy(name: string, rules: object): unknown };
/** Set by webpack.config.js: the Trusted Types policy's name (the page's CSP lists it). */
declare const SCRIPT_URL_POLICY: string;

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
  // Chunks come from the mashup's own folder when it is on the page's origin; else from the one
  // this file came from, if known; else from nowhere (a chunk then fails to load, logged once).
  if (SPLIT_INSTALL)
    folder =
      pages.ownFolder(String(options.mashupPath ?? '').replace(/\/?$/, '/'), location) || folder;
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

/** Our chunks' folder: an absolute one on the page's origin, or '' while none is known. */
let folder = '';

// The split install loads its chunks itself; webpack.config.js turns webpack's JSONP runtime off.
// That runtime hands its require function to any script on the page (a chunk pushed onto its
// global array may carry a function that it calls with it) and its Trusted Types policy makes a
// script URL of any address. Here the global hears only our own chunk's script while it runs,
// and the policy turns nothing but our chunk files in our folder into a script URL.
function splitInstall(): void {
  // The document's own currentScript, kept now: markup named "currentScript" (an <img name=…>)
  // shadows document.currentScript (DOM clobbering), and a later script could replace the getter.
  const currentScript = Object.getOwnPropertyDescriptor(
    Document.prototype,
    'currentScript',
  )!.get!.bind(document) as () => unknown;
  /** Each chunk being downloaded: its script, until that script hands over its modules. */
  const scripts: Record<string, unknown> = Object.create(null);
  const downloads: Record<string, Promise<void>> = {};
  let policy = {
    createScriptURL(url: string) {
      if (pages.isOurChunk(url, folder, CHUNK_NAMES, __webpack_require__.u)) return url;
      throw new TypeError(`not a chunk of ours: ${url}`);
    },
  };
  // Made at once, so that no later script gets the name (where the CSP allows no duplicate).
  // Without Trusted Types (or refused it) the same test, and the page's CSP decides.
  try {
    policy = trustedTypes.createPolicy(SCRIPT_URL_POLICY, policy) as unknown as typeof policy;
  } catch {
    // No Trusted Types here, or the CSP does not list the name.
  }
  // Not writable, frozen: no later script can put an array there that would get our modules.
  // A push from anywhere but our chunk's script is ignored, its modules and function alike.
  Object.defineProperty(self, CHUNKS_GLOBAL, {
    value: Object.freeze(
      Object.assign([], {
        push(chunk: [unknown, object]) {
          const script = currentScript();
          for (const id in scripts)
            if (scripts[id] === script) {
              delete scripts[id];
              Object.assign(__webpack_modules__, chunk[1]);
            }
        },
      }),
    ),
  });
  __webpack_require__.e = (id) =>
    (downloads[id] ??= new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      // A script added by script is fetched at low priority, behind the page's images.
      script.fetchPriority = 'high';
      // Throws for any other address (the promise rejects), and then nothing is fetched.
      script.src = policy.createScriptURL(folder + __webpack_require__.u(id));
      scripts[id] = script;
      script.onload = script.onerror = (event) => {
        script.remove();
        if (!scripts[id]) return resolve();
        // It failed, or ran without handing over its modules: a later call tries again.
        delete scripts[id];
        delete downloads[id];
        reject(
          Object.assign(new Error(`Loading chunk ${id} failed. (${(event as Event).type})`), {
            name: 'ChunkLoadError',
          }),
        );
      };
      document.head.append(script);
    }));

  // Our folder, from the script this very file came from when it is ours: an HTML <script> of
  // our file's name, on the page's origin (not bundled with others, not on another host).
  const script = currentScript();
  if (script instanceof HTMLScriptElement && script.src.endsWith(`/${LOADER_FILE}`))
    folder = pages.ownFolder(script.src.slice(0, -LOADER_FILE.length), location);
  // On the editor's own address, a head start on the editor chunk: Targetprocess calls the
  // mashup back only once its AMD loader gets round to it, often after the editor's form is
  // already on screen. Only a download: its modules run when start() asks for them. A failure
  // here is no news: start() loads (and reports) for itself. (Object: a no-op.)
  if (folder && pages.EDITOR_PAGE.test(location.pathname))
    __webpack_require__.e('editor').catch(Object);
}

try {
  // A second copy of the mashup on the page does nothing: the first one has it.
  if (claimPage(window)) {
    if (SPLIT_INSTALL) {
      try {
        splitInstall();
      } catch {
        // The chunks' global is taken (not configurable): our chunks will not load, and say so.
      }
    }
    registerMashup(window, (options) => {
      try {
        start(window, options);
      } catch (error) {
        warn('start', error);
      }
    });
  }
} catch (error) {
  warn('register', error);
}
