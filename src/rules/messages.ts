// The one catalog of user-facing rule text. Written for a Targetprocess admin who is setting up
// Google sign-in for the Email Integration profile: every entry says what is wrong AND what to do.
// Rule modules pick entries from here; nothing else in src/rules writes words for people.
//
// The shape of every entry: `message` is the headline, one short sentence (characters named in
// words); `fix` is one short sentence; the rest (why, Google's error text, examples, a code
// point, a position) goes to `details`, shown only on request. Brief beats complete: details
// hold only what an admin needs to act or to search for, never a restatement. The fields
// are always "Client ID" and "Client secret", whatever the host's own captions say.
// test/unit/rules/catalog.test.ts holds every entry to that.

export interface RuleText {
  readonly message: string;
  readonly fix: string;
  readonly details?: string;
}

/** An entry, in the order it reads: headline, fix, and details when there are any. */
const rule = (message: string, fix: string, details?: string): RuleText =>
  details ? { message, fix, details } : { message, fix };

/** A sign-in error: Google's or the editor's own words, then why and what to do. */
const diagnosis = (title: string, cause: string, fix: string) => ({ title, cause, fix });

export const CLIENT_ID_SUFFIX = '.apps.googleusercontent.com';

const CONSOLE_CLIENTS = 'Google Cloud Console: APIs & Services > Credentials.';
const ADD_REDIRECT_URI =
  'Add the redirect URI shown here under Authorized redirect URIs in Google Cloud Console.';
const PUBLIC_NAME = 'Open Targetprocess by a public https name, like tp.example.com.';
const SITE = 'Use the address of your Targetprocess site.';
const IMPORT_FILE = 'Import the client_secret_….json file from Google Cloud Console.';
const DOWNLOAD_AGAIN = 'Download the credentials file again.';
const WEB_CLIENT_JSON = 'Create a Web application client and import its JSON.';
const ADD_SECRET = 'Paste the secret you saved, or make one with "Add secret" on the client.';
const FILE_AGE = 'A file downloaded before a change does not show it.';
const HTTPS = 'Open Targetprocess over https.';
const WRAPPED = 'Remove them.';
const LABEL = 'Keep only the value after the label.';
const WHOLE_FILE = 'This is a whole credentials file.';
const DESKTOP = 'This file is for a Desktop app client, the wrong type.';
const STORED = 'Targetprocess never sends a stored secret back to the page.';

/** A stray character as the checks report it. */
export interface CharacterFacts {
  /** In words, with its article: "a zero-width space". */
  readonly name: string;
  /** Code point and Unicode name: "U+200B zero-width space". */
  readonly description: string;
  /** 1-based, in characters. */
  readonly position: number;
  /** For a look-alike: the ASCII character it imitates. */
  readonly ascii?: string;
}

const where = (c: CharacterFacts): string => `${c.description} at position ${c.position}.`;

/** Text about one stray character, shared by the Client ID and Client secret fields. */
export const characterText = {
  invisible: (field: string, c: CharacterFacts): RuleText =>
    rule(
      `The ${field} has ${c.name} in it.`,
      'Retype that part, or paste the value again.',
      where(c),
    ),
  control: (field: string, c: CharacterFacts): RuleText =>
    rule(`The ${field} has ${c.name} in it.`, `Paste the ${field} again.`, where(c)),
  lookAlike: (field: string, c: CharacterFacts): RuleText =>
    rule(`The ${field} has ${c.name}.`, `Type a plain "${c.ascii ?? '?'}" there.`, where(c)),
  nonAscii: (field: string, c: CharacterFacts): RuleText =>
    rule(`The ${field} has a character Google never uses.`, `Paste the ${field} again.`, where(c)),
  innerWhitespace: (field: string, c: CharacterFacts): RuleText =>
    rule(`The ${field} has ${c.name} inside it.`, 'Delete that character.', where(c)),
} as const;

