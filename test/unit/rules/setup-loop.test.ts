// The loop without a DOM: sequences of actions through `reduce`, then `setupState` over the
// page's facts plus the interaction, asserting the views the elements would be given.
import { describe, expect, it } from 'vitest';
import {
  checkCredentialsFile,
  decodeSignInError,
  fileFacts,
  initialInteraction,
  pastedCredentialsReport,
  reduce,
  setupState,
  type Action,
  type Interaction,
  type SetupSnapshot,
  type SetupView,
  type StepId,
} from '../../../src/rules/index.js';
import { ID, SECRET, URI, credentialsJson } from './fixtures.js';

const STORED = '0000000000000000';
const BAD_ID = ID.replace('-', ' -');

/** What the page holds at a moment (the fields, the sign-in, the editor's words). */
interface Page {
  clientId?: string;
  secret?: string;
  signedIn?: boolean;
  server?: string;
  protocol?: string;
  saveRefused?: boolean;
  promptChoice?: boolean;
}

/** The snapshot as the host composes it: the page's facts plus the interaction's. */
function view(page: Page, i: Interaction): SetupView {
  const clientId = page.clientId ?? '';
  const secret = page.secret ?? '';
  const snapshot: SetupSnapshot = {
    clientId,
    secret,
    secretTouched: i.secretTouched,
    revealed: i.revealed,
    redirectUri: URI,
    redirectFindings: [],
    file: i.file,
    pasted: pastedCredentialsReport([clientId, secret], URI) ?? null,
    pair: i.pair,
    signedIn: page.signedIn ?? false,
    signInFailure: i.signInFailure ? (decodeSignInError(i.signInFailure) ?? null) : null,
    server: page.server ?? 'imap.gmail.com',
    protocol: page.protocol ?? 'imap',
    signInUnfinished: i.signInUnfinished,
    promptChoice: page.promptChoice ?? false,
    saveRefused: page.saveRefused ?? false,
    health: i.health,
  };
  return setupState(snapshot);
}

const run = (...actions: Action[]) =>
  actions.reduce(reduce, reduce(initialInteraction, { kind: 'activate' }));

const values = (page: Page) => ({ clientId: page.clientId ?? '', secret: page.secret ?? '' });
const typed = (key: 'clientId' | 'secret', page: Page): Action => ({
  kind: 'input',
  key,
  values: values(page),
});

function step(v: SetupView, id: StepId) {
  return v.steps.find((candidate) => candidate.id === id)!;
}

