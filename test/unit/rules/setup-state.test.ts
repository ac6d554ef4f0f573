// The one setup state: every contradiction that separate element states once allowed is a case
// here, judged from one snapshot.
import { describe, expect, it } from 'vitest';
import {
  checkCredentialsFile,
  decodeSignInError,
  fileFacts,
  interpretPairCheck,
  pastedCredentialsReport,
  setupState,
  type SetupSnapshot,
  type StepId,
} from '../../../src/rules/index.js';
import { ID, SECRET, URI, credentialsJson } from './fixtures.js';

const STORED = '0000000000000000';
/** Certainly wrong: a space inside. */
const BAD_ID = ID.replace('-', ' -');

/**
 * A snapshot as the session composes it: the sign-in failure is given as the text Google or
 * the editor said (decoded here, as the session does), and a file pasted into a field is read
 * from the field values unless given.
 */
function snapshot(
  over: Partial<Omit<SetupSnapshot, 'signInFailure'>> & { signInFailure?: string } = {},
): SetupSnapshot {
  const { signInFailure = '', ...rest } = over;
  const clientId = rest.clientId ?? '';
  const secret = rest.secret ?? '';
  const redirectUri = rest.redirectUri ?? URI;
  return {
    clientId: '',
    secret: '',
    secretTouched: false,
    revealed: { clientId: false, secret: false },
    redirectUri: URI,
    redirectFindings: [],
    file: null,
    pair: { checking: false, verdict: null },
    signedIn: false,
    server: 'imap.gmail.com',
    protocol: 'imap',
    ...rest,
    signInFailure: decodeSignInError(signInFailure) ?? null,
    pasted: rest.pasted ?? pastedCredentialsReport([clientId, secret], redirectUri) ?? null,
  };
}