export const clientIdText = {
  empty: rule(
    'The Client ID is empty.',
    'Paste the Client ID of your Web application client.',
    CONSOLE_CLIENTS,
  ),
  tooLong: (length: number): RuleText =>
    rule(
      'This is far too long for a Client ID.',
      'Paste only the Client ID, about 72 characters.',
      `It has ${length} characters.`,
    ),
  outerWhitespace: rule(
    'The Client ID has spaces or line breaks around it.',
    'Remove them.',
    'Else Google says "invalid_client: The OAuth client was not found".',
  ),
  wrapped: rule('The Client ID is wrapped in quotes or brackets.', WRAPPED),
  labelIncluded: rule('The Client ID was pasted with its label.', LABEL),
  credentialsJson: rule(WHOLE_FILE, 'Paste only its "client_id", or fill both fields from it.'),
  desktopFile: rule(
    DESKTOP,
    'Create a Web application client and use its values.',
    'Its section is "installed".',
  ),
  looksLikeSecret: rule(
    'This is the Client secret, not the Client ID.',
    'Put it in the Client secret field instead.',
    'It starts with GOCSPX-.',
  ),
  looksLikeLegacySecret: rule(
    'This looks like an older Client secret, not a Client ID.',
    'Check that the two fields are not swapped.',
    'Older Client secrets have 24 characters.',
  ),
  apiKey: rule(
    'This is a Google API key, not a Client ID.',
    'Paste the Client ID of your Web application client.',
    CONSOLE_CLIENTS,
  ),
  serviceAccount: rule(
    'This is a service account, not a Client ID.',
    'Paste the Client ID of a Web application OAuth client.',
    'To make one: Create credentials > OAuth client ID.',
  ),
  email: rule(
    'This is an e-mail address, not a Client ID.',
    'Paste the Client ID; you pick the mailbox at Sign in.',
  ),
  projectNumber: rule(
    'This looks like a project number.',
    `Copy the whole Client ID; it ends with ${CLIENT_ID_SUFFIX}.`,
  ),
  projectId: rule(
    'This looks like a project ID, not a Client ID.',
    `Copy the Client ID; it ends with ${CLIENT_ID_SUFFIX}.`,
  ),
  missingSuffix: rule(
    'The Client ID is missing its ending.',
    `Add "${CLIENT_ID_SUFFIX}" at the end.`,
  ),
  misspeltSuffix: (ending: string): RuleText =>
    rule(
      'The Client ID has a misspelt ending.',
      `Correct the ending to "${CLIENT_ID_SUFFIX}".`,
      `It ends with "${ending}".`,
    ),
  suffixCase: rule('The Client ID ending is not in lower case.', `Write it "${CLIENT_ID_SUFFIX}".`),
  extraText: rule('There is other text around the Client ID.', 'Keep only the Client ID itself.'),
  unrecognised: rule(
    'This does not look like a Google Client ID.',
    'If it is exactly what Google Cloud Console shows, go on.',
    `Usual form: 123456789012-abc…xyz${CLIENT_ID_SUFFIX}.`,
  ),
  suggestTrimmed: 'Use the ID without the spaces',
  suggestUnwrapped: 'Use only the ID itself',
  suggestFromFile: 'Use the Client ID from this file',
  suggestWithSuffix: `Add "${CLIENT_ID_SUFFIX}"`,
  suggestFixedSuffix: `Correct the ending to "${CLIENT_ID_SUFFIX}"`,
  suggestExtracted: 'Use only the Client ID',
  suggestCorrected: 'Use the corrected ID',
} as const;