describe('the loop: reduce + setupState', () => {
  it('1. a Desktop file pasted into Client ID: the client step is a problem, nothing to fill', () => {
    const page = { clientId: credentialsJson({}, 'installed') };
    const v = view(
      page,
      run(typed('clientId', page), { kind: 'blur', key: 'clientId', filled: true }),
    );
    expect(step(v, 'client')).toMatchObject({
      status: 'problem',
      text: expect.stringMatching(/Desktop/),
    });
    expect(v.offers.fillBoth).toBeNull();
    expect(v.fields.clientId).toMatchObject({ revealed: true, blocksSignIn: true });
  });

  it('2. a Desktop file imported with empty fields: the project step does not claim a client', () => {
    const report = checkCredentialsFile(credentialsJson({}, 'installed'), { redirectUri: URI });
    const v = view({}, run({ kind: 'file', report }));
    expect(step(v, 'project').status).toBe('done');
    expect(step(v, 'project').text).not.toMatch(/filled in/i);
    expect(step(v, 'client').status).toBe('problem');
  });

  it('3. a bad Client ID is named in the checklist before and after its message shows', () => {
    const page = { clientId: BAD_ID };
    const typing = run(typed('clientId', page));
    const left = reduce(typing, { kind: 'blur', key: 'clientId', filled: true });
    for (const v of [view(page, typing), view(page, left)]) {
      expect(step(v, 'client')).toEqual(
        expect.objectContaining({
          status: 'problem',
          text: v.fields.clientId.findings[0]!.message,
        }),
      );
    }
    expect(view(page, typing).fields.clientId.revealed).toBe(false);
    expect(view(page, left).fields.clientId.revealed).toBe(true);
  });

  it('4. a file whose redirect URI has a trailing slash keeps the redirect step a problem after Fill', () => {
    const report = checkCredentialsFile(credentialsJson({ redirect_uris: [`${URI}/`] }), {
      redirectUri: URI,
    });
    const facts = fileFacts(report, URI);
    const filled = { clientId: ID, secret: SECRET };
    const i = run(
      { kind: 'file', report },
      { kind: 'write', key: 'clientId' },
      { kind: 'write', key: 'secret' },
    );
    const v = view(filled, i);
    expect(step(v, 'redirect').status).toBe('problem');
    expect(step(v, 'redirect').text).toContain(facts.redirectNote);
    expect(i.secretTouched).toBe(true);
  });

  it('5. an imported file stops speaking for the client once another Client ID is typed', () => {
    const report = checkCredentialsFile(credentialsJson({}, 'installed'), { redirectUri: URI });
    const imported = run({ kind: 'file', report });
    expect(step(view({}, imported), 'client').status).toBe('problem');
    const other = { clientId: ID.replace('123456789012', '999999999999') };
    expect(step(view(other, reduce(imported, typed('clientId', other))), 'client').status).toBe(
      'done',
    );
  });

  it('6. a sign-in refused as "Unauthorized": the paste step is a problem, until the values change', () => {
    const page = { clientId: ID, secret: SECRET };
    const ended = run(
      { kind: 'sign-in-start' },
      { kind: 'sign-in-end', failure: 'invalid_client: Unauthorized' },
    );
    const v = view(page, ended);
    expect(step(v, 'paste').status).toBe('problem');
    expect(step(v, 'signIn').status).toBe('problem');
    const retyped = view(page, reduce(ended, typed('secret', page)));
    expect(step(retyped, 'paste').status).toBe('done');
    expect(step(retyped, 'signIn').status).toBe('todo');
  });

  it('7. the stored secret, not signed in: the paste step asks for it again, no pair check', () => {
    const v = view({ clientId: ID, secret: STORED }, run());
    expect(step(v, 'paste')).toMatchObject({
      status: 'todo',
      text: expect.stringMatching(/paste it again/i),
    });
    expect(v.canCheckPair).toBe(false);
    expect(v.pairShown).toBe(true);
    expect(v.pairDisabledReason).toMatch(/again/);
  });

  it('8. a warning on the secret is said in the paste step, which is not done, and Sign in is let through', () => {
    const page = { clientId: ID, secret: 'GOCSPX-abcdefghijkl' };
    const v = view(page, run(typed('secret', page), { kind: 'blur', key: 'secret', filled: true }));
    expect(v.fields.secret.findings[0]?.severity).toBe('warning');
    expect(step(v, 'paste')).toMatchObject({
      status: 'todo',
      text: expect.stringContaining(v.fields.secret.findings[0]!.message),
    });
    expect(v.fields.secret.blocksSignIn).toBe(false);
    expect(v.fields.secret.revealed).toBe(true);
  });

  it('a sign-in that did not finish: the decoder shows, the step says why, a new Sign in clears it', () => {
    const page = { clientId: ID, secret: SECRET };
    const following = run({ kind: 'sign-in-start' });
    expect(view({ ...page, promptChoice: true }, following).promptHint).toBe(true);
    const ended = reduce(following, {
      kind: 'sign-in-end',
      failure: 'Error 400: redirect_uri_mismatch',
    });
    const v = view(page, ended);
    expect(v.decoder).toBe(true);
    expect(step(v, 'redirect').status).toBe('problem');
    expect(step(v, 'signIn').status).toBe('problem');
    expect(view(page, reduce(ended, { kind: 'sign-in-start' })).decoder).toBe(false);
    // Signed in later: the decoder goes and stays gone after a Sign out.
    const signedIn = reduce(ended, { kind: 'signed-in' });
    expect(view({ ...page, signedIn: true }, ended).decoder).toBe(false);
    expect(view(page, signedIn).decoder).toBe(false);
    // A sign-in that ends signed in opens no decoder.
    expect(view(page, reduce(following, { kind: 'sign-in-end', failure: null })).decoder).toBe(
      false,
    );
  });

  it("what the admin reads off Google's window counts only with a code, capped", () => {
    const i = run({ kind: 'decoded', query: 'error=access_denied', code: false });
    expect(i.signInFailure).toBe('');
    const long = run({
      kind: 'decoded',
      query: `error=access_denied&${'x'.repeat(5000)}`,
      code: true,
    });
    expect(long.signInFailure).toHaveLength(2000);
  });

  it('a blocked Save: the blocking field is revealed, the note turns to the refusal once the editor says so', () => {
    const page = { clientId: BAD_ID, secret: '' };
    const before = view(page, run());
    expect(before.fields.clientId).toMatchObject({ blocksSave: true, revealed: false });
    expect(before.fields.secret.blocksSave).toBe(false); // untouched: Save does not carry it
    const blocked = run({ kind: 'blocked', keys: ['clientId'] });
    const v = view(page, blocked);
    expect(v.fields.clientId.revealed).toBe(true);
    expect(v.fields.secret.revealed).toBe(false);
    expect(v).toMatchObject({ saveNote: true, saveFailed: false });
    expect(view({ ...page, saveRefused: true }, blocked)).toMatchObject({
      saveNote: true,
      saveFailed: true,
    });
    expect(view({ ...page, saveRefused: true, signedIn: true }, blocked)).toMatchObject({
      saveNote: false,
      saveFailed: false,
    });
  });

  it('late to show, early to clear: a field fixed by typing hides its message until the next blur', () => {
    const bad = { clientId: BAD_ID };
    const shown = run(typed('clientId', bad), { kind: 'blur', key: 'clientId', filled: true });
    const stillBad = reduce(shown, typed('clientId', bad));
    expect(stillBad.revealed.clientId).toBe(true);
    const fixed = reduce(shown, typed('clientId', { clientId: ID }));
    expect(fixed.revealed.clientId).toBe(false);
    expect(reduce(fixed, { kind: 'blur', key: 'clientId', filled: false }).revealed.clientId).toBe(
      false,
    );
  });

  it('typing makes the pair verdict stale; a health verdict with no data is not shown', () => {
    const checked = run({
      kind: 'pair',
      checking: false,
      verdict: { tone: 'good', message: 'ok' } as never,
    });
    expect(checked.pair.verdict).not.toBeNull();
    expect(
      reduce(checked, typed('secret', { clientId: ID, secret: SECRET })).pair.verdict,
    ).toBeNull();
    const none = run({ kind: 'health', verdict: { state: 'no-data' } as never });
    expect(view({}, none).health).toBeNull();
    const known = run({ kind: 'health', verdict: { state: 'connected' } as never });
    expect(view({}, known).health).toEqual({ state: 'connected' });
  });

  it('activating again starts fresh', () => {
    const used = run(
      { kind: 'blocked', keys: ['clientId', 'secret'] },
      { kind: 'change', key: 'secret' },
    );
    expect(reduce(used, { kind: 'activate' })).toEqual(initialInteraction);
  });
});
