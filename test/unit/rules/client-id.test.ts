import { describe, expect, it } from 'vitest';
import { checkClientId, type Finding } from '../../../src/rules/index.js';
import { ID, ID_PREFIX, LEGACY_ID, SECRET, credentialsJson } from './fixtures.js';

const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);

describe('checkClientId: recognised values', () => {
  it.each([
    ['the usual form', ID],
    ['the older digits-only form', LEGACY_ID],
    ['a 9-digit prefix', '123456789-0123456789abcdefghijklmnopqrstuv.apps.googleusercontent.com'],
  ])('%s gives no findings', (_name, value) => {
    expect(checkClientId(value)).toEqual([]);
  });
});

// [code, severity, input, expected suggestion (undefined: none), expected position]
const TABLE: Array<[string, string, string, string | undefined, number?]> = [
  ['client-id/empty', 'error', '', undefined],
  ['client-id/empty', 'error', '  \n\t ', undefined],
  ['client-id/too-long', 'error', '1'.repeat(300), undefined],
  ['client-id/credentials-json', 'error', credentialsJson({}), ID],
  ['client-id/outer-whitespace', 'error', ` ${ID}`, ID],
  ['client-id/outer-whitespace', 'error', `${ID}\r\n`, ID],
  ['client-id/outer-whitespace', 'error', `\u00a0${ID}`, ID],
  ['client-id/label-included', 'error', `client_id: ${ID}`, ID],
  ['client-id/label-included', 'error', `"client_id": "${ID}",`, ID],
  ['client-id/wrapped', 'error', `"${ID}"`, ID],
  ['client-id/wrapped', 'error', `'${ID}'`, ID],
  ['client-id/wrapped', 'error', `{${ID}}`, ID],
  ['client-id/wrapped', 'error', `{{${ID}}}`, ID],
  ['client-id/wrapped', 'error', `<${ID}>`, ID],
  ['client-id/wrapped', 'error', `\u201c${ID}\u201d`, ID],
  ['client-id/inner-whitespace', 'error', `${ID.slice(0, 20)} ${ID.slice(20)}`, ID, 21],
  ['client-id/inner-whitespace', 'error', `${ID.slice(0, 40)}\n${ID.slice(40)}`, ID, 41],
  ['client-id/invisible-character', 'error', `${ID.slice(0, 12)}\u200b${ID.slice(12)}`, ID, 13],
  ['client-id/invisible-character', 'error', `\ufeff${ID}`, ID, 1],
  ['client-id/invisible-character', 'error', `${ID}\u2060`, ID, ID.length + 1],
  ['client-id/control-character', 'error', `${ID.slice(0, 5)}\u0000${ID.slice(5)}`, ID, 6],
  ['client-id/control-character', 'error', `${ID.slice(0, 5)}\u009b${ID.slice(5)}`, ID, 6],
  ['client-id/look-alike-character', 'error', ID.replace('abc', '\u0430bc'), ID, 14],
  ['client-id/look-alike-character', 'error', ID.replace('-', '\u2013'), ID, 13],
  ['client-id/look-alike-character', 'error', ID.replace('o', '\u03bf'), ID],
  ['client-id/non-ascii-character', 'error', ID.replace('abc', '\u00e9bc'), undefined, 14],
  ['client-id/non-ascii-character', 'error', ID.replace('abc', '\u{1f600}bc'), undefined, 14],
  ['client-id/looks-like-secret', 'error', SECRET, undefined],
  ['client-id/api-key', 'error', 'AIzaSyA1234567890abcdefghijklmnopqrstu', undefined],
  ['client-id/service-account', 'error', 'mailer@acme-mail-123.iam.gserviceaccount.com', undefined],
  ['client-id/email', 'error', 'admin@acme.com', undefined],
  ['client-id/project-number', 'error', '123456789012', undefined],
  ['client-id/project-id', 'warning', 'acme-mail-123', undefined],
  ['client-id/missing-suffix', 'error', ID_PREFIX, ID],
  ['client-id/misspelt-suffix', 'error', `${ID_PREFIX}.apps.googleusercontent.con`, ID],
  ['client-id/misspelt-suffix', 'error', `${ID_PREFIX}.apps.googleusercontents.com`, ID],
  ['client-id/misspelt-suffix', 'error', `${ID_PREFIX}.googleusercontent.com`, ID],
  ['client-id/misspelt-suffix', 'error', `${ID_PREFIX}apps.googleusercontent.com`, ID],
  ['client-id/misspelt-suffix', 'error', `${ID_PREFIX}.apps.googleusercontent`, ID],
  ['client-id/misspelt-suffix', 'error', '407408718192.apps.googleusercontnet.com', LEGACY_ID],
  ['client-id/suffix-case', 'warning', `${ID_PREFIX}.apps.GoogleUserContent.com`, ID],
  [
    'client-id/extra-text',
    'error',
    `https://accounts.google.com/o/oauth2/auth?client_id=${ID}&x=1`,
    ID,
  ],
  ['client-id/looks-like-legacy-secret', 'warning', 'aB3_cD4eF5gH6iJ7kL8mN9oP', undefined],
  ['client-id/unrecognised', 'warning', '123456789012-abc.apps.googleusercontent.com', undefined],
  [
    'client-id/unrecognised',
    'warning',
    ID.toUpperCase().replace('.APPS.GOOGLEUSERCONTENT.COM', '.apps.googleusercontent.com'),
    undefined,
  ],
  ['client-id/unrecognised', 'warning', 'hello', undefined],
];

