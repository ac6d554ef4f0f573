import { describe, expect, it } from 'vitest';
import { checkRedirectUri, redirectUriFor, type Finding } from '../../../src/rules/index.js';
import { URI } from './fixtures.js';

const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);

describe('redirectUriFor', () => {
  it.each([
    ['https://acme.tpondemand.com', undefined, 'https://acme.tpondemand.com/Admin/Plugins.aspx'],
    ['https://acme.tpondemand.com/', null, 'https://acme.tpondemand.com/Admin/Plugins.aspx'],
    [
      'https://acme.tpondemand.com',
      'ABC',
      'https://acme.tpondemand.com/Admin/Plugins.aspx?acid=ABC',
    ],
    [
      'https://tp.example.com/TargetProcess',
      '',
      'https://tp.example.com/TargetProcess/Admin/Plugins.aspx',
    ],
    [
      'https://tp.example.com/TargetProcess/',
      'ABC',
      'https://tp.example.com/TargetProcess/Admin/Plugins.aspx?acid=ABC',
    ],
    [
      ' https://tp.example.com/TargetProcess?acid=X ',
      undefined,
      'https://tp.example.com/TargetProcess/Admin/Plugins.aspx',
    ],
  ])('%j with acid %j gives %s', (root, acid, expected) => {
    expect(redirectUriFor(root, acid)).toBe(expected);
  });
});

describe('checkRedirectUri: accepted', () => {
  it.each([
    'https://acme.tpondemand.com/Admin/Plugins.aspx',
    URI,
    'https://tp.acme.co.uk/Admin/Plugins.aspx',
    'https://tp.acme.de:8443/Admin/Plugins.aspx',
    'https://tp.xn--80ak6aa92e.com/Admin/Plugins.aspx',
    'http://localhost/Admin/Plugins.aspx',
    'http://localhost:8080/TargetProcess/Admin/Plugins.aspx',
    'http://127.0.0.1:5000/Admin/Plugins.aspx',
    'http://[::1]:5000/Admin/Plugins.aspx',
    'https://tp.example.com/Admin/Plugins%20x.aspx',
  ])('%s gives no findings', (uri) => {
    expect(checkRedirectUri(uri)).toEqual([]);
  });
});

