import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-field-check.js';
import { TpgoFieldCheck } from '../../src/elements/tpgo-field-check.js';
import { define } from '../../src/elements/internal/define.js';
import { browserAXNode, expectAccessible } from './support/a11y.js';
import {
  hostile,
  legacy,
  swapped,
  trailingSpace as bareTrailingSpace,
  unusualLength,
} from './support/findings.js';
import type { Finding } from '../../src/rules/finding.js';

// The worst finding's extra words, shown only behind "Details".
const trailingSpace: Finding = {
  ...bareTrailingSpace,
  details: 'Google then answers "invalid_client: The OAuth client was not found".',
};
const labelled: Finding = {
  code: 'client-id/label-included',
  severity: 'error',
  message: 'The Client ID was pasted with its label.',
  fix: 'Keep only the value after the label.',
  suggestion: bareTrailingSpace.suggestion,
  suggestionLabel: 'Use only the ID itself',
};
const otherValue: Finding = {
  ...unusualLength,
  code: 'client-id/other',
  suggestion: 'another value',
  suggestionLabel: 'Use another value',
};

function moreButton(el: TpgoFieldCheck): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="more"]')!;
}
function othersList(el: TpgoFieldCheck): HTMLUListElement {
  return el.shadowRoot!.querySelector<HTMLUListElement>('ul[part="findings"]')!;
}
/** What a sighted admin sees: rendered text only (closed details and hidden lists left out). */
function seen(el: TpgoFieldCheck): string {
  return (el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')?.innerText ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
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
    await expectAccessible(el);
    el.shadowRoot!.querySelector('details')!.open = true;
    moreButton(el).click();
    await el.updateComplete;
    expect(othersList(el).hidden).toBe(false);
    await expectAccessible(el);
    await expectAccessible(await make([]));
    await expectAccessible(await make([unusualLength]));
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

  it('shows only the worst finding: headline, fix, suggestion, Details; the others behind "+N more"', async () => {
    const el = await make([trailingSpace, unusualLength, legacy]);
    const worst = el.shadowRoot!.querySelector('[part="worst"]')!;
    expect(worst.getAttribute('data-code')).toBe(trailingSpace.code);
    expect(worst.querySelector('[part="message"]')!.textContent).toBe(trailingSpace.message);
    expect(worst.querySelector('[part="fix"]')!.textContent).toBe(trailingSpace.fix);
    expect(worst.textContent).toContain('Error:');
    // The fix sits on its own line under the headline.
    const message = worst.querySelector('[part="message"]')!.getBoundingClientRect();
    const fix = worst.querySelector('[part="fix"]')!.getBoundingClientRect();
    expect(fix.top).toBeGreaterThanOrEqual(message.bottom - 1);

    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="details"]')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent!.trim()).toBe('Details');
    expect(details.textContent).toContain(trailingSpace.details);

    const more = moreButton(el);
    expect(more.textContent!.trim()).toBe('+2 more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-controls')).toBe(othersList(el).id);
    expect(othersList(el).hidden).toBe(true);
    const codes = [...othersList(el).querySelectorAll('li')].map((li) => li.dataset.code);
    expect(codes).toEqual([unusualLength.code, legacy.code]);
    expect(el.dataset.severity).toBe('error');

    // What shows: the worst finding and its buttons, nothing of the others or the details.
    expect(seen(el)).toBe(
      `Error: ${trailingSpace.message} ${trailingSpace.fix} Details ${trailingSpace.suggestionLabel} +2 more`,
    );
  });

  it('keeps the order it is given: the view sorted the findings, worst first', async () => {
    // Out of order on purpose: nothing re-sorts them here (setupState did, once).
    const el = await make([unusualLength, trailingSpace]);
    const worst = el.shadowRoot!.querySelector('[part="worst"]')!;
    expect(worst.getAttribute('data-code')).toBe(unusualLength.code);
    expect(el.visibleFindings.map((f) => f.code)).toEqual([unusualLength.code, trailingSpace.code]);
    // Unrevealed, the error is left out and the rest keep their order.
    el.revealed = false;
    await el.updateComplete;
    expect(el.visibleFindings.map((f) => f.code)).toEqual([unusualLength.code]);
  });

  it('"+N more" reveals the others, each as headline and fix, and hides them again', async () => {
    const el = await make([trailingSpace, labelled, otherValue, legacy]);
    moreButton(el).click();
    await el.updateComplete;
    expect(moreButton(el).getAttribute('aria-expanded')).toBe('true');
    expect(moreButton(el).textContent!.trim()).toBe('Hide 3 more');
    expect(othersList(el).hidden).toBe(false);
    const items = [...othersList(el).querySelectorAll('li')];
    expect(items.map((li) => li.dataset.code)).toEqual([
      labelled.code,
      otherValue.code,
      legacy.code,
    ]);
    for (const [li, finding] of items.map(
      (li, i) => [li, [labelled, otherValue, legacy][i]!] as const,
    )) {
      expect(li.querySelector('[part="message"]')!.textContent).toBe(finding.message);
      expect(li.querySelector('[part="fix"]')!.textContent).toBe(finding.fix);
    }
    // The same value as the worst finding's button is not offered twice; another value is.
    expect(items[0]!.querySelector('button')).toBeNull();
    expect(items[1]!.querySelector('button')!.textContent!.trim()).toBe('Use another value');
    expect(seen(el)).toContain(legacy.message);

    moreButton(el).click();
    await el.updateComplete;
    expect(othersList(el).hidden).toBe(true);
    expect(moreButton(el).getAttribute('aria-expanded')).toBe('false');
    expect(seen(el)).not.toContain(legacy.message);
  });

  it('a new worst finding starts collapsed again, with its own details closed', async () => {
    const el = await make([trailingSpace, unusualLength]);
    moreButton(el).click();
    el.shadowRoot!.querySelector('details')!.open = true;
    await el.updateComplete;
    el.findings = [labelled, unusualLength];
    await el.updateComplete;
    expect(othersList(el).hidden).toBe(true);
    expect(el.shadowRoot!.querySelector('details')).toBeNull();
    el.findings = [trailingSpace, unusualLength];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(false);
  });

  it('one finding: no "+N more"; no details: no "Details"', async () => {
    const el = await make([swapped]);
    expect(moreButton(el)).toBeNull();
    expect(othersList(el)).toBeNull();
    expect(el.shadowRoot!.querySelector('details')).toBeNull();
    expect(seen(el)).toBe(`Error: ${swapped.message} ${swapped.fix}`);
  });

  it('inherits the page font and colour and keeps to about 60 characters a line', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font: italic 17px Georgia, serif; color: rgb(10, 80, 20); width: 1600px">
        <tpgo-field-check revealed .findings=${[unusualLength, legacy]}></tpgo-field-check>
      </div>`,
    );
    const el = wrapper.querySelector('tpgo-field-check')!;
    await el.updateComplete;
    const fix = getComputedStyle(el.shadowRoot!.querySelector('[part="worst"] [part="fix"]')!);
    expect(fix.fontFamily).toContain('Georgia');
    expect(fix.fontSize).toBe('17px');
    expect(fix.fontStyle).toBe('italic');
    expect(fix.color).toBe('rgb(10, 80, 20)');
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    const ch = 17 * 0.4; // a Georgia "0" is a bit over 0.4em wide
    expect(base.getBoundingClientRect().width).toBeLessThan(70 * ch * 1.5);
    expect(base.getBoundingClientRect().width).toBeLessThan(700);
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
    expect(el.shadowRoot!.querySelector('button[part="suggestion"]')!.textContent!.trim()).toBe(
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
    expect(el.shadowRoot!.querySelector('button[part="suggestion"]')!.textContent).toContain(
      '<img src=y',
    );
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
    el.findings = [unusualLength, legacy];
    await el.updateComplete;
    let node = await browserAXNode('Client ID under test');
    expect(node.role).toBe('textbox');
    expect(node.description).toContain(unusualLength.message);
    expect(node.description).toContain(unusualLength.fix);
    // The hidden others are not read as part of the description.
    expect(node.description).not.toContain(legacy.message);
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

  it('keyboard: Tab reaches Details, the suggestion and "+N more"; Enter and Space work them', async () => {
    const el = await make([trailingSpace, unusualLength]);
    const events: CustomEvent[] = [];
    el.addEventListener('tpgo-use-suggestion', (event) => events.push(event));
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();

    await userEvent.tab();
    const summary = el.shadowRoot!.querySelector('summary')!;
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(true);
    expect(seen(el)).toContain(trailingSpace.details);
    await userEvent.keyboard(' ');
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(false);

    await userEvent.tab();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="suggestion"]')!;
    expect(el.shadowRoot!.activeElement).toBe(button);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(events).toHaveLength(2);

    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(moreButton(el));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(othersList(el).hidden).toBe(false);
    expect(moreButton(el).getAttribute('aria-expanded')).toBe('true');
    // Focus stays on the toggle, which now hides them again.
    expect(el.shadowRoot!.activeElement).toBe(moreButton(el));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(othersList(el).hidden).toBe(true);
    // Opening and closing is no choice of a value.
    expect(events).toHaveLength(2);
    before.remove();
  });

  it('fires tpgo-use-suggestion on the element only: it does not bubble to the page around it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-field-check revealed .findings=${[trailingSpace]}></tpgo-field-check></div>`,
    );
    const el = wrapper.querySelector('tpgo-field-check')!;
    await el.updateComplete;
    const around = vi.fn();
    wrapper.addEventListener('tpgo-use-suggestion', around);
    document.addEventListener('tpgo-use-suggestion', around);
    const heard = new Promise<CustomEvent<{ value: string; code: string }>>((resolve) =>
      el.addEventListener('tpgo-use-suggestion', resolve as EventListener, { once: true }),
    );
    await userEvent.click(el.shadowRoot!.querySelector('button')!);
    const event = await heard;
    document.removeEventListener('tpgo-use-suggestion', around);
    expect(event.detail).toEqual({ value: trailingSpace.suggestion, code: trailingSpace.code });
    expect(event.bubbles || event.composed).toBe(false);
    expect(around).not.toHaveBeenCalled();
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

  it('fires nothing for "+N more" and "Details"', async () => {
    const el = await make([trailingSpace, unusualLength]);
    const listener = vi.fn();
    el.addEventListener('tpgo-use-suggestion', listener);
    await userEvent.click(moreButton(el));
    await userEvent.click(el.shadowRoot!.querySelector('summary')!);
    expect(othersList(el).hidden).toBe(false);
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });
});
