// Pastes as admins make them: a value copied with its label, a whole credentials file, the two
// values swapped. Each names the right thing first and offers only a value that checks clean.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkClientId,
  checkClientSecret,
  readPastedCredentials,
  type Finding,
} from '../../../src/rules/index.js';
import { ID, SECRET, credentialsJson } from './fixtures.js';

const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);

describe('a value pasted with its label', () => {
  it.each([
    ['Client ID\n', ID],
    ['Client ID', ID], // a text input drops the line break of "Client ID⏎<id>"
    ['Client ID\r\n', ID],
    ['Client ID:\t', ID],
    ['Client ID: ', ID],
    ['Client id ', ID],
    ['OAuth Client ID:\n', ID],
    ['"client_id": ', `"${ID}",`],
    ['client_id=', ID],
  ])(
    'Client ID field: %j + the ID is "pasted with its label", offering the bare ID',
    (label, value) => {
      const findings = checkClientId(label + value);
      expect(findings[0]!.code).toBe('client-id/label-included');
      expect(findings[0]!.message).toBe('The Client ID was pasted with its label.');
      expect(findings[0]!.suggestion).toBe(ID);
      // The space that only separates label and value is not "around" the ID.
      expect(codes(findings)).not.toContain('client-id/outer-whitespace');
      expect(codes(findings)).not.toContain('client-id/inner-whitespace');
    },
  );

  it.each([
    ['Client secret\n', SECRET],
    ['Client secret', SECRET], // a text input drops the line break of "Client secret⏎GOCSPX-…"
    ['Client secret\r\n', SECRET],
    ['Client secret:\t', SECRET],
    ['Client Secret ', SECRET],
    ['"client_secret": ', `"${SECRET}"`],
    ['"client_secret": ', `"${SECRET}",`],
    ['client_secret=', SECRET],
  ])('Client secret field: %j + the secret offers the bare secret', (label, value) => {
    const findings = checkClientSecret(label + value, { clientId: ID });
    expect(findings[0]!.code).toBe('client-secret/label-included');
    expect(findings[0]!.suggestion).toBe(SECRET);
    for (const f of findings) expect(f.suggestion ?? SECRET).toBe(SECRET);
    expect(codes(findings)).not.toContain('client-secret/inner-whitespace');
  });

  it('never offers the label glued to the secret ("ClientsecretGOCSPX-…")', () => {
    for (const label of ['Client secret\n', 'Secret\n', 'My secret is ', 'client secret -> ']) {
      for (const f of checkClientSecret(label + SECRET)) {
        if (f.suggestion !== undefined) expect(f.suggestion).toBe(SECRET);
      }
    }
  });

  it('a label wins over real whitespace around the value, both reported', () => {
    const findings = checkClientId(`  Client ID: ${ID}\n`);
    expect(codes(findings).slice(0, 2)).toEqual([
      'client-id/label-included',
      'client-id/outer-whitespace',
    ]);
    expect(findings[0]!.suggestion).toBe(ID);
  });

  it('takes the secret out of the two lines Google\'s "OAuth client created" dialog copies', () => {
    const dialog = `Client ID\n${ID}\nClient secret\n${SECRET}`;
    expect(checkClientId(dialog)[0]!.suggestion).toBe(ID);
    const secret = checkClientSecret(dialog, { clientId: ID });
    expect(codes(secret)).toContain('client-secret/extra-text');
    expect(secret.every((f) => f.suggestion === SECRET)).toBe(true);
  });

  it('still treats a bare word that only starts like a label as no label', () => {
    expect(codes(checkClientSecret('clientsecret'))).not.toContain('client-secret/label-included');
    expect(codes(checkClientSecret('client secrets'))).not.toContain(
      'client-secret/label-included',
    );
    expect(codes(checkClientId('Client IDs'))).not.toContain('client-id/label-included');
    expect(codes(checkClientId(`clientidentity ${ID}`))).not.toContain('client-id/label-included');
  });
});

describe('the two values swapped: stable codes the host offers "Swap the two values" from', () => {
  it('a secret in the Client ID field is client-id/looks-like-secret, first', () => {
    expect(checkClientId(SECRET)[0]!.code).toBe('client-id/looks-like-secret');
    expect(checkClientId(` ${SECRET}`).map((f) => f.code)).toContain('client-id/looks-like-secret');
  });

  it('an ID in the Client secret field is client-secret/looks-like-client-id, first', () => {
    expect(checkClientSecret(ID)[0]!.code).toBe('client-secret/looks-like-client-id');
    expect(checkClientSecret(ID, { clientId: SECRET })[0]!.code).toBe(
      'client-secret/looks-like-client-id',
    );
  });
});

