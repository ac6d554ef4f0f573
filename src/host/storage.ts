// A small client for Targetprocess's RESTful Storage and the REST API's users (docs/host.md §9), for
// the sign-in records. Bounded: one list request per group per page, a count cap, a byte cap read
// from the stream, a timeout; same-origin addresses only, with the page's own session. Any
// failure is a quiet "no data" (undefined / false) with at most one console line per client,
// which never holds a value read or written.

import { AnswerTooLarge, appPath, readCappedText } from './plugin-api.js';

export const STORAGE_TIMEOUT_MS = 5_000;
export const MAX_STORAGE_BYTES = 256 * 1024;
export const MAX_STORAGE_ITEMS = 500;

export interface StorageOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxItems?: number;
}

/** The page's own user (`window.loggedUser`), when it is there and well formed. */
export function loggedUser(win: Window): { id: number; isAdministrator: boolean } | undefined {
  try {
    const user = (win as unknown as { loggedUser?: { id?: unknown; isAdministrator?: unknown } })
      .loggedUser;
    const id = user?.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return undefined;
    return { id, isAdministrator: user?.isAdministrator === true };
  } catch {
    return undefined;
  }
}

class Refused extends Error {}

export class StorageClient {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxItems: number;
  private readonly lists = new Map<string, Promise<unknown[] | undefined>>();
  private readonly admins = new Map<number, Promise<boolean>>();
  private complained = false;

  constructor(
    private readonly win: Window,
    options: StorageOptions = {},
  ) {
    this.base = appPath(win);
    this.timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
    this.maxBytes = options.maxBytes ?? MAX_STORAGE_BYTES;
    this.maxItems = options.maxItems ?? MAX_STORAGE_ITEMS;
  }

  /**
   * One group's items, in ONE request, at most once per page (a second call gets the same
   * answer); undefined for any failure, or an answer that is not `{"items": [...]}`.
   */
  list(group: string): Promise<unknown[] | undefined> {
    let answer = this.lists.get(group);
    if (!answer) {
      answer = this.json('GET', `/storage/v1/${encodeURIComponent(group)}`).then((body) => {
        const items = (body as { items?: unknown } | undefined)?.items;
        if (!Array.isArray(items)) {
          if (body !== undefined) this.complain('an answer of another shape');
          return undefined;
        }
        return items.slice(0, this.maxItems);
      });
      this.lists.set(group, answer);
    }
    return answer;
  }

  /** Creates or updates one item; true when the server took it. */
  async write(group: string, key: string, body: unknown): Promise<boolean> {
    const text = JSON.stringify(body);
    if (text.length > this.maxBytes) return false;
    return (await this.send('POST', this.itemPath(group, key), text)) !== undefined;
  }

  /** Deletes one item (a POST with `X-HTTP-Method-Override: DELETE`, docs/host.md §9). */
  async remove(group: string, key: string): Promise<boolean> {
    return (
      (await this.send('POST', this.itemPath(group, key), '', {
        'X-HTTP-Method-Override': 'DELETE',
      })) !== undefined
    );
  }

  /**
   * Whether a user is an administrator, by the REST API; one request per distinct id, cached for
   * the page; false for any failure or an id that is not a positive integer.
   */
  isAdministrator(id: number): Promise<boolean> {
    if (!Number.isSafeInteger(id) || id <= 0) return Promise.resolve(false);
    let answer = this.admins.get(id);
    if (!answer) {
      answer = this.json('GET', `/api/v1/Users/${id}?include=[IsAdministrator]&format=json`).then(
        (body) =>
          typeof body === 'object' &&
          body !== null &&
          (body as { IsAdministrator?: unknown }).IsAdministrator === true,
      );
      this.admins.set(id, answer);
    }
    return answer;
  }

  /** The administrators among these ids (each asked about at most once per page). */
  async administrators(ids: readonly number[]): Promise<Set<number>> {
    const checked = await Promise.all(
      ids.map(async (id) => [id, await this.isAdministrator(id)] as const),
    );
    return new Set(checked.filter(([, admin]) => admin).map(([id]) => id));
  }

  private itemPath(group: string, key: string): string {
    return `/storage/v1/${encodeURIComponent(group)}/${encodeURIComponent(key)}`;
  }

  private async json(method: string, path: string): Promise<unknown> {
    const text = await this.send(method, path);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      this.complain('malformed JSON');
      return undefined;
    }
  }

  /** The answer's text, or undefined (and one console line) for any failure. */
  private async send(
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<string | undefined> {
    const controller = new AbortController();
    const timer = this.win.setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const url = new URL(this.base + path, this.win.location.origin);
      if (url.origin !== this.win.location.origin) throw new Refused('another origin');
      const response = await this.win.fetch(url.href, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body }),
        signal: controller.signal,
        cache: 'no-store',
      });
      if (!response.ok) throw new Refused(`HTTP ${response.status}`);
      return await this.readCapped(response, controller);
    } catch (error) {
      this.complain(
        error instanceof Refused
          ? error.message
          : controller.signal.aborted
            ? 'timed out'
            : 'failed',
      );
      return undefined;
    } finally {
      this.win.clearTimeout(timer);
    }
  }

  private async readCapped(response: Response, controller: AbortController): Promise<string> {
    try {
      return await readCappedText(response, this.maxBytes);
    } catch (error) {
      if (!(error instanceof AnswerTooLarge)) throw error;
      controller.abort();
      throw new Refused('answer too large');
    }
  }

  /** At most one line per client, naming what failed, never a value. */
  private complain(what: string): void {
    if (this.complained) return;
    this.complained = true;
    try {
      console.warn(
        `[tpgo] Targetprocess storage unavailable (${what}): sign-in dates are not shared.`,
      );
    } catch {
      // No console: nothing to say.
    }
  }
}
