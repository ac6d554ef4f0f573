// The Plugins page adapter's pieces that need no DOM: recognising Sign in's popup, and the API
// client's bounds (4 in flight, 10 s each, acid only when the page has one).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSignInPopup } from '../../../src/host/plugins/page.js';
import {
  AddressRefused,
  AnswerTooLarge,
  MAX_ANSWER_BYTES,
  MAX_IN_FLIGHT,
  PluginsApi,
  TIMEOUT_MS,
  isUsableProfileName,
  readCappedJson,
} from '../../../src/host/plugin-api.js';

function fakeWindow(href: string, opener: unknown = null, extra: Record<string, unknown> = {}) {
  const url = new URL(href);
  return {
    location: { href, origin: url.origin, pathname: url.pathname, search: url.search },
    opener,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    ...extra,
  } as unknown as Window;
}

describe('isSignInPopup', () => {
  const base = 'https://acme.tpondemand.com';
  it.each([
    [`${base}/Admin/Plugins.aspx?code=4%2Fx&state=y`, true],
    [`${base}/Admin/Plugins.aspx?state=y&error=access_denied`, true],
    [`${base}/TargetProcess/Admin/Plugins.aspx?acid=1&code=x`, true],
    [`${base}/Admin/Plugins.aspx`, false],
    [`${base}/Admin/Plugins.aspx?acid=3F2504E04F89`, false],
    [`${base}/Admin/EditProfileExt.aspx?code=x`, false],
  ])('%s -> %s', (href, popup) => {
    expect(isSignInPopup(fakeWindow(href))).toBe(popup);
  });

  it('a Plugins page with an opener, or a window whose opener is on the Plugins page', () => {
    const editor = fakeWindow(`${base}/Admin/EditProfileExt.aspx?ProfileName=x`);
    const plugins = fakeWindow(`${base}/Admin/Plugins.aspx`);
    expect(isSignInPopup(fakeWindow(`${base}/Admin/Plugins.aspx`, editor))).toBe(true);
    expect(isSignInPopup(fakeWindow(`${base}/somewhere`, plugins))).toBe(true);
    expect(isSignInPopup(fakeWindow(`${base}/somewhere`, editor))).toBe(false);
  });

  it('an opener that cannot be read: do nothing (the safe side)', () => {
    const crossOrigin = {
      get location(): never {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(isSignInPopup(fakeWindow(`${base}/somewhere`, crossOrigin))).toBe(true);
  });
});

describe('PluginsApi', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function api(href: string) {
    const calls: { url: string; init: RequestInit; finish: (body: unknown) => void }[] = [];
    const fetch = vi.fn(
      (url: string, init: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
          calls.push({
            url,
            init,
            finish: (body) => resolve(new Response(JSON.stringify(body), { status: 200 })),
          });
        }),
    );
    const client = new PluginsApi(fakeWindow(href, null, { fetch }));
    return { client, calls };
  }

  const settle = () => new Promise((resolve) => setImmediate(resolve));
  /** A request the test leaves unanswered: stop() rejects it, and that is expected. */
  const quiet = <T>(answer: Promise<T>): Promise<T> => {
    answer.catch(() => undefined);
    return answer;
  };

  it('keeps at most 4 requests in flight', async () => {
    const { client, calls } = api('http://tp.local/Admin/Plugins.aspx');
    const answers = Array.from({ length: 10 }, (_, i) => quiet(client.profile(`p${i}`)));
    await settle();
    expect(calls).toHaveLength(MAX_IN_FLIGHT);
    calls[0]!.finish({ Name: 'p0' });
    await expect(answers[0]).resolves.toEqual({ Name: 'p0' });
    await settle();
    expect(calls).toHaveLength(MAX_IN_FLIGHT + 1);
    client.stop();
  });

  it('gives a request up after 10 s', async () => {
    vi.useFakeTimers();
    const { client, calls } = api('http://tp.local/Admin/Plugins.aspx');
    const answer = client.errors();
    const failed = expect(answer).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
    expect(calls[0]!.init.signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[0]!.init.signal!.aborted).toBe(true);
    await failed;
  });

  it('builds the page API URLs under the app path, with the acid only when the page has one', async () => {
    const plain = api('http://tp.local/TargetProcess/Admin/Plugins.aspx');
    void quiet(plain.client.profile('Ops & Co #2'));
    void quiet(plain.client.errors());
    void quiet(plain.client.log('Gmail', new Date(Date.UTC(2026, 11, 3))));
    await settle();
    const base = 'http://tp.local/TargetProcess/api/v1/Plugins.asmx/Project%20Email%20Integration';
    expect(plain.calls.map((c) => c.url)).toEqual([
      `${base}/Profiles/Ops%20%26%20Co%20%232`,
      `${base}/Commands/CheckActivityLogForErrors`,
      `${base}/Profiles/Gmail/Commands/GetActivityLog`,
    ]);
    const log = plain.calls[2]!;
    expect(log.init.method).toBe('POST');
    expect(JSON.parse(String(log.init.body))).toEqual({
      DateRange: {
        StartDate: `\\/Date(${Date.UTC(2026, 10, 3)})\\/`,
        EndDate: `\\/Date(${Date.UTC(2026, 11, 3)})\\/`,
      },
      Type: 10,
    });
    plain.client.stop();

    const withAcid = api('http://tp.local/Admin/Plugins.aspx?acid=3F2504E04F89');
    void quiet(withAcid.client.errors());
    await settle();
    expect(withAcid.calls[0]!.url).toBe(
      'http://tp.local/api/v1/Plugins.asmx/Project%20Email%20Integration/Commands/CheckActivityLogForErrors?acid=3F2504E04F89',
    );
    withAcid.client.stop();
  });
});

