// Where "Check with Google" may send a client secret: Google's own addresses and nothing else.
// The editor's Google option (its `url`) and the discovery document it names are page data, so
// a tampered page could otherwise point the check, and the secret, anywhere. These checks are
// the whole of the allowance: nothing on the page can widen them.

/** Google's OAuth issuer, as the editor's Google option and Google's discovery document name it. */
export const GOOGLE_ISSUER = 'https://accounts.google.com';

/** The discovery document of Google's issuer, the only one the check reads. */
export const GOOGLE_DISCOVERY = `${GOOGLE_ISSUER}/.well-known/openid-configuration`;

/** The hosts Google serves its token endpoint from (today oauth2.googleapis.com). */
export const GOOGLE_TOKEN_HOSTS: readonly string[] = [
  'oauth2.googleapis.com',
  'accounts.google.com',
  'www.googleapis.com',
];

/** The editor's Google option names Google's issuer: exactly, one trailing slash tolerated. */
export function isGoogleIssuer(value: string | null | undefined): boolean {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  return trimmed === GOOGLE_ISSUER || trimmed === `${GOOGLE_ISSUER}/`;
}

/**
 * The token endpoint as an address the secret may go to, or null: https, one of Google's token
 * hosts exactly, no user name or password, no port but 443. The returned href is the parsed
 * form, so the request goes to the address that was judged, not to a re-read of the text.
 */
export function googleTokenEndpoint(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  // The URL parser drops the scheme's default port, so any port left here is not 443.
  if (url.port !== '') return null;
  if (!GOOGLE_TOKEN_HOSTS.includes(url.hostname)) return null;
  return url.href;
}
