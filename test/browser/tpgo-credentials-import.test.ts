import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-credentials-import.js';
import { TpgoCredentialsImport } from '../../src/elements/tpgo-credentials-import.js';
import type { TpgoEvent } from '../../src/elements/internal/events.js';
import { checkCredentialsFile } from '../../src/rules/credentials-file.js';
import { fileFacts } from '../../src/rules/setup-state.js';
import { expectAccessible } from './support/a11y.js';

const THIS_URI = 'https://acme.tpondemand.com/api/v1/Plugins/OAuth/Callback';
const CLIENT_ID = '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com';
const SECRET = 'GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12';

function credentials(type: 'web' | 'installed', redirectUris = [THIS_URI]): string {
  return JSON.stringify({
    [type]: {
      client_id: CLIENT_ID,
      project_id: 'acme-mail-123',
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
      client_secret: SECRET,
      redirect_uris: redirectUris,
    },
  });
}
const jsonFile = (text: string, name = 'client_secret_123.json') =>
  new File([text], name, { type: 'application/json' });

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function parts(el: TpgoCredentialsImport) {
  const root = el.shadowRoot!;
  return {
    textarea: root.querySelector('textarea')!,
    file: root.querySelector<HTMLInputElement>('input[type="file"]')!,
    dropzone: root.querySelector<HTMLElement>('[part~="dropzone"]')!,
    status: root.querySelector<HTMLElement>('[role="status"]')!,
    report: root.querySelector<HTMLElement>('[part="report"]'),
    fill: root.querySelector<HTMLButtonElement>('button[part="fill"]'),
  };
}
/** What the host does with the text the element hands it (wiring.ts, setup-state.ts). */
function host(el: TpgoCredentialsImport): void {
  el.addEventListener('tpgo-credentials-text', ({ detail: { text } }) => {
    const uri = el.redirectUri;
    const report = text.trim()
      ? checkCredentialsFile(text, uri ? { redirectUri: uri } : undefined)
      : null;
    el.report = report;
    el.fileRedirect = report?.type ? fileFacts(report, uri).redirect : null;
  });
}
async function make(redirectUri = THIS_URI) {
  const el = await fixture<TpgoCredentialsImport>(
    html`<tpgo-credentials-import redirect-uri=${redirectUri}></tpgo-credentials-import>`,
  );
  host(el);
  return el;
}
const redirectLine = (el: TpgoCredentialsImport) =>
  el.shadowRoot!.querySelector<HTMLElement>('.redirect')?.dataset.redirect;
async function paste(el: TpgoCredentialsImport, value: string) {
  await userEvent.fill(parts(el).textarea, value);
  await el.updateComplete;
}
async function choose(el: TpgoCredentialsImport, file: File) {
  await userEvent.upload(parts(el).file, file);
  await vi.waitFor(() =>
    expect(parts(el).report ?? parts(el).status.textContent!.trim()).toBeTruthy(),
  );
  await el.updateComplete;
}
function received(el: HTMLElement) {
  const seen: TpgoEvent<'tpgo-credentials'>[] = [];
  el.addEventListener('tpgo-credentials', (event) => seen.push(event));
  return seen;
}
/** The secret may be in the paste box the admin typed into, and nowhere else in the DOM. */
function expectNoSecretInDom(el: TpgoCredentialsImport) {
  expect(el.shadowRoot!.innerHTML).not.toContain(SECRET);
  expect(text(el)).not.toContain(SECRET);
  expect(parts(el).file.value.includes(SECRET)).toBe(false);
}

afterEach(() => vi.restoreAllMocks());