// [code, severity, input, suggestion, position]
const TABLE: Array<[string, string, string, string | undefined, number?]> = [
  ['redirect-uri/empty', 'error', '', undefined],
  ['redirect-uri/too-long', 'error', `https://tp.example.com/${'a'.repeat(3000)}`, undefined],
  ['redirect-uri/whitespace', 'error', ` ${URI}`, URI, 1],
  ['redirect-uri/whitespace', 'error', URI.replace('Admin', 'Ad min'), undefined, 40],
  ['redirect-uri/invisible-character', 'error', URI.replace('tp.', 'tp\u200b.'), URI, 11],
  ['redirect-uri/control-character', 'error', `${URI}\u0000`, URI],
  ['redirect-uri/look-alike-character', 'error', URI.replace('example', '\u0435xample'), URI],
  [
    'redirect-uri/non-ascii-character',
    'warning',
    'https://tp.b\u00fccher.de/Admin/Plugins.aspx',
    undefined,
  ],
  ['redirect-uri/no-scheme', 'error', 'tp.example.com/Admin/Plugins.aspx', undefined],
  ['redirect-uri/no-scheme', 'error', 'tp.example.com:443/Admin/Plugins.aspx', undefined],
  ['redirect-uri/bad-scheme', 'error', 'ftp://tp.example.com/Admin/Plugins.aspx', undefined],
  ['redirect-uri/bad-scheme', 'error', 'javascript:alert(1)', undefined],
  [
    'redirect-uri/not-https',
    'error',
    'http://tp.example.com/Admin/Plugins.aspx',
    'https://tp.example.com/Admin/Plugins.aspx',
  ],
  [
    'redirect-uri/userinfo',
    'error',
    'https://admin:pw@tp.example.com/Admin/Plugins.aspx',
    'https://tp.example.com/Admin/Plugins.aspx',
  ],
  ['redirect-uri/fragment', 'error', `${URI}#top`, URI],
  ['redirect-uri/wildcard', 'error', 'https://*.example.com/Admin/Plugins.aspx', undefined],
  [
    'redirect-uri/path-traversal',
    'error',
    'https://tp.example.com/x/../Admin/Plugins.aspx',
    undefined,
  ],
  [
    'redirect-uri/path-traversal',
    'error',
    'https://tp.example.com/x/%2E%2e/Admin/Plugins.aspx',
    undefined,
  ],
  [
    'redirect-uri/path-traversal',
    'error',
    'https://tp.example.com/x%2f../Admin/Plugins.aspx',
    undefined,
  ],
  [
    'redirect-uri/path-traversal',
    'error',
    'https://tp.example.com\\..\\Admin/Plugins.aspx',
    undefined,
  ],
  ['redirect-uri/bad-percent-encoding', 'error', 'https://tp.example.com/a%zz', undefined, 25],
  ['redirect-uri/bad-percent-encoding', 'error', 'https://tp.example.com/a%', undefined, 25],
  ['redirect-uri/encoded-nul', 'error', 'https://tp.example.com/a%00b', undefined],
  ['redirect-uri/no-host', 'error', 'https:///Admin/Plugins.aspx', undefined],
  ['redirect-uri/ip-address', 'error', 'https://10.0.0.5/Admin/Plugins.aspx', undefined],
  ['redirect-uri/ip-address', 'error', 'https://[2001:db8::1]/Admin/Plugins.aspx', undefined],
  ['redirect-uri/single-label-host', 'error', 'https://tpserver/Admin/Plugins.aspx', undefined],
  ['redirect-uri/internal-domain', 'error', 'https://tp.corp/Admin/Plugins.aspx', undefined],
  ['redirect-uri/internal-domain', 'error', 'https://tp.acme.local/Admin/Plugins.aspx', undefined],
  ['redirect-uri/internal-domain', 'error', 'https://tp.lan/Admin/Plugins.aspx', undefined],
  [
    'redirect-uri/internal-domain',
    'error',
    'https://tp.acme.internal/Admin/Plugins.aspx',
    undefined,
  ],
  ['redirect-uri/internal-domain', 'error', 'https://tp.intranet/Admin/Plugins.aspx', undefined],
  ['redirect-uri/internal-domain', 'error', 'https://tp.home/Admin/Plugins.aspx', undefined],
  ['redirect-uri/internal-domain', 'error', 'https://tp.localdomain/Admin/Plugins.aspx', undefined],
  ['redirect-uri/internal-domain', 'error', 'https://tp.test/Admin/Plugins.aspx', undefined],
  ['redirect-uri/internal-domain', 'error', 'https://tp.example/Admin/Plugins.aspx', undefined],
  ['redirect-uri/internal-domain', 'error', 'https://tp.invalid/Admin/Plugins.aspx', undefined],
  [
    'redirect-uri/googleusercontent',
    'error',
    'https://x.googleusercontent.com/Admin/Plugins.aspx',
    undefined,
  ],
  ['redirect-uri/url-shortener', 'error', 'https://bit.ly/abc', undefined],
  ['redirect-uri/unknown-tld', 'warning', 'https://tp.acme.qqqq/Admin/Plugins.aspx', undefined],
  ['redirect-uri/acid', 'info', `${URI}?acid=ABC123`, undefined],
];

describe('checkRedirectUri: one row per rule', () => {
  it.each(TABLE)('%s (%s) for %j', (code, severity, input, suggestion, position) => {
    const findings = checkRedirectUri(input);
    const hit = findings.find((f) => f.code === code);
    expect(hit, codes(findings).join()).toBeDefined();
    expect(hit!.severity).toBe(severity);
    expect(hit!.suggestion).toBe(suggestion);
    if (position !== undefined) expect(hit!.position).toBe(position);
  });
});

