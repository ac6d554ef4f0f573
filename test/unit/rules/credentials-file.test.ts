import { describe, expect, it } from 'vitest';
import {
  MAX_CREDENTIALS_FILE_CHARS,
  checkCredentialsFile,
  type Finding,
} from '../../../src/rules/index.js';
import { ID, SECRET, URI, credentialsJson } from './fixtures.js';

const codes = (findings: Finding[]): string[] => findings.map((f) => f.code);
const ACID_URI = `${URI}?acid=ABC`;

describe('checkCredentialsFile: a good web client file', () => {
  it('reads every field and finds nothing wrong', () => {
    const report = checkCredentialsFile(
      credentialsJson({ javascript_origins: ['https://tp.example.com'] }),
      { redirectUri: URI },
    );
    expect(report).toEqual({
      findings: [
        expect.objectContaining({
          code: 'credentials-file/redirect-uri-registered',
          severity: 'info',
        }),
      ],
      type: 'web',
      clientId: ID,
      clientSecret: SECRET,
      redirectUris: [URI],
      javascriptOrigins: ['https://tp.example.com'],
      projectId: 'acme-mail-123',
    });
  });

  it('does not compare redirect URIs without an expected one', () => {
    expect(checkCredentialsFile(credentialsJson({ redirect_uris: [] })).findings).toEqual([]);
  });

  it('tolerates a byte order mark and surrounding whitespace', () => {
    expect(checkCredentialsFile(`\ufeff\n${credentialsJson({})}\n`).findings).toEqual([]);
  });

  it('trims the values it hands back', () => {
    const report = checkCredentialsFile(
      credentialsJson({ client_id: ` ${ID}\n`, client_secret: `${SECRET} ` }),
    );
    expect(report.clientId).toBe(ID);
    expect(report.clientSecret).toBe(SECRET);
    expect(codes(report.findings)).toEqual([
      'credentials-file/client-id/outer-whitespace',
      'credentials-file/client-secret/outer-whitespace',
    ]);
  });
});