function step(view: ReturnType<typeof setupState>, id: StepId) {
  const found = view.steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

describe('setupState', () => {
  it('starts with nothing done but nothing wrong', () => {
    const view = setupState(snapshot());
    expect(view.done).toBe(0);
    expect(view.summary).toBe('Google sign-in setup: 0 of 6 done');
    expect(view.steps.every((s) => s.status === 'todo')).toBe(true);
    expect(view.fields.clientId.blocksSave).toBe(true); // empty Client ID: certainly wrong
    expect(view.canCheckPair).toBe(false);
  });

  it('counts a good pair as three steps done, and "all done" once signed in', () => {
    const filled = setupState(snapshot({ clientId: ID, secret: SECRET, secretTouched: true }));
    expect(filled.steps.map((s) => s.status)).toEqual([
      'done',
      'todo',
      'done',
      'todo',
      'done',
      'todo',
    ]);
    expect(filled.summary).toBe('Google sign-in setup: 3 of 6 done');
    const swapped = setupState(snapshot({ clientId: SECRET, secret: ID }));
    expect(swapped.summary).toBe('Google sign-in setup: 0 of 6 done, 2 problems');
    expect(filled.canCheckPair).toBe(true);
    const signedIn = setupState(
      snapshot({ clientId: ID, secret: STORED, signedIn: true, signInFailure: 'stale' }),
    );
    expect(signedIn.complete).toBe(true);
    expect(signedIn.summary).toBe('Google sign-in setup: all done');
  });

  it('a Desktop credentials file pasted into Client ID: the client step is a problem and nothing is filled from it', () => {
    const desktop = credentialsJson({}, 'installed');
    const view = setupState(snapshot({ clientId: desktop }));
    expect(step(view, 'client').status).toBe('problem');
    expect(step(view, 'client').text).toMatch(/Desktop/);
    expect(view.offers.fillBoth).toBeNull();
    expect(view.fields.clientId.blocksSignIn).toBe(true);
  });

  it('a Web credentials file pasted into either field offers to fill both', () => {
    const web = credentialsJson({});
    for (const over of [{ clientId: web }, { secret: web }]) {
      const view = setupState(snapshot(over));
      expect(view.offers.fillBoth).toEqual({ clientId: ID, secret: SECRET });
    }
  });

  it('after a Desktop file import with empty fields, the project step does not claim a filled-in client', () => {
    const report = checkCredentialsFile(credentialsJson({}, 'installed'), { redirectUri: URI });
    const view = setupState(snapshot({ file: report }));
    expect(step(view, 'project').status).toBe('done');
    expect(step(view, 'project').text).not.toMatch(/filled in/i);
    expect(step(view, 'client').status).toBe('problem');
  });

  it('a bad Client ID is named in the checklist itself, whether or not its field message shows', () => {
    const hidden = setupState(snapshot({ clientId: BAD_ID }));
    const shown = setupState(
      snapshot({ clientId: BAD_ID, revealed: { clientId: true, secret: false } }),
    );
    for (const view of [hidden, shown]) {
      const worst = view.fields.clientId.findings[0]!;
      expect(step(view, 'client').status).toBe('problem');
      expect(step(view, 'client').text).toBe(worst.message);
      expect(step(view, 'client').text).not.toMatch(/see the message/i);
    }
    expect(hidden.fields.clientId.revealed).toBe(false);
    expect(shown.fields.clientId.revealed).toBe(true);
  });

  it('an imported file whose redirect URI has a trailing slash keeps the redirect step a problem after Fill', () => {
    const report = checkCredentialsFile(credentialsJson({ redirect_uris: [`${URI}/`] }), {
      redirectUri: URI,
    });
    const facts = fileFacts(report, URI);
    expect(facts.redirect).toBe('near-miss');
    // After Fill: the fields hold the file's values.
    const view = setupState(snapshot({ clientId: ID, secret: SECRET, file: report }));
    expect(step(view, 'redirect').status).toBe('problem');
    expect(step(view, 'redirect').text).toContain(facts.redirectNote);
    // A file that lists the exact URI proves the step.
    const exact = checkCredentialsFile(credentialsJson({}), { redirectUri: URI });
    expect(step(setupState(snapshot({ clientId: ID, file: exact })), 'redirect').status).toBe(
      'done',
    );
  });

  it('an imported file stops speaking for the client once another Client ID is typed', () => {
    const report = checkCredentialsFile(credentialsJson({}, 'installed'), { redirectUri: URI });
    const other = ID.replace('123456789012', '999999999999');
    const view = setupState(snapshot({ clientId: other, file: report }));
    expect(step(view, 'client').status).toBe('done');
  });

  it("hands the import its report, and whether the file lists this account's redirect URI", () => {
    const report = checkCredentialsFile(credentialsJson({ redirect_uris: [`${URI}/`] }), {
      redirectUri: URI,
    });
    const view = setupState(snapshot({ file: report }));
    expect(view.importReport).toBe(report);
    expect(view.importRedirect).toBe('near-miss');
    const broken = checkCredentialsFile('{ broken', { redirectUri: URI });
    expect(setupState(snapshot({ file: broken }))).toMatchObject({
      importReport: broken,
      importRedirect: null,
    });
    expect(setupState(snapshot({}))).toMatchObject({ importReport: null, importRedirect: null });
  });

  it('after Sign in fails with "Unauthorized", the paste step is a problem, not "look right"', () => {
    const view = setupState(
      snapshot({ clientId: ID, secret: SECRET, signInFailure: 'invalid_client: Unauthorized' }),
    );
    expect(step(view, 'paste').status).toBe('problem');
    expect(step(view, 'signIn').status).toBe('problem');
  });

  it('with the stored secret and no sign-in, the paste step asks for the secret again', () => {
    const view = setupState(snapshot({ clientId: ID, secret: STORED }));
    expect(step(view, 'paste').status).toBe('todo');
    expect(step(view, 'paste').text).toMatch(/paste it again/i);
    expect(view.canCheckPair).toBe(false);
    expect(view.pairDisabledReason).toMatch(/again/);
  });

  it('a warning on the secret is said in the paste step, which is not done', () => {
    const short = 'GOCSPX-abcdefghijkl'; // 19 characters: unusual, not certainly wrong
    const view = setupState(snapshot({ clientId: ID, secret: short }));
    expect(view.fields.secret.findings[0]?.severity).toBe('warning');
    expect(step(view, 'paste').status).toBe('todo');
    expect(step(view, 'paste').text).toContain(view.fields.secret.findings[0]!.message);
    expect(view.fields.secret.blocksSignIn).toBe(false);
  });

  it('after Sign out the sign-in steps are no longer done', () => {
    const before = setupState(snapshot({ clientId: ID, secret: STORED, signedIn: true }));
    const after = setupState(snapshot({ clientId: ID, secret: STORED, signedIn: false }));
    expect(step(before, 'signIn').status).toBe('done');
    expect(step(after, 'signIn').status).toBe('todo');
    expect(step(after, 'consent').status).toBe('todo');
  });

  it('a failed "Check with Google" is the paste step\'s problem; an accepted one its proof', () => {
    const bad = interpretPairCheck({
      kind: 'answer',
      status: 401,
      error: 'invalid_client',
      description: 'Unauthorized',
    });
    const good = interpretPairCheck({
      kind: 'answer',
      status: 400,
      error: 'invalid_grant',
      description: 'Malformed auth code.',
    });
    const base = { clientId: ID, secret: SECRET };
    const badView = setupState(snapshot({ ...base, pair: { checking: false, verdict: bad } }));
    expect(step(badView, 'paste')).toMatchObject({ status: 'problem', text: bad.message });
    const goodView = setupState(snapshot({ ...base, pair: { checking: false, verdict: good } }));
    expect(step(goodView, 'paste').status).toBe('done');
  });

  it('redirect_uri_mismatch at sign-in makes the redirect step a problem', () => {
    const view = setupState(
      snapshot({ clientId: ID, signInFailure: 'Error 400: redirect_uri_mismatch' }),
    );
    expect(step(view, 'redirect').status).toBe('problem');
  });

  it('judges the secret for Save only once the admin has touched it; Sign in always', () => {
    const untouched = setupState(snapshot({ clientId: ID, secret: '' }));
    expect(untouched.fields.secret.blocksSave).toBe(false);
    expect(untouched.fields.secret.blocksSignIn).toBe(true);
    const touched = setupState(snapshot({ clientId: ID, secret: '', secretTouched: true }));
    expect(touched.fields.secret.blocksSave).toBe(true);
  });

  it('offers "Swap" only when the swapped values pass their own checks', () => {
    expect(setupState(snapshot({ clientId: SECRET, secret: ID })).offers.swap).toBe(true);
    expect(setupState(snapshot({ clientId: ID, secret: SECRET })).offers.swap).toBe(false);
    expect(setupState(snapshot({ clientId: SECRET, secret: 'two words' })).offers.swap).toBe(false);
  });

  it("offers Gmail's IMAP settings only while the server is empty, whatever the protocol", () => {
    expect(setupState(snapshot()).offers.gmail).toBeNull();
    expect(setupState(snapshot({ server: ' ' })).offers.gmail).toEqual({
      server: 'imap.gmail.com',
      port: '993',
    });
    expect(setupState(snapshot({ server: '', protocol: 'pop3' })).offers.gmail).toEqual({
      server: 'imap.gmail.com',
      port: '993',
    });
  });

  it('notes beside Save that a Google profile is saved only after Sign in, until signed in', () => {
    expect(setupState(snapshot()).saveNote).toBe(true);
    expect(setupState(snapshot({ signedIn: true })).saveNote).toBe(false);
  });

  it('never throws on hostile values', () => {
    const big = 'x'.repeat(1_000_000);
    for (const value of [
      big,
      '\u0000\u200b',
      '{"web":',
      '{"web":{"client_id":5}}',
      'а'.repeat(80),
    ]) {
      expect(() => setupState(snapshot({ clientId: value, secret: value }))).not.toThrow();
    }
  });
});
