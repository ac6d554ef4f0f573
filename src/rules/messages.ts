// The one catalog of user-facing rule text. Written for a Targetprocess admin who is setting up
// Google sign-in for the Email Integration profile: every entry says what is wrong AND what to do.
// Rule modules pick entries from here; nothing else in src/rules writes words for people.

export interface RuleText {
  readonly message: string;
  readonly fix: string;
}

export const CLIENT_ID_SUFFIX = '.apps.googleusercontent.com';

const CONSOLE_CLIENTS =
  'In Google Cloud Console open APIs & Services > Credentials (Google Auth Platform > Clients), open your Web application client';

/** Text about one stray character, shared by every field. */
export const characterText = {
  invisible: (field: string, what: string, position: number): RuleText => ({
    message: `The ${field} contains an invisible character: ${what} at position ${position}.`,
    fix: `Delete the ${field} and paste it again, or type that part by hand; invisible characters often come along when a value is copied from a chat, a document or a web page.`,
  }),
  control: (field: string, what: string, position: number): RuleText => ({
    message: `The ${field} contains a control character: ${what} at position ${position}.`,
    fix: `Delete the ${field} and paste it again from Google Cloud Console.`,
  }),
  lookAlike: (field: string, what: string, ascii: string, position: number): RuleText => ({
    message: `The ${field} contains ${what} at position ${position}. It looks like "${ascii}" but is a different character, so Google will not recognise the value.`,
    fix: `Replace it with the plain "${ascii}", or copy the ${field} again from Google Cloud Console.`,
  }),
  nonAscii: (field: string, what: string, position: number): RuleText => ({
    message: `The ${field} contains a character Google never uses in it: ${what} at position ${position}.`,
    fix: `Copy the ${field} again from Google Cloud Console; it only has plain letters, digits and a few signs.`,
  }),
  innerWhitespace: (field: string, what: string, position: number): RuleText => ({
    message: `The ${field} has a space or line break inside it: ${what} at position ${position}.`,
    fix: `Remove the spaces and line breaks; the ${field} is one unbroken word.`,
  }),
} as const;