describe('checkRedirectUri: details', () => {
  it('tells how to fix an internal name', () => {
    const [finding] = checkRedirectUri('https://tp.corp/Admin/Plugins.aspx');
    expect(finding!.fix).toBe('Open Targetprocess by a public https name, like tp.example.com.');
    expect(finding!.message).toBe(
      'Google will refuse this redirect URI: its host is an internal name.',
    );
    expect(finding!.details).toContain('"tp.corp" ends with ".corp"');
    expect(finding!.details).toContain('public top-level domain');
  });

  it('says the acid must be registered exactly, and is only info', () => {
    const findings = checkRedirectUri(`${URI}?acid=ABC123`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toMatch(/acid/);
    expect(findings[0]!.details).toContain('?acid=ABC123');
    expect(findings[0]!.fix).toMatch(/exactly/);
  });

  it('puts errors before the acid info', () => {
    const findings = checkRedirectUri('http://tp.example.com/Admin/Plugins.aspx?acid=A');
    expect(codes(findings)).toEqual(['redirect-uri/not-https', 'redirect-uri/acid']);
  });

  it('accepts the URI made by redirectUriFor for public roots', () => {
    for (const root of ['https://acme.tpondemand.com', 'https://tp.example.com/TargetProcess']) {
      expect(checkRedirectUri(redirectUriFor(root))).toEqual([]);
      expect(codes(checkRedirectUri(redirectUriFor(root, 'X1')))).toEqual(['redirect-uri/acid']);
    }
  });
});

// Issue 22, item 10: an address Google cannot take says so first, then what is wrong with it.
describe('checkRedirectUri: the headline says Google will refuse it', () => {
  it.each([
    [
      'plain http on a public name',
      'http://tp.example.com/Admin/Plugins.aspx',
      'redirect-uri/not-https',
      'Google will refuse this redirect URI: it uses plain http.',
    ],
    [
      'plain http, on-premise with acid',
      'http://tp.example.com/TargetProcess/Admin/Plugins.aspx?acid=ABC',
      'redirect-uri/not-https',
      'Google will refuse this redirect URI: it uses plain http.',
    ],
    [
      'an internal name',
      'https://tp.corp/TargetProcess/Admin/Plugins.aspx',
      'redirect-uri/internal-domain',
      'Google will refuse this redirect URI: its host is an internal name.',
    ],
    [
      'an intranet host',
      'https://tp.intranet/Admin/Plugins.aspx',
      'redirect-uri/internal-domain',
      'Google will refuse this redirect URI: its host is an internal name.',
    ],
    [
      'a server name alone',
      'https://tpserver/TargetProcess/Admin/Plugins.aspx',
      'redirect-uri/single-label-host',
      'Google will refuse this redirect URI: its host is not a full domain name.',
    ],
    [
      'a raw IPv4 address',
      'https://10.0.0.5/TargetProcess/Admin/Plugins.aspx',
      'redirect-uri/ip-address',
      'Google will refuse this redirect URI: its host is an IP address.',
    ],
    [
      'a raw IPv6 address',
      'https://[2001:db8::1]/Admin/Plugins.aspx',
      'redirect-uri/ip-address',
      'Google will refuse this redirect URI: its host is an IP address.',
    ],
    [
      'another scheme',
      'ftp://tp.example.com/Admin/Plugins.aspx',
      'redirect-uri/bad-scheme',
      'Google will refuse this redirect URI: it does not use https.',
    ],
  ])('%s', (_name, uri, code, message) => {
    const finding = checkRedirectUri(uri).find((f) => f.code === code);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(message);
  });

  it('http on an internal name says both, each with the consequence', () => {
    const findings = checkRedirectUri('http://tp.local/Admin/Plugins.aspx');
    expect(codes(findings)).toEqual(['redirect-uri/not-https', 'redirect-uri/internal-domain']);
    for (const f of findings) expect(f.message).toMatch(/^Google will refuse this redirect URI: /);
  });

  it('every host or scheme error starts with the consequence; a mere doubt says "may"', () => {
    const errors = [
      'http://tp.example.com/x',
      'https://tp.lan/x',
      'https://tp/x',
      'https://192.168.1.2/x',
      'https://x.googleusercontent.com/x',
      'https://bit.ly/x',
      'mailto:tp.example.com/x',
      'tp.example.com/Admin/Plugins.aspx',
    ].flatMap((uri) => checkRedirectUri(uri).filter((f) => f.severity === 'error'));
    expect(errors.length).toBeGreaterThanOrEqual(8);
    for (const f of errors)
      expect(f.message, f.code).toMatch(/^Google will refuse this redirect URI: /);
    const [doubt] = checkRedirectUri('https://tp.example.mycompanyname/x');
    expect(doubt).toMatchObject({ code: 'redirect-uri/unknown-tld', severity: 'warning' });
    expect(doubt!.message).toMatch(/^Google may refuse this redirect URI: /);
  });

  it('localhost over http stays fine: no refusal is announced', () => {
    expect(checkRedirectUri('http://localhost:8080/TargetProcess/Admin/Plugins.aspx')).toEqual([]);
  });
});
