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
    box: root.querySelector<HTMLElement>('[part="input"]')!,
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

/** What the page's selection holds now, as Ctrl+C would copy it. */
function selected(): string {
  return document.getSelection()?.toString() ?? '';
}

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
    const { box, button, status } = parts(el);
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim()).toBe(
      'Redirect URI',
    );
    expect(box.textContent).toBe('');
    expect(box.getAttribute('role')).toBe('textbox');
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(box.getAttribute('aria-placeholder')).toBe('The redirect URI is not known yet.');
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
    // Said in words: the address itself, which holds the acid too, does not count.
    const count = (el: TpgoRedirectUri, needle: string) =>
      text(el).split(needle).length - 1 - (parts(el).box.textContent!.split(needle).length - 1);
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
    expect(parts(el).box.textContent).toBe(URI);
    el.setAttribute('uri', 'https://b.example.com/x');
    el.setAttribute('acid', 'ZZ9');
    await el.updateComplete;
    expect(el.uri).toBe('https://b.example.com/x');
    expect(parts(el).box.textContent).toBe('https://b.example.com/x');
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
      selectedWhenCopied = selected();
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
    const { box, status } = parts(el);
    expect(status.textContent).toContain('press Ctrl+C');
    expect(el.shadowRoot!.activeElement).toBe(box);
    expect(selected()).toBe(URI);
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
    const { box, button } = parts(el);
    expect(el.shadowRoot!.activeElement).toBe(box);
    expect(selected()).toBe(URI);
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

// Issue 22, item 9: on Targetprocess's own editor the address sat in a box narrower than it, so
// its end (the acid the admin must register) was cut off. Every character must be on screen.
const SAAS = 'https://acme.tpondemand.com/Admin/Plugins.aspx';
const ON_PREMISE =
  'https://tp.example.com/TargetProcess/Admin/Plugins.aspx?acid=0123456789ABCDEF0123456789ABCDEF';

async function inWidth(uri: string, width: number, hostCss = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; overflow: hidden; ${hostCss}">
      <tpgo-redirect-uri uri=${uri}></tpgo-redirect-uri>
    </div>`,
  );
  const el = wrapper.querySelector('tpgo-redirect-uri')!;
  await el.updateComplete;
  return { wrapper, el, box: parts(el).box };
}

/** The characters of the box that are not drawn inside it (and inside what clips it). */
function hiddenCharacters(box: HTMLElement, clip: HTMLElement): string[] {
  const node = box.firstChild!;
  const inner = box.getBoundingClientRect();
  const outer = clip.getBoundingClientRect();
  const hidden: string[] = [];
  const text = node.textContent ?? '';
  for (let i = 0; i < text.length; i++) {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    const inside = (o: DOMRect) =>
      r.width > 0 &&
      r.left >= o.left - 0.5 &&
      r.right <= o.right + 0.5 &&
      r.top >= o.top - 0.5 &&
      r.bottom <= o.bottom + 0.5;
    if (!inside(inner) || !inside(outer)) hidden.push(`${i}:${text[i]}`);
  }
  return hidden;
}

describe('tpgo-redirect-uri shows the whole address', () => {
  it.each([
    ['SaaS', SAAS, 1200],
    ['SaaS', SAAS, 300],
    ['SaaS', SAAS, 160],
    ['on-premise with acid', ON_PREMISE, 1200],
    ['on-premise with acid', ON_PREMISE, 520],
    ['on-premise with acid', ON_PREMISE, 240],
  ])(
    '%s at $2 px: nothing scrolls, every character is drawn inside the box',
    async (_k, uri, w) => {
      const { wrapper, el, box } = await inWidth(uri, w);
      expect(box.textContent).toBe(uri);
      expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
      expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight);
      expect(el.scrollWidth).toBeLessThanOrEqual(wrapper.clientWidth);
      expect(hiddenCharacters(box, wrapper)).toEqual([]);
    },
  );

  it('a long address wraps onto more lines in a narrow editor, and stays one line where it fits', async () => {
    const wide = await inWidth(ON_PREMISE, 1200);
    const narrow = await inWidth(ON_PREMISE, 240);
    const lineHeight = parseFloat(getComputedStyle(wide.box).lineHeight);
    expect(wide.box.getClientRects()).toHaveLength(1);
    expect(wide.box.clientHeight).toBeLessThan(2 * lineHeight + 12);
    expect(narrow.box.clientHeight).toBeGreaterThan(3 * lineHeight);
  });

  it('keeps wrapping whatever the host page sets around it (nowrap, keep-all, a large font)', async () => {
    const { wrapper, box } = await inWidth(
      ON_PREMISE,
      300,
      'white-space: nowrap; word-break: keep-all; overflow-wrap: normal; font-size: 18px; text-overflow: ellipsis; user-select: none;',
    );
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    expect(hiddenCharacters(box, wrapper)).toEqual([]);
    // Still selectable with the mouse despite the host's user-select.
    expect(getComputedStyle(box).userSelect).toBe('text');
  });

  it('wrapped, it still copies exactly the address: no line break, by Copy and by selection', async () => {
    const { el, box } = await inWidth(ON_PREMISE, 200);
    expect(box.getClientRects().length).toBeGreaterThan(0);
    // Keyboard: Tab into the box selects it all; the selection is the address, no line break.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(box);
    expect(selected()).toBe(ON_PREMISE);
    await userEvent.keyboard('{Control>}c{/Control}');
    expect(await pasteFromClipboard()).toBe(ON_PREMISE);
    before.remove();
    // The Copy button, by the Clipboard API, then by the execCommand fallback (real copies).
    await userEvent.click(parts(el).button);
    await vi.waitFor(() => expect(parts(el).status.textContent!.trim()).toBe('Copied'));
    expect(await pasteFromClipboard()).toBe(ON_PREMISE);
    await navigator.clipboard.writeText('something else');
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as never);
    expect(await el.copy()).toBe('fallback');
    vi.restoreAllMocks();
    expect(await pasteFromClipboard()).toBe(ON_PREMISE);
  });

  it('Ctrl+A in the box selects the address, not the whole page', async () => {
    const { box } = await inWidth(SAAS, 300);
    box.focus();
    document.getSelection()!.removeAllRanges();
    await userEvent.keyboard('{Control>}a{/Control}');
    expect(selected()).toBe(SAAS);
  });

  it('a click selects the whole address too', async () => {
    const { box } = await inWidth(SAAS, 300);
    await userEvent.click(box);
    expect(selected()).toBe(SAAS);
  });

  it('leaves room above it: its caption starts at least 8 px below its top', async () => {
    const { el } = await inWidth(SAAS, 600);
    const top = el.getBoundingClientRect().top;
    const caption = el.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect().top;
    expect(caption - top).toBeGreaterThanOrEqual(8);
  });
});
