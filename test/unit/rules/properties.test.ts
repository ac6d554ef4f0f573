// Property-based tests: no input throws, checks are pure, suggested fixes are themselves valid.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SIGN_IN_ERRORS,
  checkClientId,
  checkClientSecret,
  checkCredentialsFile,
  checkRedirectUri,
  decodeSignInError,
  redirectUriFor,
  type Finding,
} from '../../../src/rules/index.js';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ maxLength: 400 }),
  fc.constantFrom(
    '',
    ' ',
    '{',
    '"',
    '{"web":',
    '0000000000000000',
    '%',
    '//',
    'https://',
    '\u200b',
  ),
);

const validId = fc.stringMatching(/^[1-9]\d{8,12}-[0-9a-v]{32}\.apps\.googleusercontent\.com$/);
const validSecret = fc.stringMatching(/^GOCSPX-[A-Za-z0-9_-]{28}$/);
const SUFFIX = '.apps.googleusercontent.com';

const CHECKS: ReadonlyArray<readonly [string, (text: string) => unknown]> = [
  ['checkClientId', checkClientId],
  ['checkClientSecret', (text) => checkClientSecret(text, { clientId: text.slice(0, 80) })],
  ['checkRedirectUri', checkRedirectUri],
  [
    'checkCredentialsFile',
    (text) => checkCredentialsFile(text, { redirectUri: 'https://a.com/Admin/Plugins.aspx' }),
  ],
  ['decodeSignInError', decodeSignInError],
  ['redirectUriFor', (text) => redirectUriFor(text, text.slice(0, 5))],
];

function codePoints(text: string): number {
  return [...text].length;
}

function expectWellFormed(findings: Finding[], input: string): void {
  const rank = { error: 0, warning: 1, info: 2 };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    expect(f.code).toMatch(
      /^(client-id|client-secret|redirect-uri|credentials-file)\/[a-z0-9/-]+$/,
    );
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.trim().length).toBeGreaterThan(0);
    expect(f.fix.trim().length).toBeGreaterThan(0);
    for (const text of [f.message, f.fix, f.details ?? '', f.suggestionLabel ?? '']) {
      expect(text).not.toMatch(/undefined|NaN|\[object /);
    }
    if (f.details !== undefined) expect(f.details.trim().length).toBeGreaterThan(0);
    if (f.file !== undefined)
      expect(Object.keys(f.file).sort()).toEqual(['clientId', 'hasSecret', 'type']);
    expect(f.suggestion === undefined).toBe(f.suggestionLabel === undefined);
    if (f.position !== undefined) {
      expect(Number.isInteger(f.position)).toBe(true);
      expect(f.position).toBeGreaterThanOrEqual(1);
      expect(f.position).toBeLessThanOrEqual(codePoints(input));
    }
    if (i > 0) expect(rank[findings[i - 1]!.severity]).toBeLessThanOrEqual(rank[f.severity]);
  }
  const codes = findings.map((f) => f.code);
  expect(new Set(codes).size).toBe(codes.length);
}

describe('every check, any input', () => {
  it.each(CHECKS)('%s never throws and is deterministic', (_name, check) => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(check(text)).toEqual(check(text));
      }),
      { numRuns: 300 },
    );
  });

  it('field checks return well-formed findings, worst first', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(checkClientId(text), text);
        expectWellFormed(checkClientSecret(text), text);
        expectWellFormed(checkRedirectUri(text), text);
        expectWellFormed(checkCredentialsFile(text).findings, text);
      }),
      { numRuns: 300 },
    );
  });

  it('decodeSignInError answers undefined or a known diagnosis', () => {
    const known = new Set(SIGN_IN_ERRORS.map((d) => d.code));
    fc.assert(
      fc.property(anyText, (text) => {
        const d = decodeSignInError(text);
        if (d) expect(known.has(d.code)).toBe(true);
      }),
    );
  });

  it('checkCredentialsFile takes any JSON, including __proto__ keys, without throwing', () => {
    const withProto = fc.dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'web',
        'installed',
        'client_id',
        'redirect_uris',
        'x',
      ),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), withProto, fc.record({ web: withProto })), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        const report = checkCredentialsFile(text, {
          redirectUri: 'https://tp.example.com/Admin/Plugins.aspx',
        });
        expectWellFormed(report.findings, text);
        expect(Array.isArray(report.redirectUris)).toBe(true);
        expect(({} as Record<string, unknown>).client_id).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('values that are not strings (from careless JavaScript callers)', () => {
  it.each([undefined, null, 42, {}, ['x']])('%j is treated as empty, not thrown on', (value) => {
    const anyValue = value as unknown as string;
    expect(checkClientId(anyValue)[0]!.code).toBe('client-id/empty');
    expect(checkClientSecret(anyValue, { clientId: anyValue })[0]!.code).toBe(
      'client-secret/empty',
    );
    expect(checkRedirectUri(anyValue)[0]!.code).toBe('redirect-uri/empty');
    expect(checkCredentialsFile(anyValue).findings[0]!.code).toBe('credentials-file/empty');
    expect(decodeSignInError(anyValue)).toBeUndefined();
    expect(() => redirectUriFor(anyValue, anyValue)).not.toThrow();
  });
});

