import { describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-connection-status.js';
import {
  TpgoConnectionStatus,
  type ConnectionStatusVerdict,
} from '../../src/elements/tpgo-connection-status.js';
import type { TpgoEvent } from '../../src/elements/internal/events.js';
import { expectAccessible } from './support/a11y.js';

const CONNECTED: ConnectionStatusVerdict = {
  state: 'connected',
  headline: 'Connected: token refreshed 12 min ago',
  cause: 'Token last refreshed: 3 Dec 11:48.',
  fix: '',
};
const STOPPED: ConnectionStatusVerdict = {
  state: 'stopped',
  headline: 'Stopped since 28 Nov: Google refused the sign-in token',
  cause: 'Google answered the token refresh with invalid_grant.',
  fix: 'Publish the app, then Sign in again choosing Consent.',
  details: ['First error in the log: 28 Nov 12:20.', 'The activity log says: “<b>x</b>”'],
};
const NO_DATA: ConnectionStatusVerdict = {
  state: 'no-data',
  headline: 'No recent data',
  cause: 'Nothing says.',
  fix: 'Open the profile and click Check connection.',
};

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const summary = (el: TpgoConnectionStatus) => el.shadowRoot!.querySelector('summary');
const details = (el: TpgoConnectionStatus) => el.shadowRoot!.querySelector('details');
const toggleSettled = () => new Promise((resolve) => setTimeout(resolve, 30));

async function status(verdict: ConnectionStatusVerdict | undefined) {
  const el = await fixture<TpgoConnectionStatus>(
    html`<tpgo-connection-status .verdict=${verdict}></tpgo-connection-status>`,
  );
  return el;
}

function toggles(el: HTMLElement) {
  const seen: TpgoEvent<'tpgo-toggle'>[] = [];
  el.addEventListener('tpgo-toggle', (event) => seen.push(event));
  return seen;
}

describe('tpgo-connection-status', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-connection-status')).toBe(TpgoConnectionStatus);
  });

  it('passes axe in every state, closed and open', async () => {
    for (const verdict of [CONNECTED, STOPPED, NO_DATA])
      await expectAccessible(await status(verdict));
    const open = await status(STOPPED);
    open.open = true;
    await open.updateComplete;
    await expectAccessible(open);
  });

  it('defaults: shows nothing without a verdict, closed', async () => {
    const el = await status(undefined);
    expect(text(el)).toBe('');
    expect(el.open).toBe(false);
    expect(el.getAttribute('state')).toBe('');
  });

  it('connected and no data: one line, no disclosure', async () => {
    for (const verdict of [CONNECTED, NO_DATA]) {
      const el = await status(verdict);
      expect(text(el)).toBe(verdict.headline);
      expect(details(el)).toBeNull();
      expect(el.getAttribute('state')).toBe(verdict.state);
    }
  });

  it('stopped: the line, then "Why and how to fix" with the cause, the fix and the details as text', async () => {
    const el = await status(STOPPED);
    expect(el.getAttribute('state')).toBe('stopped');
    expect(summary(el)!.textContent).toBe('Why and how to fix');
    expect(details(el)!.open).toBe(false);
    const all = text(el);
    for (const part of [STOPPED.headline, STOPPED.cause, STOPPED.fix, ...STOPPED.details!])
      expect(all).toContain(part);
    expect(el.shadowRoot!.querySelector('b')).toBeNull();
    // A new verdict replaces the old one.
    el.verdict = CONNECTED;
    await el.updateComplete;
    expect(text(el)).toBe(CONNECTED.headline);
    expect(el.getAttribute('state')).toBe('connected');
  });

  it('keyboard: Tab to the summary, Enter opens, Escape closes from inside', async () => {
    const el = await status(STOPPED);
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
    await userEvent.keyboard('{Escape}');
    await toggleSettled();
    expect(el.open).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(summary(el));
    expect(seen.map((event) => event.detail.open)).toEqual([true, false]);
    before.remove();
  });

  it('fires tpgo-toggle {open} on a click, bubbling and composed', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-connection-status .verdict=${STOPPED}></tpgo-connection-status></div>`,
    );
    const el = wrapper.querySelector('tpgo-connection-status')!;
    const listener = vi.fn();
    wrapper.addEventListener('tpgo-toggle', listener);
    await userEvent.click(summary(el)!);
    await toggleSettled();
    expect(listener).toHaveBeenCalledTimes(1);
    const event = listener.mock.calls[0][0] as TpgoEvent<'tpgo-toggle'>;
    expect(event.detail).toEqual({ open: true });
    expect(event.bubbles && event.composed).toBe(true);
  });

  it('fires nothing when code opens or closes it', async () => {
    const el = await status(STOPPED);
    const seen = toggles(el);
    el.open = true;
    await el.updateComplete;
    await toggleSettled();
    el.open = false;
    await el.updateComplete;
    await toggleSettled();
    expect(seen).toEqual([]);
  });
});
