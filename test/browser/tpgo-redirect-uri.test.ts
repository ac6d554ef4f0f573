import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-redirect-uri.js';
import { TpgoRedirectUri } from '../../src/elements/tpgo-redirect-uri.js';
import type { TpgoEvent } from '../../src/elements/internal/events.js';
import { expectAccessible } from './support/a11y.js';
import { hostile } from './support/findings.js';
import type { Finding } from '../../src/rules/finding.js';

const URI =
  'https://acme.tpondemand.com/api/v1/plugins/Project%20Email%20Integration/OAuth?acid=AB12';
const notPublic: Finding = {
  code: 'redirect-uri/no-public-suffix',
  severity: 'error',
  message: 'Google accepts only addresses that end with a public top-level domain.',
  fix: 'Give the server a public https name (e.g. tp.example.com) and open Targetprocess under it.',
};

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function parts(el: TpgoRedirectUri) {
  const root = el.shadowRoot!;
  return {
    input: root.querySelector<HTMLInputElement>('input')!,
    button: root.querySelector<HTMLButtonElement>('button')!,
    status: root.querySelector<HTMLElement>('[role="status"]')!,
  };
}
function make(uri = URI, acid = '', findings: Finding[] = []) {
  return fixture<TpgoRedirectUri>(
    html`<tpgo-redirect-uri uri=${uri} acid=${acid} .findings=${findings}></tpgo-redirect-uri>`,
  );
}
function copies(el: HTMLElement) {
  const seen: TpgoEvent<'tpgo-copy'>[] = [];
  el.addEventListener('tpgo-copy', (event) => seen.push(event));
  return seen;
}

afterEach(() => vi.restoreAllMocks());

/**
 * Reads the browser's real clipboard the way an admin would: paste (Ctrl+V) into a text box.
 * (`navigator.clipboard.readText()` is refused inside the test iframe.)
 */
async function pasteFromClipboard(): Promise<string> {
  const box = document.createElement('textarea');
  box.setAttribute('aria-label', 'paste target');
  document.body.append(box);
  box.focus();
  await userEvent.keyboard('{Control>}v{/Control}');
  const value = box.value;
  box.remove();
  return value;
}

