// Settings > Plugins stays bounded (issue 22): answers over 2 MB, announced or streamed, become
// "Could not check"; a page served at a path like //other.example/… sends nothing off its origin.
// (More than 50 profiles: plugins-safety.test.ts, "a long list".)
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness } from './mashup-support.js';
import {
  GOOGLE_PROFILES,
  OTHER_EMAIL_PROFILES,
  apiRequests,
  openPlugins,
  statuses,
} from './plugins-support.js';

const h = useHarness();
const TOO_LARGE = 'Could not check: the answer was too large';
const BULK = ['Bulk 01', 'Bulk 02', 'Bulk 03'];

beforeEach(() => {
  h.replica.requests.length = 0;
});

describe('over-size answers', () => {
  for (const [query, what] of [
    ['huge=profile', 'a 3 MB answer with its Content-Length'],
    ['stream=profile', 'an answer without Content-Length streaming past 2 MB'],
  ] as const) {
    it(`${what}: "Could not check", nothing thrown`, async () => {
      await openPlugins(h, `listDelay=200&many=3&${query}`);
      await expect
        .poll(
          async () => {
            const shown = await statuses(h.page);
            return BULK.map((name) => shown[name]);
          },
          { timeout: 15_000 },
        )
        .toEqual(BULK.map(() => TOO_LARGE));
      await expect
        .poll(() => h.page.locator('tpgo-connection-status').count(), { timeout: 15_000 })
        .toBe(GOOGLE_PROFILES.length + OTHER_EMAIL_PROFILES.length + BULK.length);
      // Every profile's GET came back too large (the switch is for every profile GET): none is
      // judged, not even as "not Google", and each says so.
      const shown = await statuses(h.page);
      for (const name of [...GOOGLE_PROFILES, ...OTHER_EMAIL_PROFILES])
        expect(shown[name]).toBe(TOO_LARGE);
      expect(h.problems).toEqual([]);
    }, 40_000);
  }
});

describe('a page path that would make the API address protocol-relative', () => {
  const PATH = '//other.example/Admin/Plugins.aspx?listDelay=200';

  async function open(): Promise<string[]> {
    const origin = new URL(h.replica.url).origin;
    const asked: string[] = [];
    h.page.on('request', (request) => asked.push(request.url()));
    await h.page.goto(`${h.replica.url}${PATH}`);
    expect(await h.page.evaluate(() => location.pathname)).toBe(
      '//other.example/Admin/Plugins.aspx',
    );
    await h.page.locator('#plugins-container li.tau-profileName').first().waitFor();
    await h.page.waitForTimeout(2000);
    return asked.filter((url) => new URL(url).origin !== origin);
  }

  it('with the page’s appHostAndPath: checked as usual, every request on the origin', async () => {
    expect(await open()).toEqual([]);
    expect(apiRequests(h).profiles.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await statuses(h.page))['Gmail fresh'], { timeout: 10_000 })
      .toBe('Connected: token refreshed 12 min ago');
  });

  it('without it (the address from the page path): refused, no request leaves the origin, no status', async () => {
    await h.page.addInitScript(() => {
      Object.defineProperty(window, 'appHostAndPath', {
        get: () => undefined,
        set: () => undefined,
        configurable: false,
      });
    });
    expect(await open()).toEqual([]);
    expect(apiRequests(h).profiles).toEqual([]);
    expect(await h.page.locator('tpgo-connection-status').count()).toBe(0);
    // One console line of ours says why, and nothing else went wrong.
    expect(h.problems).toHaveLength(1);
    expect(h.problems[0]).toMatch(/\[google-oauth-assistant\] plugins-start failed: .*origin/);
    h.problems.length = 0;
  });
});
