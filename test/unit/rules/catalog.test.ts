// Every entry of the message catalog, held to the same shape: a headline of one short sentence,
// a fix of one short sentence, the rest in details; characters named in words in the headline;
// one spelling of the two fields. Function-made entries are called with sample arguments, so
// a new entry without a sample fails here until it gets one.
import { describe, expect, it } from 'vitest';
import { findCharIssues } from '../../../src/rules/characters.js';
import {
  characterText,
  clientIdText,
  clientSecretText,
  type RuleText,
} from '../../../src/rules/messages.js';
import { redirectUriText } from '../../../src/rules/redirect-messages.js';
import { credentialsFileText } from '../../../src/rules/file-messages.js';
import { pairCheckText } from '../../../src/rules/pair-messages.js';

const URI = 'https://tp.example.com/TargetProcess/Admin/Plugins.aspx?acid=0123456789ABCDEF';
const CATALOGS = {
  clientIdText,
  clientSecretText,
  redirectUriText,
  credentialsFileText,
  pairCheckText,
} as const;

// Realistic worst cases: long hosts, URIs and Google descriptions.
const SAMPLES: Record<string, unknown[][]> = {
  'clientIdText.tooLong': [[257], [1048576]],
  'clientIdText.misspeltSuffix': [['.apps.googleusercontent.con'], ['x'.repeat(60)]],
  'clientSecretText.tooLong': [[257], [1048576]],
  'clientSecretText.gocspxLength': [[34], [1000]],
  'redirectUriText.tooLong': [[2049]],
  'redirectUriText.whitespace': [], // with every character below
  'redirectUriText.badCharacter': [],
  'redirectUriText.nonAscii': [],
  'redirectUriText.badScheme': [['javascript'], ['x'.repeat(60)]],
  'redirectUriText.badPercentEncoding': [[2048]],
  'redirectUriText.ipAddress': [['192.168.100.200'], ['[2001:db8::1]']],
  'redirectUriText.singleLabelHost': [['targetprocess-server-01']],
  'redirectUriText.internalDomain': [['targetprocess.mycompany.internal', 'internal']],
  'redirectUriText.unknownTld': [['mycompanyname']],
  'redirectUriText.urlShortener': [['bit.ly']],
  'redirectUriText.acid': [['0123456789ABCDEF0123456789ABCDEF']],
  'credentialsFileText.tooLarge': [[64]],
  'credentialsFileText.unknownType': [[''], ['"a", "b", "c", "d", "e"']],
  'credentialsFileText.badField': [[['client_id']], [['client_id', 'redirect_uris', 'x']]],
  'credentialsFileText.inFile': [], // with every Client ID and Client secret entry below
  'credentialsFileText.noRedirectUris': [[URI]],
  'credentialsFileText.redirectUriRegistered': [[URI]],
  'credentialsFileText.redirectUriNotRegistered': [[URI]],
  'credentialsFileText.nearMiss': [
    'scheme',
    'trailing-slash',
    'case',
    'host',
    'missing-path',
    'extra-path',
    'path',
    'missing-query',
    'extra-query',
    'query',
  ].map((kind) => [kind, URI.replace('https', 'http') + '/', URI]),
  'credentialsFileText.originWithPath': [['https://tp.example.com/TargetProcess/']],
  'pairCheckText.other': [
    [500, 'server_error', 'x'.repeat(300)],
    [418, '', ''],
  ],
};

const SEEN = new Set<string>();
// Every kind of stray character the checks can name: whitespace, invisible, control, look-alike.
const CHARACTERS = [
  ...Array.from({ length: 0x3100 }, (_, cp) => cp),
  0xfeff,
  0xff21,
  0xff41,
  0x1f600,
  0xe0001,
]
  .filter((cp) => cp < 0xd800 || cp > 0xdfff)
  .flatMap((cp) => findCharIssues(String.fromCodePoint(cp)))
  // One of each name (a headline changes only with it); other characters are named alike.
  .filter((issue) => {
    const key = issue.kind === 'non-ascii' ? 'non-ascii' : issue.name;
    if (SEEN.has(key)) return false;
    SEEN.add(key);
    return true;
  });

