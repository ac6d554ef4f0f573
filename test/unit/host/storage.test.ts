// storage.ts with a fake fetch: the addresses it builds, one list request per page, the admin
// check cached per owner, and every failure a quiet "no data" with at most one console line.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageClient, loggedUser } from '../../../src/host/storage.js';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeWindow(
  answer: (url: string, init: RequestInit) => Promise<Response> | Response,
  href = 'https://tp.example.com/TargetProcess/Admin/Plugins.aspx',
  extra: Record<string, unknown> = {},
) {
  const calls: Call[] = [];
  const location = new URL(href);
  const win = {
    location: {
      href: location.href,
      origin: location.origin,
      pathname: location.pathname,
      search: location.search,
    },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    fetch: (url: string, init: RequestInit) => {
      calls.push({ url, init });
      if (init.signal?.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
      return Promise.resolve(answer(url, init));
    },
    ...extra,
  };
  return { win: win as unknown as Window, calls };
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

let warn: ReturnType<typeof vi.spyOn>;
afterEach(() => warn?.mockRestore());
const spyWarn = () => (warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined));

describe('StorageClient.list', () => {
  it('lists a group in one same-origin request, at most once per page', async () => {
    spyWarn();
    const { win, calls } = fakeWindow(() => json({ items: [{ key: 'a' }, { key: 'b' }] }));
    const client = new StorageClient(win);
    const [first, second] = await Promise.all([
      client.list('tpgoSignIns'),
      client.list('tpgoSignIns'),
    ]);
    expect(first).toEqual([{ key: 'a' }, { key: 'b' }]);
    expect(second).toBe(first);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://tp.example.com/TargetProcess/storage/v1/tpgoSignIns');
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect(calls[0]!.init.method).toBe('GET');
    expect(warn).not.toHaveBeenCalled();
  });

  it('caps the count of items', async () => {
    const { win } = fakeWindow(() => json({ items: Array.from({ length: 20 }, (_, i) => i) }));
    expect(await new StorageClient(win, { maxItems: 5 }).list('g')).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes the application path from appHostAndPath only when it is same-origin', async () => {
    const { win, calls } = fakeWindow(
      () => json({ items: [] }),
      'https://tp.example.com/Admin/Plugins.aspx',
      {
        appHostAndPath: 'https://evil.example/x',
      },
    );
    await new StorageClient(win).list('g');
    expect(calls[0]!.url).toBe('https://tp.example.com/storage/v1/g');
  });

  const failures: Array<[string, () => Response | Promise<Response>]> = [
    ['404', () => new Response('Not found', { status: 404 })],
    ['401', () => new Response('', { status: 401 })],
    ['403', () => new Response('', { status: 403 })],
    ['500', () => json({ Message: 'boom' }, 500)],
    ['malformed JSON', () => new Response('{"items":[', { status: 200 })],
    ['another shape', () => json([1, 2])],
    ['huge', () => new Response('{"items":["' + 'x'.repeat(300 * 1024) + '"]}', { status: 200 })],
    ['network error', () => Promise.reject(new TypeError('Failed to fetch'))],
  ];
  for (const [name, answer] of failures) {
    it(`${name}: a quiet "no data", one console line that holds no value`, async () => {
      spyWarn();
      const { win } = fakeWindow(answer);
      const client = new StorageClient(win);
      await expect(client.list('g')).resolves.toBeUndefined();
      await expect(client.list('other')).resolves.toBeUndefined();
      if (!['malformed JSON', 'another shape'].includes(name)) {
        // The write fails the same way, and still no second line.
        await expect(client.write('g', 'k', { secret: 'VALUE-1' })).resolves.toBe(false);
      }
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).not.toMatch(/VALUE-1|xxxx|boom/);
    });
  }

  it('a huge answer is cut off while streaming, not read whole', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        if (pulled > 1000) controller.close();
      },
    });
    const { win } = fakeWindow(() => new Response(stream, { status: 200 }));
    spyWarn();
    await expect(new StorageClient(win).list('g')).resolves.toBeUndefined();
    expect(pulled).toBeLessThan(10);
  });

  it('a timeout: gives up after timeoutMs', async () => {
    spyWarn();
    const { win } = fakeWindow(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const started = Date.now();
    await expect(new StorageClient(win, { timeoutMs: 50 }).list('g')).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(String(warn.mock.calls[0]![0])).toContain('timed out');
  });
});

describe('StorageClient.write and remove', () => {
  it('POSTs the body to the URL-encoded key; DELETE is a POST with the override header', async () => {
    const { win, calls } = fakeWindow(() => json({ key: 'x' }));
    const client = new StorageClient(win);
    expect(await client.write('tpgoSignIns', 'a/b?c', { scope: 'Public' })).toBe(true);
    expect(await client.remove('tpgoSignIns', 'k1')).toBe(true);
    expect(calls[0]!.url).toBe(
      'https://tp.example.com/TargetProcess/storage/v1/tpgoSignIns/a%2Fb%3Fc',
    );
    expect(calls[0]!.init.body).toBe('{"scope":"Public"}');
    expect(calls[1]!.init.method).toBe('POST');
    expect((calls[1]!.init.headers as Record<string, string>)['X-HTTP-Method-Override']).toBe(
      'DELETE',
    );
  });
});

describe('StorageClient.isAdministrator', () => {
  it('asks the REST API once per distinct owner, cached for the page', async () => {
    const { win, calls } = fakeWindow((url) =>
      json({ Id: 1, IsAdministrator: url.includes('/Users/1?') }),
    );
    const client = new StorageClient(win);
    const admins = await client.administrators([1, 2, 1, 2, 1]);
    expect([...admins]).toEqual([1]);
    expect(await client.isAdministrator(1)).toBe(true);
    expect(calls.map((c) => c.url)).toEqual([
      'https://tp.example.com/TargetProcess/api/v1/Users/1?include=[IsAdministrator]&format=json',
      'https://tp.example.com/TargetProcess/api/v1/Users/2?include=[IsAdministrator]&format=json',
    ]);
  });

  it('false for a failure, an odd answer, or an id that is not a positive integer', async () => {
    spyWarn();
    const { win, calls } = fakeWindow(() => json({ IsAdministrator: 'true' }));
    const client = new StorageClient(win);
    expect(await client.isAdministrator(5)).toBe(false);
    expect(await client.isAdministrator(-1)).toBe(false);
    expect(await client.isAdministrator(1.5)).toBe(false);
    expect(calls).toHaveLength(1);
    const failing = new StorageClient(fakeWindow(() => new Response('', { status: 403 })).win);
    expect(await failing.isAdministrator(1)).toBe(false);
  });
});

describe('loggedUser', () => {
  it("reads the page's user, or nothing", () => {
    expect(
      loggedUser({ loggedUser: { id: 7, isAdministrator: true } } as unknown as Window),
    ).toEqual({
      id: 7,
      isAdministrator: true,
    });
    expect(loggedUser({ loggedUser: { id: '7' } } as unknown as Window)).toBeUndefined();
    expect(loggedUser({} as Window)).toBeUndefined();
  });
});
