// The credentials import's words (see messages.ts for the shape of every entry): loaded with
// the import, not with the editor's core.
import { ADD_SECRET, DESKTOP, rule, type RuleText } from './messages.js';

const ADD_REDIRECT_URI =
  'Add the redirect URI shown here under Authorized redirect URIs in Google Cloud Console.';
const IMPORT_FILE = 'Import the client_secret_….json file from Google Cloud Console.';
const DOWNLOAD_AGAIN = 'Download the credentials file again.';
const WEB_CLIENT_JSON = 'Create a Web application client and import its JSON.';
const FILE_AGE = 'A file downloaded before a change does not show it.';

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