export const clientSecretText = {
  empty: rule('The Client secret is empty.', ADD_SECRET, CONSOLE_CLIENTS),
  storedPlaceholder: rule(
    'A Client secret is already stored for this profile.',
    'Save keeps it; to Sign in, paste the secret again.',
    STORED,
  ),
  tooLong: (length: number): RuleText =>
    rule(
      'This is far too long for a Client secret.',
      'Paste only the Client secret: GOCSPX- and 28 more characters.',
      `It has ${length} characters.`,
    ),
  outerWhitespace: rule(
    'The Client secret has spaces or line breaks around it.',
    'Remove them.',
    'Else Google says "invalid_client: Unauthorized".',
  ),
  wrapped: rule('The Client secret is wrapped in quotes or brackets.', WRAPPED),
  labelIncluded: rule('The Client secret was pasted with its label.', LABEL),
  credentialsJson: rule(WHOLE_FILE, 'Paste only its "client_secret", or fill both fields from it.'),
  desktopFile: clientIdText.desktopFile,
  looksLikeClientId: rule(
    'This is the Client ID, not the Client secret.',
    'Put it in the Client ID field instead.',
    `It ends with ${CLIENT_ID_SUFFIX}.`,
  ),
  sameAsClientId: rule(
    'The Client secret is the same as the Client ID.',
    'Paste the Client secret here; it starts with GOCSPX-.',
  ),
  apiKey: rule('This is a Google API key, not a Client secret.', ADD_SECRET),
  masked: rule(
    'This is the masked secret Google Cloud Console shows.',
    ADD_SECRET,
    'Google shows a secret in full only once, when it is made.',
  ),
  gocspxLength: (length: number): RuleText =>
    rule(
      `This secret has ${length} characters instead of 35.`,
      'Copy it again in full; if it is exactly what Google gave, go on.',
    ),
  extraText: rule(
    'There is other text around the Client secret.',
    'Keep only the secret (GOCSPX-…).',
  ),
  unrecognised: rule(
    'This does not look like a Google Client secret.',
    'If it is exactly the secret you saved, go on.',
    'Usual form: GOCSPX- and 28 more characters.',
  ),
  // Labels never show the secret itself.
  suggestTrimmed: 'Use the secret without the spaces',
  suggestUnwrapped: 'Use only the secret itself',
  suggestFromFile: 'Use the secret from this file',
  suggestExtracted: 'Use only the secret',
  suggestCorrected: 'Use the corrected secret',
} as const;

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
    'The redirect URI does not start with https://.',
    'Write it in full, starting with https://.',
  ),
  badScheme: (scheme: string): RuleText =>
    rule('The redirect URI does not use https.', HTTPS, `It uses "${scheme}:".`),
  notHttps: rule(
    'The redirect URI uses http, not https.',
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
      'The redirect URI uses an IP address, not a name.',
      PUBLIC_NAME,
      `Host: ${host}. Google accepts an IP address only for localhost.`,
    ),
  singleLabelHost: (host: string): RuleText =>
    rule(
      'The host of the redirect URI is not a full domain name.',
      PUBLIC_NAME,
      `Host: "${host}".`,
    ),
  internalDomain: (host: string, suffix: string): RuleText =>
    rule(
      'The host of the redirect URI is an internal name.',
      PUBLIC_NAME,
      `"${host}" ends with ".${suffix}". Google: "Invalid Redirect: must end with a public top-level domain". It need only resolve for your browser.`,
    ),
  unknownTld: (tld: string): RuleText =>
    rule(
      'The redirect URI may not end with a public domain.',
      'If Google Cloud Console accepts it, go on; if not, use a public name.',
      `".${tld}" is not a public top-level domain the assistant knows.`,
    ),
  googleusercontent: rule('Google refuses a redirect URI on googleusercontent.com.', SITE),
  urlShortener: (host: string): RuleText =>
    rule('Google refuses a shortened link as redirect URI.', SITE, `"${host}" is a URL shortener.`),
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

type NearMiss =
  | 'scheme'
  | 'trailing-slash'
  | 'case'
  | 'host'
  | 'missing-path'
  | 'extra-path'
  | 'path'
  | 'missing-query'
  | 'extra-query'
  | 'query';

const NEAR_MISS: Record<NearMiss, string> = {
  scheme: 'uses another scheme',
  'trailing-slash': 'differs by a trailing slash',
  case: 'differs in upper and lower case',
  host: 'points to another host',
  'missing-path': 'lacks the path before /Admin/',
  'extra-path': 'has an extra part in its path',
  path: 'has another path',
  'missing-query': 'lacks the ?acid=… this page sends',
  'extra-query': 'has a query this page does not send',
  query: 'has another query',
};

