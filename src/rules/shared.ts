// Building blocks shared by the field checks (client ID, client secret).
import { findCharIssues, type CharIssue } from './characters.js';
import type { Finding, Severity } from './finding.js';
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

/** One error per kind of stray character (the first of its kind), naming position and character. */
export function characterFindings(area: string, field: string, issues: CharIssue[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const issue of issues) {
    if (seen.has(issue.kind)) continue;
    seen.add(issue.kind);
    const { description: what, position } = issue;
    switch (issue.kind) {
      case 'whitespace':
        findings.push(
          make(
            `${area}/inner-whitespace`,
            'error',
            characterText.innerWhitespace(field, what, position),
            {
              position,
            },
          ),
        );
        break;
      case 'invisible':
        findings.push(
          make(
            `${area}/invisible-character`,
            'error',
            characterText.invisible(field, what, position),
            {
              position,
            },
          ),
        );
        break;
      case 'control':
        findings.push(
          make(`${area}/control-character`, 'error', characterText.control(field, what, position), {
            position,
          }),
        );
        break;
      case 'look-alike':
        findings.push(
          make(
            `${area}/look-alike-character`,
            'error',
            characterText.lookAlike(field, what, issue.ascii ?? '?', position),
            { position },
          ),
        );
        break;
      case 'non-ascii':
        findings.push(
          make(
            `${area}/non-ascii-character`,
            'error',
            characterText.nonAscii(field, what, position),
            {
              position,
            },
          ),
        );
        break;
    }
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

/** Reads one string member of the client section of a credentials JSON, or undefined. */
export function fieldFromCredentialsJson(
  text: string,
  field: 'client_id' | 'client_secret',
  maxChars: number,
): string | undefined {
  if (text.length > maxChars) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const candidates: unknown[] = [parsed];
  for (const key of ['web', 'installed']) {
    if (Object.hasOwn(parsed, key)) candidates.unshift((parsed as Record<string, unknown>)[key]);
  }
  for (const section of candidates) {
    if (typeof section === 'object' && section !== null && Object.hasOwn(section, field)) {
      const value = (section as Record<string, unknown>)[field];
      if (typeof value === 'string') return value.trim();
    }
  }
  return undefined;
}
