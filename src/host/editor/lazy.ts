// Help that only some editors need, loaded on first use (issue 14): the credentials import
// (its file rules and zod) once the admin opens it or pastes a file into a field, and the
// diagnosis (the sign-in decoder, the mail health rules and their words) once there is
// something to diagnose: a saved profile, a sign-in that did not finish, an editor message;
// and Check with Google's request and verdicts at its first click. What the editor's first frame
// does not need (later.ts) comes just after it, on every editor.
// In the split install each is a file under chunks/ fetched from the mashup's folder; in the
// paste file the same code is already inside it. A load that fails is one console line, and
// that help stays away: everything else goes on.
import type { Finding } from '../../rules/finding.js';
import { logFailure } from '../log.js';

export interface Lazy<T> {
  /** The module once it has loaded; undefined before (or when it could not load). */
  readonly now: T | undefined;
  /** Starts the load once; resolves to the module, or undefined when it could not load. */
  load(): Promise<T | undefined>;
}

/** A hidden tab paints no frames: past this, held loads wait no longer for one. */
const FRAME_WAIT_MS = 50;

/** Set while the help is being placed: loads asked for meanwhile start after its frame. */
let held: Promise<void> | null = null;

/** Resolves in a task after the next frame (or after FRAME_WAIT_MS without one). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(go);
    setTimeout(go, FRAME_WAIT_MS);
  });
}

/**
 * The help is being placed (session.ts, at activation): every lazy load asked for until its
 * first frame has shown starts after that frame. In the paste file each chunk is already inside
 * the script, so a load would else evaluate its modules (zod's schemas built, Lit's elements
 * defined) in the very task that puts the help on screen. A load asked for later, at a click,
 * starts at once.
 */
export function holdLoadsForFirstFrame(): void {
  if (held) return;
  const gate: Promise<void> = afterNextFrame().then(() => {
    if (held === gate) held = null;
  });
  held = gate;
}

export function lazy<T>(what: string, load: () => Promise<T>): Lazy<T> {
  let now: T | undefined;
  let pending: Promise<T | undefined> | undefined;
  return {
    get now() {
      return now;
    },
    load() {
      pending ??= (held ?? Promise.resolve()).then(load).then(
        (module) => (now = module),
        (error: unknown) => {
          logFailure(`load ${what}`, error);
          return undefined;
        },
      );
      return pending;
    },
  };
}

/**
 * Starts a load once the page is next idle (at most `ms` later): help the first frame does not
 * need, in before the admin gets to it.
 */
export function loadWhenIdle<T>(win: Window, what: Lazy<T>, ms = 200): Promise<T | undefined> {
  return new Promise<void>((resolve) => {
    if (typeof win.requestIdleCallback === 'function') {
      win.requestIdleCallback(() => resolve(), { timeout: ms });
    } else win.setTimeout(resolve, 0);
  }).then(() => what.load());
}

// Each chunk is read through one named export, never as a whole module object: webpack then
// leaves its namespace-object helper out of the loader that every page downloads.
export const diagnosis = lazy('diagnosis', () =>
  import(/* webpackChunkName: "diagnosis" */ './diagnosis.js').then((m) => m.diagnosisHelp),
);

export const credentials = lazy('import', () =>
  import(/* webpackChunkName: "import" */ './credentials.js').then((m) => m.importHelp),
);

export const googleCheck = lazy('check with google', () =>
  import(/* webpackChunkName: "google-check" */ './google-check.js').then((m) => m.googleCheckHelp),
);

export const lifetime = lazy('lifetime', () =>
  import(/* webpackChunkName: "lifetime" */ './lifetime-help.js').then((m) => m.lifetimeHelp),
);
export const later = lazy('help after the first render', () =>
  import(/* webpackChunkName: "later" */ './later.js').then((m) => m.laterHelp),
);

/**
 * What Google's rules say of the page's redirect URI (later chunk); none when it cannot load.
 * Asked for at activation, so the chunk comes after the first frame (holdLoadsForFirstFrame).
 */
export const redirectFindings = (uri: string): Promise<readonly Finding[]> =>
  later.load().then((help) => help?.checkRedirectUri(uri) ?? []);
