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
  invisible: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has ${c.name} in it.`,
    fix: 'Retype that part, or paste the value again.',
    details: where(c),
  }),
  control: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has ${c.name} in it.`,
    fix: `Paste the ${field} again.`,
    details: where(c),
  }),
  lookAlike: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has ${c.name}.`,
    fix: `Type a plain "${c.ascii ?? '?'}" there.`,
    details: where(c),
  }),
  nonAscii: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has a character Google never uses.`,
    fix: `Paste the ${field} again.`,
    details: where(c),
  }),
  innerWhitespace: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has ${c.name} inside it.`,
    fix: 'Delete that character.',
    details: where(c),
  }),
} as const;

export const clientIdText = {
  empty: {
    message: 'The Client ID is empty.',
    fix: 'Paste the Client ID of your Web application client.',
    details: CONSOLE_CLIENTS,
  },
  tooLong: (length: number): RuleText => ({
    message: 'This is far too long for a Client ID.',
    fix: 'Paste only the Client ID, about 72 characters.',
    details: `It has ${length} characters.`,
  }),
  outerWhitespace: {
    message: 'The Client ID has spaces or line breaks around it.',
    fix: 'Remove them.',
    details: 'Else Google says "invalid_client: The OAuth client was not found".',
  },
  wrapped: {
    message: 'The Client ID is wrapped in quotes or brackets.',
    fix: WRAPPED,
  },
  labelIncluded: {
    message: 'The Client ID was pasted with its label.',
    fix: LABEL,
  },
  credentialsJson: {
    message: WHOLE_FILE,
    fix: 'Paste only its "client_id", or fill both fields from it.',
  },
  desktopFile: {
    message: DESKTOP,
    fix: 'Create a Web application client and use its values.',
    details: 'Its section is "installed".',
  },
  looksLikeSecret: {
    message: 'This is the Client secret, not the Client ID.',
    fix: 'Put it in the Client secret field instead.',
    details: 'It starts with GOCSPX-.',
  },
  looksLikeLegacySecret: {
    message: 'This looks like an older Client secret, not a Client ID.',
    fix: 'Check that the two fields are not swapped.',
    details: `Older Client secrets have 24 characters; a Client ID ends with ${CLIENT_ID_SUFFIX}.`,
  },
  apiKey: {
    message: 'This is a Google API key, not a Client ID.',
    fix: 'Paste the Client ID of your Web application client.',
    details: CONSOLE_CLIENTS,
  },
  serviceAccount: {
    message: 'This is a service account, not a Client ID.',
    fix: 'Paste the Client ID of a Web application OAuth client.',
    details: 'To make one: Create credentials > OAuth client ID.',
  },
  email: {
    message: 'This is an e-mail address, not a Client ID.',
    fix: 'Paste the Client ID; you pick the mailbox at Sign in.',
  },
  projectNumber: {
    message: 'This is only a number, probably the project number.',
    fix: `Copy the whole Client ID; it ends with ${CLIENT_ID_SUFFIX}.`,
  },
  projectId: {
    message: 'This looks like a project ID, not a Client ID.',
    fix: `Copy the Client ID; it ends with ${CLIENT_ID_SUFFIX}.`,
  },
  missingSuffix: {
    message: 'The Client ID is missing its ending.',
    fix: `Add "${CLIENT_ID_SUFFIX}" at the end.`,
  },
  misspeltSuffix: (ending: string): RuleText => ({
    message: 'The Client ID has a misspelt ending.',
    fix: `Correct the ending to "${CLIENT_ID_SUFFIX}".`,
    details: `It ends with "${ending}".`,
  }),
  suffixCase: {
    message: 'The ending of the Client ID is not in lower case.',
    fix: `Write it "${CLIENT_ID_SUFFIX}".`,
  },
  extraText: {
    message: 'There is other text around the Client ID.',
    fix: 'Keep only the Client ID itself.',
  },
  unrecognised: {
    message: 'This does not look like a Google Client ID.',
    fix: 'If it is exactly what Google Cloud Console shows, go on.',
    details: `Usual form: 123456789012-abc…xyz${CLIENT_ID_SUFFIX}.`,
  },
  suggestTrimmed: 'Use the ID without the spaces',
  suggestUnwrapped: 'Use only the ID itself',
  suggestFromFile: 'Use the Client ID from this file',
  suggestWithSuffix: `Add "${CLIENT_ID_SUFFIX}"`,
  suggestFixedSuffix: `Correct the ending to "${CLIENT_ID_SUFFIX}"`,
  suggestExtracted: 'Use only the Client ID',
  suggestCorrected: 'Use the corrected ID',
} as const;

export const clientSecretText = {
  empty: {
    message: 'The Client secret is empty.',
    fix: ADD_SECRET,
    details: CONSOLE_CLIENTS,
  },
  storedPlaceholder: {
    message: 'A Client secret is already stored for this profile.',
    fix: 'Save keeps it; to Sign in, paste the secret again.',
    details: 'Targetprocess never sends a stored secret back to the page.',
  },
  tooLong: (length: number): RuleText => ({
    message: 'This is far too long for a Client secret.',
    fix: 'Paste only the Client secret: GOCSPX- and 28 more characters.',
    details: `It has ${length} characters.`,
  }),
  outerWhitespace: {
    message: 'The Client secret has spaces or line breaks around it.',
    fix: 'Remove them.',
    details: 'Else Google says "invalid_client: Unauthorized".',
  },
  wrapped: {
    message: 'The Client secret is wrapped in quotes or brackets.',
    fix: WRAPPED,
  },
  labelIncluded: {
    message: 'The Client secret was pasted with its label.',
    fix: LABEL,
  },
  credentialsJson: {
    message: WHOLE_FILE,
    fix: 'Paste only its "client_secret", or fill both fields from it.',
  },
  desktopFile: clientIdText.desktopFile,
  looksLikeClientId: {
    message: 'This is the Client ID, not the Client secret.',
    fix: 'Put it in the Client ID field instead.',
    details: `It ends with ${CLIENT_ID_SUFFIX}.`,
  },
  sameAsClientId: {
    message: 'The Client secret is the same as the Client ID.',
    fix: 'Paste the Client secret here; it starts with GOCSPX-.',
  },
  apiKey: {
    message: 'This is a Google API key, not a Client secret.',
    fix: ADD_SECRET,
  },
  masked: {
    message: 'This is the masked secret that Google Cloud Console shows.',
    fix: ADD_SECRET,
    details: 'Google shows a secret in full only once, when it is made: copy it then.',
  },
  gocspxLength: (length: number): RuleText => ({
    message: `This secret has ${length} characters instead of 35.`,
    fix: 'Copy it again in full; if it is exactly what Google gave, go on.',
  }),
  extraText: {
    message: 'There is other text around the Client secret.',
    fix: 'Keep only the secret itself, which starts with GOCSPX-.',
  },
  unrecognised: {
    message: 'This does not look like a Google Client secret.',
    fix: 'If it is exactly the secret you saved, go on.',
    details: 'Usual form: GOCSPX- and 28 more characters.',
  },
  // Labels never show the secret itself.
  suggestTrimmed: 'Use the secret without the spaces',
  suggestUnwrapped: 'Use only the secret itself',
  suggestFromFile: 'Use the secret from this file',
  suggestExtracted: 'Use only the secret',
  suggestCorrected: 'Use the corrected secret',
} as const;

export const redirectUriText = {
  empty: {
    message: 'The redirect URI is empty.',
    fix: 'Open this page from within Targetprocess.',
  },
  tooLong: (length: number): RuleText => ({
    message: 'The redirect URI is too long for Google to accept.',
    fix: 'Use the short address of your Targetprocess site.',
    details: `It has ${length} characters.`,
  }),
  whitespace: (c: CharacterFacts): RuleText => ({
    message: `The redirect URI has ${c.name} in it.`,
    fix: 'Delete that character.',
    details: `${where(c)} Google: "Invalid Redirect: cannot contain whitespace".`,
  }),
  badCharacter: (c: CharacterFacts): RuleText => ({
    message: `The redirect URI has ${c.name} in it.`,
    fix: 'Retype the address in plain characters.',
    details: where(c),
  }),
  nonAscii: (c: CharacterFacts): RuleText => ({
    message: 'The redirect URI has a non-ASCII character in it.',
    fix: 'Use the punycode form of the address, as your browser copies it.',
    details: where(c),
  }),
  noScheme: {
    message: 'The redirect URI does not start with https://.',
    fix: 'Write it in full, starting with https://.',
  },
  badScheme: (scheme: string): RuleText => ({
    message: 'The redirect URI does not use https.',
    fix: HTTPS,
    details: `It uses "${scheme}:".`,
  }),
  notHttps: {
    message: 'The redirect URI uses http, not https.',
    fix: HTTPS,
    details: 'Google accepts http only for localhost.',
  },
  userinfo: {
    message: 'The redirect URI has a user name before the host.',
    fix: 'Remove the part up to and including "@".',
  },
  fragment: {
    message: 'The redirect URI has a fragment (#…).',
    fix: 'Remove "#" and everything after it.',
  },
  wildcard: {
    message: 'The redirect URI has a wildcard (*).',
    fix: SITE,
    details: 'Google: "Invalid Redirect: cannot contain a wildcard (*)".',
  },
  pathTraversal: {
    message: 'The redirect URI has ".." or a backslash in it.',
    fix: SITE,
    details: 'Encoded forms count too.',
  },
  badPercentEncoding: (position: number): RuleText => ({
    message: 'The redirect URI has a stray percent sign.',
    fix: 'Write "%25" for a literal percent sign, or remove it.',
    details: `The "%" at position ${position} is not followed by two hex digits.`,
  }),
  encodedNul: {
    message: 'The redirect URI has an encoded null character (%00).',
    fix: 'Remove "%00".',
  },
  noHost: {
    message: 'The redirect URI has no host name.',
    fix: SITE,
  },
  ipAddress: (host: string): RuleText => ({
    message: 'The redirect URI uses an IP address, not a name.',
    fix: PUBLIC_NAME,
    details: `Host: ${host}. Google accepts an IP address only for localhost.`,
  }),
  singleLabelHost: (host: string): RuleText => ({
    message: 'The host of the redirect URI is not a full domain name.',
    fix: PUBLIC_NAME,
    details: `Host: "${host}".`,
  }),
  internalDomain: (host: string, suffix: string): RuleText => ({
    message: 'The host of the redirect URI is an internal name.',
    fix: PUBLIC_NAME,
    details: `"${host}" ends with ".${suffix}". Google: "Invalid Redirect: must end with a public top-level domain". The name need only resolve in the admin's browser.`,
  }),
  unknownTld: (tld: string): RuleText => ({
    message: 'The redirect URI may not end with a public domain.',
    fix: 'If Google Cloud Console accepts it, go on; if not, use a public name.',
    details: `".${tld}" is not a public top-level domain the assistant knows.`,
  }),
  googleusercontent: {
    message: 'Google refuses a redirect URI on googleusercontent.com.',
    fix: SITE,
  },
  urlShortener: (host: string): RuleText => ({
    message: 'Google refuses a shortened link as redirect URI.',
    fix: SITE,
    details: `"${host}" is a URL shortener.`,
  }),
  acid: (acid: string): RuleText => ({
    message: "This redirect URI carries this page's acid.",
    fix: 'Register it exactly as shown, acid included.',
    details: `Opening the editor without ?acid=${acid}, or with another, needs that URI registered too.`,
  }),
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
  empty: {
    message: 'The credentials file is empty.',
    fix: DOWNLOAD_AGAIN,
  },
  tooLarge: (limitKb: number): RuleText => ({
    message: 'This is too large to be a Google credentials file.',
    fix: IMPORT_FILE,
    details: `It is over ${limitKb} KB; a credentials file is under 1 KB.`,
  }),
  notJson: {
    message: 'This is not valid JSON, so not a credentials file.',
    fix: 'Import the client_secret_….json file unchanged.',
  },
  notObject: {
    message: 'This JSON is not a Google credentials file.',
    fix: IMPORT_FILE,
  },
  serviceAccount: {
    message: 'This is a service account key, not an OAuth client.',
    fix: WEB_CLIENT_JSON,
  },
  desktopClient: {
    message: DESKTOP,
    fix: WEB_CLIENT_JSON,
    details: 'Its section is "installed".',
  },
  unknownType: (keys: string): RuleText => ({
    message: 'This file has no "web" section.',
    fix: IMPORT_FILE,
    ...(keys ? { details: `It has ${keys}.` } : {}),
  }),
  badSection: {
    message: 'The "web" section of this file is not an object.',
    fix: DOWNLOAD_AGAIN,
  },
  badField: (fields: readonly string[]): RuleText => ({
    message: 'A field in this file has the wrong type.',
    fix: DOWNLOAD_AGAIN,
    details: `The wrong type: ${fields.map((field) => `"${field}"`).join(', ')}.`,
  }),
  missingClientId: {
    message: 'The file has no "client_id".',
    fix: DOWNLOAD_AGAIN,
  },
  missingClientSecret: {
    message: 'The file has no "client_secret".',
    fix: ADD_SECRET,
    details: 'Files downloaded after the client was made leave it out.',
  },
  inFile: (field: string, text: RuleText): RuleText => ({
    message: `In the file: ${text.message}`,
    fix: text.fix,
    details: [`About its "${field}".`, text.details].filter(Boolean).join(' '),
  }),
  noRedirectUris: (expected: string): RuleText => ({
    message: 'The file lists no authorized redirect URI.',
    fix: ADD_REDIRECT_URI,
    details: `Needed: ${expected}. ${FILE_AGE}`,
  }),
  redirectUriRegistered: (_expected: string): RuleText => ({
    message: "This account's redirect URI is registered on this client.",
    fix: 'Nothing to do; changes in Google can take a few hours to apply.',
  }),
  redirectUriNotRegistered: (expected: string): RuleText => ({
    message: "This account's redirect URI is not registered on this client.",
    fix: ADD_REDIRECT_URI,
    details: `Needed: ${expected}. ${FILE_AGE}`,
  }),
  nearMiss: (kind: NearMiss, registered: string, expected: string): RuleText => ({
    message: `The registered redirect URI ${NEAR_MISS[kind]}.`,
    fix: ADD_REDIRECT_URI,
    details: `Registered: ${registered}. Needed: ${expected}.`,
  }),
  originWithPath: (origin: string): RuleText => ({
    message: 'A JavaScript origin in this file has a path.',
    fix: 'Remove that origin; Targetprocess needs none.',
    details: `${origin}. Google: "URIs must not contain a path or end with '/'".`,
  }),
} as const;

