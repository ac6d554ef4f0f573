// The sign-in lifetime in one editor (issue 20), in the lifetime chunk: while a followed sign-in
// is under way, the token watch on the discovered token endpoint (facts only, dispatched as a
// token-exchange action); after it, one record written through RESTful Storage once a Save the
// server took stores it; on Sign out of a saved profile, this signer's record removed; and a
// saved profile's record read back. Writes come only from a sign-in that succeeded here and a
// Save after it: the page address never triggers one nor picks the key (the key is #Name's
// profile and the page's own user). Everything stops when the help goes.
import { GOOGLE_TOKEN_HOSTS, isGoogleIssuer } from '../../google/google-addresses.js';
import { readLifetime } from '../../rules/lifetime.js';
import { RECORD_GROUP, recordBody, recordFor, recordKey } from '../../rules/lifetime-record.js';
import { guarded, guardedAsync } from '../log.js';
import { StorageClient, loggedUser } from '../storage.js';
import { EDITOR_IDS } from './selectors.js';
import { googleIssuer, isSignedIn } from './fields.js';
import type { LifetimeHost, LifetimeRun } from './lifetime-types.js';
import { readSavedLifetime } from './lifetime-saved.js';
import { createSaveWatch } from './lifetime-save.js';
import { createTokenWatch, type TokenFacts } from './token-watch.js';

const DISCOVERY_TIMEOUT_MS = 5_000;
const GOOGLE_TOKEN_ENDPOINT = `https://${GOOGLE_TOKEN_HOSTS[0]}/token`;

/** One storage client per page: one list read, at most one console line, whatever re-renders. */
const clients = new WeakMap<Window, StorageClient>();
/** One saved read per profile and page (the editor may be shown again: the answer stays). */
const savedReads = new Map<string, ReturnType<typeof readSavedLifetime>>();

function storageOf(win: Window): StorageClient {
  let client = clients.get(win);
  if (!client) {
    client = new StorageClient(win);
    clients.set(win, client);
  }
  return client;
}

/** The token endpoint the issuer's discovery document names; undefined for anything else. */
async function discoverTokenEndpoint(win: Window, issuer: string): Promise<string | undefined> {
  const controller = new AbortController();
  const timer = win.setTimeout(() => controller.abort(), DISCOVERY_TIMEOUT_MS);
  try {
    const url = new URL(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
    if (url.protocol !== 'https:' && url.origin !== win.location.origin) return undefined;
    const response = await win.fetch(url.href, {
      credentials: 'omit',
      signal: controller.signal,
    });
    if (!response.ok) return undefined;
    const text = await response.text();
    if (text.length > 64 * 1024) return undefined;
    const endpoint = (JSON.parse(text) as { token_endpoint?: unknown }).token_endpoint;
    return typeof endpoint === 'string' && endpoint.length < 2048 ? endpoint : undefined;
  } catch {
    return undefined;
  } finally {
    win.clearTimeout(timer);
  }
}

export function attach(host: LifetimeHost, signal: AbortSignal): LifetimeRun {
  const { win, doc } = host;
  const tokens = createTokenWatch(win);
  const saves = createSaveWatch(win);
  const store = () => storageOf(win);
  /** What the sign-in that succeeded here said, until a Save stores it (or Sign out). */
  let fresh: TokenFacts | undefined;
  let written = false;
  let round = 0;

  const nameInput = () => doc.getElementById(EDITOR_IDS.name) as HTMLInputElement | null;
  /** The profile the editor saves (its own #Name field) and the page's own user, as a key. */
  function target(): { name: string; key: string } | undefined {
    const name = nameInput()?.value.trim() ?? '';
    const user = loggedUser(win);
    if (!name || !user?.isAdministrator) return undefined;
    const key = recordKey(name, user.id);
    return key ? { name, key } : undefined;
  }

  const onFacts = (facts: TokenFacts) => {
    fresh = facts;
    written = false;
    // The exchange is over: from now on the Save is what to watch. At once, not when the follow
    // notices the popup gone (up to a poll later): an admin may click Save as soon as the
    // button reads Sign out. The token watch goes first, so `open` is back as it was each time.
    tokens.stop();
    if (!signal.aborted) saves.arm(onSaved);
    host.dispatch({
      kind: 'token-exchange',
      exchange: {
        at: facts.at.getTime(),
        facts: {
          refreshTokenExpiresIn: facts.refreshTokenExpiresIn,
          scope: facts.scope,
          gotRefreshToken: facts.gotRefreshToken,
        },
      },
    });
  };

  const onSaved = guardedAsync('lifetime record', async () => {
    const facts = fresh;
    if (!facts || written || !isSignedIn(host.fields.signIn)) return;
    const place = target();
    const lifetime = readLifetime({ ...facts, signedInAt: facts.at });
    const record = place && lifetime ? recordFor(place.name, lifetime) : undefined;
    if (!place || !record) return;
    written = true;
    saves.disarm();
    await store().write(RECORD_GROUP, place.key, recordBody(record));
  });

  // Sign out (a click on #SignIn while it reads "Sign out"): the sign-in this signer's record
  // speaks of is going; a saved profile's record goes with it.
  const onClick = guarded('lifetime sign out', (event: Event) => {
    const button = host.fields.signIn;
    if (!button || !(event.target instanceof Node) || !button.contains(event.target)) return;
    if (!isSignedIn(button)) return;
    const saved = written || nameInput()?.disabled === true;
    fresh = undefined;
    saves.disarm();
    const place = saved ? target() : undefined;
    written = false;
    if (place) void store().remove(RECORD_GROUP, place.key);
  });
  doc.addEventListener('click', onClick, { capture: true, signal });

  signal.addEventListener('abort', () => {
    round += 1;
    tokens.stop();
    saves.disarm();
  });

  return {
    watchTokens() {
      const mine = ++round;
      fresh = undefined;
      saves.disarm();
      const issuer = googleIssuer(host.fields.method);
      // Google's own endpoint at once (the popup can be quick), the discovered one once known.
      if (isGoogleIssuer(issuer)) tokens.start(GOOGLE_TOKEN_ENDPOINT, onFacts);
      void discoverTokenEndpoint(win, issuer).then((endpoint) => {
        if (mine !== round || signal.aborted || !endpoint || fresh) return;
        if (endpoint !== GOOGLE_TOKEN_ENDPOINT || !tokens.watching) tokens.start(endpoint, onFacts);
      });
    },
    // The Save watch was armed when the token answer came (onFacts), if one came.
    stopTokens() {
      round += 1;
      tokens.stop();
    },
    readSaved(name: string) {
      let read = savedReads.get(name);
      if (!read) {
        read = readSavedLifetime(win, store(), name);
        savedReads.set(name, read);
      }
      void read.then(
        guarded('saved lifetime', (saved) => {
          if (saved && !signal.aborted) host.dispatch({ kind: 'saved-lifetime', saved });
        }),
      );
    },
  };
}
