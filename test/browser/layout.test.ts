// Where layout.ts puts each of our elements: on the replica's markup beside the host fields it
// is about, and on a page missing fields with nothing thrown and nothing placed for what is not
// there. The health line and the decoder are placed only when asked (first shown).
import { afterEach, describe, expect, it } from 'vitest';
import * as layout from '../../src/host/editor/layout.js';
import { placeIn, replicaEditor } from './layout-support.js';

let root: HTMLElement | undefined;
afterEach(() => {
  root?.remove();
  root = undefined;
});

const caption = (field: string) =>
  document.querySelector(`span[name="${field}ErrorLabel"]`)!.closest('p')!;

describe('layout on the replica editor', () => {
  it('puts the redirect URI, then the side panel, directly above the Client ID caption', () => {
    root = replicaEditor();
    const p = placeIn(document);
    const redirect = layout.placeRedirect(p);
    const side = layout.placeSidePanel(p);
    expect(redirect.nextElementSibling).toBe(side.checklist.parentElement);
    expect(side.checklist.parentElement!.nextElementSibling).toBe(caption('Login'));
    expect(side.importer.closest('details')).toBe(side.importBox);
  });

  it('puts a field check after the e-mail span and after the secret, named as their description', () => {
    root = replicaEditor();
    const p = placeIn(document);
    const placed = layout.placeFieldChecks(p);
    expect(placed.map((f) => f.key)).toEqual(['clientId', 'secret']);
    const login = document.querySelector('#Login')!;
    // Nothing of ours between #Login and its span (the editor finds the e-mail by adjacency).
    expect(login.nextElementSibling!.localName).toBe('span');
    expect(login.nextElementSibling!.nextElementSibling).toBe(placed[0]!.check);
    expect(document.querySelector('#Password')!.nextElementSibling).toBe(placed[1]!.check);
    expect(login.getAttribute('aria-describedby')).toBe('tpgo-client-id-check');
    expect(login.getAttribute('aria-label')).toBe('Client ID');
  });

  it('puts the sign-in panel after the method group, with the hint hidden and nothing made for later', () => {
    root = replicaEditor();
    const p = placeIn(document);
    const panel = layout.placeSignInPanel(p);
    expect(p.fields.methodGroup!.nextElementSibling).toBe(panel.signInPanel);
    expect(panel.promptHint.hidden).toBe(true);
    expect([...panel.signInPanel.children].map((el) => el.localName)).toEqual([
      'p',
      'tpgo-unverified-guide',
    ]);
    expect(document.querySelector('tpgo-signin-error, tpgo-connection-status')).toBeNull();
  });

  it('places the health line first and the decoder just above the guide when asked', () => {
    root = replicaEditor();
    const p = placeIn(document);
    const { signInPanel } = layout.placeSignInPanel(p);
    const decoder = layout.placeDecoder(p.marks, signInPanel);
    const health = layout.placeHealth(p.marks, signInPanel);
    expect([...signInPanel.children].map((el) => el.localName)).toEqual([
      'tpgo-connection-status',
      'p',
      'tpgo-signin-error',
      'tpgo-unverified-guide',
    ]);
    expect(decoder.unfinished).toBe(true);
    expect(health.dataset.tpgo).toBe('');
    // Taken back with the panel.
    p.marks.undo();
    expect(document.querySelectorAll('[data-tpgo]')).toHaveLength(0);
  });

  it("puts Gmail's offer on the Server caption's line and the Save note after Cancel", () => {
    root = replicaEditor();
    const p = placeIn(document);
    const offers = layout.placeOffers(p, layout.placeFieldChecks(p)[0]!.check);
    expect(offers.gmail!.parentElement).toBe(caption('MailServer'));
    expect(offers.swap.parentElement).toBe(offers.fill.parentElement);
    expect([offers.swap, offers.fill, offers.gmail!].every((b) => b.hidden)).toBe(true);
    const note = layout.placeSaveNote(p)!;
    expect(document.querySelector('#cancel')!.nextElementSibling).toBe(note);
  });
});

describe('layout on a page missing fields', () => {
  it('places what it can without a secret, a server, Save or the captions, and throws nothing', () => {
    root = replicaEditor({ password: true, server: true, saveAndCancel: true, captions: true });
    const p = placeIn(document);
    const redirect = layout.placeRedirect(p);
    const placed = layout.placeFieldChecks(p);
    const side = layout.placeSidePanel(p);
    const panel = layout.placeSignInPanel(p);
    const offers = layout.placeOffers(p, placed[0]?.check);
    expect(placed.map((f) => f.key)).toEqual(['clientId']);
    // Without the Client ID's caption, the credentials block starts at the field itself.
    expect(side.checklist.parentElement!.nextElementSibling).toBe(document.querySelector('#Login'));
    expect(redirect.isConnected).toBe(true);
    expect(panel.signInPanel.isConnected).toBe(true);
    expect(offers.gmail).toBeNull();
    expect(layout.placeSaveNote(p)).toBeNull();
    p.marks.undo();
    expect(document.querySelectorAll('[data-tpgo]')).toHaveLength(0);
  });
});