describe('a whole credentials file pasted into a field', () => {
  const desktop = credentialsJson({}, 'installed');
  const web = credentialsJson({});

  it.each([
    ['Client ID', () => checkClientId(desktop), 'client-id/desktop-credentials-json'],
    ['Client secret', () => checkClientSecret(desktop), 'client-secret/desktop-credentials-json'],
  ])('%s: a Desktop file says it is the wrong type and offers nothing', (_field, check, code) => {
    const findings = check();
    expect(codes(findings)).toEqual([code]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toMatch(/Desktop app client, the wrong type/);
    expect(findings[0]!.fix).toMatch(/Web application/);
    expect(findings[0]!.suggestion).toBeUndefined();
    expect(findings[0]!.file).toEqual({ type: 'installed', clientId: ID, hasSecret: true });
    expect(readPastedCredentials(desktop)).toBeUndefined();
  });

  it.each([
    ['Client ID', () => checkClientId(web), 'client-id/credentials-json', ID],
    ['Client secret', () => checkClientSecret(web), 'client-secret/credentials-json', SECRET],
  ])(
    '%s: a Web file gives its facts (never the secret) for "Fill both fields"',
    (_f, check, code, own) => {
      const [finding] = check();
      expect(finding!.code).toBe(code);
      expect(finding!.file).toEqual({ type: 'web', clientId: ID, hasSecret: true });
      expect(JSON.stringify(finding!.file)).not.toContain(SECRET);
      expect(finding!.suggestion).toBe(own);
      expect(readPastedCredentials(`  ${web}\n`)).toEqual({
        type: 'web',
        clientId: ID,
        hasSecret: true,
        clientSecret: SECRET,
      });
    },
  );

  it('a Web file without a secret, or with a bad ID, is read with care', () => {
    const noSecret = JSON.stringify({ web: { client_id: ID } });
    expect(checkClientId(noSecret)[0]!.file).toEqual({
      type: 'web',
      clientId: ID,
      hasSecret: false,
    });
    expect(readPastedCredentials(noSecret)).toEqual({
      type: 'web',
      clientId: ID,
      hasSecret: false,
      clientSecret: '',
    });
    const badId = credentialsJson({ client_id: 'nope' });
    expect(checkClientId(badId)[0]!.suggestion).toBeUndefined();
    expect(readPastedCredentials(badId)).toBeUndefined();
    expect(readPastedCredentials(credentialsJson({ client_secret: ID }))).toBeUndefined();
    for (const other of ['', 'x', '{', '[]', '{"type":"service_account"}', '{"web": 1}']) {
      expect(readPastedCredentials(other)).toBeUndefined();
    }
  });
});

// Generated pastes: a value (right, wrong-field, or odd), with or without a label, wrapped,
// padded, with stray characters. Whatever is suggested must check clean in its own field.
const LABELS_ID = [
  '',
  'Client ID\n',
  'Client ID:\t',
  'Client ID: ',
  'client_id=',
  '"client_id": ',
  'Client secret\n',
];
const LABELS_SECRET = [
  '',
  'Client secret\n',
  'Client secret:\t',
  '"client_secret": ',
  'Secret\n',
  'Client ID\n',
];
const STRAY = [
  '',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u0430',
  '\u2013',
  ',',
  '"',
  'é',
  'x',
];
const insert = fc.tuple(fc.nat(), fc.constantFrom(...STRAY));
const value = fc.oneof(
  fc.stringMatching(/^[1-9]\d{8,12}-[0-9a-v]{32}\.apps\.googleusercontent\.com$/),
  fc.stringMatching(/^GOCSPX-[A-Za-z0-9_-]{28}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{24}$/),
  fc.stringMatching(/^[1-9]\d{8,12}-[0-9a-v]{32}$/),
  fc.string({ maxLength: 40 }),
);
function paste(labels: string[]) {
  return fc
    .tuple(
      fc.constantFrom(...labels),
      value,
      fc.constantFrom(['', ''], ['"', '"'], ['<', '>'], ['{', '}'], ['\u201c', '\u201d']),
      fc.constantFrom('', ' ', '\n', '\r\n', '  \t'),
      fc.array(insert, { maxLength: 3 }),
      fc.constantFrom('', ' ', '\n', ','),
    )
    .map(([label, v, [open, close], before, inserts, after]) => {
      let text = v;
      for (const [at, ch] of inserts) {
        const k = at % (text.length + 1);
        text = text.slice(0, k) + ch + text.slice(k);
      }
      return `${before}${label}${open}${text}${close}${after}`;
    });
}

describe('a one-click suggestion always checks clean in its own field (generated pastes)', () => {
  it('Client ID', () => {
    fc.assert(
      fc.property(paste(LABELS_ID), (text) => {
        for (const f of checkClientId(text)) {
          if (f.suggestion === undefined) continue;
          const again = checkClientId(f.suggestion);
          expect(
            again.filter((g) => g.severity === 'error'),
            `${JSON.stringify(text)} -> ${f.suggestion}`,
          ).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('Client secret', () => {
    fc.assert(
      fc.property(paste(LABELS_SECRET), fc.constantFrom(undefined, '', ID), (text, clientId) => {
        for (const f of checkClientSecret(text, { clientId })) {
          if (f.suggestion === undefined) continue;
          const again = checkClientSecret(f.suggestion, { clientId });
          expect(
            again.filter((g) => g.severity === 'error'),
            JSON.stringify(text),
          ).toEqual([]);
          // Rewriting the inside of a value is offered only when the result is a secret Google
          // issues; only taking away what was around it may leave an unusual one.
          if (again.length > 0) {
            expect(text.includes(f.suggestion), JSON.stringify(text)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
