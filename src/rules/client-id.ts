// Checks a pasted Google OAuth Client ID. Google publishes no format, so only what is certainly
// wrong is an error; a value we merely do not recognise is a warning (docs/google.md).
import { cleanCharacters, hasOuterWhitespace, editDistance, unwrap } from './characters.js';
import { sortFindings, type Finding } from './finding.js';
import { CLIENT_ID_SUFFIX, clientIdText } from './messages.js';
import {
  fileFacts,
  looksLikeCredentialsJson,
  make,
  offer,
  readCredentialsJson,
  scanWindow,
  scannedCharacterFindings,
} from './shared.js';

/** Longer than this is not a client ID (a real one is about 72 characters). */
export const MAX_CLIENT_ID_CHARS = 256;

/** `<digits>-<32 chars>.apps.googleusercontent.com`, as secret scanners match it. */
export const CLIENT_ID_PATTERN = /^\d+-[a-z0-9_]{32}\.apps\.googleusercontent\.com$/;
/** The older form, e.g. Google's own OAuth Playground client. */
export const LEGACY_CLIENT_ID_PATTERN = /^\d+\.apps\.googleusercontent\.com$/;

// "client_id": / Client ID: / "Client ID" then a tab or a line break, as copied from a JSON file,
// a chat or Google's "OAuth client created" dialog (its label and value on two lines). A text
// input drops the line break, so "Client ID" glued to the digits is a label too.
const LABEL = /^["'`]?(?:oauth[ _-]?)?client[ _-]?id["'`]?(?:\s*[:=]\s*|\s+|(?=\d))/i;
const FIXABLE = new Set([
  'client-id/outer-whitespace',
  'client-id/label-included',
  'client-id/wrapped',
  'client-id/inner-whitespace',
  'client-id/invisible-character',
  'client-id/control-character',
  'client-id/look-alike-character',
  'client-id/missing-suffix',
  'client-id/misspelt-suffix',
  'client-id/suffix-case',
  'client-id/extra-text',
]);

/** True for the two forms of client ID Google is known to issue. */
export function isRecognisedClientId(value: string): boolean {
  return CLIENT_ID_PATTERN.test(value) || LEGACY_CLIENT_ID_PATTERN.test(value);
}

interface Shape {
  finding?: Finding;
  fixed?: string;
}

function looksMisspelt(tail: string): boolean {
  if (tail.length > 60) return false;
  const lower = tail.toLowerCase();
  if (!/^[^a-z0-9_]|^apps|^goog/.test(lower)) return false;
  return (
    lower.includes('google') ||
    lower.includes('usercontent') ||
    editDistance(lower, CLIENT_ID_SUFFIX) <= 8
  );
}

function shape(value: string): Shape {
  if (value === '') return { finding: make('client-id/empty', 'error', clientIdText.empty) };
  if (isRecognisedClientId(value)) return {};
  if (/^GOCSPX-/i.test(value)) {
    return { finding: make('client-id/looks-like-secret', 'error', clientIdText.looksLikeSecret) };
  }
  if (/^AIza[0-9A-Za-z_-]{30,40}$/.test(value)) {
    return { finding: make('client-id/api-key', 'error', clientIdText.apiKey) };
  }
  if (/^[^@]+@[^@]+$/.test(value)) {
    return /gserviceaccount\.com$/i.test(value)
      ? { finding: make('client-id/service-account', 'error', clientIdText.serviceAccount) }
      : { finding: make('client-id/email', 'error', clientIdText.email) };
  }
  const ending = value.slice(-CLIENT_ID_SUFFIX.length);
  if (ending.toLowerCase() === CLIENT_ID_SUFFIX) {
    const fixed = value.slice(0, -CLIENT_ID_SUFFIX.length) + CLIENT_ID_SUFFIX;
    if (isRecognisedClientId(fixed)) {
      return { finding: make('client-id/suffix-case', 'warning', clientIdText.suffixCase), fixed };
    }
  }
  if (/^\d+-[a-z0-9_]{32}$/.test(value)) {
    return {
      finding: make('client-id/missing-suffix', 'error', clientIdText.missingSuffix),
      fixed: value + CLIENT_ID_SUFFIX,
    };
  }
  if (/^\d+$/.test(value)) {
    return { finding: make('client-id/project-number', 'error', clientIdText.projectNumber) };
  }
  const parts = /^(\d+-[a-z0-9_]{32})(.+)$/.exec(value) ?? /^(\d+)([^-\d].*)$/.exec(value);
  if (parts && looksMisspelt(parts[2]!)) {
    const fixed = parts[1]! + CLIENT_ID_SUFFIX;
    return {
      finding: make('client-id/misspelt-suffix', 'error', clientIdText.misspeltSuffix(parts[2]!)),
      fixed,
    };
  }
  const inside = /\d+-[a-z0-9_]{32}\.apps\.googleusercontent\.com(?![a-z0-9_.-])/.exec(value);
  if (inside) {
    return {
      finding: make('client-id/extra-text', 'error', clientIdText.extraText),
      fixed: inside[0],
    };
  }
  if (/^[A-Za-z0-9_-]{24}$/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value)) {
    return {
      finding: make(
        'client-id/looks-like-legacy-secret',
        'warning',
        clientIdText.looksLikeLegacySecret,
      ),
    };
  }
  if (/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(value)) {
    return { finding: make('client-id/project-id', 'warning', clientIdText.projectId) };
  }
  return { finding: make('client-id/unrecognised', 'warning', clientIdText.unrecognised) };
}