describe('PluginsApi: addresses stay on the page origin', () => {
  function client(href: string) {
    const fetch = vi.fn(() => Promise.resolve(new Response('[]', { status: 200 })));
    return { api: new PluginsApi(fakeWindow(href, null, { fetch })), fetch };
  }

  it('a page path like //other.example/… would leave the origin: refused, nothing fetched', async () => {
    const { api, fetch } = client('http://tp.local//other.example/Admin/Plugins.aspx');
    expect(api.onOrigin).toBe(false);
    await expect(api.errors()).rejects.toBeInstanceOf(AddressRefused);
    await expect(api.profile('Gmail')).rejects.toBeInstanceOf(AddressRefused);
    await expect(api.log('Gmail', new Date())).rejects.toBeInstanceOf(AddressRefused);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('an ordinary page is on its origin, and fetches the absolute address there', async () => {
    const { api, fetch } = client('https://acme.tpondemand.com/Admin/Plugins.aspx');
    expect(api.onOrigin).toBe(true);
    await expect(api.errors()).resolves.toEqual([]);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(
      'https://acme.tpondemand.com/api/v1/Plugins.asmx/Project%20Email%20Integration/Commands/CheckActivityLogForErrors',
    );
  });

  it('a profile named ".", ".." or "" is never asked about', async () => {
    const { api, fetch } = client('http://tp.local/Admin/Plugins.aspx');
    for (const name of ['.', '..', '', ' .. ', '   '])
      await expect(api.profile(name)).rejects.toBeInstanceOf(AddressRefused);
    await expect(api.log('..', new Date())).rejects.toBeInstanceOf(AddressRefused);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('isUsableProfileName', () => {
  it.each([
    ['Gmail', true],
    ['...', true],
    ['.hidden', true],
    ['a/b', true],
    ['.', false],
    ['..', false],
    [' .. ', false],
    ['', false],
    ['  ', false],
    [undefined, false],
    [42, false],
  ])('%j -> %s', (name, usable) => expect(isUsableProfileName(name)).toBe(usable));
});

describe('readCappedJson: at most MAX_ANSWER_BYTES read', () => {
  const bigJson = (bytes: number) => `"${'x'.repeat(bytes)}"`;

  it('reads an answer under the cap', async () => {
    await expect(readCappedJson(new Response('{"a":1}'))).resolves.toEqual({ a: 1 });
    const near = bigJson(MAX_ANSWER_BYTES - 10);
    await expect(readCappedJson(new Response(near))).resolves.toHaveLength(MAX_ANSWER_BYTES - 10);
  });

  it('refuses by Content-Length before reading anything', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = new Response(body, { headers: { 'Content-Length': String(3 * 1024 * 1024) } });
    await expect(readCappedJson(response)).rejects.toBeInstanceOf(AnswerTooLarge);
    // The stream may prefetch a chunk, never the answer.
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('stops a stream without Content-Length once it passes the cap', async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk); // endless
      },
    });
    await expect(readCappedJson(new Response(body))).rejects.toBeInstanceOf(AnswerTooLarge);
    expect(sent).toBeLessThanOrEqual(MAX_ANSWER_BYTES + 3 * chunk.byteLength);
  });

  it('an over-size profile answer rejects the request as AnswerTooLarge, never a hang', async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(new Response(bigJson(MAX_ANSWER_BYTES + 1), { status: 200 })),
    );
    const api = new PluginsApi(fakeWindow('http://tp.local/Admin/Plugins.aspx', null, { fetch }));
    await expect(api.profile('Gmail')).rejects.toBeInstanceOf(AnswerTooLarge);
  });
});
