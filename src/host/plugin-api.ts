// The Plugins page's own API, read-only, as the page itself calls it (docs/host.md §7). Bounded: at
// most 4 requests in flight, each given up after 10 s. The answers are handed over parsed and
// never logged: a profile's answer holds its token values.
/** The plugin whose profiles these are (its name is the API's path). */
export const EMAIL_PLUGIN = 'Project Email Integration';

export const MAX_IN_FLIGHT = 4;
export const TIMEOUT_MS = 10_000;
/** How far back a log read goes. */
export const LOG_DAYS = 30;
/** GetActivityLog's `Type` for errors only. */
export const LOG_ERRORS = 10;
/** The largest answer read: past it the answer is dropped (Content-Length first, then while reading). */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

/** An answer over MAX_ANSWER_BYTES: the profile could not be checked. */
export class AnswerTooLarge extends Error {
  override name = 'AnswerTooLarge';
}

/** An address that would leave the page's origin, or a name that is no profile's: not asked. */
export class AddressRefused extends Error {
  override name = 'AddressRefused';
}

/**
 * Whether a profile's name may become part of an API address: not empty, and not `.` or `..`
 * (a dot segment would climb out of `/Profiles/`), also once trimmed.
 */
export function isUsableProfileName(name: unknown): name is string {
  if (typeof name !== 'string') return false;
  const trimmed = name.trim();
  return trimmed !== '' && trimmed !== '.' && trimmed !== '..';
}

/** Reads a body of at most `max` bytes as text; AnswerTooLarge past it, never more read. */
export async function readCappedText(response: Response, max = MAX_ANSWER_BYTES): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > max) {
    void response.body?.cancel().catch(() => undefined);
    throw new AnswerTooLarge(`answer of ${declared} bytes`);
  }
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (text.length > max) throw new AnswerTooLarge(`answer past ${max} bytes`);
    return text;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      void reader.cancel().catch(() => undefined);
      throw new AnswerTooLarge(`answer past ${max} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Reads a body of at most `max` bytes as JSON; AnswerTooLarge past it, never more read. */
export async function readCappedJson(response: Response, max = MAX_ANSWER_BYTES): Promise<unknown> {
  return JSON.parse(await readCappedText(response, max)) as unknown;
}

/** The application's path on this origin (`appHostAndPath`, else the path before /Admin/). */
export function appPath(win: Window): string {
  const raw = (win as unknown as { appHostAndPath?: unknown }).appHostAndPath;
  if (typeof raw === 'string' && raw.trim()) {
    try {
      const url = new URL(raw.trim(), win.location.href);
      if (url.origin === win.location.origin) return url.pathname.replace(/\/+$/, '');
    } catch {
      // Fall back to the page's own path.
    }
  }
  const at = win.location.pathname.search(/\/Admin\//i);
  return at < 0 ? '' : win.location.pathname.slice(0, at);
}

const dotNetDate = (date: Date) => `\\/Date(${date.getTime()})\\/`;

export class PluginsApi {
  private readonly base: string;
  private readonly origin: string;
  private readonly acid: string;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly controllers = new Set<AbortController>();
  private stopped = false;

  constructor(private readonly win: Window) {
    this.base = `${appPath(win)}/api/v1/Plugins.asmx/${encodeURIComponent(EMAIL_PLUGIN)}`;
    this.origin = win.location.origin;
    this.acid = new URLSearchParams(win.location.search).get('acid') ?? '';
  }

  /** CheckActivityLogForErrors: the latest error of every profile of the plugin. */
  errors(): Promise<unknown> {
    return this.send('GET', this.url('/Commands/CheckActivityLogForErrors'));
  }

  /** One profile, as its editor reads it. */
  profile(name: string): Promise<unknown> {
    const profile = this.segment(name);
    return this.send('GET', profile && this.url(profile));
  }

  /** The profile's errors of the last LOG_DAYS days. */
  log(name: string, now: Date): Promise<unknown> {
    const start = new Date(now.getTime() - LOG_DAYS * 24 * 60 * 60 * 1000);
    const body = JSON.stringify({
      DateRange: { StartDate: dotNetDate(start), EndDate: dotNetDate(now) },
      Type: LOG_ERRORS,
    });
    const profile = this.segment(name);
    return this.send('POST', profile && this.url(`${profile}/Commands/GetActivityLog`), body);
  }

  /** Gives up every request still waiting or running. */
  stop(): void {
    this.stopped = true;
    for (const controller of this.controllers) controller.abort();
    this.waiting.length = 0;
  }

  /** Whether the API's addresses stay on the page's origin (a page path `//other.example/…` does not). */
  get onOrigin(): boolean {
    return this.url('/Commands/CheckActivityLogForErrors') !== null;
  }

  /** `/Profiles/<name>`, or null for a name that may not be used. */
  private segment(name: string): string | null {
    return isUsableProfileName(name) ? `/Profiles/${encodeURIComponent(name)}` : null;
  }

  /** The absolute address, built on the page's origin; null when it would leave it. */
  private url(path: string | null): string | null {
    if (path === null) return null;
    try {
      const url = new URL(`${this.base}${path}`, this.origin);
      if (url.origin !== this.origin || !/^https?:$/.test(url.protocol)) return null;
      // The page's acid goes along only when the page has one (docs/host.md §7).
      if (this.acid) url.search = `?acid=${encodeURIComponent(this.acid)}`;
      return url.href;
    } catch {
      return null;
    }
  }

  private async send(method: string, url: string | null, body?: string): Promise<unknown> {
    if (url === null) throw new AddressRefused('not an address of this page');
    await this.slot();
    const controller = new AbortController();
    this.controllers.add(controller);
    const timer = this.win.setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      if (this.stopped) throw new Error('stopped');
      const response = await this.win.fetch(url, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body }),
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await readCappedJson(response);
    } finally {
      this.win.clearTimeout(timer);
      this.controllers.delete(controller);
      this.release();
    }
  }

  private slot(): Promise<void> {
    if (this.inFlight < MAX_IN_FLIGHT) {
      this.inFlight += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.inFlight -= 1;
  }
}
