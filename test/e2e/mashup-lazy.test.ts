// The editor's help on first use (issue 14): a new profile's editor fetches the loader and
// chunks/editor.js, nothing more, while the admin types; the import, the diagnosis (sign-in
// decoder, mail health) and Check with Google come from chunks of their own the first time
// they are needed, each once. A help chunk that fails to load is one console line: the rest of
// the help goes on. Split install only: the paste file has everything inside it.
import { describe, expect, it } from 'vitest';
import { GOOD, open, openGoogle, pasteInto, useHarness } from './mashup-support.js';

// Problems are checked in each test: the failure tests expect exactly one console line.
const h = useHarness({ allowProblems: true });
const SPLIT = 'replica=split';
const FOLDER = '/JavaScript/Mashups/google-oauth-assistant/';

/** Our files fetched since `from`, as paths under the mashup's folder. */
const fetched = (from: number) =>
  h.replica.requests
    .slice(from)
    .filter((request) => request.path.startsWith(FOLDER))
    .map((request) => request.path.slice(FOLDER.length));

const webFile = () =>
  JSON.stringify({ web: { client_id: GOOD.id, client_secret: GOOD.secret, redirect_uris: [] } });

const ourLines = () => h.problems.filter((p) => p.includes('[google-oauth-assistant]'));
const otherProblems = () => h.problems.filter((p) => !p.includes('[google-oauth-assistant]'));

describe('a new profile, typed by hand', () => {
  it('fetches the loader, the editor chunk and what follows its first frame, nothing more', async () => {
    const from = h.replica.requests.length;
    await openGoogle(h, 'new-profile', SPLIT);
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    await h.page.locator('#Name').focus();
    await h.page.waitForTimeout(300);
    expect(fetched(from)).toEqual([
      'google-oauth-assistant.js',
      'chunks/editor.js',
      'chunks/later.js',
    ]);
    expect(h.problems).toEqual([]);
  });
});

describe('help that comes on first use', () => {
  it('opening the import fetches chunks/import.js once, and the import works', async () => {
    const from = h.replica.requests.length;
    await openGoogle(h, 'new-profile', SPLIT);
    const summary = h.page.locator('section.tpgo-panel > details > summary');
    await summary.click();
    const importer = h.page.locator('tpgo-credentials-import');
    await importer.locator('textarea').fill(webFile());
    await importer.locator('button', { hasText: /fill/i }).first().click();
    expect(await h.page.inputValue('#Login')).toBe(GOOD.id);
    // Closed and opened again: nothing fetched twice.
    await summary.click();
    await summary.click();
    expect(fetched(from).filter((file) => file === 'chunks/import.js')).toHaveLength(1);
    expect(h.problems).toEqual([]);
  });

  it('a whole file pasted into Client ID fetches the import chunk and offers to fill both', async () => {
    const from = h.replica.requests.length;
    await openGoogle(h, 'new-profile', SPLIT);
    await pasteInto(h.page, '#Login', webFile());
    await h.page.locator('button[data-tpgo]:has-text("Fill both")').click();
    expect(await h.page.inputValue('#Login')).toBe(GOOD.id);
    expect(await h.page.inputValue('#Password')).toBe(GOOD.secret);
    expect(fetched(from)).toContain('chunks/import.js');
    expect(h.problems).toEqual([]);
  });

  it('a saved Google profile fetches the diagnosis for its mail status', async () => {
    const from = h.replica.requests.length;
    await open(h, 'google-stopped', SPLIT);
    await h.page.locator('tpgo-connection-status').waitFor({ state: 'visible' });
    expect(fetched(from).filter((file) => file === 'chunks/diagnosis.js')).toHaveLength(1);
    expect(fetched(from)).not.toContain('chunks/import.js');
    expect(h.problems).toEqual([]);
  });

  it('Check with Google fetches its chunk at the first click only', async () => {
    const from = h.replica.requests.length;
    await openGoogle(h, 'new-profile', SPLIT);
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    expect(fetched(from)).not.toContain('chunks/google-check.js');
    const check = h.page.locator('tpgo-google-check button').first();
    await check.click();
    await expect.poll(() => fetched(from)).toContain('chunks/google-check.js');
    // A verdict comes (here: the replica's Google option is not Google's address).
    await expect
      .poll(() =>
        h.page
          .locator('tpgo-google-check')
          .evaluate((el) => !!(el as unknown as { verdict: unknown }).verdict),
      )
      .toBe(true);
    expect(h.problems).toEqual([]);
  });
});

describe('a help chunk that fails to load', () => {
  it('the import: one console line, the field checks go on', async () => {
    await h.page.route(`**${FOLDER}chunks/import.js`, (route) => route.abort());
    await openGoogle(h, 'new-profile', SPLIT);
    await h.page.locator('section.tpgo-panel > details > summary').click();
    await expect.poll(() => ourLines().length).toBe(1);
    expect(ourLines()[0]).toMatch(
      /^warning: \[google-oauth-assistant\] load import failed: ChunkLoadError: Loading chunk import failed\. [^\n]*$/,
    );
    // Typing still gets its checks, and a pasted file does not try again and again.
    await h.page.fill('#Login', GOOD.secret);
    await h.page.locator('#Password').focus();
    await expect
      .poll(() =>
        h.page
          .locator('#tpgo-client-id-check')
          .evaluate((el) => (el.shadowRoot?.textContent ?? '').trim().length),
      )
      .toBeGreaterThan(0);
    await pasteInto(h.page, '#Login', webFile());
    await h.page.waitForTimeout(300);
    expect(ourLines()).toHaveLength(1);
    expect(otherProblems()).toEqual([]);
  });

  it('the diagnosis: one console line, no status, the rest of the help is there', async () => {
    await h.page.route(`**${FOLDER}chunks/diagnosis.js`, (route) => route.abort());
    await open(h, 'google-stopped', SPLIT);
    await h.page.locator('tpgo-setup-checklist').waitFor();
    await expect.poll(() => ourLines().length).toBe(1);
    expect(ourLines()[0]).toMatch(/load diagnosis failed: ChunkLoadError/);
    expect(await h.page.locator('tpgo-connection-status').isHidden()).toBe(true);
    expect(await h.page.locator('tpgo-field-check').count()).toBe(2);
    expect(otherProblems()).toEqual([]);
  });

  it('Check with Google: one console line, and the button comes back', async () => {
    await h.page.route(`**${FOLDER}chunks/google-check.js`, (route) => route.abort());
    await openGoogle(h, 'new-profile', SPLIT);
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    const element = h.page.locator('tpgo-google-check');
    await element.locator('button').first().click();
    await expect.poll(() => ourLines().length).toBe(1);
    await expect
      .poll(() => element.evaluate((el) => (el as unknown as { checking: boolean }).checking))
      .toBe(false);
    expect(otherProblems()).toEqual([]);
  });
});
