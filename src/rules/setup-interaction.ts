// The interaction facts the page itself does not hold, and the one pure function that changes
// them: page events, observers, timers and lazy loads become actions, `reduce` folds them in,
// and setupState (setup-state.ts) computes the view from the page's facts plus these.
import { hasError } from './finding.js';
import { checkClientId } from './client-id.js';
import { checkClientSecret } from './client-secret.js';
import type { CredentialsReport } from './credentials-file.js';
import type { HealthVerdict } from './health.js';
import type { PairCheckVerdict } from './pair-check.js';
import type { FieldKey } from './setup-types.js';

/** How much of what the admin reports from Google's window is kept. */
export const FAILURE_TEXT_MAX = 2000;

export interface Interaction {
  /** Fields whose findings the admin should see now (shown late: after a blur or a blocked click). */
  readonly revealed: Readonly<Record<FieldKey, boolean>>;
  /** The admin changed the secret: only then does the editor send it with Save. */
  readonly secretTouched: boolean;
  /**
   * The file rules' report of what the admin gave the import last (null once cleared): the
   * one copy of the file's facts. Its secret goes only into a Fill the admin asks for.
   */
  readonly file: CredentialsReport | null;
  /** What is known of the last sign-in that did not finish ('' when none). */
  readonly signInFailure: string;
  /** A followed sign-in ended unfinished, and no new one started since. */
  readonly signInUnfinished: boolean;
  readonly pair: { readonly checking: boolean; readonly verdict: PairCheckVerdict | null };
  /** The saved profile's health, once known. */
  readonly health: HealthVerdict | null;
  /**
   * The token exchanges seen during the current followed sign-in, newest last (setup-lifetime.ts
   * turns the newest into the view's `lifetime` line). A new sign-in starts them afresh.
   */
  readonly tokenExchanges: readonly TokenExchange[];
  /** What Targetprocess remembers of the saved profile's sign-in (its record, its Scope). */
  readonly saved: SavedLifetime | null;
}

/** One token exchange observed while a sign-in was followed: facts only, never a token value. */
export interface TokenExchange {
  /** When the answer came (ms since 1970). */
  readonly at: number;
  readonly facts: {
    /** `refresh_token_expires_in`, seconds, when the answer had it. */
    readonly refreshTokenExpiresIn?: number | undefined;
    /** The granted `scope`. */
    readonly scope: string;
    readonly gotRefreshToken: boolean;
  };
}

/** The saved profile's lifetime: the record that counts (if any) and its granted Scope. */
export interface SavedLifetime {
  readonly record: {
    readonly signedAt: number;
    readonly endsAt: number | null;
    readonly mailGranted: boolean;
  } | null;
  /** From the saved `OAuthState.Scope`: 'unknown' when it holds none. */
  readonly mail: 'granted' | 'missing' | 'unknown';
}

/** How many exchanges of one sign-in are kept (the editor makes one). */
const MAX_EXCHANGES = 4;

/** The field values an input action is judged against. */
export interface FieldValues {
  readonly clientId: string;
  readonly secret: string;
}

export type Action =
  /** Google OAuth selected: the help starts fresh. */
  | { readonly kind: 'activate' }
  /** The admin typed in a field. */
  | { readonly kind: 'input'; readonly key: FieldKey; readonly values: FieldValues }
  /** The field's native change (the editor's own "touched"). */
  | { readonly kind: 'change'; readonly key: FieldKey }
  /** Focus left a field (not towards a button whose click is under way). */
  | { readonly kind: 'blur'; readonly key: FieldKey; readonly filled: boolean }
  /** One of our offers wrote the field. */
  | { readonly kind: 'write'; readonly key: FieldKey }
  /** Sign in or Save was stopped for these fields. */
  | { readonly kind: 'blocked'; readonly keys: readonly FieldKey[] }
  /** The admin gave the import a file (its report), or cleared it (null). */
  | { readonly kind: 'file'; readonly report: CredentialsReport | null }
  /** A Sign in click was let through: its follow starts. */
  | { readonly kind: 'sign-in-start' }
  /** The followed sign-in is over: null when signed in, else what is known ('' if nothing). */
  | { readonly kind: 'sign-in-end'; readonly failure: string | null }
  /** The admin pasted what Google's window said into the decoder. */
  | { readonly kind: 'decoded'; readonly query: string; readonly code: boolean }
  /** The page says signed in: the decoder has nothing more to say. */
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'pair'; readonly checking: boolean; readonly verdict: PairCheckVerdict | null }
  | { readonly kind: 'health'; readonly verdict: HealthVerdict }
  | { readonly kind: 'token-exchange'; readonly exchange: TokenExchange }
  /** The saved profile's record and Scope, read once the editor opened it. */
  | { readonly kind: 'saved-lifetime'; readonly saved: SavedLifetime };