describe('tpgo-credentials-import', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-credentials-import')).toBe(TpgoCredentialsImport);
  });

  it('passes axe: empty, web report, Desktop report, broken file, too-big notice', async () => {
    const el = await make();
    await expectAccessible(el);
    await paste(el, credentials('web'));
    await expectAccessible(el);
    await paste(el, credentials('installed'));
    await expectAccessible(el);
    await paste(el, '{"web": ');
    await expectAccessible(el);
    await el.readFile(jsonFile('x'.repeat(70_000)));
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('defaults: no redirect URI, empty box, no report', async () => {
    const el = await fixture<TpgoCredentialsImport>(
      html`<tpgo-credentials-import></tpgo-credentials-import>`,
    );
    expect(el.redirectUri).toBe('');
    const { textarea, file, report, fill, status } = parts(el);
    expect(textarea.value).toBe('');
    expect(file.accept).toBe('.json,application/json');
    expect(report).toBeNull();
    expect(fill).toBeNull();
    expect(status.textContent!.trim()).toBe('');
    expect(el.report).toBeNull();
    expect(text(el)).toContain('Paste the client_secret_….json file');
    expect(text(el)).toContain('or drop it here');
  });

  it('a valid Web application file: type, masked secret, its redirect URI matches, Fill enabled', async () => {
    const el = await make();
    await paste(el, credentials('web'));
    const report = parts(el).report!;
    // Brief: type and ID, the redirect URI's match, no problem; the rest behind Details.
    expect(report.querySelector('.type')!.textContent).toContain('Web application client');
    expect(report.querySelector('.type')!.textContent).toContain(CLIENT_ID);
    expect(report.querySelector('.redirect')!.textContent).toContain('this account’s is listed');
    expect(report.querySelector('[part="finding"]')).toBeNull();
    const details = report.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain(
      'Client secret: GOCSPX-…YZ12'.replace('YZ12', SECRET.slice(-4)),
    );
    expect(details.textContent).toContain('acme-mail-123');
    expect(el.shadowRoot!.querySelector('li.match')!.textContent).toContain('this account’s');
    expect(el.shadowRoot!.querySelector('li.no-match')).toBeNull();
    expect(parts(el).fill!.disabled).toBe(false);
    expect(el.shadowRoot!.querySelector('li.error, [part="finding"].error')).toBeNull();
    expect(redirectLine(el)).toBe('match');
    expectNoSecretInDom(el);
  });

  it('a Desktop app file: said so, an error, and Fill disabled with the reason', async () => {
    const el = await make();
    await paste(el, credentials('installed'));
    expect(text(el)).toContain('Desktop app');
    expect(el.shadowRoot!.querySelector('[part="finding"]')!.className).toBe('error');
    const fill = parts(el).fill!;
    expect(fill.disabled).toBe(true);
    const why = el.shadowRoot!.getElementById(fill.getAttribute('aria-describedby')!)!;
    expect(why.textContent).toContain('Web application');
    expect(redirectLine(el)).toBeUndefined();
    expectNoSecretInDom(el);
  });

  it('broken JSON: an error finding, no type, Fill disabled', async () => {
    const el = await make();
    await paste(el, credentials('web').slice(0, 60));
    expect(el.shadowRoot!.querySelector('[part="finding"]')!.textContent).toContain(
      'not valid JSON',
    );
    expect(text(el)).toContain('Not a credentials file');
    expect(parts(el).fill!.disabled).toBe(true);
    expect(redirectLine(el)).toBeUndefined();
  });

  it('a file whose redirect URI misses this account by one character is flagged', async () => {
    const el = await make();
    const nearMiss = THIS_URI.replace('Callback', 'Callbak');
    await choose(el, jsonFile(credentials('web', [nearMiss])));
    const listed = el.shadowRoot!.querySelector('li.no-match')!;
    expect(listed.textContent).toContain(nearMiss);
    expect(text(el)).toContain(`This account needs: ${THIS_URI}`);
    expect(el.shadowRoot!.querySelector('.redirect')!.textContent).toContain('nearly');
    const worst = el.shadowRoot!.querySelector<HTMLElement>('[part="finding"]')!;
    expect(worst.dataset.code).toMatch(/^credentials-file\/redirect-uri/);
    expect(worst.className).toBe('warning');
    expect(redirectLine(el)).toBe('near-miss');
    // Filling is still useful: the admin then adds the right URI in the console.
    expect(parts(el).fill!.disabled).toBe(false);
  });

  it('a chosen file is read, never echoed into the DOM', async () => {
    const el = await make();
    await choose(el, jsonFile(credentials('web')));
    expect(parts(el).textarea.value).toBe('');
    expect(text(el)).toContain('Web application');
    expectNoSecretInDom(el);
  });

  it('a 5 MB file is refused by its size without being read', async () => {
    const el = await make();
    const reads = [
      vi.spyOn(Blob.prototype, 'text'),
      vi.spyOn(Blob.prototype, 'arrayBuffer'),
      vi.spyOn(Blob.prototype, 'stream'),
      vi.spyOn(Blob.prototype, 'slice'),
      vi.spyOn(FileReader.prototype, 'readAsText'),
      vi.spyOn(FileReader.prototype, 'readAsArrayBuffer'),
    ];
    const big = jsonFile(' '.repeat(5 * 1024 * 1024) + credentials('web'));
    await choose(el, big);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(parts(el).status.textContent).toContain('5.0 MB');
    expect(parts(el).report).toBeNull();
    expect(parts(el).file.value).toBe('');
  }, 60_000);

  it('a dropped file is read like a chosen one', async () => {
    const el = await make();
    const transfer = new DataTransfer();
    transfer.items.add(jsonFile(credentials('web')));
    const { dropzone } = parts(el);
    dropzone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    await el.updateComplete;
    expect(dropzone.classList.contains('dragging')).toBe(true);
    dropzone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    await vi.waitFor(() => expect(parts(el).report).not.toBeNull());
    expect(dropzone.classList.contains('dragging')).toBe(false);
    expect(text(el)).toContain('Web application');
  });

  it('follows the redirect-uri attribute: this account’s URI is marked in the list', async () => {
    const el = await make('https://other.example.com/cb');
    await paste(el, credentials('web'));
    expect(el.shadowRoot!.querySelector('li.match')).toBeNull();
    el.setAttribute('redirect-uri', THIS_URI);
    await el.updateComplete;
    expect(el.redirectUri).toBe(THIS_URI);
    expect(el.shadowRoot!.querySelector('li.match')).not.toBeNull();
  });

  it('renders file contents as text, never as HTML', async () => {
    const el = await make();
    await paste(el, credentials('web', ['<img src=x onerror="window.__tpgoXss=1">']));
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(el)).toContain('<img src=x onerror="window.__tpgoXss=1">');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __tpgoXss?: number }).__tpgoXss).toBeUndefined();
  });

  it('keyboard only: Tab to the box, paste, Tab to Fill, Enter fills; Space works too', async () => {
    const el = await make();
    const seen = received(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    const { textarea, file } = parts(el);
    expect(el.shadowRoot!.activeElement).toBe(textarea);
    await userEvent.fill(textarea, credentials('web'));
    await el.updateComplete;
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(file);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('summary'));
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(parts(el).fill);
    await userEvent.keyboard('{Enter}');
    expect(seen).toHaveLength(1);
    await userEvent.fill(parts(el).textarea, credentials('web'));
    await el.updateComplete;
    parts(el).fill!.focus();
    await userEvent.keyboard(' ');
    expect(seen).toHaveLength(2);
    before.remove();
  });

  it('fires tpgo-credentials with the values on the element only, clears the pasted text, keeps the report', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-credentials-import redirect-uri=${THIS_URI}></tpgo-credentials-import></div>`,
    );
    const el = wrapper.querySelector('tpgo-credentials-import')!;
    host(el);
    const listener = vi.fn();
    const around = vi.fn();
    el.addEventListener('tpgo-credentials', listener);
    // The secret is in its detail: the page around the element never hears it bubble.
    wrapper.addEventListener('tpgo-credentials', around);
    document.addEventListener('tpgo-credentials', around);
    await paste(el, credentials('web'));
    await userEvent.click(parts(el).fill!);
    document.removeEventListener('tpgo-credentials', around);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(around).not.toHaveBeenCalled();
    const event = listener.mock.calls[0][0] as TpgoEvent<'tpgo-credentials'>;
    expect(event.detail).toEqual({ clientId: CLIENT_ID, clientSecret: SECRET });
    expect(event.bubbles || event.composed).toBe(false);
    await el.updateComplete;
    expect(parts(el).textarea.value).toBe('');
    // A warning about the file (here, none) must not vanish with the text.
    expect(parts(el).report).not.toBeNull();
    expect(parts(el).status.textContent).toContain('Filled in');
    expectNoSecretInDom(el);
  });

  it('leaves clientSecret out when the file has none', async () => {
    const el = await make();
    const seen = received(el);
    await paste(el, JSON.stringify({ web: { client_id: CLIENT_ID, redirect_uris: [THIS_URI] } }));
    expect(text(el)).toContain('Client secret: not in the file.');
    await userEvent.click(parts(el).fill!);
    expect(seen[0].detail).toEqual({ clientId: CLIENT_ID });
  });

  it('runs no file rules itself: it shows the report the host gives, and only that', async () => {
    const el = await fixture<TpgoCredentialsImport>(
      html`<tpgo-credentials-import redirect-uri=${THIS_URI}></tpgo-credentials-import>`,
    );
    // No host listening: a pasted file gets no report.
    await paste(el, credentials('web'));
    expect(parts(el).report).toBeNull();
    // The host's report, whatever text is in the box.
    el.report = checkCredentialsFile(credentials('installed'), { redirectUri: THIS_URI });
    await el.updateComplete;
    expect(text(el)).toContain('Desktop app');
    expect(parts(el).fill!.disabled).toBe(true);
    el.report = null;
    await el.updateComplete;
    expect(parts(el).report).toBeNull();
  });

  it('hands the host the text on the element only, and an empty one once the admin clears it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-credentials-import redirect-uri=${THIS_URI}></tpgo-credentials-import></div>`,
    );
    const el = wrapper.querySelector('tpgo-credentials-import')!;
    host(el);
    const texts: string[] = [];
    const around = vi.fn();
    el.addEventListener('tpgo-credentials-text', (event) => texts.push(event.detail.text));
    wrapper.addEventListener('tpgo-credentials-text', around);
    await paste(el, credentials('installed'));
    await paste(el, '{ broken');
    expect(texts).toEqual([credentials('installed'), '{ broken']);
    expect(around).not.toHaveBeenCalled();
    // Filling keeps the file: no event. Clear, by the admin, says the file is gone.
    await paste(el, credentials('web'));
    await userEvent.click(parts(el).fill!);
    expect(texts).toHaveLength(3);
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="clear"]')!);
    expect(texts.at(-1)).toBe('');
    await el.updateComplete;
    expect(parts(el).report).toBeNull();
    // A change made by code says nothing.
    await paste(el, credentials('web'));
    const before = texts.length;
    el.redirectUri = 'https://x.example.com/';
    await el.updateComplete;
    expect(texts).toHaveLength(before);
  });

  it('fires no tpgo-credentials for pasting, Clear, or changes made by code', async () => {
    const el = await make();
    const seen = received(el);
    await paste(el, credentials('web'));
    el.redirectUri = 'https://x.example.com/';
    await el.updateComplete;
    await el.readFile(jsonFile(credentials('web')));
    await el.updateComplete;
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="clear"]')!);
    await el.updateComplete;
    expect(parts(el).report).toBeNull();
    expect(seen).toEqual([]);
  });
});
