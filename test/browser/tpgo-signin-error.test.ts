import { describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-signin-error.js';
import { TpgoSigninError } from '../../src/elements/tpgo-signin-error.js';
import type { TpgoEvent } from '../../src/elements/internal/events.js';
import { SIGN_IN_ERRORS, decodeSignInError } from '../../src/rules/index.js';
import { expectAccessible } from './support/a11y.js';

function parts(el: TpgoSigninError) {
  const root = el.shadowRoot!;
  return {
    input: root.querySelector('input')!,
    select: root.querySelector('select')!,
    result: root.querySelector<HTMLElement>('[part="result"]'),
    unknown: root.querySelector<HTMLElement>('[part="unknown"]'),
  };
}
function make(value = '') {
  return fixture<TpgoSigninError>(html`<tpgo-signin-error text=${value}></tpgo-signin-error>`);
}
function decodes(el: HTMLElement) {
  const seen: TpgoEvent<'tpgo-decode'>[] = [];
  el.addEventListener('tpgo-decode', (event) => seen.push(event));
  return seen;
}

const mismatch = decodeSignInError('redirect_uri_mismatch')!;

describe('tpgo-signin-error', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-signin-error')).toBe(TpgoSigninError);
  });

  it('passes axe: empty, unfinished, known error, unknown error, details open', async () => {
    await expectAccessible(await make());
    const unfinished = await make('access_denied');
    unfinished.unfinished = true;
    await unfinished.updateComplete;
    await expectAccessible(unfinished);
    await expectAccessible(await make('Error 400: redirect_uri_mismatch'));
    await expectAccessible(await make('Something odd happened'));
    const open = await make('no_refresh_token');
    open.shadowRoot!.querySelector('details')!.open = true;
    await expectAccessible(open);
  });

  it('defaults: empty text, no result, every known error in the list', async () => {
    const el = await fixture<TpgoSigninError>(html`<tpgo-signin-error></tpgo-signin-error>`);
    expect(el.text).toBe('');
    expect(el.unfinished).toBe(false);
    const { input, select, result, unknown } = parts(el);
    expect(input.value).toBe('');
    expect(result).toBeNull();
    expect(unknown).toBeNull();
    expect(select.value).toBe('');
    expect([...select.options].slice(1).map((option) => option.value)).toEqual(
      SIGN_IN_ERRORS.map((known) => known.code),
    );
  });

  it('leads in with "Decode a sign-in error", or asks what Google said when a sign-in did not finish', async () => {
    const el = await make();
    const lead = () => el.shadowRoot!.querySelector('[part="lead"]')!.textContent!.trim();
    expect(lead()).toBe('Decode a sign-in error');
    el.unfinished = true;
    await el.updateComplete;
    expect(lead()).toBe('Sign-in did not finish. What did Google’s window say?');
    expect(el.hasAttribute('unfinished')).toBe(true);
    el.removeAttribute('unfinished');
    await el.updateComplete;
    expect(lead()).toBe('Decode a sign-in error');
  });

  it('links "Remove access for your app" to Google Account permissions', async () => {
    const el = await make('no_refresh_token');
    const result = parts(el).result!;
    const hrefs = [...result.querySelectorAll('a')].map((a) => a.href);
    expect(hrefs).toContain('https://myaccount.google.com/permissions');
    const inText = [...result.querySelectorAll('a')].find((a) =>
      /remove access for (your|this) app/i.test(a.textContent!),
    );
    expect(inText?.href).toBe('https://myaccount.google.com/permissions');
  });

  it('shows the title, cause, fix and links for the text it is given', async () => {
    const el = await make('Error 400: redirect_uri_mismatch');
    const { input, select, result } = parts(el);
    expect(input.value).toBe('Error 400: redirect_uri_mismatch');
    expect(select.value).toBe('redirect_uri_mismatch');
    expect(result!.dataset.code).toBe('redirect_uri_mismatch');
    expect(result!.textContent).toContain(mismatch.title);
    expect(result!.textContent).toContain(mismatch.cause);
    expect(result!.querySelector('[part="fix"]')!.textContent).toContain(mismatch.fix);
    // The links wait behind one click.
    const details = result!.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent!.trim()).toBe('Details');
    const hrefs = [...details.querySelectorAll('a')].map((a) => a.href);
    expect(hrefs).toEqual(mismatch.links.map((link) => link.href));
  });

  it('follows the text attribute and property', async () => {
    const el = await make();
    el.setAttribute('text', 'Error 403: org_internal');
    await el.updateComplete;
    expect(el.text).toBe('Error 403: org_internal');
    expect(parts(el).result!.dataset.code).toBe('org_internal');
    el.text = 'gibberish 123';
    await el.updateComplete;
    expect(parts(el).input.value).toBe('gibberish 123');
    expect(parts(el).result).toBeNull();
    expect(parts(el).unknown!.textContent).toContain('does not know this error');
    expect(parts(el).unknown!.querySelectorAll('details li').length).toBeGreaterThan(1);
    expect(parts(el).unknown!.querySelector('details')!.open).toBe(false);
    expect(parts(el).select.value).toBe('');
    el.text = '';
    await el.updateComplete;
    expect(parts(el).unknown).toBeNull();
  });

  it('renders the text as text, never as HTML', async () => {
    const el = await make('<img src=x onerror="window.__tpgoXss=1"> invalid_grant');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(parts(el).input.value).toContain('<img');
    expect((window as { __tpgoXss?: number }).__tpgoXss).toBeUndefined();
  });

  it('keyboard only: type an error, Escape clears, pick one from the list', async () => {
    const el = await make();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    const { input, select } = parts(el);
    expect(el.shadowRoot!.activeElement).toBe(input);
    await userEvent.keyboard('access_denied');
    await el.updateComplete;
    expect(parts(el).result!.dataset.code).toBe('access_denied');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(input.value).toBe('');
    expect(parts(el).result).toBeNull();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(select);
    await userEvent.selectOptions(select, 'invalid_grant');
    await el.updateComplete;
    expect(parts(el).result!.dataset.code).toBe('invalid_grant');
    expect(input.value).toBe('invalid_grant');
    before.remove();
  });

  it('fires tpgo-decode for the admin’s input with the recognised code', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><tpgo-signin-error></tpgo-signin-error></div>`,
    );
    const el = wrapper.querySelector('tpgo-signin-error')!;
    const listener = vi.fn();
    wrapper.addEventListener('tpgo-decode', listener);
    await userEvent.fill(parts(el).input, 'Error 400: admin_policy_enforced');
    const event = listener.mock.calls.at(-1)![0] as TpgoEvent<'tpgo-decode'>;
    expect(event.detail).toEqual({
      query: 'Error 400: admin_policy_enforced',
      code: 'admin_policy_enforced',
    });
    expect(event.bubbles && event.composed).toBe(true);
    await userEvent.fill(parts(el).input, 'nothing known');
    expect((listener.mock.calls.at(-1)![0] as TpgoEvent<'tpgo-decode'>).detail).toEqual({
      query: 'nothing known',
    });
  });

  it('fires nothing when the text is set by code', async () => {
    const el = await make();
    const seen = decodes(el);
    el.text = 'invalid_client';
    await el.updateComplete;
    el.setAttribute('text', 'deleted_client');
    await el.updateComplete;
    expect(parts(el).result!.dataset.code).toBe('deleted_client');
    expect(seen).toEqual([]);
  });
});
