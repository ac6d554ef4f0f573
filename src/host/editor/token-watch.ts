// Watches the editor's token exchange during a sign-in the assistant follows (docs/host.md §5): a
// `load` listener on each XMLHttpRequest opened to the token endpoint, whichever jQuery copy made
// it (window.jQuery or the AMD `libs/jquery/jquery`: both end in XMLHttpRequest). From Google's
// answer it keeps only refresh_token_expires_in, the granted scope, whether a refresh token came,
// and when: never a token value. Nothing the editor sends changes; stop() puts `open` back
// exactly as it was, when it is still ours.
import { readExpiresIn } from '../../rules/lifetime.js';
import { wrapXhrOpen } from './xhr-open.js';

/** What the answer said, token values left out. */
export interface TokenFacts {
  readonly at: Date;
  readonly refreshTokenExpiresIn?: number;
  readonly scope: string;
  readonly gotRefreshToken: boolean;
}

export interface TokenWatch {
  /** Starts watching requests to this endpoint (origin and path compared); a second call restarts. */
  start(tokenEndpoint: string, onFacts?: (facts: TokenFacts) => void): void;
  /** Restores XMLHttpRequest.prototype.open when it is still ours; later answers are ignored. */
  stop(): void;
  /** The last answer seen since start(), if any. */
  facts(): TokenFacts | undefined;
  readonly watching: boolean;
}

const MAX_ANSWER = 64 * 1024;

function place(url: string | URL, base: string): string | undefined {
  try {
    const parsed = new URL(String(url), base);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}

/** Only the facts, from the answer's text; undefined for anything else. */
export function readTokenAnswer(text: unknown, at: Date): TokenFacts | undefined {
  if (typeof text !== 'string' || text.length > MAX_ANSWER) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const answer = body as Record<string, unknown>;
  const own = (name: string) =>
    Object.prototype.hasOwnProperty.call(answer, name) ? answer[name] : undefined;
  if (own('error') !== undefined || own('access_token') === undefined) return undefined;
  const scope = own('scope');
  const refresh = own('refresh_token');
  const seconds = readExpiresIn(own('refresh_token_expires_in'));
  return {
    at,
    ...(seconds === undefined ? {} : { refreshTokenExpiresIn: seconds }),
    scope: typeof scope === 'string' ? scope.slice(0, 4096) : '',
    gotRefreshToken: typeof refresh === 'string' && refresh !== '',
  };
}

export function createTokenWatch(win: Window, now: () => Date = () => new Date()): TokenWatch {
  let undo: (() => void) | undefined;
  let target: string | undefined;
  let generation = 0;
  let last: TokenFacts | undefined;
  let report: ((facts: TokenFacts) => void) | undefined;
  /** The endpoint each request was last opened to, when it was the watched one. */
  const opened = new WeakMap<XMLHttpRequest, number>();
  const listening = new WeakSet<XMLHttpRequest>();

  function onLoad(this: XMLHttpRequest): void {
    try {
      if (opened.get(this) !== generation || target === undefined) return;
      if (this.status !== 200) return;
      const type = this.responseType;
      const text =
        type === '' || type === 'text'
          ? this.responseText
          : type === 'json'
            ? JSON.stringify(this.response)
            : undefined;
      const facts = readTokenAnswer(text, now());
      if (!facts) return;
      last = facts;
      report?.(facts);
    } catch {
      // Never into the page.
    }
  }

  function stop(): void {
    generation += 1;
    target = undefined;
    report = undefined;
    undo?.();
    undo = undefined;
  }

  function start(tokenEndpoint: string, onFacts?: (facts: TokenFacts) => void): void {
    stop();
    const endpoint = place(tokenEndpoint, win.location.href);
    if (!endpoint) return;
    const mine = generation;
    undo = wrapXhrOpen(win, (xhr, args) => {
      if (
        mine === generation &&
        target !== undefined &&
        place(args[1], win.location.href) === target
      ) {
        opened.set(xhr, mine);
        if (!listening.has(xhr)) {
          listening.add(xhr);
          xhr.addEventListener('load', onLoad);
        }
      } else {
        opened.delete(xhr);
      }
    });
    if (!undo) return;
    target = endpoint;
    report = onFacts;
    last = undefined;
  }

  return {
    start,
    stop,
    facts: () => last,
    get watching() {
      return target !== undefined;
    },
  };
}
