// The Plugins page adapter's pieces that need no DOM: recognising Sign in's popup, and the API
// client's bounds (4 in flight, 10 s each, acid only when the page has one).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSignInPopup } from '../../../src/host/plugins/page.js';
import { MAX_IN_FLIGHT, PluginsApi, TIMEOUT_MS } from '../../../src/host/plugin-api.js';

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
    const base = '/TargetProcess/api/v1/Plugins.asmx/Project%20Email%20Integration';
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
      '/api/v1/Plugins.asmx/Project%20Email%20Integration/Commands/CheckActivityLogForErrors?acid=3F2504E04F89',
    );
    withAcid.client.stop();
  });
});
