import { describe, expect, it } from 'vitest';
import {
  checkClientSecret,
  STORED_SECRET_PLACEHOLDER,
  type Finding,
} from '../../../src/rules/index.js';
import { ID, LEGACY_SECRET, SECRET, credentialsJson } from './fixtures.js';

const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);

describe('checkClientSecret: recognised values', () => {
  it.each([
    ['GOCSPX- and 28 more', SECRET],
    ['the legacy 24-character form', LEGACY_SECRET],
  ])('%s gives no findings', (_name, value) => {
    expect(checkClientSecret(value)).toEqual([]);
    expect(checkClientSecret(value, { clientId: ID })).toEqual([]);
  });
});

// [code, severity, input, expected suggestion, expected position]
const TABLE: Array<[string, string, string, string | undefined, number?]> = [
  ['client-secret/empty', 'error', '', undefined],
  ['client-secret/empty', 'error', ' \n', undefined],
  ['client-secret/stored-placeholder', 'info', STORED_SECRET_PLACEHOLDER, undefined],
  ['client-secret/credentials-json', 'error', credentialsJson({}), SECRET],
  ['client-secret/too-long', 'error', 'a'.repeat(300), undefined],
  ['client-secret/masked', 'error', '****abcd', undefined],
  ['client-secret/masked', 'error', '•••• abcd', undefined],
  ['client-secret/masked', 'error', '●●●●●●●●qR0P', undefined],
  ['client-secret/masked', 'error', 'GOCSPX-****oP0qR', undefined],
  ['client-secret/outer-whitespace', 'error', `${SECRET} `, SECRET],
  ['client-secret/outer-whitespace', 'error', `\n${SECRET}`, SECRET],
  ['client-secret/label-included', 'error', `client_secret=${SECRET}`, SECRET],
  ['client-secret/wrapped', 'error', `"${SECRET}"`, SECRET],
  ['client-secret/wrapped', 'error', `<${SECRET}>`, SECRET],
  [
    'client-secret/inner-whitespace',
    'error',
    `${SECRET.slice(0, 10)} ${SECRET.slice(10)}`,
    SECRET,
    11,
  ],
  [
    'client-secret/invisible-character',
    'error',
    `${SECRET.slice(0, 7)}\u200b${SECRET.slice(7)}`,
    SECRET,
    8,
  ],
  [
    'client-secret/control-character',
    'error',
    `${SECRET.slice(0, 7)}\u0007${SECRET.slice(7)}`,
    SECRET,
    8,
  ],
  ['client-secret/look-alike-character', 'error', SECRET.replace('P', '\u0420'), SECRET, 5],
  ['client-secret/non-ascii-character', 'error', SECRET.replace('aB', '\u00e4B'), undefined, 8],
  ['client-secret/looks-like-client-id', 'error', ID, undefined],
  ['client-secret/api-key', 'error', 'AIzaSyA1234567890abcdefghijklmnopqrstu', undefined],
  ['client-secret/gocspx-length', 'warning', SECRET.slice(0, -3), undefined],
  ['client-secret/gocspx-length', 'warning', `${SECRET}xyz`, undefined],
  ['client-secret/unrecognised', 'warning', 'hunter2', undefined],
  ['client-secret/unrecognised', 'warning', 'GOCSPX-abc!def', undefined],
];

describe('checkClientSecret: one row per diagnosis', () => {
  it.each(TABLE)('%s (%s) for %j', (code, severity, input, suggestion, position) => {
    const findings = checkClientSecret(input);
    const hit = findings.find((f) => f.code === code);
    expect(hit, codes(findings).join()).toBeDefined();
    expect(hit!.severity).toBe(severity);
    expect(hit!.suggestion).toBe(suggestion);
    if (suggestion !== undefined) expect(hit!.suggestionLabel).toBeTruthy();
    if (position !== undefined) expect(hit!.position).toBe(position);
  });
});

describe('checkClientSecret: details', () => {
  it('reports the same value as the Client ID when it is given', () => {
    expect(codes(checkClientSecret(`${ID} `, { clientId: ` ${ID}` }))).toContain(
      'client-secret/same-as-client-id',
    );
    expect(codes(checkClientSecret(SECRET, { clientId: SECRET }))).toEqual([
      'client-secret/same-as-client-id',
    ]);
    expect(checkClientSecret(SECRET, { clientId: '' })).toEqual([]);
  });

  it('explains the stored placeholder: Save keeps it, Sign in needs it pasted again', () => {
    const [finding] = checkClientSecret(STORED_SECRET_PLACEHOLDER);
    expect(finding!.severity).toBe('info');
    expect(finding!.fix).toMatch(/Save keeps it/);
    expect(finding!.fix).toMatch(/Sign in/);
    expect(finding!.fix).toMatch(/paste/);
  });

  it('explains that Google shows a secret once and that "Add secret" makes a new one', () => {
    const [finding] = checkClientSecret('****abcd');
    expect(finding!.message).toMatch(/masked/);
    expect(finding!.details).toMatch(/only once/);
    expect(finding!.fix).toMatch(/Add secret/);
  });

  it('never shows the secret in a message, fix or label', () => {
    const inputs = [
      ` ${SECRET}`,
      `"${SECRET}"`,
      `${SECRET.slice(0, 9)}\u200b${SECRET.slice(9)}`,
      SECRET.replace('P', '\u0420'),
      credentialsJson({}),
      `${SECRET}xyz`,
    ];
    for (const input of inputs) {
      for (const f of checkClientSecret(input)) {
        for (const text of [f.message, f.fix, f.details ?? '', f.suggestionLabel ?? '']) {
          expect(text).not.toContain(SECRET.slice(7, 20));
        }
      }
    }
  });
});
