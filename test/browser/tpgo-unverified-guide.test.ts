import { describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-unverified-guide.js';
import { TpgoUnverifiedGuide } from '../../src/elements/tpgo-unverified-guide.js';
import type { TpgoEvent } from '../../src/elements/internal/events.js';
import { expectAccessible } from './support/a11y.js';

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const details = (el: TpgoUnverifiedGuide) => el.shadowRoot!.querySelector('details')!;
const summary = (el: TpgoUnverifiedGuide) => el.shadowRoot!.querySelector('summary')!;
/** `toggle` is queued as a task after `open` changes. */
const toggleSettled = () => new Promise((resolve) => setTimeout(resolve, 30));

function toggles(el: HTMLElement) {
  const seen: TpgoEvent<'tpgo-toggle'>[] = [];
  el.addEventListener('tpgo-toggle', (event) => seen.push(event));
  return seen;
}

describe('tpgo-unverified-guide', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-unverified-guide')).toBe(TpgoUnverifiedGuide);
  });

  it('passes axe, closed and open', async () => {
    await expectAccessible(await fixture(html`<tpgo-unverified-guide></tpgo-unverified-guide>`));
    await expectAccessible(
      await fixture(html`<tpgo-unverified-guide open></tpgo-unverified-guide>`),
    );
  });

  it('defaults: one closed line; opened, brief facts, three steps, three options, sources last', async () => {
    const el = await fixture<TpgoUnverifiedGuide>(
      html`<tpgo-unverified-guide></tpgo-unverified-guide>`,
    );
    expect(el.open).toBe(false);
    expect(details(el).open).toBe(false);
    expect(el.appName).toBe('your app');
    expect(summary(el).textContent).toContain('Seeing “This app isn’t verified”?');
    const all = text(el);
    for (const fact of [
      'restricted',
      'External',
      'Advanced',
      '“Go to your app (unsafe)”',
      'Internal',
      'In production',
      'sign in again',
      '7 days',
      'a week later',
    ]) {
      expect(all).toContain(fact);
    }
    const body = el.shadowRoot!.querySelector('[part="body"]')!;
    expect(body.querySelectorAll('ol > li')).toHaveLength(3);
    expect(body.querySelectorAll('ul > li')).toHaveLength(3);
    // Each option is one sentence.
    for (const item of body.querySelectorAll('ul > li')) {
      expect(item.textContent!.trim().match(/[.!?](\s|$)/g)).toHaveLength(1);
    }
    // The sources come last.
    expect(body.lastElementChild!.querySelectorAll('a')).toHaveLength(4);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
    expect(links).toEqual([
      'https://support.google.com/cloud/answer/15549945',
      'https://support.google.com/cloud/answer/7454865',
      'https://support.google.com/cloud/answer/13464323',
      'https://developers.google.com/gmail/imap/xoauth2-protocol',
    ]);
  });

  it('follows the open and app-name attributes and properties', async () => {
    const el = await fixture<TpgoUnverifiedGuide>(
      html`<tpgo-unverified-guide app-name="Acme Mail"></tpgo-unverified-guide>`,
    );
    expect(text(el)).toContain('“Go to Acme Mail (unsafe)”');
    el.setAttribute('open', '');
    await el.updateComplete;
    expect(details(el).open).toBe(true);
    el.open = false;
    await el.updateComplete;
    expect(details(el).open).toBe(false);
    expect(el.hasAttribute('open')).toBe(false);
    el.appName = '<b>x</b>';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('b')).toBeNull();
    expect(text(el)).toContain('Go to <b>x</b> (unsafe)');
    el.appName = '  ';
    await el.updateComplete;
    expect(text(el)).toContain('Go to your app (unsafe)');
  });

  it('keyboard: Tab to the summary, Enter opens, Space closes, Escape closes from inside', async () => {
    const el = await fixture<TpgoUnverifiedGuide>(
      html`<tpgo-unverified-guide></tpgo-unverified-guide>`,
    );
    const seen = toggles(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(summary(el));
    await userEvent.keyboard('{Enter}');
    await toggleSettled();
    expect(el.open).toBe(true);
    await userEvent.keyboard(' ');
    await toggleSettled();
    expect(el.open).toBe(false);
    await userEvent.keyboard('{Enter}');
    await toggleSettled();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('a'));
    await userEvent.keyboard('{Escape}');
    await toggleSettled();
    expect(el.open).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(summary(el));
    expect(seen.map((event) => event.detail.open)).toEqual([true, false, true, false]);
    before.remove();
  });

  it('fires tpgo-toggle {open} on a click, bubbling and composed', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-unverified-guide></tpgo-unverified-guide></div>`,
    );
    const el = wrapper.querySelector('tpgo-unverified-guide')!;
    const listener = vi.fn();
    wrapper.addEventListener('tpgo-toggle', listener);
    await userEvent.click(summary(el));
    await toggleSettled();
    expect(listener).toHaveBeenCalledTimes(1);
    const event = listener.mock.calls[0][0] as TpgoEvent<'tpgo-toggle'>;
    expect(event.detail).toEqual({ open: true });
    expect(event.bubbles && event.composed).toBe(true);
  });

  it('fires nothing when code opens or closes it', async () => {
    const el = await fixture<TpgoUnverifiedGuide>(
      html`<tpgo-unverified-guide></tpgo-unverified-guide>`,
    );
    const seen = toggles(el);
    el.open = true;
    await el.updateComplete;
    await toggleSettled();
    el.removeAttribute('open');
    await el.updateComplete;
    await toggleSettled();
    el.open = true;
    await el.updateComplete;
    await toggleSettled();
    expect(details(el).open).toBe(true);
    expect(seen).toEqual([]);
  });
});
