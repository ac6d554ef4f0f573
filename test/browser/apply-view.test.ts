// applyView on the replica's markup: it makes nothing for what the view hides (the health line
// and the decoder come the first time they are shown), writes only our elements (the host's own
// nodes keep every attribute but the ones Decorations takes back), and is idempotent: the same
// view twice writes nothing the second time.
import { afterEach, describe, expect, it } from 'vitest';
import { applyView, setDecoderText, type Ui } from '../../src/host/editor/apply-view.js';
import * as layout from '../../src/host/editor/layout.js';
import { placeUi } from '../../src/host/editor/place-ui.js';
import type { Place } from '../../src/host/editor/layout.js';
import type { HealthVerdict } from '../../src/rules/health.js';
import { setupState, type SetupSnapshot } from '../../src/rules/setup-state.js';
import { placeIn, replicaEditor } from './layout-support.js';

let root: HTMLElement | undefined;
afterEach(() => {
  root?.remove();
  root = undefined;
});

/** Every element of one activation, placed as the session places them (place-ui.ts). */
function placeAll(p: Place): Ui {
  return placeUi(
    p,
    { uri: 'https://acme.tpondemand.com/Admin/Plugins.aspx', acid: '', source: 'location' },
    () => {},
  ).ui;
}

const HEALTH: HealthVerdict = {
  state: 'connected',
  kind: 'connected',
  headline: 'Connected: token refreshed 12 min ago',
  cause: '',
} as HealthVerdict;

function view(over: Partial<SetupSnapshot> = {}) {
  return setupState({
    clientId: '',
    secret: '',
    secretTouched: false,
    revealed: { clientId: false, secret: false },
    redirectUri: 'https://acme.tpondemand.com/Admin/Plugins.aspx',
    redirectFindings: [],
    file: null,
    pasted: null,
    pair: { checking: false, verdict: null },
    signedIn: false,
    signInFailure: null,
    server: '',
    protocol: 'pop3',
    ...over,
  });
}

function setUp() {
  root = replicaEditor();
  const p = placeIn(document);
  const ui = placeAll(p);
  const ctx = {
    marks: p.marks,
    makeNote: (place: HTMLElement) => layout.placeEditorNote(p, place),
  };
  return { p, ui, ctx };
}

/** Every mutation applying `fn` makes, outside our own elements (data-tpgo and their insides). */
function hostMutations(fn: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(root!, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  fn();
  const records = observer.takeRecords();
  observer.disconnect();
  const ours = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement;
    return !!el?.closest('[data-tpgo]');
  };
  return records.filter(
    (r) =>
      !ours(r.target) &&
      !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours)),
  );
}

function allMutations(fn: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  fn();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('applyView', () => {
  it('makes no health line and no decoder while the view hides them', () => {
    const { ui, ctx } = setUp();
    applyView(ui, view(), ctx);
    applyView(ui, view({ clientId: 'x', secret: 'y' }), ctx);
    expect(document.querySelector('tpgo-connection-status, tpgo-signin-error')).toBeNull();
    expect(ui.shown.decoder).toBeNull();
    expect(ui.shown.health).toBeNull();
  });

  it('makes the health line the first time it is shown, and keeps the same one', () => {
    const { ui, ctx } = setUp();
    applyView(ui, view(), ctx);
    applyView(ui, view({ health: HEALTH }), ctx);
    const health = ui.shown.health!;
    expect(health.isConnected).toBe(true);
    expect(health.verdict).toBe(HEALTH);
    applyView(ui, view({ health: HEALTH }), ctx);
    expect(document.querySelectorAll('tpgo-connection-status')).toHaveLength(1);
  });

  it('makes the decoder when a sign-in did not finish, with its text, and hides it after', () => {
    const { ui, ctx } = setUp();
    applyView(ui, view(), ctx);
    setDecoderText(ui, 'error=access_denied');
    expect(document.querySelector('tpgo-signin-error')).toBeNull();
    applyView(ui, view({ signInUnfinished: true }), ctx);
    const decoder = ui.shown.decoder!;
    expect(decoder.hidden).toBe(false);
    expect(decoder.text).toBe('error=access_denied');
    applyView(ui, view({ signedIn: true }), ctx);
    expect(decoder.hidden).toBe(true);
    expect(document.querySelectorAll('tpgo-signin-error')).toHaveLength(1);
  });

  it('writes only our elements, and on the host only the attributes Decorations takes back', () => {
    const { ui, ctx } = setUp();
    const writes = hostMutations(() => {
      applyView(ui, view(), ctx);
      applyView(
        ui,
        view({
          clientId: 'GOCSPX-abcdefghijklmnopqrstuvwxyz12',
          revealed: { clientId: true, secret: true },
          health: HEALTH,
          signInUnfinished: true,
          saveRefused: true,
        }),
        ctx,
      );
    });
    const names = writes.map((r) =>
      r.type === 'attributes' ? `${(r.target as Element).id}@${r.attributeName}` : r.type,
    );
    expect(
      names.every((name) => /^(Login|Password)@aria-invalid$/.test(name)),
      names.join(),
    ).toBe(true);
    expect(names).toContain('Login@aria-invalid');
  });

  it('is idempotent: the same view again writes nothing', () => {
    const { ui, ctx } = setUp();
    const shown = view({
      clientId: 'GOCSPX-abcdefghijklmnopqrstuvwxyz12',
      revealed: { clientId: true, secret: false },
      health: HEALTH,
      signInUnfinished: true,
      server: '',
      editorNotes: { connection: 'The mailbox refused the login.' },
    });
    applyView(ui, shown, ctx);
    expect(allMutations(() => applyView(ui, shown, ctx))).toEqual([]);
    const quiet = view();
    applyView(ui, quiet, ctx);
    expect(allMutations(() => applyView(ui, quiet, ctx))).toEqual([]);
  });
});