export const credentialsFileText = {
  empty: rule('The credentials file is empty.', DOWNLOAD_AGAIN),
  tooLarge: (limitKb: number): RuleText =>
    rule(
      'This is too large for a credentials file.',
      IMPORT_FILE,
      `It is over ${limitKb} KB; a credentials file is under 1 KB.`,
    ),
  notJson: rule('This is not valid JSON.', 'Import the client_secret_….json file unchanged.'),
  notObject: rule('This JSON is not a Google credentials file.', IMPORT_FILE),
  serviceAccount: rule('This is a service account key, not an OAuth client.', WEB_CLIENT_JSON),
  desktopClient: rule(DESKTOP, WEB_CLIENT_JSON, 'Its section is "installed".'),
  unknownType: (keys: string): RuleText =>
    rule('This file has no "web" section.', IMPORT_FILE, keys ? `It has ${keys}.` : undefined),
  badSection: rule('The "web" section of this file is not an object.', DOWNLOAD_AGAIN),
  badField: (fields: readonly string[]): RuleText =>
    rule(
      'A field in this file has the wrong type.',
      DOWNLOAD_AGAIN,
      `The wrong type: ${fields.map((field) => `"${field}"`).join(', ')}.`,
    ),
  missingClientId: rule('The file has no "client_id".', DOWNLOAD_AGAIN),
  missingClientSecret: rule(
    'The file has no "client_secret".',
    ADD_SECRET,
    'Files downloaded after the client was made leave it out.',
  ),
  inFile: (field: string, text: RuleText): RuleText =>
    rule(
      `In the file: ${text.message}`,
      text.fix,
      [`About its "${field}".`, text.details].filter(Boolean).join(' '),
    ),
  noRedirectUris: (expected: string): RuleText =>
    rule(
      'The file lists no authorized redirect URI.',
      ADD_REDIRECT_URI,
      `Needed: ${expected}. ${FILE_AGE}`,
    ),
  redirectUriRegistered: (_expected: string): RuleText =>
    rule(
      "This account's redirect URI is registered on this client.",
      'Nothing to do; changes can take hours to apply.',
    ),
  redirectUriNotRegistered: (expected: string): RuleText =>
    rule(
      "This account's redirect URI is not registered on this client.",
      ADD_REDIRECT_URI,
      `Needed: ${expected}. ${FILE_AGE}`,
    ),
  nearMiss: (kind: NearMiss, registered: string, expected: string): RuleText =>
    rule(
      `The registered redirect URI ${NEAR_MISS[kind]}.`,
      ADD_REDIRECT_URI,
      `Registered: ${registered}. Needed: ${expected}.`,
    ),
  originWithPath: (origin: string): RuleText =>
    rule(
      'A JavaScript origin in this file has a path.',
      'Remove that origin; Targetprocess needs none.',
      `${origin}. Google: "URIs must not contain a path or end with '/'".`,
    ),
} as const;