// [code, severity, text, redirectUri]
const TABLE: Array<[string, string, string, string?]> = [
  ['credentials-file/too-large', 'error', ' '.repeat(MAX_CREDENTIALS_FILE_CHARS + 1)],
  ['credentials-file/empty', 'error', '  '],
  ['credentials-file/not-json', 'error', '{"web": {'],
  ['credentials-file/not-json', 'error', 'client_id=abc'],
  ['credentials-file/not-object', 'error', '[1, 2]'],
  ['credentials-file/not-object', 'error', 'null'],
  ['credentials-file/not-object', 'error', '"web"'],
  ['credentials-file/desktop-client', 'error', credentialsJson({}, 'installed')],
  [
    'credentials-file/service-account',
    'error',
    '{"type": "service_account", "client_email": "x@y.iam.gserviceaccount.com"}',
  ],
  ['credentials-file/unknown-type', 'error', '{"client_id": "x"}'],
  ['credentials-file/unknown-type', 'error', '{}'],
  ['credentials-file/bad-section', 'error', '{"web": "oops"}'],
  ['credentials-file/bad-section', 'error', '{"web": [1]}'],
  ['credentials-file/bad-field', 'error', credentialsJson({ redirect_uris: 'https://x.com' })],
  ['credentials-file/bad-field', 'error', credentialsJson({ client_id: 42 })],
  ['credentials-file/missing-client-id', 'error', credentialsJson({ client_id: undefined })],
  [
    'credentials-file/missing-client-secret',
    'warning',
    credentialsJson({ client_secret: undefined }),
  ],
  [
    'credentials-file/client-id/missing-suffix',
    'error',
    credentialsJson({ client_id: ID.replace('.apps.googleusercontent.com', '') }),
  ],
  ['credentials-file/client-secret/masked', 'error', credentialsJson({ client_secret: '****0qR' })],
  [
    'credentials-file/client-secret/same-as-client-id',
    'error',
    credentialsJson({ client_secret: ID }),
  ],
  [
    'credentials-file/no-redirect-uris',
    'warning',
    credentialsJson({ redirect_uris: undefined }),
    URI,
  ],
  ['credentials-file/no-redirect-uris', 'warning', credentialsJson({ redirect_uris: [] }), URI],
  [
    'credentials-file/redirect-uri-registered',
    'info',
    credentialsJson({ redirect_uris: ['https://a.com/cb', URI] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-not-registered',
    'warning',
    credentialsJson({ redirect_uris: ['https://a.com/cb'] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-scheme',
    'warning',
    credentialsJson({ redirect_uris: [URI.replace('https', 'http')] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-trailing-slash',
    'warning',
    credentialsJson({ redirect_uris: [`${URI}/`] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-case',
    'warning',
    credentialsJson({ redirect_uris: [URI.replace('TargetProcess', 'targetprocess')] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-case',
    'warning',
    credentialsJson({ redirect_uris: [URI.replace('tp.example', 'TP.Example')] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-host',
    'warning',
    credentialsJson({ redirect_uris: [URI.replace('tp.example.com', 'tp2.example.com')] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-missing-path',
    'warning',
    credentialsJson({ redirect_uris: ['https://tp.example.com/Admin/Plugins.aspx'] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-extra-path',
    'warning',
    credentialsJson({
      redirect_uris: ['https://tp.example.com/TP/TargetProcess/Admin/Plugins.aspx'],
    }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-path',
    'warning',
    credentialsJson({ redirect_uris: ['https://tp.example.com/oauth/callback'] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-path',
    'warning',
    credentialsJson({ redirect_uris: ['https://tp.example.com/'] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-missing-query',
    'warning',
    credentialsJson({ redirect_uris: [URI] }),
    ACID_URI,
  ],
  [
    'credentials-file/redirect-uri-extra-query',
    'warning',
    credentialsJson({ redirect_uris: [ACID_URI] }),
    URI,
  ],
  [
    'credentials-file/redirect-uri-query',
    'warning',
    credentialsJson({ redirect_uris: [`${URI}?acid=XYZ`] }),
    ACID_URI,
  ],
  ['credentials-file/origin-with-path', 'warning', credentialsJson({ javascript_origins: [URI] })],
  [
    'credentials-file/origin-with-path',
    'warning',
    credentialsJson({ javascript_origins: ['https://tp.example.com/'] }),
  ],
];

describe('checkCredentialsFile: one row per diagnosis', () => {
  it.each(TABLE)('%s (%s)', (code, severity, text, redirectUri) => {
    const report = checkCredentialsFile(text, redirectUri ? { redirectUri } : undefined);
    const hit = report.findings.find((f) => f.code === code);
    expect(hit, codes(report.findings).join()).toBeDefined();
    expect(hit!.severity).toBe(severity);
    expect(hit!.message.length).toBeGreaterThan(10);
    expect(hit!.fix.length).toBeGreaterThan(10);
  });
});

describe('checkCredentialsFile: details', () => {
  it('tells a Desktop client to create a Web application client', () => {
    const report = checkCredentialsFile(credentialsJson({}, 'installed'));
    expect(report.type).toBe('installed');
    expect(report.findings[0]!.fix).toMatch(/Web application/);
    expect(report.clientId).toBe(ID);
  });

  it('names both the registered and the expected URI in a near miss', () => {
    const registered = URI.replace('https', 'http');
    const report = checkCredentialsFile(credentialsJson({ redirect_uris: [registered] }), {
      redirectUri: URI,
    });
    // The URIs are long: the headline says how they differ, the details name both.
    expect(report.findings[0]!.message).toBe('The registered redirect URI uses another scheme.');
    expect(report.findings[0]!.details).toContain(`Registered: ${registered}.`);
    expect(report.findings[0]!.details).toContain(`Needed: ${URI}.`);
    expect(report.findings[0]!.fix).toMatch(/Authorized redirect URIs/);
  });

  it('picks the closest registered URI and names every difference', () => {
    const report = checkCredentialsFile(
      credentialsJson({
        redirect_uris: ['https://zzz.com/cb', 'http://tp.example.com/Admin/Plugins.aspx/'],
      }),
      { redirectUri: URI },
    );
    expect(codes(report.findings).sort()).toEqual([
      'credentials-file/redirect-uri-missing-path',
      'credentials-file/redirect-uri-scheme',
      'credentials-file/redirect-uri-trailing-slash',
    ]);
  });

  it('is not fooled by __proto__ keys and changes no prototype', () => {
    const text =
      '{"__proto__": {"web": {"client_id": "x"}, "polluted": 1}, "web": {"__proto__": {"client_id": 5}, "client_id": "' +
      ID +
      '", "client_secret": "' +
      SECRET +
      '", "constructor": {"prototype": {"polluted": 1}}}}';
    const report = checkCredentialsFile(text);
    expect(report.findings).toEqual([]);
    expect(report.clientId).toBe(ID);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(
      checkCredentialsFile('{"__proto__": {"web": {"client_id": "x"}}}').findings[0]!.code,
    ).toBe('credentials-file/unknown-type');
  });

  it('sorts errors first', () => {
    const report = checkCredentialsFile(
      credentialsJson({ client_secret: undefined, client_id: 'x y' }, 'installed'),
    );
    const ranks = report.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort());
  });
});
