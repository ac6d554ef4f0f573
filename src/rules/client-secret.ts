// Checks a pasted Google OAuth client secret. Suggestions may carry the (cleaned) secret so the
// admin can take it with one click, but no label or message ever shows it.
import { cleanCharacters, hasOuterWhitespace, unwrap } from './characters.js';
import { isRecognisedClientId } from './client-id.js';
import { sortFindings, type Finding } from './finding.js';
import { CLIENT_ID_SUFFIX, clientSecretText } from './messages.js';
import {
  fileFacts,
  looksLikeCredentialsJson,
  make,
  offer,
  readCredentialsJson,
  scanWindow,
  scannedCharacterFindings,
} from './shared.js';

/** What the host's Password field holds when a secret is stored (docs/host.md §4). */
export const STORED_SECRET_PLACEHOLDER = '0000000000000000';

/** Longer than this is not a client secret (a real one is 35 or 24 characters). */
export const MAX_CLIENT_SECRET_CHARS = 256;

/** `GOCSPX-` + 28, issued since 2021. */
export const CLIENT_SECRET_PATTERN = /^GOCSPX-[A-Za-z0-9_-]{28}$/;
/** Older clients' secrets. */
export const LEGACY_CLIENT_SECRET_PATTERN = /^[A-Za-z0-9_-]{24}$/;

// "client_secret": / Client secret: / "Client secret" then a tab or a line break, as copied from a
// JSON file, a chat or Google's "OAuth client created" dialog (label and value on two lines). A
// text input drops the line break, so "Client secret" glued to "GOCSPX-" is a label too.
const LABEL = /^["'`]?(?:oauth[ _-]?)?client[ _-]?secret["'`]?(?:\s*[:=]\s*|\s+|(?=GOCSPX-))/i;
/** A current-form secret inside a longer text (a label glued on, a sentence around it). */
const SECRET_INSIDE = /GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/;
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
  'client-secret/extra-text',
]);
// Fixes that only take away what is around the value; the others change the value itself, so
// they are offered only when the result is a secret of a form Google issues.
const AROUND = new Set([
  'client-secret/outer-whitespace',
  'client-secret/label-included',
  'client-secret/wrapped',
]);

export function isRecognisedClientSecret(value: string): boolean {
  return CLIENT_SECRET_PATTERN.test(value) || LEGACY_CLIENT_SECRET_PATTERN.test(value);
}

interface Shape {
  finding?: Finding;
  fixed?: string;
}

function shape(value: string, clientId: string | undefined): Shape {
  const finding = shapeFinding(value, clientId);
  if (finding?.severity !== 'warning') return { finding };
  const inside = SECRET_INSIDE.exec(value);
  if (inside && inside[0] !== value) {
    return {
      finding: make('client-secret/extra-text', 'error', clientSecretText.extraText),
      fixed: inside[0],
    };
  }
  return { finding };
}

function shapeFinding(value: string, clientId: string | undefined): Finding | undefined {
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
  if (only('client-secret/extra-text')) return clientSecretText.suggestExtracted;
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
    const file = readCredentialsJson(trimmed);
    if (file?.type === 'installed') {
      return [
        {
          ...make('client-secret/desktop-credentials-json', 'error', clientSecretText.desktopFile),
          file: fileFacts(file),
        },
      ];
    }
    const finding = make(
      'client-secret/credentials-json',
      'error',
      clientSecretText.credentialsJson,
    );
    if (!file) return [finding];
    const withFile: Finding = { ...finding, file: fileFacts(file) };
    const secret = file.clientSecret;
    // The file's own Client ID is the one this secret goes with.
    const pairedId = file.clientId || clientId;
    if (suggest && secret !== '' && check(secret, pairedId, false).length === 0) {
      return [
        { ...withFile, suggestion: secret, suggestionLabel: clientSecretText.suggestFromFile },
      ];
    }
    return [withFile];
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
  // A label explains the rest of the paste, so it is named first (sortFindings keeps the order).
  if (range.labelled) {
    findings.push(make('client-secret/label-included', 'error', clientSecretText.labelIncluded));
  }
  if (range.wrapped)
    findings.push(make('client-secret/wrapped', 'error', clientSecretText.wrapped));
  if (outer) {
    findings.push(
      make('client-secret/outer-whitespace', 'error', clientSecretText.outerWhitespace),
    );
  }
  findings.push(...scannedCharacterFindings('client-secret', 'Client secret', scan, range));

  const clean = cleanCharacters(scan.text.slice(range.start, range.end));
  const { finding, fixed } = shape(clean, clientId);
  if (finding) findings.push(finding);

  const candidate = fixed ?? clean;
  let result = findings;
  if (suggest && candidate !== raw && findings.some((f) => FIXABLE.has(f.code))) {
    const codes = new Set(findings.map((f) => f.code).filter((code) => FIXABLE.has(code)));
    const left = check(candidate, clientId, false).filter((f) => f.severity !== 'info');
    // Taking away what is around an unusual secret is safe; rewriting its inside is not, unless
    // the result is a secret Google would issue ("Client secret⏎GOCSPX-…" must not become
    // "ClientsecretGOCSPX-…").
    const safe = [...codes].every((code) => AROUND.has(code))
      ? !left.some((f) => f.severity === 'error')
      : left.length === 0;
    if (safe) result = offer(findings, FIXABLE, candidate, labelFor(codes));
  }
  return sortFindings(result);
}

/** Findings about a pasted client secret, worst first; [] for a recognised secret. */
export function checkClientSecret(raw: string, context?: { clientId?: string }): Finding[] {
  const clientId = typeof context?.clientId === 'string' ? context.clientId.trim() : undefined;
  return check(typeof raw === 'string' ? raw : '', clientId, true);
}
