// The import's words (see strings.ts): loaded with the import, on first use.

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export const credentialsImport = {
  pasteLabel: 'Paste the client_secret_….json file',
  chooseLabel: 'or choose it',
  dropHint: '(or drop it here)',
  fill: 'Fill Client ID and secret',
  clear: 'Clear',
  tooBig: (size: number, max: number) =>
    `This file is ${formatSize(size)}; a credentials file is under ${formatSize(max)}.`,
  readFailed: 'The file could not be read. Choose it again.',
  notAFile: 'Only one file at a time, please.',
  type: {
    web: 'Web application client',
    installed: 'Desktop app client',
    '': 'Not a credentials file',
  },
  clientId: (id: string) => `Client ID ${id}`,
  secretMasked: (masked: string) => `Client secret: ${masked}`,
  secretMissing: 'Client secret: not in the file.',
  project: (id: string) => `Project: ${id}`,
  redirect: {
    match: 'Redirect URI: this account’s is listed.',
    'near-miss': 'Redirect URI: nearly this account’s, not exactly.',
    other: 'Redirect URI: this account’s is not listed.',
    none: 'Redirect URI: none listed.',
  },
  redirectsTitle: 'Redirect URIs in the file:',
  redirectMatch: 'this account’s',
  thisAccount: (uri: string) => `This account needs: ${uri}`,
  fillDisabledNoId: 'The file has no Client ID.',
  filled: 'Filled in; the pasted text was cleared.',
  report: 'What the file says',
};
