// token-watch.ts with real XMLHttpRequests. The answer is a real HTTP response: a static JSON
// file (test/browser/support/token-answer.json) served by the test's own dev server (which
// answers a POST to it too, as Google's endpoint would), so no fake
// XHR stands in for the browser's. The "token endpoint" given to start() is that file's URL.
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error jQuery ships no types and the project adds none: only ajax is used here.
import jQueryModule from 'jquery';
import { createTokenWatch, type TokenFacts } from '../../src/host/editor/token-watch.js';

const ENDPOINT = new URL('/test/browser/support/token-answer.json', location.origin).href;
const OTHER = new URL('/test/browser/support/other-answer.json', location.origin).href;
const TOKENS = /WATCH-(ACCESS|REFRESH|ID)-token/;
type JQueryStatic = { ajax(settings: Record<string, unknown>): PromiseLike<unknown> };
const jQuery = jQueryModule as JQueryStatic;
const $ = jQuery;

function xhr(method: string, url: string, body?: string): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    request.onload = () => resolve(request);
    request.onerror = () => reject(new Error('network'));
    request.send(body ?? null);
  });
}

const watch = createTokenWatch(window, () => new Date('2026-12-07T10:30:00Z'));
afterEach(() => watch.stop());

describe('token watch', () => {
  it('keeps only the facts of a token answer, never a token value', async () => {
    const seen: TokenFacts[] = [];
    watch.start(ENDPOINT, (facts) => seen.push(facts));
    const request = await xhr('POST', ENDPOINT, 'grant_type=authorization_code&code=4%2F0A');
    expect(request.status).toBe(200);
    // The editor's own handler still gets the whole answer.
    expect(request.responseText).toMatch(TOKENS);
    expect(seen).toEqual([
      {
        at: new Date('2026-12-07T10:30:00Z'),
        refreshTokenExpiresIn: 604799,
        scope: 'https://mail.google.com/ openid https://www.googleapis.com/auth/userinfo.email',
        gotRefreshToken: true,
      },
    ]);
    expect(watch.facts()).toEqual(seen[0]);
    expect(JSON.stringify(seen)).not.toMatch(TOKENS);
  });

  it('ignores a request to any other address', async () => {
    const seen: TokenFacts[] = [];
    watch.start(ENDPOINT, (facts) => seen.push(facts));
    const request = await xhr('GET', OTHER);
    expect(request.status).toBe(200);
    expect(seen).toEqual([]);
    expect(watch.facts()).toBeUndefined();
  });

  it('puts XMLHttpRequest.prototype.open back exactly after stop, and then sees nothing', async () => {
    const before = XMLHttpRequest.prototype.open;
    const ownBefore = Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'open');
    watch.start(ENDPOINT);
    expect(XMLHttpRequest.prototype.open).not.toBe(before);
    watch.stop();
    expect(XMLHttpRequest.prototype.open).toBe(before);
    expect(Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'open')).toEqual(ownBefore);
    await xhr('GET', ENDPOINT);
    expect(watch.facts()).toBeUndefined();
    expect(watch.watching).toBe(false);
  });

  it('leaves a wrapper someone put on top of it in place, and stays silent', async () => {
    const before = XMLHttpRequest.prototype.open;
    watch.start(ENDPOINT);
    const ours = XMLHttpRequest.prototype.open;
    const theirs = function (this: XMLHttpRequest, ...args: unknown[]) {
      return (ours as (...a: unknown[]) => void).apply(this, args);
    } as typeof XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = theirs;
    watch.stop();
    expect(XMLHttpRequest.prototype.open).toBe(theirs);
    await xhr('GET', ENDPOINT);
    expect(watch.facts()).toBeUndefined();
    XMLHttpRequest.prototype.open = before;
  });

  it('works through jQuery.ajax (window.jQuery), the way the editor exchanges the code', async () => {
    (window as unknown as { jQuery: unknown }).jQuery = jQuery;
    const seen: TokenFacts[] = [];
    watch.start(ENDPOINT, (facts) => seen.push(facts));
    const answer = await (window as unknown as { jQuery: JQueryStatic }).jQuery.ajax({
      url: ENDPOINT,
      type: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      data: { grant_type: 'authorization_code', code: '4/0A-code' },
      dataType: 'json',
    });
    expect(JSON.stringify(answer)).toMatch(TOKENS);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.gotRefreshToken).toBe(true);
    expect(JSON.stringify(seen)).not.toMatch(TOKENS);
  });

  it('a jQuery request whose open arguments are exactly the ones jQuery gave', async () => {
    const calls: number[] = [];
    const before = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      calls.push(args.length);
      return (before as (...a: unknown[]) => void).apply(this, args);
    } as typeof before;
    try {
      watch.start(ENDPOINT);
      await $.ajax({ url: ENDPOINT, type: 'GET', dataType: 'json' });
      await xhr('GET', ENDPOINT);
      watch.stop();
    } finally {
      XMLHttpRequest.prototype.open = before;
    }
    // jQuery passes five arguments; xhr() above two: the watch passes each count unchanged.
    expect(calls).toEqual([5, 2]);
  });
});
