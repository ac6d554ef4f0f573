// The editor chunk's whole share of the sign-in lifetime (issue 20): a handle the sign-in follow
// and the health load call. The work itself (the token watch, the line, the record) is in the
// lifetime chunk (lazy.ts), loaded at the first Sign in click or for a saved profile.
import { guarded, logFailure } from '../log.js';
import { lifetime } from './lazy.js';
import type { LifetimeHost, LifetimeRun } from './lifetime-types.js';

export type { LifetimeHost };

export interface LifetimeHook {
  /** A followed sign-in starts: watch its token exchange. */
  start(): void;
  /** The followed sign-in is over: stop watching (XMLHttpRequest's open is restored). */
  stop(): void;
  /** A saved profile: read its record and Scope (once). */
  saved(name: string): void;
  /** The help goes: everything it started stops. */
  dispose(): void;
}

export function lifetimeHook(host: LifetimeHost): LifetimeHook {
  let run: LifetimeRun | undefined;
  let life = new AbortController();
  /** Between start() and stop(): a chunk that comes in later starts watching only then. */
  let following = false;
  const when = (what: string, fn: (r: LifetimeRun) => void) => {
    const signal = life.signal;
    lifetime
      .load()
      .then(
        guarded(what, (help) => {
          if (!help || signal.aborted) return;
          run ??= help.attach(host, signal);
          fn(run);
        }),
      )
      .catch((error: unknown) => logFailure(what, error));
  };
  return {
    start() {
      following = true;
      when('token watch', (r) => following && r.watchTokens());
    },
    stop() {
      following = false;
      run?.stopTokens();
    },
    saved: (name) => when('saved lifetime', (r) => r.readSaved(name)),
    dispose() {
      following = false;
      life.abort();
      life = new AbortController();
      run = undefined;
    },
  };
}
