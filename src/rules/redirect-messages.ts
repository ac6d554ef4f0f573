// The words of the redirect URI's rules (see messages.ts): loaded with the check of the page's
// own redirect URI, in the editor's later chunk (src/host/editor/later.ts).
import { rule, where, type CharacterFacts, type RuleText } from './messages.js';

const PUBLIC_NAME = 'Open Targetprocess by a public https name, like tp.example.com.';
const SITE = 'Use the address of your Targetprocess site.';
const HTTPS = 'Open Targetprocess over https.';
const REFUSED = 'Google will refuse this redirect URI:';

export const redirectUriText = {
  empty: rule('The redirect URI is empty.', 'Open this page from within Targetprocess.'),
  tooLong: (length: number): RuleText =>
    rule(
      'The redirect URI is too long for Google.',
      'Use the short address of your Targetprocess site.',
      `It has ${length} characters.`,
    ),
  whitespace: (c: CharacterFacts): RuleText =>
    rule(
      `The redirect URI has ${c.name} in it.`,
      'Delete that character.',
      `${where(c)} Google: "Invalid Redirect: cannot contain whitespace".`,
    ),
  badCharacter: (c: CharacterFacts): RuleText =>
    rule(
      `The redirect URI has ${c.name} in it.`,
      'Retype the address in plain characters.',
      where(c),
    ),
  nonAscii: (c: CharacterFacts): RuleText =>
    rule(
      'The redirect URI has a non-ASCII character in it.',
      'Use the punycode form, as your browser copies it.',
      where(c),
    ),
  noScheme: rule(
    `${REFUSED} it does not start with https://.`,
    'Write it in full, starting with https://.',
  ),
  badScheme: (scheme: string): RuleText =>
    rule(`${REFUSED} it does not use https.`, HTTPS, `It uses "${scheme}:".`),
  notHttps: rule(
    `${REFUSED} it uses plain http.`,
    HTTPS,
    'Google accepts http only for localhost.',
  ),
  userinfo: rule(
    'The redirect URI has a user name before the host.',
    'Remove the part up to and including "@".',
  ),
  fragment: rule('The redirect URI has a fragment (#…).', 'Remove "#" and everything after it.'),
  wildcard: rule(
    'The redirect URI has a wildcard (*).',
    SITE,
    'Google: "Invalid Redirect: cannot contain a wildcard (*)".',
  ),
  pathTraversal: rule(
    'The redirect URI has ".." or a backslash in it.',
    SITE,
    'Encoded forms count too.',
  ),
  badPercentEncoding: (position: number): RuleText =>
    rule(
      'The redirect URI has a stray percent sign.',
      'Write "%25" for a literal percent sign, or remove it.',
      `The "%" at position ${position} is not followed by two hex digits.`,
    ),
  encodedNul: rule('The redirect URI has an encoded null character (%00).', 'Remove "%00".'),
  noHost: rule('The redirect URI has no host name.', SITE),
  ipAddress: (host: string): RuleText =>
    rule(
      `${REFUSED} its host is an IP address.`,
      PUBLIC_NAME,
      `Host: ${host}. Google accepts an IP address only for localhost.`,
    ),
  singleLabelHost: (host: string): RuleText =>
    rule(`${REFUSED} its host is not a full domain name.`, PUBLIC_NAME, `Host: "${host}".`),
  internalDomain: (host: string, suffix: string): RuleText =>
    rule(
      `${REFUSED} its host is an internal name.`,
      PUBLIC_NAME,
      `"${host}" ends with ".${suffix}". Google: "Invalid Redirect: must end with a public top-level domain". It need only resolve for your browser.`,
    ),
  unknownTld: (tld: string): RuleText =>
    rule(
      'Google may refuse this redirect URI: its domain ending is unknown.',
      'If Google Cloud Console accepts it, go on; if not, use a public name.',
      `".${tld}" is not a public top-level domain the assistant knows.`,
    ),
  googleusercontent: rule(`${REFUSED} it is on googleusercontent.com.`, SITE),
  urlShortener: (host: string): RuleText =>
    rule(`${REFUSED} it is a shortened link.`, SITE, `"${host}" is a URL shortener.`),
  acid: (acid: string): RuleText =>
    rule(
      "This redirect URI carries this page's acid.",
      'Register it exactly as shown, acid included.',
      `Opening the editor without ?acid=${acid}, or with another, needs that URI registered too.`,
    ),
  suggestHttps: 'Use https',
  suggestWithoutUserinfo: 'Remove the user name',
  suggestWithoutFragment: 'Remove the fragment',
  suggestTrimmed: 'Remove the spaces',
  suggestCorrected: 'Use the corrected URI',
} as const;
