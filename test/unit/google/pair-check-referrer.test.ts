// Neither of Check with Google's two requests tells Google which Targetprocess page asked: the
// discovery GET carries no Referer, as the token POST already does not (issue 22).
import { beforeEach, describe, expect, it } from 'vitest';
import { askTokenEndpoint, forgetDiscovery } from '../../../src/google/pair-check.js';
import { GOOGLE_ISSUER } from '../../../src/google/google-addresses.js';

const DISCOVERY = 'https://accounts.google.com/.well-known/openid-configuration';
const TOKEN = 'https://oauth2.googleapis.com/token';

beforeEach(() => forgetDiscovery());

describe('Check with Google: no referrer', () => {
  it('sends referrerPolicy no-referrer (and no credentials) on the discovery GET and the token POST', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fakeFetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      seen.push({ url, init });
      const body =
        url === DISCOVERY
          ? { issuer: GOOGLE_ISSUER, token_endpoint: TOKEN }
          : { error: 'invalid_grant', error_description: 'Malformed auth code.' };
      return Promise.resolve(
        new Response(JSON.stringify(body), {
          status: url === DISCOVERY ? 200 : 400,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }) as typeof fetch;
    const answer = await askTokenEndpoint({
      clientId: '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com',
      clientSecret: 'GOCSPX-abcdefghijklmnopqrstuvwxyz12',
      redirectUri: 'https://acme.tpondemand.com/Admin/Plugins.aspx',
      issuer: GOOGLE_ISSUER,
      fetch: fakeFetch,
    });
    expect(answer).toMatchObject({ kind: 'answer', error: 'invalid_grant' });
    expect(seen.map((s) => s.url)).toEqual([DISCOVERY, TOKEN]);
    for (const { init } of seen) {
      expect(init.referrerPolicy).toBe('no-referrer');
      expect(init.credentials).toBe('omit');
    }
  });
});
