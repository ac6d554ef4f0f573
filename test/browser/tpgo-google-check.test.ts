import { describe, expect, it } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-google-check.js';
import { TpgoGoogleCheck } from '../../src/elements/tpgo-google-check.js';
import { interpretPairCheck } from '../../src/rules/pair-check.js';
import { browserAXNode, expectAccessible } from './support/a11y.js';

const buttons = (el: TpgoGoogleCheck) => [...el.shadowRoot!.querySelectorAll('button')];
const checkButton = (el: TpgoGoogleCheck) => buttons(el).find((b) => b.part.contains('button'))!;
const cancelButton = (el: TpgoGoogleCheck) => buttons(el).find((b) => b.part.contains('cancel'));
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

function events(el: HTMLElement) {
  const seen: string[] = [];
  el.addEventListener('tpgo-check-request', (event) =>
    seen.push(`${event.type} ${JSON.stringify(event.detail)}`),
  );
  el.addEventListener('tpgo-check-cancel', (event) =>
    seen.push(`${event.type} ${JSON.stringify(event.detail)}`),
  );
  return seen;
}

const accepted = interpretPairCheck({
  kind: 'answer',
  status: 400,
  error: 'invalid_grant',
  description: '',
});
const wrongSecret = interpretPairCheck({
  kind: 'answer',
  status: 401,
  error: 'invalid_client',
  description: 'Unauthorized',
});

describe('tpgo-google-check', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-google-check')).toBe(TpgoGoogleCheck);
  });

  it('passes axe idle, disabled, checking and with each kind of verdict', async () => {
    await expectAccessible(await fixture(html`<tpgo-google-check></tpgo-google-check>`));
    await expectAccessible(await fixture(html`<tpgo-google-check disabled></tpgo-google-check>`));
    await expectAccessible(await fixture(html`<tpgo-google-check checking></tpgo-google-check>`));
    for (const verdict of [accepted, wrongSecret, interpretPairCheck({ kind: 'timeout' })]) {
      await expectAccessible(
        await fixture(html`<tpgo-google-check .verdict=${verdict}></tpgo-google-check>`),
      );
    }
  });

  it('defaults: enabled, idle, no verdict; what it sends where is the button’s description, not a paragraph', async () => {
    const el = await fixture<TpgoGoogleCheck>(html`<tpgo-google-check></tpgo-google-check>`);
    expect(el.disabled).toBe(false);
    expect(el.checking).toBe(false);
    expect(el.verdict).toBeNull();
    expect(el.disabledReason).toBe('');
    expect(checkButton(el).disabled).toBe(false);
    expect(cancelButton(el)).toBeUndefined();
    expect(checkButton(el).title).toMatch(/token endpoint/);
    const description = await browserAXNode('Check with Google');
    expect(description.description).toMatch(/token endpoint/);
    // On screen: the button and nothing else.
    expect((el.shadowRoot!.querySelector('.row') as HTMLElement).innerText.trim()).toBe(
      'Check with Google',
    );
  });

  it('shows the verdict beside the button, on its row, with the fix below the headline', async () => {
    const el = await fixture<TpgoGoogleCheck>(
      html`<tpgo-google-check .verdict=${wrongSecret}></tpgo-google-check>`,
    );
    const button = checkButton(el).getBoundingClientRect();
    const verdict = el.shadowRoot!.querySelector('[part="verdict"]')!;
    const headline = verdict.querySelector('[data-outcome]')!;
    expect(headline.textContent).toContain('Problem:');
    expect(headline.textContent).toContain(wrongSecret.message);
    const box = headline.getBoundingClientRect();
    // Beside it: to its right, on the same line.
    expect(box.left).toBeGreaterThanOrEqual(button.right);
    expect(Math.abs(box.top - button.top)).toBeLessThan(button.height);
    const fix = verdict.querySelector('[part="fix"]')!;
    expect(fix.textContent).toContain(wrongSecret.fix);
    expect(fix.getBoundingClientRect().top).toBeGreaterThanOrEqual(box.bottom - 1);
  });

  it('disabled shows why; checking shows Cancel; a verdict shows its message and fix in a status', async () => {
    const el = await fixture<TpgoGoogleCheck>(
      html`<tpgo-google-check disabled disabled-reason="Fix the ID first."></tpgo-google-check>`,
    );
    expect(checkButton(el).disabled).toBe(true);
    const reason = el.shadowRoot!.querySelector('[part="reason"]')!;
    expect(reason.textContent).toBe('Fix the ID first.');
    expect(reason.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      checkButton(el).getBoundingClientRect().right,
    );
    el.disabled = false;
    el.checking = true;
    await el.updateComplete;
    expect(checkButton(el).disabled).toBe(true);
    expect(cancelButton(el)).toBeDefined();
    el.checking = false;
    el.verdict = wrongSecret;
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).toContain(wrongSecret.message);
    expect(status.textContent).toContain('Add secret');
    expect(status.querySelector('[data-outcome]')!.getAttribute('data-outcome')).toBe(
      'secret-wrong',
    );
  });

  it('renders a verdict as text, never as HTML', async () => {
    const el = await fixture<TpgoGoogleCheck>(
      html`<tpgo-google-check
        .verdict=${{ ...accepted, message: '<img src=x onerror="window.__pwned=1">' }}
      ></tpgo-google-check>`,
    );
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(el)).toContain('<img src=x');
  });

  it('keyboard: Enter asks, focus moves to Cancel, Escape cancels, focus comes back', async () => {
    const el = await fixture<TpgoGoogleCheck>(html`<tpgo-google-check></tpgo-google-check>`);
    const seen = events(el);
    el.addEventListener('tpgo-check-request', () => (el.checking = true));
    el.addEventListener('tpgo-check-cancel', () => (el.checking = false));
    checkButton(el).focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(cancelButton(el));
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(checkButton(el));
    expect(seen).toEqual(['tpgo-check-request {}', 'tpgo-check-cancel {}']);
  });

  it('Space on the button asks too; a disabled or running check asks nothing', async () => {
    const el = await fixture<TpgoGoogleCheck>(html`<tpgo-google-check></tpgo-google-check>`);
    const seen = events(el);
    checkButton(el).focus();
    await userEvent.keyboard(' ');
    expect(seen).toEqual(['tpgo-check-request {}']);
    el.checking = true;
    await el.updateComplete;
    checkButton(el).click();
    el.checking = false;
    el.disabled = true;
    await el.updateComplete;
    checkButton(el).click();
    expect(seen).toHaveLength(1);
  });

  it('fires nothing when its properties are set by code', async () => {
    const el = await fixture<TpgoGoogleCheck>(html`<tpgo-google-check></tpgo-google-check>`);
    const seen = events(el);
    el.checking = true;
    await el.updateComplete;
    el.checking = false;
    el.verdict = accepted;
    el.disabled = true;
    await el.updateComplete;
    expect(seen).toEqual([]);
  });

  it('its events bubble out of the shadow root with an empty detail', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-google-check></tpgo-google-check></div>`,
    );
    const el = wrapper.querySelector('tpgo-google-check')!;
    const heard: Event[] = [];
    wrapper.addEventListener('tpgo-check-request', (event) => heard.push(event));
    checkButton(el).click();
    expect(heard).toHaveLength(1);
    expect((heard[0] as CustomEvent).detail).toEqual({});
    expect(heard[0]!.composed).toBe(true);
  });
});