describe('tpgo-redirect-uri', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-redirect-uri')).toBe(TpgoRedirectUri);
  });

  it('passes axe, with and without acid and problems', async () => {
    await expectAccessible(await make());
    await expectAccessible(await make(URI, 'AB12', [notPublic]));
    await expectAccessible(await make(''));
  });

  it('defaults: empty address, Copy disabled, one line of guidance, the rest behind one click', async () => {
    const el = await fixture<TpgoRedirectUri>(html`<tpgo-redirect-uri></tpgo-redirect-uri>`);
    expect(el.uri).toBe('');
    expect(el.acid).toBe('');
    expect(el.findings).toEqual([]);
    const { input, button, status } = parts(el);
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).toBe('Redirect URI');
    expect(input.value).toBe('');
    expect(input.readOnly).toBe(true);
    expect(button.disabled).toBe(true);
    expect(status.textContent!.trim()).toBe('');
    const guide = el.shadowRoot!.querySelector<HTMLElement>('[part="guide"]')!;
    expect(guide.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Add it under Authorized redirect URIs in Google Auth Platform > Clients.',
    );
    expect(guide.querySelector('a')!.href).toBe('https://console.cloud.google.com/auth/clients');
    const more = el.shadowRoot!.querySelector('details')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent!.trim()).toBe('More about this address');
    expect(more.textContent).toContain('Not under Authorized JavaScript origins');
    expect(more.textContent).toContain('compares it exactly');
    expect(more.textContent).toContain('5 minutes to a few hours');
    expect(text(el)).not.toContain('acid');
    // What is on screen by default stays within its share of the page's budget of ~80 words.
    const onScreen = (el.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText;
    expect(onScreen.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(25);
  });

  it('says the acid once, and only when there is one', async () => {
    const count = (el: Element, needle: string) => text(el).split(needle).length - 1;
    const withAcid = await make(URI, 'AB12');
    const guide = withAcid.shadowRoot!.querySelector('[part="guide"]')!;
    expect(guide.textContent).toContain(
      'It includes this page’s acid: register it exactly as shown.',
    );
    expect(count(withAcid, 'register it exactly as shown')).toBe(1);
    // The rest of the acid story is behind the disclosure.
    expect(withAcid.shadowRoot!.querySelector('details')!.textContent).toContain('acid=AB12');
    expect(count(withAcid, 'acid=AB12')).toBe(1);
    const without = await make(URI, '');
    expect(count(without, 'acid')).toBe(0);
  });

  it('shows the worst finding only, headline and fix, the rest in the disclosure', async () => {
    const warning: Finding = {
      code: 'redirect-uri/http',
      severity: 'warning',
      message: 'A warning about the address.',
      fix: 'Its fix.',
    };
    const el = await make(URI, 'AB12', [warning, notPublic]);
    const finding = el.shadowRoot!.querySelector<HTMLElement>('[part="finding"]')!;
    expect(finding.dataset.code).toBe(notPublic.code);
    expect(finding.textContent).toContain('Error:');
    expect(finding.textContent).toContain(notPublic.message);
    expect(finding.textContent).toContain(notPublic.fix);
    // Advice to register an address Google refuses would be wrong: the guidance line gives way.
    expect(el.shadowRoot!.querySelector('[part="guide"]')).toBeNull();
    const more = el.shadowRoot!.querySelector('details')!;
    expect(more.textContent).toContain(warning.message);
    expect(more.textContent).not.toContain(notPublic.message);
    expect(text(el).split('register it exactly as shown').length - 1).toBe(1);
  });

  it('updates from attributes and properties', async () => {
    const el = await make();
    expect(parts(el).input.value).toBe(URI);
    el.setAttribute('uri', 'https://b.example.com/x');
    el.setAttribute('acid', 'ZZ9');
    await el.updateComplete;
    expect(el.uri).toBe('https://b.example.com/x');
    expect(parts(el).input.value).toBe('https://b.example.com/x');
    expect(text(el)).toContain('acid=ZZ9');
    expect(text(el)).toContain('register it exactly as shown');
    el.findings = [notPublic];
    await el.updateComplete;
    expect(text(el)).toContain(notPublic.message);
    expect(text(el)).toContain(notPublic.fix);
    el.acid = '';
    el.findings = [];
    await el.updateComplete;
    expect(text(el)).not.toContain('acid');
    expect(text(el)).not.toContain(notPublic.message);
  });

  it('renders finding text as text, never as HTML', async () => {
    const el = await make(URI, '<i>x</i>', [hostile]);
    expect(el.shadowRoot!.querySelector('img, b, i')).toBeNull();
    expect(text(el)).toContain(hostile.message);
  });

  it('copies the exact address to the clipboard (read back) and says "Copied"', async () => {
    const el = await make();
    const seen = copies(el);
    await userEvent.click(parts(el).button);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0].detail).toEqual({ uri: URI, method: 'clipboard' });
    expect(await pasteFromClipboard()).toBe(URI);
    await el.updateComplete;
    expect(parts(el).status.textContent!.trim()).toBe('Copied');
  });

  it('falls back to selection + execCommand when the Clipboard API is refused', async () => {
    const el = await make();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('no', 'NotAllowedError'),
    );
    let selectedWhenCopied = '';
    vi.spyOn(document, 'execCommand').mockImplementation((command) => {
      const input = parts(el).input;
      selectedWhenCopied = input.value.slice(input.selectionStart!, input.selectionEnd!);
      return command === 'copy';
    });
    const seen = copies(el);
    await el.copy();
    expect(selectedWhenCopied).toBe(URI);
    expect(seen[0].detail).toEqual({ uri: URI, method: 'fallback' });
    expect(parts(el).status.textContent!.trim()).toBe('Copied');
  });

  it('a refused clipboard still lets the admin copy by hand: text selected, "Press Ctrl+C"', async () => {
    const el = await make();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('no', 'NotAllowedError'),
    );
    vi.spyOn(document, 'execCommand').mockReturnValue(false);
    const seen = copies(el);
    await userEvent.click(parts(el).button);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0].detail.method).toBe('manual');
    await el.updateComplete;
    const { input, status } = parts(el);
    expect(status.textContent).toContain('press Ctrl+C');
    expect(el.shadowRoot!.activeElement).toBe(input);
    expect(input.value.slice(input.selectionStart!, input.selectionEnd!)).toBe(URI);
  });

  it('works without the Clipboard API at all (plain http)', async () => {
    const el = await make();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as never);
    vi.spyOn(document, 'execCommand').mockReturnValue(true);
    expect(await el.copy()).toBe('fallback');
  });

  it('keyboard: Tab selects the whole address, Tab again and Enter or Space copy it', async () => {
    const el = await make();
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    const { input, button } = parts(el);
    expect(el.shadowRoot!.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, URI.length]);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(2));
    expect(write).toHaveBeenCalledWith(URI);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('a'));
    await userEvent.tab();
    const summary = el.shadowRoot!.querySelector('summary')!;
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(true);
    before.remove();
  });

  it('fires tpgo-copy composed and bubbling, and nothing for changes made by code', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-redirect-uri uri=${URI}></tpgo-redirect-uri></div>`,
    );
    const el = wrapper.querySelector('tpgo-redirect-uri')!;
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const listener = vi.fn();
    wrapper.addEventListener('tpgo-copy', listener);
    el.uri = 'https://c.example.com/';
    el.acid = 'Q';
    el.findings = [notPublic];
    await el.updateComplete;
    expect(listener).not.toHaveBeenCalled();
    await userEvent.click(parts(el).button);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    const event = listener.mock.calls[0][0] as TpgoEvent<'tpgo-copy'>;
    expect(event.composed && event.bubbles).toBe(true);
    expect(event.detail).toEqual({ uri: 'https://c.example.com/', method: 'clipboard' });
    el.uri = 'https://d.example.com/';
    await el.updateComplete;
    expect(parts(el).status.textContent!.trim()).toBe('');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
