import { describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { userEvent } from 'vitest/browser';
import '../../src/elements/tpgo-setup-checklist.js';
import { TpgoSetupChecklist } from '../../src/elements/tpgo-setup-checklist.js';
import { expectAccessible } from './support/a11y.js';
import { hostile, swapped, unusualLength } from './support/findings.js';
import type { Finding } from '../../src/rules/finding.js';
import { interpretPairCheck } from '../../src/rules/pair-check.js';

const badRedirect: Finding = {
  code: 'redirect-uri/private-host',
  severity: 'error',
  message: 'Google does not accept this host.',
  fix: 'Use a public https name.',
};

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

describe('tpgo-setup-checklist', () => {
  it('is defined', () => {
    expect(customElements.get('tpgo-setup-checklist')).toBe(TpgoSetupChecklist);
  });

  it('passes axe: nothing done, problems, all done', async () => {
    await expectAccessible(await fixture(html`<tpgo-setup-checklist></tpgo-setup-checklist>`));
    await expectAccessible(
      await fixture(
        html`<tpgo-setup-checklist
          client-id-present
          credentials-type="installed"
          .clientIdFindings=${[swapped]}
          .redirectFindings=${[badRedirect]}
        ></tpgo-setup-checklist>`,
      ),
    );
    await expectAccessible(
      await fixture(
        html`<tpgo-setup-checklist
          client-id-present
          secret-present
          signed-in
        ></tpgo-setup-checklist>`,
      ),
    );
  });

  it('defaults: six steps in an ordered list, all "To do" in words, console links', async () => {
    const el = await fixture<TpgoSetupChecklist>(
      html`<tpgo-setup-checklist></tpgo-setup-checklist>`,
    );
    expect(el.credentialsType).toBe('');
    expect([el.clientIdPresent, el.secretPresent, el.signedIn]).toEqual([false, false, false]);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.children).toHaveLength(6);
    expect(statuses(el)).toEqual({
      project: 'todo:To do',
      consent: 'todo:To do',
      client: 'todo:To do',
      redirect: 'todo:To do',
      paste: 'todo:To do',
      signIn: 'todo:To do',
    });
    expect(current(el)).toBe('project');
    const links = Object.fromEntries(
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('li')].map((li) => [
        li.dataset.step,
        li.querySelector('a')?.href,
      ]),
    );
    expect(links).toEqual({
      project: 'https://console.cloud.google.com/projectcreate',
      consent: 'https://console.cloud.google.com/auth/audience',
      client: 'https://console.cloud.google.com/apis/credentials',
      redirect: 'https://console.cloud.google.com/apis/credentials',
      paste: undefined,
      signIn: undefined,
    });
  });

  it('follows attributes and properties', async () => {
    const el = await fixture<TpgoSetupChecklist>(
      html`<tpgo-setup-checklist></tpgo-setup-checklist>`,
    );
    el.setAttribute('client-id-present', '');
    await el.updateComplete;
    expect(statuses(el)).toMatchObject({
      project: 'done:Done',
      client: 'done:Done',
      paste: 'todo:To do',
    });
    expect(current(el)).toBe('consent');

    el.clientIdFindings = [swapped];
    await el.updateComplete;
    expect(statuses(el)).toMatchObject({ client: 'problem:Problem', paste: 'problem:Problem' });

    // A warning is not a problem: Google publishes no format, the admin may go on.
    el.clientIdFindings = [unusualLength];
    el.setAttribute('secret-present', '');
    await el.updateComplete;
    expect(statuses(el)).toMatchObject({ client: 'done:Done', paste: 'done:Done' });

    el.clientSecretFindings = [hostile];
    await el.updateComplete;
    expect(statuses(el).paste).toBe('problem:Problem');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();

    el.redirectFindings = [badRedirect];
    el.setAttribute('credentials-type', 'installed');
    await el.updateComplete;
    expect(statuses(el)).toMatchObject({ client: 'problem:Problem', redirect: 'problem:Problem' });
    expect(el.shadowRoot!.querySelector('[data-step="client"]')!.textContent).toContain(
      'Desktop app',
    );

    el.clientSecretFindings = [];
    el.redirectFindings = [];
    el.credentialsType = 'web';
    el.signedIn = true;
    await el.updateComplete;
    expect(Object.values(statuses(el)).every((status) => status === 'done:Done')).toBe(true);
    expect(current(el)).toBeUndefined();
  });

  it('keyboard: Tab goes through the console links in order', async () => {
    const el = await fixture<TpgoSetupChecklist>(
      html`<tpgo-setup-checklist></tpgo-setup-checklist>`,
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
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

  it('offers "Check with Google" in the paste step and shows its verdict there', async () => {
    const el = await fixture<TpgoSetupChecklist>(
      html`<tpgo-setup-checklist client-id-present secret-present></tpgo-setup-checklist>`,
    );
    const pasteStep = () => el.shadowRoot!.querySelector('[data-step=paste]')!;
    expect(pasteStep().querySelector('button')).toBeNull();
    el.canCheckPair = true;
    await el.updateComplete;
    const button = pasteStep().querySelector('button')!;
    expect(button.textContent?.trim()).toBe('Check with Google');
    const requests = vi.fn();
    el.addEventListener('tpgo-check-request', requests);
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(requests).toHaveBeenCalledTimes(1);

    el.checkingPair = true;
    await el.updateComplete;
    expect(pasteStep().querySelector('button')!.disabled).toBe(true);
    el.checkingPair = false;
    el.pairVerdict = interpretPairCheck({
      kind: 'answer',
      status: 401,
      error: 'invalid_client',
      description: 'Unauthorized',
    });
    await el.updateComplete;
    expect(statuses(el).paste).toBe('problem:Problem');
    expect(pasteStep().textContent).toContain('refuses this client secret');
    el.pairVerdict = interpretPairCheck({
      kind: 'answer',
      status: 400,
      error: 'invalid_grant',
      description: '',
    });
    await el.updateComplete;
    expect(statuses(el).paste).toBe('done:Done');
    expect(pasteStep().textContent).toContain('Google accepted the pair');
    await expectAccessible(el);
  });

  it('fires no events when its properties are set: it only reports', async () => {
    const el = await fixture<TpgoSetupChecklist>(
      html`<tpgo-setup-checklist></tpgo-setup-checklist>`,
    );
    const listener = vi.fn();
    for (const name of [
      'tpgo-use-suggestion',
      'tpgo-copy',
      'tpgo-toggle',
      'tpgo-credentials',
      'tpgo-decode',
      'tpgo-check-request',
      'change',
    ]) {
      el.addEventListener(name, listener);
    }
    el.clientIdPresent = true;
    el.signedIn = true;
    el.redirectFindings = [badRedirect];
    await el.updateComplete;
    expect(listener).not.toHaveBeenCalled();
  });
});
