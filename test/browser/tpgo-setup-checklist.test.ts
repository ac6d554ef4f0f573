import { describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-setup-checklist.js';
import { TpgoSetupChecklist } from '../../src/elements/tpgo-setup-checklist.js';
import { expectAccessible } from './support/a11y.js';
import { setupState, type SetupSnapshot, type SetupView } from '../../src/rules/setup-state.js';
import { decodeSignInError } from '../../src/rules/signin-errors.js';

// Steps from the real setup state, as the host would pass them.
const GOOD_ID = '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com';
const GOOD_SECRET = 'GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12';
const empty: SetupSnapshot = {
  clientId: '',
  secret: '',
  secretTouched: false,
  revealed: { clientId: false, secret: false },
  redirectUri: 'https://acme.tpondemand.com/api/v1/plugins/Project%20Email%20Integration/OAuth',
  redirectFindings: [],
  file: null,
  pair: { checking: false, verdict: null },
  signedIn: false,
  signInFailure: null,
  pasted: null,
  server: '',
  protocol: 'imap',
};
const view = (changes: Partial<SetupSnapshot> = {}): SetupView =>
  setupState({ ...empty, ...changes });

function make(state: SetupView) {
  return fixture<TpgoSetupChecklist>(
    html`<tpgo-setup-checklist
      .steps=${state.steps}
      summary=${state.summary}
      ?complete=${state.complete}
    ></tpgo-setup-checklist>`,
  );
}
function statuses(el: TpgoSetupChecklist): Record<string, string> {
  return Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('li')].map((li) => [
      li.dataset.step,
      `${li.dataset.status}:${li.querySelector('[part="status"]')!.textContent!.trim()}`,
    ]),
  );
}
function current(el: TpgoSetupChecklist): string | undefined {
  return el.shadowRoot!.querySelector<HTMLElement>('li[aria-current="step"]')?.dataset.step;
}
function summaryText(el: TpgoSetupChecklist): string {
  return el.shadowRoot!.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim();
}
function visibleText(el: TpgoSetupChecklist): string {
  // What is on screen: the closed <details> shows its summary only.
  const details = el.shadowRoot!.querySelector('details')!;
  return details.open ? details.textContent! : summaryText(el);
}