export const clientIdText = {
  empty: {
    message: 'The Client ID is empty.',
    fix: `${CONSOLE_CLIENTS} and copy its Client ID (it ends with ${CLIENT_ID_SUFFIX}).`,
  },
  tooLong: (length: number): RuleText => ({
    message: `This is ${length} characters long: far too long for a Client ID, which is usually about 72 characters.`,
    fix: `Paste only the Client ID: ${CONSOLE_CLIENTS} and copy the value shown as Client ID.`,
  }),
  outerWhitespace: {
    message:
      'The Client ID has spaces or line breaks before or after it. Google then answers "invalid_client: The OAuth client was not found".',
    fix: 'Remove the spaces and line breaks around the Client ID.',
  },
  wrapped: {
    message:
      'The Client ID is still wrapped in quotes, braces or angle brackets, probably left over from a template or a JSON file.',
    fix: 'Remove the quotes, braces or brackets and keep only the ID itself.',
  },
  labelIncluded: {
    message: 'The Client ID was pasted together with its label (like "client_id:").',
    fix: 'Keep only the value after the label.',
  },
  credentialsJson: {
    message: 'This is a whole credentials file (client_secret_….json), not just the Client ID.',
    fix: 'Import the file instead (the assistant reads both values from it), or paste only the value of "client_id".',
  },
  looksLikeSecret: {
    message:
      'This is a client secret (it starts with GOCSPX-), not a Client ID: the two values seem to be swapped.',
    fix: `Paste it into the Client secret field instead, and put the Client ID (it ends with ${CLIENT_ID_SUFFIX}) here.`,
  },
  looksLikeLegacySecret: {
    message:
      'This looks like an older-style client secret (24 letters and digits), not a Client ID.',
    fix: `Check that you did not swap the two values: the Client ID ends with ${CLIENT_ID_SUFFIX}.`,
  },
  apiKey: {
    message: 'This is a Google API key (it starts with AIza), not an OAuth Client ID.',
    fix: `${CONSOLE_CLIENTS} (not an API key) and copy its Client ID, which ends with ${CLIENT_ID_SUFFIX}.`,
  },
  serviceAccount: {
    message:
      'This is a service account e-mail address, not an OAuth Client ID. Mail sign-in needs an OAuth client of type Web application.',
    fix: `${CONSOLE_CLIENTS} (create one under Create credentials > OAuth client ID if there is none) and copy its Client ID.`,
  },
  email: {
    message: 'This is an e-mail address, not a Client ID.',
    fix: `Put the Client ID of your Google OAuth client here (it ends with ${CLIENT_ID_SUFFIX}); the mailbox is chosen when you click Sign in.`,
  },
  projectNumber: {
    message: `This is only a number: probably the project number, which is just the first part of a Client ID.`,
    fix: `${CONSOLE_CLIENTS} and copy the whole Client ID, which ends with ${CLIENT_ID_SUFFIX}.`,
  },
  projectId: {
    message: 'This looks like a Google Cloud project ID, not a Client ID.',
    fix: `${CONSOLE_CLIENTS} and copy its Client ID, which starts with digits and ends with ${CLIENT_ID_SUFFIX}.`,
  },
  missingSuffix: {
    message: `The Client ID is missing its ending "${CLIENT_ID_SUFFIX}".`,
    fix: `Add "${CLIENT_ID_SUFFIX}" at the end, or copy the whole Client ID again.`,
  },
  misspeltSuffix: (ending: string): RuleText => ({
    message: `The Client ID ends with "${ending}" instead of "${CLIENT_ID_SUFFIX}".`,
    fix: `Correct the ending to "${CLIENT_ID_SUFFIX}", or copy the whole Client ID again.`,
  }),
  suffixCase: {
    message: `The ending of the Client ID is not in lower case as Google writes it ("${CLIENT_ID_SUFFIX}").`,
    fix: 'Copy the Client ID again exactly as Google Cloud Console shows it.',
  },
  extraText: {
    message: 'There is a Client ID inside this text, but other text around it too.',
    fix: 'Keep only the Client ID itself.',
  },
  unrecognised: {
    message: `This does not look like a Google Client ID, which usually reads like 123456789012-abc…xyz${CLIENT_ID_SUFFIX}.`,
    fix: `Check it against the Client ID in Google Cloud Console. If it is exactly what Google shows, you can go on.`,
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
    fix: `${CONSOLE_CLIENTS} and paste the secret you saved when you created it. If you no longer have it, click "Add secret" there to make a new one.`,
  },
  storedPlaceholder: {
    message:
      'A client secret is already stored for this profile (Targetprocess shows it as zeros).',
    fix: 'Save keeps the stored secret. To Sign in again, paste the secret itself: Targetprocess never sends the stored one back to the page.',
  },
  tooLong: (length: number): RuleText => ({
    message: `This is ${length} characters long: far too long for a client secret, which is 35 characters (GOCSPX-…).`,
    fix: 'Paste only the client secret.',
  }),
  outerWhitespace: {
    message:
      'The Client secret has spaces or line breaks before or after it. Google then answers "invalid_client: Unauthorized".',
    fix: 'Remove the spaces and line breaks around the secret.',
  },
  wrapped: {
    message: 'The Client secret is still wrapped in quotes, braces or angle brackets.',
    fix: 'Remove the quotes, braces or brackets and keep only the secret itself.',
  },
  labelIncluded: {
    message: 'The Client secret was pasted together with its label (like "client_secret:").',
    fix: 'Keep only the value after the label.',
  },
  credentialsJson: {
    message: 'This is a whole credentials file (client_secret_….json), not just the Client secret.',
    fix: 'Import the file instead (the assistant reads both values from it), or paste only the value of "client_secret".',
  },
  looksLikeClientId: {
    message: `This is a Client ID (it ends with ${CLIENT_ID_SUFFIX}), not a client secret: the two values seem to be swapped.`,
    fix: 'Put it into the Client id field, and paste the client secret (it starts with GOCSPX-) here.',
  },
  sameAsClientId: {
    message: 'The Client secret is the same as the Client ID.',
    fix: 'Paste the client secret here (it starts with GOCSPX-); it is a different value from the Client ID.',
  },
  apiKey: {
    message: 'This is a Google API key (it starts with AIza), not a client secret.',
    fix: `${CONSOLE_CLIENTS} and use its client secret (it starts with GOCSPX-).`,
  },
  masked: {
    message:
      'This is the masked secret Google Cloud Console shows (only its last 4 characters are real). Google shows a client secret in full only once, when it is created.',
    fix: `Paste the full secret you saved then. If nobody has it, ${CONSOLE_CLIENTS.charAt(0).toLowerCase() + CONSOLE_CLIENTS.slice(1)}, click "Add secret", copy the new secret at once and paste it here (a client can have 2 secrets; disable the old one later).`,
  },
  gocspxLength: (length: number): RuleText => ({
    message: `This secret starts with GOCSPX- but is ${length} characters long; Google's secrets of this kind have 35 (GOCSPX- and 28 more). A part may be missing or extra.`,
    fix: 'Copy the secret again in full. If it is exactly what you saved from Google, you can go on.',
  }),
  unrecognised: {
    message:
      'This does not look like a Google client secret, which usually starts with GOCSPX- and is 35 characters long.',
    fix: 'Check it against the secret you saved from Google Cloud Console. If it is exactly that, you can go on.',
  },
  // Labels never show the secret itself.
  suggestTrimmed: 'Use the secret without the spaces',
  suggestUnwrapped: 'Use only the secret itself',
  suggestFromFile: 'Use the secret from this file',
  suggestCorrected: 'Use the corrected secret',
} as const;

