// Building blocks shared by the field checks (client ID, client secret).
import { findCharIssues, type CharIssue } from './characters.js';
import type { Finding, PastedFileFacts, Severity } from './finding.js';
import { characterText, type RuleText } from './messages.js';

/** A credentials file is well under 1 KB; anything past this is not one. */
export const MAX_CREDENTIALS_FILE_CHARS = 64 * 1024;

/** Looks like the text of a credentials JSON (cheap test; parsing comes later). */
export function looksLikeCredentialsJson(trimmed: string): boolean {
  return (
    trimmed.startsWith('{') &&
    /"(?:web|installed|client_id|client_secret)"\s*:/.test(
      trimmed.slice(0, MAX_CREDENTIALS_FILE_CHARS),
    )
  );
}

/**
 * The part of a pasted field value worth scanning character by character. A short value is
 * scanned whole; a long one (checked to be short once trimmed) loses its outer whitespace first
 * with the native trim, so a 1 MB paste of spaces stays fast. JS whitespace is all BMP, so
 * `offset` is both the code-unit and the code-point count of what was cut from the front.
 */
export function scanWindow(raw: string): { text: string; offset: number; cut: boolean } {
  if (raw.length <= 4096) return { text: raw, offset: 0, cut: false };
  const offset = raw.length - raw.trimStart().length;
  return { text: raw.slice(offset, raw.trimEnd().length), offset, cut: true };
}

export function make(
  code: string,
  severity: Severity,
  text: RuleText,
  extra?: { position?: number; suggestion?: string; suggestionLabel?: string },
): Finding {
  const finding: Finding = { code, severity, message: text.message, fix: text.fix };
  if (text.details) Object.assign(finding, { details: text.details });
  if (extra?.position !== undefined) Object.assign(finding, { position: extra.position });
  if (extra?.suggestion !== undefined && extra.suggestionLabel !== undefined) {
    Object.assign(finding, {
      suggestion: extra.suggestion,
      suggestionLabel: extra.suggestionLabel,
    });
  }
  return finding;
}

/**
 * The stray-character findings for the trimmed range of a scanned value, with positions
 * counted from the start of the raw value (the scan window may have cut leading whitespace).
 */
export function scannedCharacterFindings(
  area: string,
  field: string,
  scan: { text: string; offset: number },
  range: { start: number; end: number },
): Finding[] {
  const issues = findCharIssues(scan.text, range.start, range.end).map((issue) => ({
    ...issue,
    position: issue.position + scan.offset,
  }));
  return characterFindings(area, field, issues);
}

/** One error per kind of stray character (the first of its kind), naming the character. */
export function characterFindings(area: string, field: string, issues: CharIssue[]): Finding[] {
  const TEXT = {
    whitespace: ['inner-whitespace', characterText.innerWhitespace],
    invisible: ['invisible-character', characterText.invisible],
    control: ['control-character', characterText.control],
    'look-alike': ['look-alike-character', characterText.lookAlike],
    'non-ascii': ['non-ascii-character', characterText.nonAscii],
  } as const;
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const issue of issues) {
    if (seen.has(issue.kind)) continue;
    seen.add(issue.kind);
    const [what, text] = TEXT[issue.kind];
    findings.push(
      make(`${area}/${what}`, 'error', text(field, issue), { position: issue.position }),
    );
  }
  return findings;
}

/** Gives every finding whose code is in `codes` the same suggestion, when it is not set yet. */
export function offer(
  findings: Finding[],
  codes: ReadonlySet<string>,
  suggestion: string,
  label: string,
): Finding[] {
  return findings.map((finding) =>
    codes.has(finding.code) && finding.suggestion === undefined
      ? { ...finding, suggestion, suggestionLabel: label }
      : finding,
  );
}

/** What a pasted credentials JSON holds, when it is one (DOM-free, never throws). */
export interface PastedCredentials extends PastedFileFacts {
  /** The file's client_secret, trimmed; '' when it has none. */
  readonly clientSecret: string;
}

/** The facts of a pasted file that a finding may carry: never its secret. */
export function fileFacts(file: PastedCredentials): PastedFileFacts {
  return { type: file.type, clientId: file.clientId, hasSecret: file.hasSecret };
}

/**
 * Reads a credentials JSON pasted into a field: its type (`web` or `installed`) and its two
 * values. Undefined for anything else (not JSON, no client section, another kind of file).
 */
export function readCredentialsJson(text: string): PastedCredentials | undefined {
  if (typeof text !== 'string' || text.length > MAX_CREDENTIALS_FILE_CHARS) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, '').trim());
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const top = parsed as Record<string, unknown>;
  const type = Object.hasOwn(top, 'web')
    ? 'web'
    : Object.hasOwn(top, 'installed')
      ? 'installed'
      : undefined;
  const section = type ? top[type] : undefined;
  if (!type || typeof section !== 'object' || section === null || Array.isArray(section)) {
    return undefined;
  }
  const read = (key: string): string => {
    const value = Object.hasOwn(section, key)
      ? (section as Record<string, unknown>)[key]
      : undefined;
    return typeof value === 'string' ? value.trim() : '';
  };
  const clientSecret = read('client_secret');
  return { type, clientId: read('client_id'), hasSecret: clientSecret !== '', clientSecret };
}