function entries(): Array<[string, RuleText]> {
  const all: Array<[string, RuleText]> = [];
  const walked = new Set<string>();
  for (const [catalog, texts] of Object.entries(CATALOGS)) {
    for (const [key, entry] of Object.entries(texts)) {
      const name = `${catalog}.${key}`;
      if (typeof entry === 'string') continue; // a button label
      walked.add(name);
      if (typeof entry === 'function') {
        const samples = SAMPLES[name];
        if (!samples) throw new Error(`${name} has no sample arguments in this test`);
        for (const args of samples) {
          all.push([`${name}(${JSON.stringify(args).slice(1, 60)})`, entry(...args)]);
        }
      } else {
        all.push([name, entry as RuleText]);
      }
    }
  }
  for (const issue of CHARACTERS) {
    for (const field of ['Client ID', 'Client secret']) {
      for (const [key, text] of Object.entries(characterText)) {
        all.push([`characterText.${key}(${field}, ${issue.description})`, text(field, issue)]);
      }
    }
    all.push([
      `redirectUriText.whitespace(${issue.description})`,
      redirectUriText.whitespace(issue),
    ]);
    all.push([
      `redirectUriText.badCharacter(${issue.description})`,
      redirectUriText.badCharacter(issue),
    ]);
    all.push([`redirectUriText.nonAscii(${issue.description})`, redirectUriText.nonAscii(issue)]);
  }
  const fieldEntries = all.filter(([name]) => /^(clientIdText|clientSecretText)\./.test(name));
  for (const [name, text] of fieldEntries) {
    for (const field of ['client_id', 'client_secret']) {
      all.push([
        `credentialsFileText.inFile(${field}, ${name})`,
        credentialsFileText.inFile(field, text),
      ]);
    }
  }
  expect(walked.size).toBeGreaterThan(80);
  return all;
}

const ALL = entries();
const WRONG_SPELLINGS = [
  /\bClient id\b/,
  /\bclient ID\b/,
  /\bclient id\b/,
  /\bclient secret\b/,
  /\bClient Secret\b/,
  /\bclient Secret\b/,
];

function sentences(text: string): number {
  // A sentence ends at . ! or ? followed by a space and a capital; "…" and "e.g." do not end one.
  return text.split(/(?<=[.!?])\s+(?=[A-Z"])/).length;
}

describe('the message catalog', () => {
  it('walks a real catalog (every kind of entry is there)', () => {
    expect(ALL.length).toBeGreaterThan(500);
    expect(CHARACTERS.some((c) => c.kind === 'look-alike')).toBe(true);
    expect(CHARACTERS.some((c) => c.kind === 'invisible')).toBe(true);
    expect(CHARACTERS.some((c) => c.kind === 'non-ascii')).toBe(true);
  });

  it.each(ALL)('%s: a short one-sentence headline', (_name, text) => {
    expect(text.message.length).toBeLessThanOrEqual(80);
    expect(text.message.split(/\s+/).length).toBeLessThanOrEqual(14);
    expect(sentences(text.message)).toBe(1);
    expect(text.message).toMatch(/^[A-Z"].*[.?]$/);
    // Code points and positions are for the details.
    expect(text.message).not.toMatch(/U\+[0-9A-F]{4}|position \d/);
  });

  it.each(ALL)('%s: a short one-sentence fix', (_name, text) => {
    expect(text.fix.length).toBeLessThanOrEqual(90);
    expect(sentences(text.fix)).toBe(1);
    expect(text.fix).toMatch(/^[A-Z"].*[.)]$/);
  });

  it.each(ALL)('%s: details, when present, say more than nothing', (_name, text) => {
    if (text.details === undefined) return;
    expect(text.details.trim().length).toBeGreaterThan(10);
    expect(text.details).not.toMatch(/undefined|NaN|\[object /);
    // Brief: a fact or two (in a file, one more saying which field), never the headline again.
    expect(sentences(text.details)).toBeLessThanOrEqual(4);
    expect(text.details).not.toContain(text.message.slice(0, -1));
  });

  it.each(ALL)('%s: one spelling, "Client ID" and "Client secret"', (_name, text) => {
    for (const part of [text.message, text.fix, text.details ?? '']) {
      for (const wrong of WRONG_SPELLINGS) expect(part).not.toMatch(wrong);
    }
  });

  it('button labels are short and spelt the same way', () => {
    for (const texts of Object.values(CATALOGS)) {
      for (const entry of Object.values(texts)) {
        if (typeof entry !== 'string') continue;
        expect(entry.length).toBeLessThanOrEqual(60);
        for (const wrong of WRONG_SPELLINGS) expect(entry).not.toMatch(wrong);
      }
    }
  });

  it('names characters in words, the code point only in the details', () => {
    const nbsp = CHARACTERS.find((c) => c.codePoint === 0xa0)!;
    const text = characterText.innerWhitespace('Client ID', nbsp);
    expect(text.message).toBe('The Client ID has a non-breaking space inside it.');
    expect(text.details).toBe('U+00A0 no-break space at position 1.');
    const cyrillicA = CHARACTERS.find((c) => c.codePoint === 0x430)!;
    expect(characterText.lookAlike('Client secret', cyrillicA).message).toBe(
      'The Client secret has a Cyrillic letter that looks like Latin a.',
    );
  });
});