export const redirectUriText = {
  empty: {
    message: 'The redirect URI is empty.',
    fix: 'Open this page from Targetprocess so the assistant can work out the redirect URI.',
  },
  tooLong: (length: number): RuleText => ({
    message: `The redirect URI is ${length} characters long, too long for Google to accept.`,
    fix: 'Use the short address of your Targetprocess site.',
  }),
  whitespace: (what: string, position: number): RuleText => ({
    message: `The redirect URI contains whitespace (${what} at position ${position}); Google says "Invalid Redirect: cannot contain whitespace".`,
    fix: 'Remove the spaces and line breaks.',
  }),
  badCharacter: (what: string, position: number): RuleText => ({
    message: `The redirect URI contains a character Google does not allow: ${what} at position ${position}.`,
    fix: 'Type the address again with plain characters only.',
  }),
  nonAscii: (what: string, position: number): RuleText => ({
    message: `The redirect URI contains a non-ASCII character: ${what} at position ${position}.`,
    fix: 'Use the plain (punycode) form of the address, the one your browser shows when you copy it.',
  }),
  noScheme: {
    message: 'The redirect URI does not start with https://.',
    fix: 'Write it in full, starting with https://.',
  },
  badScheme: (scheme: string): RuleText => ({
    message: `The redirect URI uses "${scheme}:"; Google accepts only https (and http for localhost).`,
    fix: 'Open Targetprocess over https and use the https address.',
  }),
  notHttps: {
    message:
      'The redirect URI uses http://. Google accepts http only for localhost; the mail scope needs https.',
    fix: 'Open Targetprocess over https (set up TLS on the server if needed) and use the https address.',
  },
  userinfo: {
    message:
      'The redirect URI contains a user name or password before the host (user@host); Google does not allow that.',
    fix: 'Remove the part up to and including "@".',
  },
  fragment: {
    message: 'The redirect URI contains a fragment (#…); Google does not allow that.',
    fix: 'Remove "#" and everything after it.',
  },
  wildcard: {
    message:
      'The redirect URI contains "*"; Google says "Invalid Redirect: cannot contain a wildcard (*)".',
    fix: 'Register the exact address of your Targetprocess site, without wildcards.',
  },
  pathTraversal: {
    message:
      'The redirect URI contains "..", a backslash, or an encoded form of them; Google rejects path traversal.',
    fix: 'Use the plain address of the page, without ".." or backslashes.',
  },
  badPercentEncoding: (position: number): RuleText => ({
    message: `The redirect URI has a "%" at position ${position} that is not followed by two hexadecimal digits.`,
    fix: 'Write "%25" for a literal percent sign, or remove it.',
  }),
  encodedNul: {
    message: 'The redirect URI contains "%00" (an encoded null character); Google rejects it.',
    fix: 'Remove "%00".',
  },
  noHost: {
    message: 'The redirect URI has no host name.',
    fix: 'Use the full address of your Targetprocess site, like https://tp.example.com/Admin/Plugins.aspx.',
  },
  ipAddress: (host: string): RuleText => ({
    message: `The redirect URI uses the IP address ${host}; Google accepts a raw IP address only for localhost (127.0.0.1 or [::1]).`,
    fix: 'Give Targetprocess a public https name (a DNS name under a domain you own, e.g. tp.example.com) and open it by that name.',
  }),
  singleLabelHost: (host: string): RuleText => ({
    message: `The host "${host}" is not a full domain name; Google accepts only names that end with a public top-level domain (such as .com or .org).`,
    fix: 'Give Targetprocess a public https name (a DNS name under a domain you own, e.g. tp.example.com) and open it by that name.',
  }),
  internalDomain: (host: string, suffix: string): RuleText => ({
    message: `The host "${host}" ends with ".${suffix}", an internal name; Google says "Invalid Redirect: must end with a public top-level domain (such as .com or .org)".`,
    fix: "Give Targetprocess a public https name (a DNS name under a domain you own, e.g. tp.example.com) and open it by that name. The name only has to resolve for the admin's browser; it need not be reachable from the internet.",
  }),
  unknownTld: (tld: string): RuleText => ({
    message: `".${tld}" is not a top-level domain the assistant knows. Google accepts only domains on the public suffix list.`,
    fix: 'If Google Cloud Console accepts the URI, you can go on; if it says "must end with a public top-level domain", give Targetprocess a public https name (e.g. tp.example.com).',
  }),
  googleusercontent: {
    message:
      'The redirect URI is on googleusercontent.com, which Google does not allow as a redirect target.',
    fix: 'Use the address of your Targetprocess site.',
  },
  urlShortener: (host: string): RuleText => ({
    message: `"${host}" is a URL shortener; Google does not accept shortened redirect URIs.`,
    fix: 'Use the full address of your Targetprocess site.',
  }),
  acid: (acid: string): RuleText => ({
    message: `This redirect URI carries "?acid=${acid}" because the editor page was opened with it. Google compares the URI exactly, acid included.`,
    fix: `Register this URI in Google exactly as shown, with ?acid=${acid}. If you open the editor with another acid (or none), the URI changes and that one must be registered too.`,
  }),
  suggestHttps: 'Use https',
  suggestWithoutUserinfo: 'Remove the user name',
  suggestWithoutFragment: 'Remove the fragment',
  suggestTrimmed: 'Remove the spaces',
  suggestCorrected: 'Use the corrected URI',
} as const;

