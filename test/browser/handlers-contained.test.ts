// An element's event handler that throws, or whose promise rejects, is logged once as one
// prefixed console line and never reaches the page (no error event, no unhandled rejection).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/tpgo-google-check.js';
import '../../src/elements/tpgo-redirect-uri.js';
import type { TpgoGoogleCheck } from '../../src/elements/tpgo-google-check.js';
import type { TpgoRedirectUri } from '../../src/elements/tpgo-redirect-uri.js';

let escaped: string[];
const onError = (event: ErrorEvent) => {
  escaped.push(`error: ${event.message}`);
  event.preventDefault();
};
const onRejection = (event: PromiseRejectionEvent) => {
  escaped.push(`unhandled rejection: ${String(event.reason)}`);
  event.preventDefault();
};

beforeEach(() => {
  escaped = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const ours = (warn: { mock: { calls: unknown[][] } }) =>
  warn.mock.calls
    .map((call) => String(call[0]))
    .filter((line) => line.startsWith('[google-oauth-assistant]'));

describe('element handlers that throw', () => {
  it('a click handler throwing synchronously: one console line, nothing reaches the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<TpgoGoogleCheck>(html`<tpgo-google-check></tpgo-google-check>`);
    el.dispatchEvent = () => {
      throw new Error('broken dispatch');
    };
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;
    button.click();
    button.click();
    await settle();
    expect(escaped).toEqual([]);
    expect(ours(warn)).toEqual([
      '[google-oauth-assistant] tpgo-google-check request failed: Error: broken dispatch',
    ]);
  });

  it('an async click handler rejecting: one console line, no unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<TpgoRedirectUri>(
      html`<tpgo-redirect-uri uri="https://tp.example.com/Admin/Plugins.aspx"></tpgo-redirect-uri>`,
    );
    Object.defineProperty(el, 'updateComplete', {
      get: () => Promise.reject(new Error('update failed')),
    });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=copy]')!;
    button.click();
    await settle();
    expect(escaped).toEqual([]);
    expect(ours(warn)).toEqual([
      '[google-oauth-assistant] tpgo-redirect-uri copy failed: Error: update failed',
    ]);
  });
});