export const initialInteraction: Interaction = {
  revealed: { clientId: false, secret: false },
  secretTouched: false,
  file: null,
  signInFailure: '',
  signInUnfinished: false,
  pair: { checking: false, verdict: null },
  health: null,
  tokenExchanges: [],
  saved: null,
};

/** Whether a field's value is certainly wrong (it then stops Sign in). */
function blocksSignIn(key: FieldKey, values: FieldValues): boolean {
  return key === 'clientId'
    ? hasError(checkClientId(values.clientId))
    : hasError(checkClientSecret(values.secret, { clientId: values.clientId }));
}

const reveal = (i: Interaction, keys: readonly FieldKey[], on: boolean): Interaction => {
  const revealed = { ...i.revealed };
  for (const key of keys) revealed[key] = on;
  return { ...i, revealed };
};

type Reducers = {
  [K in Action['kind']]: (i: Interaction, a: Extract<Action, { kind: K }>) => Interaction;
};

const REDUCERS: Reducers = {
  activate: () => initialInteraction,
  input: (i, a) => {
    const touched = { ...i, secretTouched: i.secretTouched || a.key === 'secret' };
    // The values changed: the last failure and the pair verdict are no longer about them.
    const next = { ...touched, signInFailure: '', pair: { checking: false, verdict: null } };
    // Late to show, early to clear: once valid, wait for the next blur again.
    return blocksSignIn(a.key, a.values) ? next : reveal(next, [a.key], false);
  },
  change: (i, a) => (a.key === 'secret' ? { ...i, secretTouched: true } : i),
  blur: (i, a) => (a.filled ? reveal(i, [a.key], true) : i),
  write: (i, a) =>
    reveal({ ...i, secretTouched: i.secretTouched || a.key === 'secret' }, [a.key], true),
  blocked: (i, a) => reveal(i, a.keys, true),
  file: (i, a) => ({ ...i, file: a.report }),
  'sign-in-start': (i) => ({
    ...i,
    signInFailure: '',
    signInUnfinished: false,
    tokenExchanges: [],
  }),
  'sign-in-end': (i, a) =>
    a.failure === null
      ? { ...i, signInUnfinished: false }
      : { ...i, signInFailure: a.failure, signInUnfinished: true },
  decoded: (i, a) => (a.code ? { ...i, signInFailure: a.query.slice(0, FAILURE_TEXT_MAX) } : i),
  'signed-in': (i) => (i.signInUnfinished ? { ...i, signInUnfinished: false } : i),
  pair: (i, a) => ({ ...i, pair: { checking: a.checking, verdict: a.verdict } }),
  health: (i, a) => (a.verdict.state === 'no-data' ? i : { ...i, health: a.verdict }),
  'token-exchange': (i, a) => ({
    ...i,
    tokenExchanges: [...i.tokenExchanges, a.exchange].slice(-MAX_EXCHANGES),
  }),
  'saved-lifetime': (i, a) => ({ ...i, saved: a.saved }),
};

/** The one place interaction facts change. Pure: the same facts and action give the same facts. */
export function reduce(interaction: Interaction, action: Action): Interaction {
  const reducer = REDUCERS[action.kind] as (i: Interaction, a: Action) => Interaction;
  return reducer(interaction, action);
}
