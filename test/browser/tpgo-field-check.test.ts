import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-field-check.js';
import { TpgoFieldCheck } from '../../src/elements/tpgo-field-check.js';
import { define } from '../../src/elements/internal/define.js';
import { browserAXNode, expectAccessible } from './support/a11y.js';
import { hostile, legacy, swapped, trailingSpace, unusualLength } from './support/findings.js';

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
/** The page's one polite live region (outside the element: see internal/announcer.ts). */
function liveRegion(el: TpgoFieldCheck): HTMLElement {
  const region = el.ownerDocument.getElementById('tpgo-announcer')!;
  expect(region.getAttribute('role')).toBe('status');
  return region;
}

async function make(findings = [trailingSpace, unusualLength, legacy], revealed = true) {
  return fixture<TpgoFieldCheck>(
    html`<tpgo-field-check
      field-label="Client ID"
      ?revealed=${revealed}
      .findings=${findings}
    ></tpgo-field-check>`,
  );
}

beforeEach(() => {
  // The region is the page's, shared by every field check: start each test silent.
  const region = document.getElementById('tpgo-announcer');
  if (region) region.textContent = '';
});

afterEach(() => {
  delete (window as { __tpgoXss?: number }).__tpgoXss;
});

describe('tpgo-field-check', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-field-check')).toBe(TpgoFieldCheck);
    expect(document.createElement('tpgo-field-check')).toBeInstanceOf(TpgoFieldCheck);
    // Loaded twice (two placeholders on one page): the second registration is skipped, not thrown.
    expect(() => define('tpgo-field-check', class extends HTMLElement {})).not.toThrow();
    expect(customElements.get('tpgo-field-check')).toBe(TpgoFieldCheck);
  });

  it('passes axe with every state shown', async () => {
    const el = await make();
    el.shadowRoot!.querySelector('details')!.open = true;
    await expectAccessible(el);
    await expectAccessible(await make([]));
  });

  it('defaults: no findings, not revealed, nothing visible', async () => {
    const el = await fixture<TpgoFieldCheck>(html`<tpgo-field-check></tpgo-field-check>`);
    expect(el.findings).toEqual([]);
    expect(el.revealed).toBe(false);
    expect(el.fieldLabel).toBe('');
    expect(text(el)).toBe('');
    expect(el.getBoundingClientRect().height).toBe(0);
    expect(el.dataset.severity).toBeUndefined();
  });

  it('shows the worst finding first with its fix, the others collapsed', async () => {
    const el = await make([legacy, unusualLength, trailingSpace]);
    const worst = el.shadowRoot!.querySelector('[part="worst"]')!;
    expect(worst.getAttribute('data-code')).toBe(trailingSpace.code);
    expect(worst.textContent).toContain(trailingSpace.message);
    expect(worst.textContent).toContain(trailingSpace.fix);
    expect(worst.textContent).toContain('Error:');
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toContain('2 more notes');
    const codes = [...details.querySelectorAll('li')].map((li) => li.dataset.code);
    expect(codes).toEqual([unusualLength.code, legacy.code]);
    expect(el.dataset.severity).toBe('error');
  });

  it('hides errors until revealed, but shows warnings at once', async () => {
    const el = await make([trailingSpace, unusualLength], false);
    expect(text(el)).not.toContain(trailingSpace.message);
    expect(text(el)).toContain(unusualLength.message);
    expect(el.dataset.severity).toBe('warning');
    expect(el.shadowRoot!.querySelector('button')).toBeNull();
    el.setAttribute('revealed', '');
    await el.updateComplete;
    expect(el.revealed).toBe(true);
    expect(text(el)).toContain(trailingSpace.message);
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).toBe(
      'Use the trimmed value',
    );
  });

  it('updates on property and attribute changes', async () => {
    const el = await make([unusualLength]);
    el.findings = [swapped];
    await el.updateComplete;
    expect(text(el)).toContain(swapped.message);
    expect(text(el)).not.toContain(unusualLength.message);
    el.setAttribute('field-label', 'Client secret');
    await el.updateComplete;
    expect(el.fieldLabel).toBe('Client secret');
    el.removeAttribute('revealed');
    await el.updateComplete;
    expect(text(el)).not.toContain(swapped.message);
    el.findings = [];
    await el.updateComplete;
    expect(text(el)).toBe('');
  });

  it('renders finding text as text, never as HTML', async () => {
    const el = await make([hostile]);
    expect(el.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(text(el)).toContain('<img src=x onerror="window.__tpgoXss=1">');
    expect(text(el)).toContain('<b>bold</b>');
    expect(el.shadowRoot!.querySelector('button')!.textContent).toContain('<img src=y');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __tpgoXss?: number }).__tpgoXss).toBeUndefined();
  });

  it('is the accessible description of a host input (read from Chromium)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <input aria-label="Client ID under test" aria-describedby="client-id-check" />
        <tpgo-field-check id="client-id-check" revealed></tpgo-field-check>
      </div>`,
    );
    const el = wrapper.querySelector('tpgo-field-check')!;
    el.findings = [unusualLength];
    await el.updateComplete;
    let node = await browserAXNode('Client ID under test');
    expect(node.role).toBe('textbox');
    expect(node.description).toContain(unusualLength.message);
    expect(node.description).toContain(unusualLength.fix);
    el.findings = [];
    await el.updateComplete;
    node = await browserAXNode('Client ID under test');
    expect(node.description).toBe('');

    // While an error is being announced, the description still says it once, in words.
    el.findings = [trailingSpace];
    await el.updateComplete;
    expect(liveRegion(el).textContent).toContain(trailingSpace.message);
    node = await browserAXNode('Client ID under test');
    expect(node.description.split(trailingSpace.message)).toHaveLength(2);
    expect(node.description).toContain(`Error: ${trailingSpace.message} ${trailingSpace.fix}`);
  });

  it('announces a new error once, politely, not again for the same error', async () => {
    const el = await make([], true);
    const region = liveRegion(el);
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent!.trim()).toBe('');
    expect(el.contains(region) || el.shadowRoot!.contains(region)).toBe(false);
    el.findings = [trailingSpace];
    await el.updateComplete;
    expect(region.textContent).toContain(`Client ID: ${trailingSpace.message}`);

    // Every DOM change inside a live region is read out, so watch for any.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    el.findings = [{ ...trailingSpace }, unusualLength];
    await el.updateComplete;
    el.findings = [{ ...trailingSpace, message: trailingSpace.message + ' (2)' }];
    await el.updateComplete;
    observer.takeRecords();
    expect(changes).toEqual([]);

    el.findings = [swapped];
    await el.updateComplete;
    expect(region.textContent).toContain(swapped.message);
    observer.disconnect();
  });

  it('announces an error when it is revealed, and again when it comes back after a fix', async () => {
    const el = await make([trailingSpace], false);
    expect(liveRegion(el).textContent!.trim()).toBe('');
    el.revealed = true;
    await el.updateComplete;
    expect(liveRegion(el).textContent).toContain(trailingSpace.message);
    el.findings = [];
    await el.updateComplete;
    // A fixed error is not left pending in the region.
    expect(liveRegion(el).textContent).toBe('');
    el.findings = [trailingSpace];
    await el.updateComplete;
    expect(liveRegion(el).textContent).toContain(trailingSpace.message);
  });

  it('takes back a pending announcement when the field goes away', async () => {
    const el = await make([trailingSpace], true);
    const region = liveRegion(el);
    expect(region.textContent).toContain(trailingSpace.message);
    el.remove();
    expect(region.textContent).toBe('');
  });

  it('clears the announcement after a while', async () => {
    vi.useFakeTimers();
    try {
      const el = await make([], true);
      el.findings = [trailingSpace];
      await el.updateComplete;
      expect(liveRegion(el).textContent).toContain(trailingSpace.message);
      vi.advanceTimersByTime(6000);
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).toBe('');
      expect(text(el)).toContain(trailingSpace.message);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keyboard: Tab reaches the suggestion, Enter and Space use it, Enter opens the rest', async () => {
    const el = await make([trailingSpace, unusualLength]);
    const events: CustomEvent[] = [];
    el.addEventListener('tpgo-use-suggestion', (event) => events.push(event));
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="suggestion"]')!;
    expect(el.shadowRoot!.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(events).toHaveLength(2);
    await userEvent.tab();
    const summary = el.shadowRoot!.querySelector('summary')!;
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(true);
    before.remove();
  });

  it('fires tpgo-use-suggestion with the value and code, bubbling out of the shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-field-check revealed .findings=${[trailingSpace]}></tpgo-field-check></div>`,
    );
    const el = wrapper.querySelector('tpgo-field-check')!;
    await el.updateComplete;
    const heard = new Promise<CustomEvent<{ value: string; code: string }>>((resolve) =>
      wrapper.addEventListener('tpgo-use-suggestion', resolve as EventListener, { once: true }),
    );
    await userEvent.click(el.shadowRoot!.querySelector('button')!);
    const event = await heard;
    expect(event.detail).toEqual({ value: trailingSpace.suggestion, code: trailingSpace.code });
    expect(event.bubbles && event.composed).toBe(true);
  });

  it('fires nothing for changes made by code', async () => {
    const el = await make([unusualLength]);
    const listener = vi.fn();
    for (const name of ['tpgo-use-suggestion', 'change', 'input']) {
      el.addEventListener(name, listener);
    }
    el.findings = [trailingSpace];
    el.revealed = false;
    await el.updateComplete;
    el.revealed = true;
    await el.updateComplete;
    el.findings = [];
    await el.updateComplete;
    expect(listener).not.toHaveBeenCalled();
  });
});