export const credentialsFileText = {
  empty: {
    message: 'The credentials file is empty.',
    fix: 'In Google Cloud Console open your Web application client and download its JSON (the download button), then import that file.',
  },
  tooLarge: (limitKb: number): RuleText => ({
    message: `This is larger than ${limitKb} KB; a Google credentials file is well under 1 KB.`,
    fix: 'Import the client_secret_….json file downloaded from Google Cloud Console, not another file.',
  }),
  notJson: {
    message: 'This is not valid JSON, so it is not a Google credentials file (or it was cut off).',
    fix: 'Import the client_secret_….json file as downloaded from Google Cloud Console, unchanged.',
  },
  notObject: {
    message:
      'This JSON is not a Google credentials file: it should be an object with a "web" section.',
    fix: 'Import the client_secret_….json file downloaded from Google Cloud Console.',
  },
  serviceAccount: {
    message:
      'This is a service account key, not an OAuth client. Mail sign-in needs an OAuth client of type Web application.',
    fix: "In Google Cloud Console create credentials > OAuth client ID > Web application, add the redirect URI, and download that client's JSON.",
  },
  desktopClient: {
    message:
      'This file is for a Desktop app client ("installed"). Targetprocess signs in from a web page and needs a Web application client.',
    fix: 'In Google Cloud Console create an OAuth client of type Web application, add the redirect URI shown here, then download and import its JSON.',
  },
  unknownType: (keys: string): RuleText => ({
    message: `This file has no "web" section${keys ? ` (it has ${keys})` : ''}; Google's credentials files for a Web application client start with "web".`,
    fix: 'Import the client_secret_….json file of a Web application client, downloaded from Google Cloud Console.',
  }),
  badSection: {
    message: 'The "web" section of this file is not an object.',
    fix: 'Download the credentials file again from Google Cloud Console.',
  },
  badField: (fields: readonly string[]): RuleText => ({
    message:
      fields.length === 1
        ? `The field "${fields[0]}" in this file has the wrong type.`
        : `The fields ${fields.map((field) => `"${field}"`).join(', ')} in this file have the wrong type.`,
    fix: 'Download the credentials file again from Google Cloud Console rather than editing it.',
  }),
  missingClientId: {
    message: 'The file has no "client_id".',
    fix: 'Download the credentials file again from Google Cloud Console.',
  },
  missingClientSecret: {
    message:
      'The file has no "client_secret". Google leaves it out of files downloaded after the client was created.',
    fix: 'Paste the secret you saved when the client was created. If nobody has it, click "Add secret" on the client in Google Cloud Console and paste the new one.',
  },
  inFile: (field: string, text: RuleText): RuleText => ({
    message: `In the file's ${field}: ${text.message}`,
    fix: text.fix,
  }),
  noRedirectUris: (expected: string): RuleText => ({
    message:
      'The file lists no authorized redirect URI, so Google would answer "redirect_uri_mismatch".',
    fix: `On the client in Google Cloud Console add exactly ${expected} under Authorized redirect URIs and save. (A file downloaded before that change does not show it.)`,
  }),
  redirectUriRegistered: (expected: string): RuleText => ({
    message: `The redirect URI ${expected} is registered on this client.`,
    fix: 'Nothing to do. Changes in Google can take from 5 minutes to a few hours to apply.',
  }),
  redirectUriNotRegistered: (expected: string): RuleText => ({
    message: `This account's redirect URI ${expected} is not among the file's authorized redirect URIs, so Google would answer "redirect_uri_mismatch".`,
    fix: `On the client in Google Cloud Console add exactly ${expected} under Authorized redirect URIs and save.`,
  }),
  nearMiss: (
    kind:
      | 'scheme'
      | 'trailing-slash'
      | 'case'
      | 'host'
      | 'missing-path'
      | 'extra-path'
      | 'path'
      | 'missing-query'
      | 'extra-query'
      | 'query',
    registered: string,
    expected: string,
  ): RuleText => {
    const what = {
      scheme: 'uses a different scheme (http instead of https, or the reverse)',
      'trailing-slash': 'differs by a trailing slash',
      case: 'differs in upper and lower case',
      host: 'points to another host',
      'missing-path':
        'lacks the virtual directory of your Targetprocess site (the part of the path before /Admin/)',
      'extra-path': 'has an extra part in its path',
      path: 'has another path',
      'missing-query': 'lacks the query (like ?acid=…) that this page sends',
      'extra-query': 'has a query (like ?acid=…) that this page does not send',
      query: 'has another query (like a different ?acid=…)',
    }[kind];
    return {
      message: `The registered redirect URI ${registered} ${what}; Google compares exactly, so it does not match ${expected}.`,
      fix: `On the client in Google Cloud Console add exactly ${expected} under Authorized redirect URIs and save.`,
    };
  },
  originWithPath: (origin: string): RuleText => ({
    message: `The authorized JavaScript origin ${origin} has a path; an origin is only scheme and host (Google says "URIs must not contain a path or end with '/'").`,
    fix: 'Targetprocess does not need a JavaScript origin. Put the redirect URI under Authorized redirect URIs instead, and remove this origin.',
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
    message: 'Google knows this Client ID and accepts this client secret.',
    fix: 'Sign in next. If Google then shows an error, it is about the redirect URI, the consent screen or the mailbox, not about these two values.',
  },
  clientNotFound: {
    message:
      'Google does not know this Client ID ("invalid_client: The OAuth client was not found").',
    fix: 'Copy the Client ID again from Google Cloud Console (Credentials, your Web application client). If the client is not listed there any more, it was deleted: create a new one.',
  },
  secretWrong: {
    message:
      'Google knows the Client ID but refuses this client secret ("invalid_client: Unauthorized").',
    fix: 'Paste the secret again. Google shows a secret only once, when it is made: if you no longer have it, open the client in Google Cloud Console, choose "Add secret" and paste the new one here.',
  },
  deletedClient: {
    message:
      'This OAuth client was deleted ("deleted_client"). Google deletes clients that were not used for 6 months.',
    fix: 'Create a new OAuth client of type Web application, register the redirect URI shown here, and paste its Client ID and secret.',
  },
  unreachable: {
    message:
      "Could not reach Google to check: the request was refused or blocked by this page's security policy or a proxy. This says nothing about the Client ID and secret themselves.",
    fix: 'Go on with Sign in: it reaches Google through the popup.',
  },
  timeout: {
    message: 'Google did not answer within 10 seconds, so the pair was not checked.',
    fix: 'Try again in a moment, or go on with Sign in.',
  },
  cancelled: {
    message: 'The check was cancelled.',
    fix: 'Check again when you are ready.',
  },
  storedSecret: {
    message:
      'A secret is stored for this profile, but the page only holds a placeholder for it, so it cannot be checked.',
    fix: 'Paste the client secret into the field to check it (Sign in needs it pasted again anyway).',
  },
  notGoogle: {
    message:
      "Cannot check: this page's Google sign-in address is not Google's (https://accounts.google.com), so nothing was sent.",
    fix: 'Sign in uses the same address: if this editor was not changed on purpose, tell whoever runs this Targetprocess site before you enter a client secret here.',
  },
  other: (status: number, error: string, description: string): RuleText => ({
    message: `Google answered something this check does not know (HTTP ${status}${error ? `, ${error}` : ''}${description ? `: ${description}` : ''}).`,
    fix: 'Go on with Sign in; if it fails, the sign-in error help below the redirect URI explains what Google shows.',
  }),
} as const;