/** Texts for the sign-in errors picker and decoder, keyed by diagnosis code. */
export const signInErrorText = {
  redirect_uri_mismatch: {
    title: 'Error 400: redirect_uri_mismatch',
    cause:
      'The redirect URI sent is not registered exactly: scheme, host, path, case, trailing slash and ?acid=… all count.',
    fix: 'Add the redirect URI shown here, exactly, under Authorized redirect URIs; wait a few minutes and sign in again.',
  },
  invalid_client: {
    title: 'Error 401: invalid_client (The OAuth client was not found)',
    cause: 'Google does not know the Client ID: mistyped, with spaces, or of a deleted client.',
    fix: 'Copy the Client ID again and paste it without spaces.',
  },
  invalid_client_secret: {
    title: 'invalid_client: Unauthorized',
    cause: 'The Client ID is right but the Client secret is wrong or disabled.',
    fix: ADD_SECRET,
  },
  access_denied: {
    title: 'Error 403: access_denied (has not completed the Google verification process)',
    cause:
      'The app is External and in Testing, and this mailbox is not a test user (or Cancel was clicked).',
    fix: 'In Google Cloud Console > Audience, add the mailbox as a test user, or publish the app.',
  },
  org_internal: {
    title: 'Error 403: org_internal',
    cause: 'The app is Internal and this mailbox is outside its Google Workspace organization.',
    fix: 'Use a mailbox of the organization, or set the audience to External.',
  },
  admin_policy_enforced: {
    title: 'Error 400: admin_policy_enforced',
    cause: 'A Google Workspace admin blocks apps not configured for the organization.',
    fix: 'Ask them to mark this Client ID Trusted in Admin console > Security > Access and data control > API controls > Manage Third-Party App Access.',
  },
  invalid_grant: {
    title: 'invalid_grant (Token has been expired or revoked)',
    cause:
      'The stored sign-in died; usually the app is in Testing, where consent ends after 7 days.',
    fix: 'Publish the app (Audience > In production), then Sign out, Sign in and Save.',
  },
  deleted_client: {
    title: 'Error 401: deleted_client',
    cause: 'The client was deleted (Google deletes clients unused for 6 months).',
    fix: 'Create a new Web application client with the redirect URI and use its values.',
  },
  disabled_client: {
    title: 'Error 401: disabled_client',
    cause: 'The client is disabled.',
    fix: 'Enable it in Google Cloud Console, or use a new Web application client.',
  },
  unverified_app: {
    title: "Google hasn't verified this app",
    cause:
      'Expected for an External app that reads mail (a restricted scope) without Google verification.',
    fix: 'Click "Advanced", then "Go to … (unsafe)"; an Internal (Workspace) app never shows this.',
  },
  no_refresh_token: {
    title: 'Remove access for your app, then sign in again',
    cause: 'This Google account had allowed the app before, so Google sent no refresh token.',
    fix: 'Remove access for this app in your Google Account, then Sign in again.',
  },
  secret_reentered: {
    title: 'Client secret should be reentered',
    cause: 'Targetprocess never sends a stored secret back, so Sign in cannot use it.',
    fix: 'Paste the Client secret, then Sign in.',
  },
  not_authorized: {
    title: 'OAuth client should be authorized',
    cause: 'The profile was saved without a finished sign-in.',
    fix: 'Click Sign in, finish it in the pop-up, then Save.',
  },
  field_empty: {
    title: 'Client id / Client secret should not be empty',
    cause: 'Sign in and Save need both the Client ID and the Client secret.',
    fix: 'Fill in both from your Web application client.',
  },
} as const;