describe('1 MB pastes', () => {
  const pieces = fc.string({ unit: 'binary', minLength: 1, maxLength: 16 });
  const MB = 1 << 20;

  it('are answered without throwing, quickly', () => {
    fc.assert(
      fc.property(
        pieces,
        fc.constantFrom('', '{"web": {"client_id": "', ' ', 'https://'),
        (piece, head) => {
          const text = head + piece.repeat(Math.ceil(MB / piece.length));
          for (const [name, check] of CHECKS) {
            const start = performance.now();
            check(text);
            // A generous behaviour bound; the real timing lives in the bench.
            expect(performance.now() - start, name).toBeLessThan(200);
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it.each([
    ['spaces', ' '.repeat(MB)],
    ['zero-width spaces', '\u200b'.repeat(MB)],
    [
      'an ID then spaces',
      `123456789012-abcdefghijklmnopqrstuv0123456789${SUFFIX}${' '.repeat(MB)}`,
    ],
    ['a JSON-looking start', `{"web": {"client_id": "${'x'.repeat(MB)}`],
    ['percent signs', `https://a.com/${'%'.repeat(MB)}`],
  ])('%s stay under the bound', (_name, text) => {
    for (const [name, check] of CHECKS) {
      const start = performance.now();
      check(text);
      expect(performance.now() - start, name).toBeLessThan(200);
    }
  });
});

type Mutation = (value: string) => string;
const insertAt = (chars: string[]): fc.Arbitrary<Mutation> =>
  fc.tuple(fc.nat(), fc.constantFrom(...chars)).map(([at, ch]) => (value: string) => {
    const k = at % (value.length + 1);
    return value.slice(0, k) + ch + value.slice(k);
  });
const LOOK_ALIKE: Record<string, string> = {
  a: '\u0430',
  e: '\u0435',
  o: '\u03bf',
  c: '\u0441',
  p: '\u0440',
  '-': '\u2013',
};
const replaceLookAlike: fc.Arbitrary<Mutation> = fc.nat().map((at) => (value: string) => {
  const spots = [...value].map((ch, i) => (LOOK_ALIKE[ch] ? i : -1)).filter((i) => i >= 0);
  if (spots.length === 0) return value;
  const i = spots[at % spots.length]!;
  return value.slice(0, i) + LOOK_ALIKE[value[i]!] + value.slice(i + 1);
});
const pad: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom('', ' ', '\n', '\t', '\u00a0', ' \r\n'),
    fc.constantFrom('', ' ', '\n', '\u3000'),
  )
  .map(
    ([before, after]) =>
      (value: string) =>
        before + value + after,
  );
const wrap: fc.Arbitrary<Mutation> = fc
  .constantFrom(['"', '"'], ["'", "'"], ['{', '}'], ['{{', '}}'], ['<', '>'], ['\u201c', '\u201d'])
  .map(
    ([open, close]) =>
      (value: string) =>
        open + value + close,
  );
const invisible = insertAt(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
const noise = insertAt([' ', '\n', '"', '{', '\u0000', '\u00e9', 'x', '*', '%']);
/** Damage that a suggestion can undo in full. */
const repairable = fc.array(fc.oneof(pad, wrap, invisible, replaceLookAlike), {
  minLength: 1,
  maxLength: 4,
});
const anyDamage = fc.array(fc.oneof(pad, wrap, invisible, replaceLookAlike, noise), {
  minLength: 1,
  maxLength: 5,
});
const apply = (value: string, mutations: Mutation[]): string =>
  mutations.reduce((v, m) => m(v), value);

describe('suggestions are valid values', () => {
  it('a client ID suggestion checks clean (no error, no warning)', () => {
    const idEnding = fc.constantFrom<Mutation>(
      (id) => id,
      (id) => id.slice(0, -SUFFIX.length),
      (id) => id.replace(/com$/, 'con'),
      (id) => id.replace(SUFFIX, '.apps.GoogleUserContent.com'),
      (id) => id.replace(SUFFIX, SUFFIX.slice(0, -4)),
    );
    fc.assert(
      fc.property(validId, idEnding, anyDamage, (id, ending, damage) => {
        for (const f of checkClientId(apply(ending(id), damage))) {
          if (f.suggestion === undefined) continue;
          expect(checkClientId(f.suggestion).filter((g) => g.severity !== 'info')).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('repairable damage to a client ID is repaired to the original', () => {
    fc.assert(
      fc.property(validId, repairable, (id, damage) => {
        const damaged = apply(id, damage);
        const findings = checkClientId(damaged);
        if (damaged === id) return;
        expect(findings.length).toBeGreaterThan(0);
        expect(findings[0]!.severity).toBe('error');
        expect(findings[0]!.suggestion).toBe(id);
      }),
      { numRuns: 500 },
    );
  });

  it('a client secret suggestion has no error, and its label never shows the secret', () => {
    fc.assert(
      fc.property(validSecret, anyDamage, (secret, damage) => {
        for (const f of checkClientSecret(apply(secret, damage))) {
          if (f.suggestion === undefined) continue;
          expect(checkClientSecret(f.suggestion).some((g) => g.severity === 'error')).toBe(false);
          expect(f.suggestionLabel).not.toContain(secret.slice(7, 17));
          expect(f.message).not.toContain(secret.slice(7, 17));
          expect(f.details ?? '').not.toContain(secret.slice(7, 17));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('repairable damage to a client secret is repaired to the original', () => {
    fc.assert(
      fc.property(validSecret, repairable, (secret, damage) => {
        const damaged = apply(secret, damage);
        if (damaged === secret) return;
        const findings = checkClientSecret(damaged);
        expect(findings[0]!.severity).toBe('error');
        expect(findings[0]!.suggestion).toBe(secret);
      }),
      { numRuns: 500 },
    );
  });

  it('a redirect URI suggestion has no error', () => {
    const host = fc.constantFrom(
      'tp.example.com',
      'acme.tpondemand.com',
      'localhost:8080',
      'tp.corp',
    );
    const uri = fc
      .tuple(
        fc.constantFrom('http', 'https'),
        fc.constantFrom('', 'user:pw@'),
        host,
        fc.constantFrom('', '/TargetProcess'),
        fc.constantFrom('', '?acid=AB12', '#x'),
      )
      .map(
        ([scheme, user, h, dir, tail]) => `${scheme}://${user}${h}${dir}/Admin/Plugins.aspx${tail}`,
      );
    fc.assert(
      fc.property(
        uri,
        fc.array(fc.oneof(pad, invisible, noise), { maxLength: 3 }),
        (value, damage) => {
          for (const f of checkRedirectUri(apply(value, damage))) {
            if (f.suggestion === undefined) continue;
            expect(checkRedirectUri(f.suggestion).some((g) => g.severity === 'error')).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the URI made for a public application root has no error', () => {
    const root = fc
      .tuple(
        fc.constantFrom('acme.tpondemand.com', 'tp.example.com', 'tp.acme.co.uk'),
        fc.constantFrom('', '/TargetProcess', '/tp/'),
      )
      .map(([h, dir]) => `https://${h}${dir}`);
    fc.assert(
      fc.property(root, fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/)), (r, acid) => {
        const uri = redirectUriFor(r, acid);
        expect(checkRedirectUri(uri).some((g) => g.severity === 'error')).toBe(false);
        expect(
          uri.endsWith('/Admin/Plugins.aspx') || uri.includes('/Admin/Plugins.aspx?acid='),
        ).toBe(true);
      }),
    );
  });
});
