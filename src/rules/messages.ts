// The one catalog of user-facing rule text. Written for a Targetprocess admin who is setting up
// Google sign-in for the Email Integration profile: every entry says what is wrong AND what to do.
// Rule modules pick entries from here; nothing else in src/rules writes words for people.
//
// The shape of every entry: `message` is the headline, one short sentence (characters named in
// words); `fix` is one short sentence; the rest (why, Google's error text, examples, a code
// point, a position) goes to `details`, shown only on request. Brief beats complete. The fields
// are always "Client ID" and "Client secret", whatever the host's own captions say.
// test/unit/rules/catalog.test.ts holds every entry to that.

export interface RuleText {
  readonly message: string;
  readonly fix: string;
  readonly details?: string;
}

export const CLIENT_ID_SUFFIX = '.apps.googleusercontent.com';

const CONSOLE_CLIENTS =
  'In Google Cloud Console open APIs & Services > Credentials (Google Auth Platform > Clients) and open your Web application client.';
const ADD_REDIRECT_URI =
  'In Google Cloud Console add the redirect URI shown here under Authorized redirect URIs.';
const PUBLIC_NAME =
  'Give Targetprocess a public https name (like tp.example.com) and open it by that name.';

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

const where = (c: CharacterFacts): string => `${c.description}, at position ${c.position}.`;

/** Text about one stray character, shared by the Client ID and Client secret fields. */
export const characterText = {
  invisible: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has ${c.name} in it.`,
    fix: 'Delete that part and type it by hand, or paste the value again.',
    details: `${where(c)} Invisible characters often come along when a value is copied from a chat, a document or a web page.`,
  }),
  control: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has ${c.name} in it.`,
    fix: `Paste the ${field} again from Google Cloud Console.`,
    details: where(c),
  }),
  lookAlike: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has ${c.name}.`,
    fix: `Type a plain "${c.ascii ?? '?'}" there, or copy the ${field} again.`,
    details: `${where(c)} It looks like "${c.ascii ?? '?'}" but is another character, so Google will not recognise the value.`,
  }),
  nonAscii: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has a character Google never uses in it.`,
    fix: `Copy the ${field} again from Google Cloud Console.`,
    details: `${where(c)} The ${field} has only plain letters, digits and a few signs.`,
  }),
  innerWhitespace: (field: string, c: CharacterFacts): RuleText => ({
    message: `The ${field} has ${c.name} inside it.`,
    fix: `Remove it: the ${field} is one unbroken word.`,
    details: where(c),
  }),
} as const;

