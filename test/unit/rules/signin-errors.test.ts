import { describe, expect, it } from 'vitest';
import { SIGN_IN_ERRORS, decodeSignInError } from '../../../src/rules/index.js';

describe('SIGN_IN_ERRORS', () => {
  it('lists every diagnosis once, each with a title, a cause and a fix', () => {
    const codes = SIGN_IN_ERRORS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of SIGN_IN_ERRORS) {
      expect(d.title.length).toBeGreaterThan(5);
      expect(d.cause.length).toBeGreaterThan(20);
      expect(d.fix.length).toBeGreaterThan(20);
      for (const link of d.links) {
        expect(link.href).toMatch(/^https:\/\/(support\.google\.com|developers\.google\.com)\//);
        expect(link.label.length).toBeGreaterThan(3);
      }
    }
  });

  it('covers the errors docs/google.md lists', () => {
    const codes = SIGN_IN_ERRORS.map((d) => d.code);
    for (const code of [
      'redirect_uri_mismatch',
      'invalid_client',
      'invalid_client_secret',
      'access_denied',
      'org_internal',
      'admin_policy_enforced',
      'invalid_grant',
      'deleted_client',
      'no_refresh_token',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it('decodes its own code back to itself', () => {
    for (const d of SIGN_IN_ERRORS) expect(decodeSignInError(d.code)?.code).toBe(d.code);
  });
});

const TABLE: ReadonlyArray<readonly [string, string]> = [
  ['redirect_uri_mismatch', 'redirect_uri_mismatch'],
  ['Error 400: redirect_uri_mismatch', 'redirect_uri_mismatch'],
  [
    "Access blocked: This app's request is invalid\nYou can't sign in because this app sent an invalid request.\nError 400: redirect_uri_mismatch",
    'redirect_uri_mismatch',
  ],
  ['Error 401: invalid_client\nThe OAuth client was not found.', 'invalid_client'],
  ['The OAuth client was not found.', 'invalid_client'],
  ['{"error": "invalid_client", "error_description": "Unauthorized"}', 'invalid_client_secret'],
  [
    '{\n  "error": "invalid_client",\n  "error_description": "The OAuth client was not found."\n}',
    'invalid_client',
  ],
  ['invalid_client: Unauthorized', 'invalid_client_secret'],
  // What the editor itself shows under Client secret after a refused code exchange.
  ['Unauthorized', 'invalid_client_secret'],
  ['unauthorized.', 'invalid_client_secret'],
  [
    'Access blocked: TP Mail has not completed the Google verification process. Error 403: access_denied',
    'access_denied',
  ],
  ['error=access_denied', 'access_denied'],
  ['Error 403: org_internal', 'org_internal'],
  ['This client is restricted to users within its organization.', 'org_internal'],
  ['Error 400: admin_policy_enforced', 'admin_policy_enforced'],
  [
    '{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}',
    'invalid_grant',
  ],
  ['Error 401: deleted_client The OAuth client was deleted.', 'deleted_client'],
  ['Error 401: disabled_client', 'disabled_client'],
  ['Google hasn\u2019t verified this app', 'unverified_app'],
  [
    'There is no refresh token. Remove access for your app in your Google account and sign in again.',
    'no_refresh_token',
  ],
  ['Client secret should be reentered', 'secret_reentered'],
  ['OAuth client should be authorized', 'not_authorized'],
  ['Client id should not be empty', 'field_empty'],
  ['  ERROR 400: REDIRECT_URI_MISMATCH  ', 'redirect_uri_mismatch'],
];

describe('decodeSignInError', () => {
  it.each(TABLE)('%j is %s', (text, code) => {
    const d = decodeSignInError(text);
    expect(d?.code).toBe(code);
    expect(d?.fix.length).toBeGreaterThan(20);
  });

  it.each(['', '   ', 'everything is fine', '{"error": 5}', '{not json', 'Malformed auth code.'])(
    '%j is not a known sign-in error',
    (text) => {
      expect(decodeSignInError(text)).toBeUndefined();
    },
  );

  it('tells a redirect_uri_mismatch to register the URI exactly', () => {
    expect(decodeSignInError('redirect_uri_mismatch')!.fix).toMatch(/exactly/);
  });

  it('says invalid_grant comes from the 7-day Testing limit and that publishing fixes it', () => {
    const d = decodeSignInError('invalid_grant')!;
    expect(d.cause).toMatch(/7 days/);
    expect(d.fix).toMatch(/In production/);
  });

  it('hands out copies, so a caller cannot change the catalog', () => {
    const d = decodeSignInError('invalid_grant')!;
    d.links.push({ label: 'x', href: 'y' });
    expect(decodeSignInError('invalid_grant')!.links).not.toContainEqual({ label: 'x', href: 'y' });
  });
});