export type SignInErrorCode = keyof typeof signInErrorText;

/** "Check with Google": what the token endpoint's answer means, and what to do. */
export const pairCheckText = {
  accepted: {
    message: 'Google knows this Client ID and accepts this Client secret.',
    fix: 'Sign in next.',
    details: 'A later error is about the redirect URI, the consent screen or the mailbox.',
  },
  clientNotFound: {
    message: 'Google does not know this Client ID.',
    fix: 'Copy the Client ID again from Google Cloud Console.',
    details:
      'Google: "invalid_client: The OAuth client was not found". Not listed in the console? It was deleted.',
  },
  secretWrong: {
    message: 'Google knows the Client ID but refuses this Client secret.',
    fix: ADD_SECRET,
    details: 'Google: "invalid_client: Unauthorized".',
  },
  deletedClient: {
    message: 'This OAuth client was deleted.',
    fix: 'Create a new Web application client and use its values.',
    details: 'Google: "deleted_client". Register the redirect URI on the new client.',
  },
  unreachable: {
    message: 'Could not reach Google to check.',
    fix: 'Go on with Sign in: its popup reaches Google.',
    details:
      "This page's security policy or a proxy blocked it; this says nothing about the values.",
  },
  timeout: {
    message: 'Google did not answer within 10 seconds.',
    fix: 'Try again in a moment, or go on with Sign in.',
  },
  cancelled: {
    message: 'The check was cancelled.',
    fix: 'Check again when you are ready.',
  },
  storedSecret: {
    message: 'The stored Client secret cannot be checked.',
    fix: 'Paste the Client secret into the field to check it.',
  },
  notGoogle: {
    message: "Cannot check: this page's Google address is not Google's.",
    fix: 'Nothing was sent; ask who runs this site before entering a secret.',
    details: "The editor's Google option must name https://accounts.google.com.",
  },
  other: (status: number, error: string, description: string): RuleText => ({
    message: 'Google gave an answer this check does not know.',
    fix: 'Go on with Sign in.',
    details: `Google answered HTTP ${status}${error ? `, ${error}` : ''}${description ? `: ${description}` : ''}.`,
  }),
} as const;
