// What the help adds to the host's page, taken back exactly: our elements gone, the host's
// attributes as they were (set, changed or absent), and nothing of the host's removed.
import { afterEach, describe, expect, it } from 'vitest';
import { Decorations } from '../../src/host/editor/decorations.js';

let root: HTMLElement | undefined;

afterEach(() => root?.remove());

function hostPage(): HTMLElement {
  root = document.createElement('div');
  root.innerHTML = `<p id="caption">Client id</p>
    <input id="Login" aria-describedby="host-hint"><span id="host-hint">Host's hint</span>
    <input id="Password">`;
  document.body.append(root);
  return root;
}

describe('Decorations', () => {
  it('makes elements marked as ours, styled through the CSSOM, and places them', () => {
    const page = hostPage();
    const marks = new Decorations(document);
    const note = marks.make('p', { margin: '0 0 6px', color: 'rgb(198, 40, 40)' });
    expect(note.dataset.tpgo).toBe('');
    expect(note.style.color).toBe('rgb(198, 40, 40)');
    expect(note.isConnected).toBe(false);
    const login = page.querySelector('#Login')!;
    marks.after(login, note);
    const before = marks.make('div');
    marks.before(page.querySelector('#caption')!, before);
    const last = marks.make('span');
    marks.append(page, last);
    expect(login.nextElementSibling).toBe(note);
    expect(page.firstElementChild).toBe(before);
    expect(page.lastElementChild).toBe(last);
  });

  it('undo() takes back every element and every attribute, and leaves the host as it was', () => {
    const page = hostPage();
    const original = page.innerHTML;
    const marks = new Decorations(document);
    const login = page.querySelector('#Login')!;
    const password = page.querySelector('#Password')!;
    marks.after(login, marks.make('p'));
    marks.append(document.body, marks.make('div'));
    marks.setAttribute(login, 'aria-describedby', 'host-hint tpgo-check');
    marks.setAttribute(login, 'aria-describedby', 'tpgo-check'); // changed twice: first value kept
    marks.setAttribute(login, 'aria-invalid', 'true');
    marks.setAttribute(password, 'aria-label', 'Client secret');
    marks.setAttribute(password, 'aria-label', null);
    expect(login.getAttribute('aria-describedby')).toBe('tpgo-check');
    expect(password.hasAttribute('aria-label')).toBe(false);
    marks.undo();
    expect(page.innerHTML).toBe(original);
    expect(document.querySelectorAll('[data-tpgo]')).toHaveLength(0);
    // A second undo has nothing left to take back.
    marks.undo();
    expect(page.innerHTML).toBe(original);
  });

  it('can be used again after undo() (the help comes back when Google OAuth is chosen again)', () => {
    const page = hostPage();
    const original = page.innerHTML;
    const marks = new Decorations(document);
    const login = page.querySelector('#Login')!;
    marks.setAttribute(login, 'aria-invalid', 'true');
    marks.undo();
    marks.setAttribute(login, 'aria-invalid', 'false');
    marks.after(login, marks.make('p'));
    marks.undo();
    expect(page.innerHTML).toBe(original);
  });
});