export const clientIdText = {
  empty: {
    message: 'The Client ID is empty.',
    fix: 'Copy the Client ID of your Web application client from Google Cloud Console.',
    details: `${CONSOLE_CLIENTS} The Client ID ends with ${CLIENT_ID_SUFFIX}.`,
  },
  tooLong: (length: number): RuleText => ({
    message: 'This is far too long for a Client ID.',
    fix: 'Paste only the Client ID; it is about 72 characters long.',
    details: `It is ${length} characters long. ${CONSOLE_CLIENTS}`,
  }),
  outerWhitespace: {
    message: 'The Client ID has spaces or line breaks around it.',
    fix: 'Remove the spaces and line breaks around it.',
    details: 'Google then answers "invalid_client: The OAuth client was not found".',
  },
  wrapped: {
    message: 'The Client ID is wrapped in quotes or brackets.',
    fix: 'Remove them and keep only the ID itself.',
    details: 'Quotes, braces or angle brackets are often left over from a template or a JSON file.',
  },
  labelIncluded: {
    message: 'The Client ID was pasted with its label.',
    fix: 'Keep only the value after the label.',
    details: 'A label like "Client ID" or "client_id": was copied together with the value.',
  },
  credentialsJson: {
    message: 'This is a whole credentials file, not just the Client ID.',
    fix: 'Paste only the value of "client_id", or let the assistant fill both fields from it.',
    details:
      'A client_secret_….json file holds both the Client ID and the Client secret of a client.',
  },
  desktopFile: {
    message: 'This file is for a Desktop app client, the wrong type.',
    fix: 'Create a Web application client in Google Cloud Console and use its values.',
    details:
      'Its section is "installed". Targetprocess signs in from a web page, so it needs an OAuth client of type Web application; Google refuses a Desktop client\'s sign-in from there.',
  },
  looksLikeSecret: {
    message: 'This is the Client secret, not the Client ID.',
    fix: 'Put it into the Client secret field and paste the Client ID here.',
    details: `The two values seem swapped: this one starts with GOCSPX-, as Client secrets do. The Client ID ends with ${CLIENT_ID_SUFFIX}.`,
  },
  looksLikeLegacySecret: {
    message: 'This looks like an older Client secret, not a Client ID.',
    fix: 'Check that the Client ID and the Client secret are not swapped.',
    details: `Older Client secrets are 24 letters and digits. The Client ID ends with ${CLIENT_ID_SUFFIX}.`,
  },
  apiKey: {
    message: 'This is a Google API key, not a Client ID.',
    fix: 'Copy the Client ID of your Web application client instead.',
    details: `It starts with AIza, as API keys do. ${CONSOLE_CLIENTS}`,
  },
  serviceAccount: {
    message: 'This is a service account address, not a Client ID.',
    fix: 'Copy the Client ID of a Web application OAuth client instead.',
    details:
      'Mail sign-in needs an OAuth client of type Web application. If there is none, create one under Create credentials > OAuth client ID.',
  },
  email: {
    message: 'This is an e-mail address, not a Client ID.',
    fix: 'Put the Client ID here; you choose the mailbox when you click Sign in.',
    details: `The Client ID ends with ${CLIENT_ID_SUFFIX}.`,
  },
  projectNumber: {
    message: 'This is only a number, probably the project number.',
    fix: `Copy the whole Client ID; it ends with ${CLIENT_ID_SUFFIX}.`,
    details: `The project number is only the first part of a Client ID. ${CONSOLE_CLIENTS}`,
  },
  projectId: {
    message: 'This looks like a project ID, not a Client ID.',
    fix: `Copy the Client ID; it ends with ${CLIENT_ID_SUFFIX}.`,
    details: `A Google Cloud project ID names the project. ${CONSOLE_CLIENTS}`,
  },
  missingSuffix: {
    message: 'The Client ID is missing its ending.',
    fix: `Add "${CLIENT_ID_SUFFIX}" at the end, or copy the whole ID again.`,
  },
  misspeltSuffix: (ending: string): RuleText => ({
    message: 'The Client ID has a misspelt ending.',
    fix: `Correct the ending to "${CLIENT_ID_SUFFIX}".`,
    details: `It ends with "${ending}".`,
  }),
  suffixCase: {
    message: 'The ending of the Client ID is not in lower case.',
    fix: 'Copy the Client ID again exactly as Google Cloud Console shows it.',
    details: `Google writes it "${CLIENT_ID_SUFFIX}".`,
  },
  extraText: {
    message: 'There is other text around the Client ID.',
    fix: 'Keep only the Client ID itself.',
  },
  unrecognised: {
    message: 'This does not look like a Google Client ID.',
    fix: 'Check it in Google Cloud Console; if it is exactly what Google shows, go on.',
    details: `A Client ID usually reads like 123456789012-abc…xyz${CLIENT_ID_SUFFIX}.`,
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
    fix: 'Paste the Client secret you saved when the client was created.',
    details: `${CONSOLE_CLIENTS} If you no longer have the secret, click "Add secret" there to make a new one.`,
  },
  storedPlaceholder: {
    message: 'A Client secret is already stored for this profile.',
    fix: 'Save keeps the stored secret; to Sign in, paste the secret again.',
    details:
      'Targetprocess shows a stored secret as zeros and never sends it back to the page, so Sign in cannot use it.',
  },
  tooLong: (length: number): RuleText => ({
    message: 'This is far too long for a Client secret.',
    fix: 'Paste only the Client secret; it is 35 characters and starts with GOCSPX-.',
    details: `It is ${length} characters long.`,
  }),
  outerWhitespace: {
    message: 'The Client secret has spaces or line breaks around it.',
    fix: 'Remove the spaces and line breaks around it.',
    details: 'Google then answers "invalid_client: Unauthorized".',
  },
  wrapped: {
    message: 'The Client secret is wrapped in quotes or brackets.',
    fix: 'Remove them and keep only the secret itself.',
    details: 'Quotes, braces or angle brackets are often left over from a template or a JSON file.',
  },
  labelIncluded: {
    message: 'The Client secret was pasted with its label.',
    fix: 'Keep only the value after the label.',
    details: 'A label like "Client secret" or "client_secret": was copied together with the value.',
  },
  credentialsJson: {
    message: 'This is a whole credentials file, not just the Client secret.',
    fix: 'Paste only the value of "client_secret", or let the assistant fill both fields from it.',
    details:
      'A client_secret_….json file holds both the Client ID and the Client secret of a client.',
  },
  desktopFile: clientIdText.desktopFile,
  looksLikeClientId: {
    message: 'This is the Client ID, not the Client secret.',
    fix: 'Put it into the Client ID field and paste the Client secret here.',
    details: `The two values seem swapped: this one ends with ${CLIENT_ID_SUFFIX}, as Client IDs do. The Client secret starts with GOCSPX-.`,
  },
  sameAsClientId: {
    message: 'The Client secret is the same as the Client ID.',
    fix: 'Paste the Client secret here; it starts with GOCSPX-.',
  },
  apiKey: {
    message: 'This is a Google API key, not a Client secret.',
    fix: 'Paste the Client secret of your Web application client (GOCSPX-…).',
    details: `It starts with AIza, as API keys do. ${CONSOLE_CLIENTS}`,
  },
  masked: {
    message: 'This is the masked secret that Google Cloud Console shows.',
    fix: 'Paste the full secret you saved, or make a new one with "Add secret" on the client.',
    details:
      'Only its last 4 characters are real: Google shows a Client secret in full only once, when it is made. A new secret must be copied at once; a client can have 2 secrets, so disable the old one later.',
  },
  gocspxLength: (length: number): RuleText => ({
    message: `This secret has ${length} characters instead of 35.`,
    fix: 'Copy the secret again in full; if it is exactly what Google gave, go on.',
    details:
      "Google's secrets that start with GOCSPX- have 35 characters: GOCSPX- and 28 more. A part may be missing or extra.",
  }),
  extraText: {
    message: 'There is other text around the Client secret.',
    fix: 'Keep only the secret itself, which starts with GOCSPX-.',
  },
  unrecognised: {
    message: 'This does not look like a Google Client secret.',
    fix: 'Check it against the secret you saved; if it is exactly that, go on.',
    details: 'A Client secret usually starts with GOCSPX- and is 35 characters long.',
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
    fix: 'Open this page from Targetprocess so the assistant can work out the redirect URI.',
  },
  tooLong: (length: number): RuleText => ({
    message: 'The redirect URI is too long for Google to accept.',
    fix: 'Use the short address of your Targetprocess site.',
    details: `It is ${length} characters long.`,
  }),
  whitespace: (c: CharacterFacts): RuleText => ({
    message: `The redirect URI has ${c.name} in it.`,
    fix: 'Remove the spaces and line breaks.',
    details: `${where(c)} Google says "Invalid Redirect: cannot contain whitespace".`,
  }),
  badCharacter: (c: CharacterFacts): RuleText => ({
    message: `The redirect URI has ${c.name} in it.`,
    fix: 'Type the address again with plain characters only.',
    details: `${where(c)} Google does not allow it.`,
  }),
  nonAscii: (c: CharacterFacts): RuleText => ({
    message: 'The redirect URI has a non-ASCII character in it.',
    fix: 'Use the plain (punycode) form of the address, as your browser copies it.',
    details: where(c),
  }),
  noScheme: {
    message: 'The redirect URI does not start with https://.',
    fix: 'Write it in full, starting with https://.',
  },
  badScheme: (scheme: string): RuleText => ({
    message: 'The redirect URI does not use https.',
    fix: 'Open Targetprocess over https and use the https address.',
    details: `It uses "${scheme}:"; Google accepts only https (and http for localhost).`,
  }),
  notHttps: {
    message: 'The redirect URI uses http, not https.',
    fix: 'Open Targetprocess over https and use the https address.',
    details:
      'Google accepts http only for localhost, and the mail scope needs https. Set up TLS on the server if needed.',
  },
  userinfo: {
    message: 'The redirect URI has a user name before the host.',
    fix: 'Remove the part up to and including "@".',
    details: 'Google does not allow a user name or password (user@host) in a redirect URI.',
  },
  fragment: {
    message: 'The redirect URI has a fragment (#…).',
    fix: 'Remove "#" and everything after it.',
    details: 'Google does not allow a fragment in a redirect URI.',
  },
  wildcard: {
    message: 'The redirect URI has a wildcard (*).',
    fix: 'Register the exact address of your Targetprocess site.',
    details: 'Google says "Invalid Redirect: cannot contain a wildcard (*)".',
  },
  pathTraversal: {
    message: 'The redirect URI has ".." or a backslash in it.',
    fix: 'Use the plain address of the page, without ".." or backslashes.',
    details: 'Google rejects path traversal, encoded forms included.',
  },
  badPercentEncoding: (position: number): RuleText => ({
    message: 'The redirect URI has a stray percent sign.',
    fix: 'Write "%25" for a literal percent sign, or remove it.',
    details: `The "%" at position ${position} is not followed by two hexadecimal digits.`,
  }),
  encodedNul: {
    message: 'The redirect URI has an encoded null character (%00).',
    fix: 'Remove "%00".',
    details: 'Google rejects it.',
  },
  noHost: {
    message: 'The redirect URI has no host name.',
    fix: 'Use the full address of your Targetprocess site.',
    details: 'Like https://tp.example.com/Admin/Plugins.aspx.',
  },
  ipAddress: (host: string): RuleText => ({
    message: 'The redirect URI uses an IP address, not a name.',
    fix: PUBLIC_NAME,
    details: `The host is ${host}. Google accepts a raw IP address only for localhost (127.0.0.1 or [::1]).`,
  }),
  singleLabelHost: (host: string): RuleText => ({
    message: 'The host of the redirect URI is not a full domain name.',
    fix: PUBLIC_NAME,
    details: `The host is "${host}". Google accepts only names that end with a public top-level domain (such as .com or .org).`,
  }),
  internalDomain: (host: string, suffix: string): RuleText => ({
    message: 'The host of the redirect URI is an internal name.',
    fix: PUBLIC_NAME,
    details: `The host "${host}" ends with ".${suffix}". Google says "Invalid Redirect: must end with a public top-level domain (such as .com or .org)". The name only has to resolve for the admin's browser, not from the internet.`,
  }),
  unknownTld: (tld: string): RuleText => ({
    message: 'The redirect URI may not end with a public domain.',
    fix: 'If Google Cloud Console accepts it, go on; if not, give Targetprocess a public name.',
    details: `".${tld}" is not a top-level domain the assistant knows. Google accepts only domains on the public suffix list.`,
  }),
  googleusercontent: {
    message: 'The redirect URI is on googleusercontent.com.',
    fix: 'Use the address of your Targetprocess site.',
    details: 'Google does not allow googleusercontent.com as a redirect target.',
  },
  urlShortener: (host: string): RuleText => ({
    message: 'The redirect URI is a shortened link.',
    fix: 'Use the full address of your Targetprocess site.',
    details: `"${host}" is a URL shortener; Google does not accept shortened redirect URIs.`,
  }),
  acid: (acid: string): RuleText => ({
    message: "This redirect URI carries this page's acid.",
    fix: 'Register it exactly as shown, acid included.',
    details: `It ends with ?acid=${acid} because the editor was opened with it, and Google compares the URI exactly. Opening the editor with another acid (or none) changes the URI, and that one must be registered too.`,
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

const NEAR_MISS: Record<NearMiss, { what: string; why?: string }> = {
  scheme: { what: 'uses another scheme', why: 'http instead of https, or the reverse.' },
  'trailing-slash': { what: 'differs by a trailing slash' },
  case: { what: 'differs in upper and lower case' },
  host: { what: 'points to another host' },
  'missing-path': {
    what: "lacks your site's virtual directory",
    why: 'That is the part of the path before /Admin/.',
  },
  'extra-path': { what: 'has an extra part in its path' },
  path: { what: 'has another path' },
  'missing-query': {
    what: 'lacks the ?acid=… this page sends',
    why: 'This page sends a query, like ?acid=….',
  },
  'extra-query': {
    what: 'has a query this page does not send',
    why: 'The registered URI has a query, like ?acid=…, and this page sends none.',
  },
  query: { what: 'has another query', why: 'Like a different ?acid=….' },
};

export const credentialsFileText = {
  empty: {
    message: 'The credentials file is empty.',
    fix: 'Download the JSON of your Web application client again and import it.',
  },
  tooLarge: (limitKb: number): RuleText => ({
    message: 'This is too large to be a Google credentials file.',
    fix: 'Import the client_secret_….json file from Google Cloud Console.',
    details: `It is larger than ${limitKb} KB; a Google credentials file is well under 1 KB.`,
  }),
  notJson: {
    message: 'This is not valid JSON, so not a credentials file.',
    fix: 'Import the client_secret_….json file as downloaded, unchanged.',
    details: 'The file may also have been cut off.',
  },
  notObject: {
    message: 'This JSON is not a Google credentials file.',
    fix: 'Import the client_secret_….json file from Google Cloud Console.',
    details: 'A credentials file is an object with a "web" section.',
  },
  serviceAccount: {
    message: 'This is a service account key, not an OAuth client.',
    fix: 'Create an OAuth client of type Web application and import its JSON.',
    details:
      'Mail sign-in needs an OAuth client of type Web application: Create credentials > OAuth client ID > Web application, add the redirect URI, and download its JSON.',
  },
  desktopClient: {
    message: 'This file is for a Desktop app client, the wrong type.',
    fix: 'Create an OAuth client of type Web application and import its JSON.',
    details:
      'Its section is "installed". Targetprocess signs in from a web page and needs a Web application client, with the redirect URI shown here.',
  },
  unknownType: (keys: string): RuleText => ({
    message: 'This file has no "web" section.',
    fix: 'Import the client_secret_….json file of a Web application client.',
    details: `${keys ? `It has ${keys}. ` : ''}Google's credentials files for a Web application client start with "web".`,
  }),
  badSection: {
    message: 'The "web" section of this file is not an object.',
    fix: 'Download the credentials file again from Google Cloud Console.',
  },
  badField: (fields: readonly string[]): RuleText => ({
    message: 'A field in this file has the wrong type.',
    fix: 'Download the credentials file again rather than editing it.',
    details: `The wrong type: ${fields.map((field) => `"${field}"`).join(', ')}.`,
  }),
  missingClientId: {
    message: 'The file has no "client_id".',
    fix: 'Download the credentials file again from Google Cloud Console.',
  },
  missingClientSecret: {
    message: 'The file has no "client_secret".',
    fix: 'Paste the Client secret you saved, or make a new one with "Add secret".',
    details:
      'Google leaves the secret out of files downloaded after the client was created. "Add secret" is on the client in Google Cloud Console.',
  },
  inFile: (field: string, text: RuleText): RuleText => ({
    message: `In the file: ${text.message}`,
    fix: text.fix,
    details: [`About its "${field}".`, text.details].filter(Boolean).join(' '),
  }),
  noRedirectUris: (expected: string): RuleText => ({
    message: 'The file lists no authorized redirect URI.',
    fix: ADD_REDIRECT_URI,
    details: `Google would answer "redirect_uri_mismatch". Add exactly ${expected}. A file downloaded before that change does not show it.`,
  }),
  redirectUriRegistered: (expected: string): RuleText => ({
    message: "This account's redirect URI is registered on this client.",
    fix: 'Nothing to do; changes in Google can take a few hours to apply.',
    details: `${expected} is among the file's authorized redirect URIs. Changes take from 5 minutes to a few hours.`,
  }),
  redirectUriNotRegistered: (expected: string): RuleText => ({
    message: "This account's redirect URI is not registered on this client.",
    fix: ADD_REDIRECT_URI,
    details: `${expected} is not among the file's authorized redirect URIs, so Google would answer "redirect_uri_mismatch".`,
  }),
  nearMiss: (kind: NearMiss, registered: string, expected: string): RuleText => ({
    message: `The registered redirect URI ${NEAR_MISS[kind].what}.`,
    fix: ADD_REDIRECT_URI,
    details: `${NEAR_MISS[kind].why ? `${NEAR_MISS[kind].why} ` : ''}Registered: ${registered}. Needed: ${expected}. Google compares them exactly.`,
  }),
  originWithPath: (origin: string): RuleText => ({
    message: 'A JavaScript origin in this file has a path.',
    fix: 'Remove that origin; put the redirect URI under Authorized redirect URIs.',
    details: `${origin}: an origin is only scheme and host (Google says "URIs must not contain a path or end with '/'"). Targetprocess needs no JavaScript origin.`,
  }),
} as const;

/** Texts for the sign-in errors picker and decoder, keyed by diagnosis code. */
export const signInErrorText = {
  redirect_uri_mismatch: {
    title: 'Error 400: redirect_uri_mismatch',
    cause:
      'The redirect URI that Targetprocess sent is not registered on the Google client exactly as sent (scheme, host, path, letter case, trailing slash and ?acid=… all count).',
    fix: 'Copy the redirect URI shown by the assistant and add it, exactly, under Authorized redirect URIs on the Web application client in Google Cloud Console. Wait a few minutes (up to a few hours) and sign in again.',
  },
  invalid_client: {
    title: 'Error 401: invalid_client (The OAuth client was not found)',
    cause:
      'Google does not know the Client ID: it is mistyped, has spaces around it, belongs to another project, or the client was deleted.',
    fix: 'Copy the Client ID again from Google Cloud Console and paste it without spaces.',
  },
  invalid_client_secret: {
    title: 'invalid_client: Unauthorized',
    cause:
      'The Client ID is right but the client secret is not (mistyped, from another client, or disabled).',
    fix: 'Paste the client secret again. If nobody has it, click "Add secret" on the client in Google Cloud Console and paste the new one.',
  },
  access_denied: {
    title: 'Error 403: access_denied (has not completed the Google verification process)',
    cause:
      'The app is External and in Testing, and the mailbox you signed in with is not one of its test users. (The same code comes back when someone clicks Cancel on the consent screen.)',
    fix: 'In Google Cloud Console, Audience: add the mailbox as a test user, or publish the app ("In production"). Then sign in again and allow access.',
  },
  org_internal: {
    title: 'Error 403: org_internal',
    cause:
      'The app is Internal, so only accounts of its Google Workspace organization may sign in, and this mailbox is outside it.',
    fix: 'Sign in with a mailbox of the organization, or set the audience to External in Google Cloud Console.',
  },
  admin_policy_enforced: {
    title: 'Error 400: admin_policy_enforced',
    cause:
      'A Google Workspace administrator blocks apps that were not configured for the organization.',
    fix: 'Ask the Workspace admin to open Admin console > Security > Access and data control > API controls > Manage Third-Party App Access, add this Client ID and mark it Trusted.',
  },
  invalid_grant: {
    title: 'invalid_grant (Token has been expired or revoked)',
    cause:
      'The stored sign-in is no longer valid. Typical cause: the app was left in Testing, where consent expires after 7 days, so mail stopped about a week after signing in.',
    fix: 'In Google Cloud Console, Audience: publish the app ("In production"). Then Sign out and Sign in again in this profile and save it.',
  },
  deleted_client: {
    title: 'Error 401: deleted_client',
    cause: 'The Google client was deleted (Google deletes clients unused for 6 months).',
    fix: 'Create a new Web application client in Google Cloud Console, add the redirect URI, and use its Client ID and secret here.',
  },
  disabled_client: {
    title: 'Error 401: disabled_client',
    cause: 'The Google client is disabled.',
    fix: 'Enable the client in Google Cloud Console, or create a new Web application client and use it here.',
  },
  unverified_app: {
    title: "Google hasn't verified this app",
    cause:
      "The app is External and asks for full mail access (a restricted scope) without Google verification. This is expected for a company's own mail integration.",
    fix: 'If it is your own client, click "Advanced", then "Go to … (unsafe)" and allow access. To avoid the screen, use an Internal app (Google Workspace) or have the app verified.',
  },
  no_refresh_token: {
    title: 'Remove access for your app, then sign in again',
    cause:
      'Google gave no refresh token, because this Google account had already allowed the app before.',
    fix: 'Open myaccount.google.com > Security > Third-party apps with account access, remove access for this app, then Sign in again.',
  },
  secret_reentered: {
    title: 'Client secret should be reentered',
    cause:
      'A secret is stored for this profile, but Targetprocess never sends it back to the page, so Sign in cannot use it.',
    fix: 'Paste the client secret into the Client secret field, then Sign in.',
  },
  not_authorized: {
    title: 'OAuth client should be authorized',
    cause: 'The profile was saved with Google OAuth selected but without a finished sign-in.',
    fix: 'Click Sign in, finish the Google sign-in in the pop-up, then Save.',
  },
  field_empty: {
    title: 'Client id / Client secret should not be empty',
    cause: 'Sign in or Save needs both the Client ID and the client secret.',
    fix: 'Fill in both fields from your Web application client in Google Cloud Console.',
  },
} as const;

export type SignInErrorCode = keyof typeof signInErrorText;

/** "Check with Google": what the token endpoint's answer means, and what to do. */
export const pairCheckText = {
  accepted: {
    message: 'Google knows this Client ID and accepts this Client secret.',
    fix: 'Sign in next.',
    details:
      'If Google then shows an error, it is about the redirect URI, the consent screen or the mailbox, not about these two values.',
  },
  clientNotFound: {
    message: 'Google does not know this Client ID.',
    fix: 'Copy the Client ID again from your Web application client in Google Cloud Console.',
    details:
      'Google answered "invalid_client: The OAuth client was not found". If the client is no longer listed in Google Cloud Console, it was deleted: create a new one.',
  },
  secretWrong: {
    message: 'Google knows the Client ID but refuses this Client secret.',
    fix: 'Paste the secret again, or make a new one with "Add secret" on the client.',
    details:
      'Google answered "invalid_client: Unauthorized". Google shows a secret only once, when it is made.',
  },
  deletedClient: {
    message: 'This OAuth client was deleted.',
    fix: 'Create a new Web application client and paste its Client ID and Client secret.',
    details:
      'Google answered "deleted_client"; it deletes clients unused for 6 months. Register the redirect URI shown here on the new client.',
  },
  unreachable: {
    message: 'Could not reach Google to check.',
    fix: 'Go on with Sign in: it reaches Google through the popup.',
    details:
      "The request was refused or blocked by this page's security policy or a proxy. This says nothing about the Client ID and Client secret themselves.",
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
    details:
      'The page holds only a placeholder for a stored secret; Sign in needs the secret pasted again anyway.',
  },
  notGoogle: {
    message: "Cannot check: this page's Google address is not Google's.",
    fix: 'Nothing was sent; ask who runs this Targetprocess site before entering a Client secret.',
    details:
      "The editor's Google option must name https://accounts.google.com. Sign in uses the same address, so if this editor was not changed on purpose, tell whoever runs this Targetprocess site.",
  },
  other: (status: number, error: string, description: string): RuleText => ({
    message: 'Google gave an answer this check does not know.',
    fix: 'Go on with Sign in; if it fails, the sign-in error help explains what Google shows.',
    details: `Google answered HTTP ${status}${error ? `, ${error}` : ''}${description ? `: ${description}` : ''}.`,
  }),
} as const;