describe('tpgo-setup-checklist', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-setup-checklist')).toBe(TpgoSetupChecklist);
  });

  it('passes axe: nothing done, open with problems, all done', async () => {
    await expectAccessible(await make(view()));
    const problems = await make(
      view({ clientId: GOOD_SECRET, signInFailure: decodeSignInError('invalid_client') ?? null }),
    );
    problems.open = true;
    await problems.updateComplete;
    await expectAccessible(problems);
    await expectAccessible(
      await make(view({ clientId: GOOD_ID, secret: GOOD_SECRET, signedIn: true })),
    );
  });

  it('defaults: renders nothing until the host gives it a summary or steps', async () => {
    const el = await fixture<TpgoSetupChecklist>(
      html`<tpgo-setup-checklist></tpgo-setup-checklist>`,
    );
    expect(el.steps).toEqual([]);
    expect([el.summary, el.complete, el.open]).toEqual(['', false, false]);
    expect(el.shadowRoot!.children).toHaveLength(0);
  });

  it('is one closed line, "N of 6 done", from the steps it is given', async () => {
    const el = await make(view());
    expect(summaryText(el)).toBe('Google sign-in setup: 0 of 6 done');
    expect(visibleText(el)).toBe('Google sign-in setup: 0 of 6 done');
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(false);

    const state = view({ clientId: GOOD_ID, secret: GOOD_SECRET });
    el.steps = state.steps;
    el.summary = state.summary;
    await el.updateComplete;
    expect(summaryText(el)).toBe(`Google sign-in setup: ${state.done} of 6 done`);
    expect(state.done).toBeGreaterThan(0);
    expect(statuses(el)).toEqual(
      Object.fromEntries(
        state.steps.map((step) => [
          step.id,
          `${step.status}:${{ done: 'Done', todo: 'To do', problem: 'Problem' }[step.status]}:`,
        ]),
      ),
    );
    expect(statuses(el)).toMatchObject({ project: 'done:Done:', consent: 'todo:To do:' });
    expect(current(el)).toBe('consent');
    expect(el.shadowRoot!.querySelector('[part="list"]')!.tagName).toBe('OL');
    // It shows the steps' own words, and judges nothing itself.
    expect(el.shadowRoot!.querySelector('[data-step="paste"]')!.textContent).toContain(
      state.steps[4]!.text,
    );
  });

  it('shows a problem step as the state says, and its console link opens a new tab', async () => {
    const el = await make(
      view({
        clientId: GOOD_ID,
        signInFailure: decodeSignInError('Error 400: redirect_uri_mismatch') ?? null,
      }),
    );
    expect(statuses(el).redirect).toBe('problem:Problem:');
    expect(current(el)).toBe('consent');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-step="redirect"] a')!;
    expect(link.href).toBe('https://console.cloud.google.com/auth/clients');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  });

  it('links the advice "Remove access for your app" to Google Account permissions', async () => {
    const el = await make(
      view({ clientId: GOOD_ID, signInFailure: decodeSignInError('no_refresh_token') ?? null }),
    );
    const step = el.shadowRoot!.querySelector('[data-step="signIn"]')!;
    expect(step.textContent).toMatch(/remove access for your app/i);
    const link = [...step.querySelectorAll('a')].find((a) => /remove access/i.test(a.textContent!));
    expect(link?.href).toBe('https://myaccount.google.com/permissions');
  });

  it('all done: one line with a check mark, still expandable', async () => {
    const state = view({ clientId: GOOD_ID, secret: GOOD_SECRET, signedIn: true });
    expect(state.complete).toBe(true);
    const el = await make(state);
    expect(summaryText(el)).toBe(`✓ ${state.summary}`);
    expect(el.shadowRoot!.querySelector('.mark')!.getAttribute('aria-hidden')).toBe('true');
    expect(current(el)).toBeUndefined();
    el.shadowRoot!.querySelector('summary')!.click();
    await vi.waitFor(() => expect(el.open).toBe(true));
    expect(el.shadowRoot!.querySelectorAll('li')).toHaveLength(6);
  });

  it('keyboard: Tab reaches the line, Enter expands it, Tab goes through the links in order', async () => {
    const el = await make(view());
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('summary'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details')!.open).toBe(true);
    const visited: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await userEvent.tab();
      visited.push(
        (el.shadowRoot!.activeElement as HTMLAnchorElement).closest('li')!.dataset.step!,
      );
    }
    expect(visited).toEqual(['project', 'consent', 'client', 'redirect']);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBeNull();
    before.remove();
  });

  it('fires tpgo-toggle for the admin, composed and bubbling, and nothing for changes by code', async () => {
    const el = await make(view());
    const toggles = vi.fn();
    const others = vi.fn();
    el.addEventListener('tpgo-toggle', toggles);
    for (const name of ['tpgo-check-request', 'tpgo-copy', 'tpgo-credentials', 'change']) {
      el.addEventListener(name, others);
    }
    const state = view({ clientId: GOOD_ID, secret: GOOD_SECRET, signedIn: true });
    el.steps = state.steps;
    el.summary = state.summary;
    el.complete = true;
    el.open = true;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(toggles).not.toHaveBeenCalled();
    el.shadowRoot!.querySelector('summary')!.click();
    await vi.waitFor(() => expect(toggles).toHaveBeenCalledTimes(1));
    const event = toggles.mock.calls[0][0] as CustomEvent<{ open: boolean }>;
    expect(event.detail).toEqual({ open: false });
    expect(event.bubbles && event.composed).toBe(true);
    expect(others).not.toHaveBeenCalled();
  });
});
