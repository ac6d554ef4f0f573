// The one catalog of user-facing rule text. Written for a Targetprocess admin who is setting up
// Google sign-in for the Email Integration profile: every entry says what is wrong AND what to do.
// Rule modules pick entries from here; nothing else in src/rules writes words for people. The
// entries only some help needs are in catalogs of their own, so that they load with it:
// file-messages.ts (the import), signin-messages.ts (the decoder), pair-messages.ts (Check
// with Google), redirect-messages.ts (the page's own redirect URI, checked in the editor's
// later chunk); they share this file's helpers.
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
export const rule = (message: string, fix: string, details?: string): RuleText =>
  details ? { message, fix, details } : { message, fix };

export const CLIENT_ID_SUFFIX = '.apps.googleusercontent.com';

const CONSOLE_CLIENTS = 'Google Cloud Console: Google Auth Platform > Clients.';
export const ADD_SECRET =
  'Paste the secret you saved, or make one with "Add secret" on the client.';
const WRAPPED = 'Remove them.';
const LABEL = 'Keep only the value after the label.';
const WHOLE_FILE = 'This is a whole credentials file.';
export const DESKTOP = 'This file is for a Desktop app client, the wrong type.';
export const STORED = 'Targetprocess never sends a stored secret back to the page.';

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

export const where = (c: CharacterFacts): string => `${c.description} at position ${c.position}.`;

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
    'To make one: Google Auth Platform > Clients > Create client.',
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

/** The start of every headline about an address Google's rules refuse: the consequence first. */