describe('checkClientId: one row per diagnosis', () => {
  it.each(TABLE)('%s (%s) for %j', (code, severity, input, suggestion, position) => {
    const findings = checkClientId(input);
    const hit = findings.find((f) => f.code === code);
    expect(hit, codes(findings).join()).toBeDefined();
    expect(hit!.severity).toBe(severity);
    expect(hit!.message.length).toBeGreaterThan(10);
    expect(hit!.fix.length).toBeGreaterThan(10);
    expect(hit!.suggestion).toBe(suggestion);
    if (suggestion !== undefined) expect(hit!.suggestionLabel).toBeTruthy();
    if (position !== undefined) expect(hit!.position).toBe(position);
  });
});

describe('checkClientId: details', () => {
  it('names a zero-width space in words; its code point and position only in the details', () => {
    const [finding] = checkClientId(`${ID.slice(0, 12)}\u200b${ID.slice(12)}`);
    expect(finding!.message).toBe('The Client ID has a zero-width space in it.');
    expect(finding!.details).toContain('U+200B zero-width space at position 13.');
  });

  it('names a Cyrillic look-alike and the ASCII letter it imitates', () => {
    const [finding] = checkClientId(ID.replace('abc', '\u0430bc'));
    expect(finding!.message).toBe('The Client ID has a Cyrillic letter that looks like Latin a.');
    expect(finding!.fix).toContain('"a"');
    expect(finding!.details).toContain('U+0430 Cyrillic small letter a at position 14.');
  });

  it.each([
    ['\u00a0', 'a non-breaking space', 'inner-whitespace'],
    ['\t', 'a tab', 'inner-whitespace'],
    ['\u3000', 'a wide space', 'inner-whitespace'],
    ['\u200d', 'a zero-width joiner', 'invisible-character'],
    ['\u202e', 'an invisible text-direction mark', 'invisible-character'],
    ['\u0007', 'a control character', 'control-character'],
    ['\u2013', 'an en dash that looks like "-"', 'look-alike-character'],
    ['\uff41', 'a full-width "a"', 'look-alike-character'],
    ['\u03bf', 'a Greek letter that looks like Latin o', 'look-alike-character'],
  ])('names %j in words: %s', (ch, words, code) => {
    const finding = checkClientId(`${ID.slice(0, 20)}${ch}${ID.slice(20)}`).find(
      (f) => f.code === `client-id/${code}`,
    );
    expect(finding!.message).toContain(words);
    expect(finding!.message).not.toMatch(/U\+|position/);
    expect(finding!.details).toMatch(/^U\+[0-9A-F]{4} .* at position 21\./);
  });

  it('counts positions in characters, not UTF-16 units', () => {
    const findings = checkClientId(`\u{1f600}${ID.slice(0, 3)}\u200b${ID.slice(3)}`);
    expect(findings.find((f) => f.code === 'client-id/invisible-character')?.position).toBe(5);
  });

  it('keeps positions right after a long run of spaces', () => {
    const findings = checkClientId(`${' '.repeat(5000)}${ID.slice(0, 12)}\u200b${ID.slice(12)}`);
    expect(findings.map((f) => [f.code, f.position])).toEqual([
      ['client-id/outer-whitespace', undefined],
      ['client-id/invisible-character', 5013],
    ]);
    expect(findings[0]!.suggestion).toBe(ID);
  });

  it('reports a zero-width space in front of quotes and still offers the clean ID', () => {
    const findings = checkClientId(`\u200b"${ID}"`);
    expect(findings.map((f) => [f.code, f.position])).toEqual([
      ['client-id/wrapped', undefined],
      ['client-id/invisible-character', 1],
    ]);
    expect(findings.every((f) => f.suggestion === ID)).toBe(true);
  });

  it('says that a trailing space makes Google answer invalid_client', () => {
    const [finding] = checkClientId(`${ID} `);
    expect(finding!.message).toBe('The Client ID has spaces or line breaks around it.');
    expect(finding!.details).toContain('invalid_client');
  });

  it('labels a plain trim as such and a mixed fix as a correction', () => {
    expect(checkClientId(` ${ID} `)[0]!.suggestionLabel).toMatch(/without the spaces/);
    const mixed = checkClientId(` ${ID.replace('abc', '\u0430bc')}`);
    expect(mixed.every((f) => f.suggestion === ID)).toBe(true);
    expect(mixed[0]!.suggestionLabel).toMatch(/corrected/);
  });

  it('offers no suggestion when the fixed value would still be wrong', () => {
    const findings = checkClientId(` ${ID.replace('abc', '\u00e9bc')}`);
    expect(findings.some((f) => f.suggestion !== undefined)).toBe(false);
  });

  it('lists errors before warnings', () => {
    const findings = checkClientId(' hello');
    expect(codes(findings)).toEqual(['client-id/outer-whitespace', 'client-id/unrecognised']);
  });

  it('reads a credentials file with a bad client ID without suggesting it', () => {
    const findings = checkClientId(credentialsJson({ client_id: 'nope' }));
    expect(codes(findings)).toEqual(['client-id/credentials-json']);
    expect(findings[0]!.suggestion).toBeUndefined();
  });
});
