// The Plugins page's own API, read-only, as the page itself calls it (HOST.md §7). Bounded: at
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

function appPath(win: Window): string {
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
  private readonly acid: string;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly controllers = new Set<AbortController>();
  private stopped = false;

  constructor(private readonly win: Window) {
    this.base = `${appPath(win)}/api/v1/Plugins.asmx/${encodeURIComponent(EMAIL_PLUGIN)}`;
    this.acid = new URLSearchParams(win.location.search).get('acid') ?? '';
  }

  /** CheckActivityLogForErrors: the latest error of every profile of the plugin. */
  errors(): Promise<unknown> {
    return this.send('GET', this.url('/Commands/CheckActivityLogForErrors'));
  }

  /** One profile, as its editor reads it. */
  profile(name: string): Promise<unknown> {
    return this.send('GET', this.url(`/Profiles/${encodeURIComponent(name)}`));
  }

  /** The profile's errors of the last LOG_DAYS days. */
  log(name: string, now: Date): Promise<unknown> {
    const start = new Date(now.getTime() - LOG_DAYS * 24 * 60 * 60 * 1000);
    const body = JSON.stringify({
      DateRange: { StartDate: dotNetDate(start), EndDate: dotNetDate(now) },
      Type: LOG_ERRORS,
    });
    return this.send(
      'POST',
      this.url(`/Profiles/${encodeURIComponent(name)}/Commands/GetActivityLog`),
      body,
    );
  }

  /** Gives up every request still waiting or running. */
  stop(): void {
    this.stopped = true;
    for (const controller of this.controllers) controller.abort();
    this.waiting.length = 0;
  }

  private url(path: string): string {
    // The page's acid goes along only when the page has one (HOST.md §7).
    return `${this.base}${path}${this.acid ? `?acid=${encodeURIComponent(this.acid)}` : ''}`;
  }

  private async send(method: string, url: string, body?: string): Promise<unknown> {
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
      return (await response.json()) as unknown;
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
