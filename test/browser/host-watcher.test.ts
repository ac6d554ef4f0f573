// The watcher on a real document: it attaches to an editor that appears late, re-attaches after
// a re-render, lets go when the editor goes, and stops looking when no editor comes.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EDITOR_GRACE_MS, watchEditor, type Watcher } from '../../src/host/editor/watcher.js';

let watcher: Watcher | undefined;
let root: HTMLElement | undefined;

afterEach(() => {
  watcher?.stop();
  root?.remove();
  vi.useRealTimers();
});

/** The editor's trio, as the real one renders it, with Google OAuth selected. */
function renderEditor(method = '1'): HTMLElement {
  root?.remove();
  root = document.createElement('div');
  root.innerHTML = `<form>
    <div class="pad-box"><div class="controls-group main-controls left">
      <input id="SignIn" type="button" value="Sign in">
      <select id="authDropDown"><option value="">Login &amp; Password</option>
      <option value="1" url="https://accounts.google.com">Google OAuth</option>
      <option value="2">Outlook OAuth</option></select></div></div>
    <p class="label">Client id&nbsp;<span class="error" name="LoginErrorLabel"></span></p><p></p>
    <input id="Login" name="Login" type="text">
    <p class="label">Client secret&nbsp;<span class="error" name="PasswordErrorLabel"></span></p><p></p>
    <input id="Password" name="Password" type="password">
    <a id="save" href="javascript:void(0);">Save</a></form>`;
  (root.querySelector('#authDropDown') as HTMLSelectElement).value = method;
  document.body.append(root);
  return root;
}

const mutationsSettled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The session code is evaluated on the first editor found: wait until it is attached. */
async function attached(w: Watcher) {
  await expect.poll(() => w.session !== null).toBe(true);
  return w.session!;
}

// Load the session code once, so that the timing tests below do not wait for the module.
beforeAll(async () => {
  await import('../../src/host/editor/session.js');
});

describe('watchEditor', () => {
  it('attaches to an editor that renders after it started, once', async () => {
    watcher = watchEditor(document);
    expect(watcher.session).toBeNull();
    renderEditor();
    expect((await attached(watcher)).active).toBe(true);
    expect(document.querySelectorAll('tpgo-field-check')).toHaveLength(2);
    expect(document.querySelectorAll('.tpgo-panel')).toHaveLength(1);
  });

  it('re-attaches to the new fields after a re-render, and lets go when the editor goes', async () => {
    watcher = watchEditor(document);
    renderEditor();
    const first = await attached(watcher);
    renderEditor();
    await mutationsSettled();
    expect(watcher.session).not.toBe(first);
    expect(document.getElementById('Login')!.getAttribute('aria-describedby')).toBe(
      'tpgo-client-id-check',
    );
    expect(document.querySelectorAll('tpgo-field-check')).toHaveLength(2);
    root!.remove();
    await mutationsSettled();
    expect(watcher.session).toBeNull();
  });

  it('with no editor within the grace after load, stops looking', async () => {
    vi.useFakeTimers();
    watcher = watchEditor(document);
    vi.advanceTimersByTime(EDITOR_GRACE_MS + 1);
    vi.useRealTimers();
    renderEditor();
    await mutationsSettled();
    expect(watcher.session).toBeNull();
    expect(document.querySelectorAll('tpgo-field-check')).toHaveLength(0);
  });

  it('with a longer grace (on the editor address), a slow editor still gets help', async () => {
    vi.useFakeTimers();
    watcher = watchEditor(document, EDITOR_GRACE_MS * 20);
    vi.advanceTimersByTime(EDITOR_GRACE_MS + 1);
    vi.useRealTimers();
    renderEditor();
    expect((await attached(watcher)).active).toBe(true);
  });

  it('keeps watching past the grace once an editor was found', async () => {
    vi.useFakeTimers();
    watcher = watchEditor(document);
    renderEditor();
    for (let turn = 0; turn < 50 && !watcher.session; turn += 1)
      await vi.advanceTimersByTimeAsync(1);
    expect(watcher.session).not.toBeNull();
    vi.advanceTimersByTime(EDITOR_GRACE_MS + 1);
    vi.useRealTimers();
    renderEditor();
    await mutationsSettled();
    expect(watcher.session?.active).toBe(true);
  });

  it('stop() takes back everything it added', async () => {
    watcher = watchEditor(document);
    renderEditor();
    await attached(watcher);
    watcher.stop();
    expect(document.querySelectorAll('[data-tpgo], tpgo-field-check')).toHaveLength(0);
    expect(document.getElementById('Login')!.hasAttribute('aria-describedby')).toBe(false);
  });

  it('does nothing for another method until Google OAuth is chosen', async () => {
    watcher = watchEditor(document);
    const editor = renderEditor('');
    expect((await attached(watcher)).active).toBe(false);
    const select = editor.querySelector('select')!;
    select.value = '1';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(watcher.session?.active).toBe(true);
  });
});
