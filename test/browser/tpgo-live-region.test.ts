// One live region for the page (issue 21, item 4): what is said when the admin is stopped, heard
// as a screen reader hears it, from every live region in the document. A blocked click and a
// sign-in that did not finish are each one utterance; the same block twice is said twice.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ANNOUNCER_ID,
  announce,
  announcer,
  releaseAnnouncer,
} from '../../src/elements/internal/announcer.js';
import { findEditor } from '../../src/host/editor/fields.js';
import { EditorSession } from '../../src/host/editor/session.js';

const ID = '295852276809-r69saesbd5ttrgubroujhv30b5tjdmfq.apps.googleusercontent.com';
const SECRET = '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';

let root: HTMLElement | undefined;
let session: EditorSession | undefined;
let listening: MutationObserver | undefined;

afterEach(() => {
  listening?.disconnect();
  session?.dispose();
  session = undefined;
  root?.remove();
  releaseAnnouncer(document);
});

/** The editor's fields as the real one renders them, with Google OAuth selected. */
function openEditor(): EditorSession {
  root = document.createElement('div');
  root.innerHTML = `<form>
    <div class="pad-box"><div class="controls-group main-controls left">
      <input id="SignIn" type="button" value="Sign in">
      <select id="authDropDown"><option value="">Login &amp; Password</option>
      <option value="1" url="https://accounts.google.com" selected>Google OAuth</option></select>
    </div></div>
    <p class="label">Client id&nbsp;<span class="error" name="LoginErrorLabel"></span></p><p></p>
    <input id="Login" name="Login" type="text">
    <p class="label">Client secret&nbsp;<span class="error" name="PasswordErrorLabel"></span></p><p></p>
    <input id="Password" name="Password" type="password">
    <a id="save" href="javascript:void(0);">Save</a></form>`;
  document.body.append(root);
  session = new EditorSession(document, findEditor(document)!);
  expect(session.active).toBe(true);
  return session;
}

/** Every live region of the page (light DOM: ours live in the body). */
const liveRegions = () =>
  [
    ...document.querySelectorAll<HTMLElement>('[aria-live], [role="alert"], [role="status"]'),
  ].filter((el) => el.getAttribute('aria-live') !== 'off');

/** Records each new text a live region takes: what a screen reader would say, in order. */
function listen(): string[] {
  const heard: string[] = [];
  const last = new Map<HTMLElement, string>();
  listening = new MutationObserver(() => {
    for (const region of liveRegions()) {
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text !== (last.get(region) ?? '') && text !== '') heard.push(text);
      last.set(region, text);
    }
  });
  listening.observe(document.body, { subtree: true, childList: true, characterData: true });
  return heard;
}

function type(id: string, value: string): void {
  const input = document.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the page has one live region', () => {
  it('a blocked Save is one utterance, naming the first field, though both fields are revealed', async () => {
    openEditor();
    // Swapped: both fields certainly wrong, neither revealed yet (no blur).
    type('Login', SECRET);
    type('Password', ID);
    await settle(50);
    const heard = listen();
    document.getElementById('save')!.click();
    await settle();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/^Save stopped\. /);
    // The reveal itself happened: both checks show their errors, silently.
    for (const id of ['tpgo-client-id-check', 'tpgo-client-secret-check']) {
      expect(document.getElementById(id)!.hasAttribute('revealed')).toBe(true);
    }
    expect(document.querySelectorAll('[role="alert"]')).toHaveLength(0);
    expect(document.getElementById(ANNOUNCER_ID)!.getAttribute('aria-live')).toBe('assertive');

    // The same click again is said again, once.
    document.getElementById('save')!.click();
    await settle();
    expect(heard).toHaveLength(2);
    expect(heard[1]).toBe(heard[0]);
  });

  it('a blocked Sign in is one utterance', async () => {
    openEditor();
    type('Login', ` ${ID}`);
    await settle(50);
    const heard = listen();
    document.getElementById('SignIn')!.click();
    await settle();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/^Sign in stopped\. /);
  });

  it('a sign-in that did not finish is one utterance', async () => {
    openEditor();
    type('Login', ID);
    type('Password', SECRET);
    // The editor refuses at once, in the Client secret's caption (docs/host.md §5).
    document.getElementById('SignIn')!.addEventListener('click', () => {
      document.querySelector('[name="PasswordErrorLabel"]')!.textContent =
        'Client secret should be reentered';
    });
    await settle(50);
    const heard = listen();
    document.getElementById('SignIn')!.click();
    await expect.poll(() => heard.length, { timeout: 3000 }).toBeGreaterThan(0);
    await settle();
    expect(heard).toEqual(['Sign-in did not finish: the fix is next to Sign in.']);
  });
});

describe('announce()', () => {
  it('assertive: clears, then writes after a moment; polite ones meanwhile are dropped', async () => {
    const region = announcer(document);
    announce('Client ID: polite before', document);
    expect(region.textContent).toBe('Client ID: polite before');
    expect(region.getAttribute('aria-live')).toBe('polite');
    announce('Stopped.', document, { assertive: true });
    expect(region.textContent).toBe('');
    announce('Client ID: polite during', document);
    expect(region.textContent).toBe('');
    await expect.poll(() => region.textContent).toBe('Stopped.');
    expect(region.getAttribute('aria-live')).toBe('assertive');
    // Once said, the next polite one is said, politely.
    announce('Client ID: polite after', document);
    expect(region.textContent).toBe('Client ID: polite after');
    expect(region.getAttribute('aria-live')).toBe('polite');
  });
});
