// Issue 22 (hardening): the split install's loader takes its folder only from its own
// same-origin <script> or a same-origin mashupPath (markup that shadows document.currentScript
// gets nothing loaded from elsewhere), its Trusted Types policy turns only our chunk files into
// script URLs, and its chunk global gives other scripts nothing (webpack's JSONP array called
// any function pushed with a chunk, with its require function).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { GOOD, openGoogle, useHarness } from './mashup-support.js';

const h = useHarness({ allowProblems: true });

const OTHER = 'https://other.example';
const OTHER_FOLDER = `${OTHER}/TargetProcess/JavaScript/Mashups/google-oauth-assistant/`;
/** DOM clobbering: this makes document.currentScript the <img>, with the other host's address. */
const CLOBBER = `<img name="currentScript" src="${OTHER_FOLDER}google-oauth-assistant.js">`;

/**
 * Every request to the other host but the <img>'s own (the page's markup fetches its image),
 * answered with a script that would mark the page.
 */
async function watchOtherHost(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.route(`${OTHER}/**`, (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${OTHER_FOLDER}google-oauth-assistant.js`)) seen.push(url);
    return route.fulfill({
      contentType: 'text/javascript',
      body: 'window.__fromOtherHost = true;',
    });
  });
  return seen;
}

/** The editor page with the clobbering markup before our script, and maybe another mashupPath. */
async function clobberEditorPage(page: Page, mashupPath?: string) {
  await page.route('**/Admin/EditProfileExt.aspx*', async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    body = body.replace('<body>', `<body>${CLOBBER}`);
    if (mashupPath)
      body = body.replace(/data-mashup-path="[^"]*"/g, `data-mashup-path="${mashupPath}"`);
    await route.fulfill({ response, body });
  });
}

const ourLines = () => h.problems.filter((p) => p.includes('[google-oauth-assistant]'));
const pageErrors = () => h.problems.filter((p) => p.startsWith('pageerror'));

describe('where the split loader takes its folder from', () => {
  it('markup shadowing document.currentScript: nothing requested from the other host, help as ever', async () => {
    const seen = await watchOtherHost(h.page);
    await clobberEditorPage(h.page);
    await openGoogle(h, 'new-profile', 'replica=split');
    expect(await h.page.evaluate(() => document.currentScript instanceof HTMLImageElement)).toBe(
      true,
    );
    expect(await h.page.locator('tpgo-field-check').count()).toBe(2);
    await h.page.waitForTimeout(300);
    expect(seen).toEqual([]);
    expect(await h.page.evaluate(() => 'fromOtherHost' in window)).toBe(false);
    expect(pageErrors()).toEqual([]);
    expect(ourLines()).toEqual([]);
  });

  it('and a cross-origin mashupPath: still nothing from there; our own folder serves the chunks', async () => {
    const from = h.replica.requests.length;
    const seen = await watchOtherHost(h.page);
    await clobberEditorPage(h.page, OTHER_FOLDER);
    await openGoogle(h, 'new-profile', 'replica=split');
    expect(await h.page.locator('tpgo-field-check').count()).toBe(2);
    // A first-use chunk too (the import help), after Targetprocess named the other folder.
    await h.page.locator('section.tpgo-panel > details > summary').click();
    await h.page.waitForTimeout(500);
    expect(seen).toEqual([]);
    const chunks = h.replica.requests.slice(from).filter((r) => r.path.includes('/chunks/'));
    // later.js follows the editor's first frame on every editor (src/host/editor/later.ts).
    expect(chunks.map((r) => r.path.replace(/.*\//, ''))).toEqual([
      'editor.js',
      'later.js',
      'import.js',
    ]);
    expect(await h.page.evaluate(() => 'fromOtherHost' in window)).toBe(false);
    expect(pageErrors()).toEqual([]);
  });

  it('a cross-origin mashupPath off the editor address, where no script of ours names a folder: nothing loads', async () => {
    const from = h.replica.requests.length;
    const seen = await watchOtherHost(h.page);
    // The Board page, the editor's fields added later: the loader's look would load the chunk.
    await h.page.route('**/RestUI/Board.aspx*', async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace('<body>', `<body>${CLOBBER}`)
        .replace(/data-mashup-path="[^"]*"/g, `data-mashup-path="${OTHER_FOLDER}"`)
        // Our file under another name: its own <script> names no folder either.
        .replace(/google-oauth-assistant\.js"/g, 'google-oauth-assistant.js?bundled"');
      await route.fulfill({ response, body });
    });
    await h.page.goto(`${h.replica.url}/RestUI/Board.aspx?replica=split`);
    await h.page.waitForLoadState('load');
    await h.page.evaluate(() => {
      const form = document.createElement('form');
      form.innerHTML = `<select id="authDropDown"></select><input id="Login">`;
      document.body.append(form);
    });
    await expect.poll(() => ourLines().length).toBe(1);
    expect(ourLines()[0]).toMatch(/load failed: TypeError: not a chunk of ours/);
    expect(seen).toEqual([]);
    expect(h.replica.requests.slice(from).filter((r) => r.path.includes('/chunks/'))).toEqual([]);
    expect(pageErrors()).toEqual([]);
  });
});

describe.each(['split', 'paste'] as const)(
  'under an enforcing Trusted Types CSP, the %s install',
  (layout) => {
    it('helps, first-use chunks included', async () => {
      await openGoogle(h, 'new-profile', `replica=${layout},csp`);
      expect(await h.page.locator('tpgo-field-check').count()).toBe(2);
      await h.page.locator('section.tpgo-panel > details > summary').click();
      await h.page.locator('tpgo-credentials-import').waitFor({ state: 'attached' });
      expect(pageErrors()).toEqual([]);
      expect(ourLines()).toEqual([]);
    });
  },
);

describe('what the split install gives other scripts on the page (strict CSP)', () => {
  it('a pushed runtime function is never called, pushed modules never used; the policy name is taken', async () => {
    await openGoogle(h, 'new-profile', 'replica=split,csp');
    const result = await h.page.evaluate(async (other) => {
      const w = window as unknown as {
        tpgoChunks: { push(chunk: unknown): unknown };
        trustedTypes: { createPolicy(name: string, rules: object): unknown };
      };
      const got: unknown[] = [];
      const runtime = (require: { tu?: (url: string) => unknown }) => {
        got.push(require);
        try {
          got.push(String(require.tu?.(`${other}/x.js`)));
        } catch (error) {
          got.push(`threw ${String(error)}`);
        }
      };
      // Before a first-use chunk loads, with that chunk's id and a module of our own id space.
      w.tpgoChunks.push([['x'], {}, runtime]);
      w.tpgoChunks.push([['import'], { 1: () => got.push('module') }, runtime]);
      const before = w.tpgoChunks;
      (window as unknown as Record<string, unknown>).tpgoChunks = [];
      let policy: string;
      try {
        w.trustedTypes.createPolicy('tpgo-loader', { createScriptURL: (s: string) => s });
        policy = 'created';
      } catch (error) {
        policy = String(error);
      }
      return {
        got,
        policy,
        same: w.tpgoChunks === before,
        frozen: Object.isFrozen(before),
      };
    }, OTHER);
    expect(result.got).toEqual([]);
    expect(result.policy).toMatch(/tpgo-loader/);
    expect(result.same).toBe(true);
    expect(result.frozen).toBe(true);
    // Our first-use chunk still loads, after the foreign pushes for its id.
    await h.page.locator('section.tpgo-panel > details > summary').click();
    await h.page.locator('tpgo-credentials-import').waitFor({ state: 'attached' });
    await h.page.fill('#Login', GOOD.id);
    expect(pageErrors()).toEqual([]);
    expect(ourLines()).toEqual([]);
  });
});