function labelFor(codes: ReadonlySet<string>): string {
  const only = (...allowed: string[]): boolean =>
    [...codes].every((code) => allowed.includes(code));
  if (only('client-id/outer-whitespace')) return clientIdText.suggestTrimmed;
  if (only('client-id/outer-whitespace', 'client-id/wrapped', 'client-id/label-included')) {
    return clientIdText.suggestUnwrapped;
  }
  if (only('client-id/missing-suffix')) return clientIdText.suggestWithSuffix;
  if (only('client-id/misspelt-suffix')) return clientIdText.suggestFixedSuffix;
  if (only('client-id/extra-text')) return clientIdText.suggestExtracted;
  return clientIdText.suggestCorrected;
}

function check(raw: string, suggest: boolean): Finding[] {
  const trimmed = raw.trim();
  if (trimmed === '') return [make('client-id/empty', 'error', clientIdText.empty)];

  if (looksLikeCredentialsJson(trimmed)) {
    const file = readCredentialsJson(trimmed);
    // A Desktop client's ID would go in without a word and fail at Sign in: say so, offer nothing.
    if (file?.type === 'installed') {
      return [
        {
          ...make('client-id/desktop-credentials-json', 'error', clientIdText.desktopFile),
          file: fileFacts(file),
        },
      ];
    }
    const finding = make('client-id/credentials-json', 'error', clientIdText.credentialsJson);
    if (!file) return [finding];
    const withFile: Finding = { ...finding, file: fileFacts(file) };
    if (suggest && file.clientId !== '' && check(file.clientId, false).length === 0) {
      return [
        { ...withFile, suggestion: file.clientId, suggestionLabel: clientIdText.suggestFromFile },
      ];
    }
    return [withFile];
  }
  if (trimmed.length > MAX_CLIENT_ID_CHARS) {
    return [make('client-id/too-long', 'error', clientIdText.tooLong(trimmed.length))];
  }

  const findings: Finding[] = [];
  const scan = scanWindow(raw);
  const range = unwrap(scan.text, LABEL);
  const outer = scan.cut || hasOuterWhitespace(scan.text, range);
  // A label explains the rest of the paste, so it is named first (sortFindings keeps the order).
  if (range.labelled)
    findings.push(make('client-id/label-included', 'error', clientIdText.labelIncluded));
  if (range.wrapped) findings.push(make('client-id/wrapped', 'error', clientIdText.wrapped));
  if (outer)
    findings.push(make('client-id/outer-whitespace', 'error', clientIdText.outerWhitespace));
  findings.push(...scannedCharacterFindings('client-id', 'Client ID', scan, range));

  const clean = cleanCharacters(scan.text.slice(range.start, range.end));
  const { finding, fixed } = shape(clean);
  if (finding) findings.push(finding);

  const candidate = fixed ?? clean;
  let result = findings;
  if (suggest && candidate !== raw && findings.some((f) => FIXABLE.has(f.code))) {
    if (check(candidate, false).length === 0) {
      const codes = new Set(findings.map((f) => f.code).filter((code) => FIXABLE.has(code)));
      result = offer(findings, FIXABLE, candidate, labelFor(codes));
    }
  }
  return sortFindings(result);
}

/** Findings about a pasted Client ID, worst first; [] for a recognised ID. */
export function checkClientId(raw: string): Finding[] {
  return check(typeof raw === 'string' ? raw : '', true);
}
