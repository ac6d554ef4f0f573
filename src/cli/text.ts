// Text from outside (a server's answer, a URL, an error) made fit to print on one terminal line.

// Terminal escape sequences first (CSI, OSC, and the two-character forms), then whatever control
// character is left: C0, DEL, C1, and the bidirectional overrides that reorder what is shown.
// Matching control characters is the point of these two patterns.
const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Text from the server (or any outside source) made safe to print on one terminal line: escape
 * sequences removed whole, other control characters (line breaks and tabs included) become a
 * space, so a crafted answer can neither clear the screen nor forge a second line.
 */
export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARACTERS, ' ');
}

/** Any access_token=… left in free text (an error message quoting a URL) becomes ***. */
export function scrubText(text: string): string {
  return text.replace(/(access_token=)[^&\s"'<>]*/gi, '$1***').replace(/(\/\/)[^/@\s]+@/g, '$1');
}

/** A URL safe to print: no user info, the access token shown as ***. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    const query = parsed.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '')
      .map((pair) => (/^access_token=/i.test(pair) ? 'access_token=***' : pair));
    parsed.search = '';
    return `${parsed.toString()}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  } catch {
    return scrubText(url);
  }
}

/**
 * At most `max` characters of `text` made printable, with … when cut. Cut before the clean-up
 * too, so a hostile megabyte costs no more than a few kilobytes of work.
 */
export function capText(text: string, max: number): string {
  const clean = printable(text.slice(0, max * 4)).trim();
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : clean;
}

/**
 * Where a redirect points, as origin and path only: a sign-on proxy's query (ReturnUrl=…) holds
 * our own request URL, access token included, encoded once or more.
 */
export function originAndPath(url: URL): string {
  return capText(`${url.origin}${url.pathname}`, 200);
}