/** Texts for the sign-in errors picker and decoder, keyed by diagnosis code. */
export const signInErrorText = {
  redirect_uri_mismatch: diagnosis(
    'Error 400: redirect_uri_mismatch',
    'The URI sent is not registered exactly; case, trailing slash and ?acid=… count.',
    'Add exactly the redirect URI shown here under Authorized redirect URIs; allow a few minutes.',
  ),
  invalid_client: diagnosis(
    'Error 401: invalid_client (The OAuth client was not found)',
    'Google does not know the Client ID: mistyped, with spaces, or of a deleted client.',
    'Copy the Client ID again and paste it without spaces.',
  ),
  invalid_client_secret: diagnosis(
    'invalid_client: Unauthorized',
    'The Client ID is right but the Client secret is wrong or disabled.',
    ADD_SECRET,
  ),
  access_denied: diagnosis(
    'Error 403: access_denied (has not completed the Google verification process)',
    'The app is in Testing and this mailbox is not a test user (or Cancel was clicked).',
    'In Google Cloud Console > Audience, add the mailbox as a test user, or publish the app.',
  ),
  org_internal: diagnosis(
    'Error 403: org_internal',
    'The app is Internal and this mailbox is outside its Google Workspace organization.',
    'Use a mailbox of the organization, or set the audience to External.',
  ),
  admin_policy_enforced: diagnosis(
    'Error 400: admin_policy_enforced',
    'A Google Workspace admin blocks apps not configured for the organization.',
    'Ask them to mark this Client ID Trusted in Admin console > Security > Access and data control > API controls > Manage Third-Party App Access.',
  ),
  invalid_grant: diagnosis(
    'invalid_grant (Token has been expired or revoked)',
    'Usually the app is in Testing, where consent ends after 7 days.',
    'Publish the app (Audience > In production), then Sign out, Sign in and Save.',
  ),
  deleted_client: diagnosis(
    'Error 401: deleted_client',
    'The client was deleted (Google deletes clients unused for 6 months).',
    'Create a new Web application client with the redirect URI and use its values.',
  ),
  disabled_client: diagnosis(
    'Error 401: disabled_client',
    'The client is disabled.',
    'Enable it in Google Cloud Console, or use a new Web application client.',
  ),
  unverified_app: diagnosis(
    "Google hasn't verified this app",
    'Normal for an unverified External app that reads mail.',
    'If the client is yours, click "Advanced", then "Go to … (unsafe)".',
  ),
  no_refresh_token: diagnosis(
    'Remove access for your app, then sign in again',
    'The account had allowed the app before, so Google sent no refresh token.',
    'Remove access for this app in your Google Account, then Sign in again.',
  ),
  secret_reentered: diagnosis(
    'Client secret should be reentered',
    STORED,
    'Paste the Client secret, then Sign in.',
  ),
  not_authorized: diagnosis(
    'OAuth client should be authorized',
    'The profile was saved without a finished sign-in.',
    'Click Sign in, finish it in the pop-up, then Save.',
  ),
  field_empty: diagnosis(
    'Client id / Client secret should not be empty',
    'Sign in and Save need both fields.',
    'Fill in both from your Web application client.',
  ),
} as const;

export type SignInErrorCode = keyof typeof signInErrorText;

/** "Check with Google": what the token endpoint's answer means, and what to do. */
export const pairCheckText = {
  accepted: rule(
    'Google accepts this Client ID and Client secret.',
    'Sign in next.',
    'A later error is about the redirect URI, the consent screen or the mailbox.',
  ),
  clientNotFound: rule(
    'Google does not know this Client ID.',
    'Copy the Client ID again from Google Cloud Console.',
    'Google: "invalid_client: The OAuth client was not found". Not listed in the console? It was deleted.',
  ),
  secretWrong: rule(
    'Google knows the Client ID but refuses this Client secret.',
    ADD_SECRET,
    'Google: "invalid_client: Unauthorized".',
  ),
  deletedClient: rule(
    'This OAuth client was deleted.',
    'Create a new Web application client and use its values.',
    'Google: "deleted_client". Register the redirect URI on the new client.',
  ),
  unreachable: rule(
    'Could not reach Google to check.',
    'Go on with Sign in: its popup reaches Google.',
    'A security policy or proxy blocked it; this says nothing about the values.',
  ),
  timeout: rule('Google did not answer within 10 seconds.', 'Try again, or go on with Sign in.'),
  cancelled: rule('The check was cancelled.', 'Check again when ready.'),
  storedSecret: rule(
    'The stored Client secret cannot be checked.',
    'Paste the Client secret to check it.',
  ),
  notGoogle: rule(
    "Cannot check: this page's Google address is not Google's.",
    'Nothing was sent; ask who runs this site before entering a secret.',
    "The editor's Google option must name https://accounts.google.com.",
  ),
  other: (status: number, error: string, description: string): RuleText =>
    rule(
      'Google gave an answer this check does not know.',
      'Go on with Sign in.',
      `Google answered HTTP ${status}${error ? `, ${error}` : ''}${description ? `: ${description}` : ''}.`,
    ),
} as const;
