// Checks a pasted Google OAuth client secret. Suggestions may carry the (cleaned) secret so the
// admin can take it with one click, but no label or message ever shows it.
import { cleanCharacters, hasOuterWhitespace, unwrap } from './characters.js';
import { isRecognisedClientId } from './client-id.js';
import { sortFindings, type Finding } from './finding.js';
import { CLIENT_ID_SUFFIX, clientSecretText } from './messages.js';
import {
  MAX_CREDENTIALS_FILE_CHARS,
  scannedCharacterFindings,
  fieldFromCredentialsJson,
  looksLikeCredentialsJson,
  make,
  offer,
  scanWindow,
} from './shared.js';

/** What the host's Password field holds when a secret is stored (HOST.md §4). */
export const STORED_SECRET_PLACEHOLDER = '0000000000000000';

/** Longer than this is not a client secret (a real one is 35 or 24 characters). */
export const MAX_CLIENT_SECRET_CHARS = 256;

/** `GOCSPX-` + 28, issued since 2021. */
export const CLIENT_SECRET_PATTERN = /^GOCSPX-[A-Za-z0-9_-]{28}$/;
/** Older clients' secrets. */
export const LEGACY_CLIENT_SECRET_PATTERN = /^[A-Za-z0-9_-]{24}$/;

const LABEL = /^["'`]?client[ _-]?secret["'`]?\s*[:=]\s*/i;
// Google Cloud Console shows a stored secret as mask characters plus its last 4.
const MASK = /[*•●∙⋅·◦○■□]|\u2026/;
const FIXABLE = new Set([
  'client-secret/outer-whitespace',
  'client-secret/label-included',
  'client-secret/wrapped',
  'client-secret/inner-whitespace',
  'client-secret/invisible-character',
  'client-secret/control-character',
  'client-secret/look-alike-character',
]);

export function isRecognisedClientSecret(value: string): boolean {
  return CLIENT_SECRET_PATTERN.test(value) || LEGACY_CLIENT_SECRET_PATTERN.test(value);
}

function shape(value: string, clientId: string | undefined): Finding | undefined {
  if (value === '') return make('client-secret/empty', 'error', clientSecretText.empty);
  if (clientId !== undefined && clientId !== '' && value === clientId) {
    return make('client-secret/same-as-client-id', 'error', clientSecretText.sameAsClientId);
  }
  if (isRecognisedClientSecret(value)) return undefined;
  if (
    isRecognisedClientId(value) ||
    value.toLowerCase().endsWith(CLIENT_ID_SUFFIX) ||
    /^\d+-[a-z0-9_]{32}$/.test(value)
  ) {
    return make('client-secret/looks-like-client-id', 'error', clientSecretText.looksLikeClientId);
  }
  if (/^AIza[0-9A-Za-z_-]{30,40}$/.test(value)) {
    return make('client-secret/api-key', 'error', clientSecretText.apiKey);
  }
  if (value.startsWith('GOCSPX-') && /^[A-Za-z0-9_-]+$/.test(value)) {
    return make(
      'client-secret/gocspx-length',
      'warning',
      clientSecretText.gocspxLength(value.length),
    );
  }
  return make('client-secret/unrecognised', 'warning', clientSecretText.unrecognised);
}

function labelFor(codes: ReadonlySet<string>): string {
  const only = (...allowed: string[]): boolean =>
    [...codes].every((code) => allowed.includes(code));
  if (only('client-secret/outer-whitespace')) return clientSecretText.suggestTrimmed;
  if (
    only('client-secret/outer-whitespace', 'client-secret/wrapped', 'client-secret/label-included')
  ) {
    return clientSecretText.suggestUnwrapped;
  }
  return clientSecretText.suggestCorrected;
}

function check(raw: string, clientId: string | undefined, suggest: boolean): Finding[] {
  const trimmed = raw.trim();
  if (trimmed === '') return [make('client-secret/empty', 'error', clientSecretText.empty)];
  if (trimmed === STORED_SECRET_PLACEHOLDER) {
    return [make('client-secret/stored-placeholder', 'info', clientSecretText.storedPlaceholder)];
  }
  if (looksLikeCredentialsJson(trimmed)) {
    const fromFile = fieldFromCredentialsJson(trimmed, 'client_secret', MAX_CREDENTIALS_FILE_CHARS);
    const finding = make(
      'client-secret/credentials-json',
      'error',
      clientSecretText.credentialsJson,
    );
    if (suggest && fromFile !== undefined && check(fromFile, clientId, false).length === 0) {
      return [
        { ...finding, suggestion: fromFile, suggestionLabel: clientSecretText.suggestFromFile },
      ];
    }
    return [finding];
  }
  if (trimmed.length > MAX_CLIENT_SECRET_CHARS) {
    return [make('client-secret/too-long', 'error', clientSecretText.tooLong(trimmed.length))];
  }
  if (MASK.test(trimmed)) {
    return [make('client-secret/masked', 'error', clientSecretText.masked)];
  }

  const findings: Finding[] = [];
  const scan = scanWindow(raw);
  const range = unwrap(scan.text, LABEL);
  const outer = scan.cut || hasOuterWhitespace(scan.text, range);
  if (outer) {
    findings.push(
      make('client-secret/outer-whitespace', 'error', clientSecretText.outerWhitespace),
    );
  }
  if (range.labelled) {
    findings.push(make('client-secret/label-included', 'error', clientSecretText.labelIncluded));
  }
  if (range.wrapped)
    findings.push(make('client-secret/wrapped', 'error', clientSecretText.wrapped));
  findings.push(...scannedCharacterFindings('client-secret', 'Client secret', scan, range));

  const clean = cleanCharacters(scan.text.slice(range.start, range.end));
  const finding = shape(clean, clientId);
  if (finding) findings.push(finding);

  let result = findings;
  if (suggest && clean !== raw && findings.some((f) => FIXABLE.has(f.code))) {
    if (!check(clean, clientId, false).some((f) => f.severity === 'error')) {
      const codes = new Set(findings.map((f) => f.code).filter((code) => FIXABLE.has(code)));
      result = offer(findings, FIXABLE, clean, labelFor(codes));
    }
  }
  return sortFindings(result);
}

/** Findings about a pasted client secret, worst first; [] for a recognised secret. */
export function checkClientSecret(raw: string, context?: { clientId?: string }): Finding[] {
  const clientId = typeof context?.clientId === 'string' ? context.clientId.trim() : undefined;
  return check(typeof raw === 'string' ? raw : '', clientId, true);
}
