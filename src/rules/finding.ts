/** How sure a finding is: `error` is certainly wrong and blocks Sign in and Save. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing a rule noticed about a value, in the admin's words. */
export interface Finding {
  /** Stable machine-readable code, `area/what`, e.g. `client-id/outer-whitespace`. */
  readonly code: string;
  readonly severity: Severity;
  /** The headline: what is wrong, in one short sentence (characters named in words). */
  readonly message: string;
  /** What to do about it, in one short sentence. */
  readonly fix: string;
  /**
   * Everything else worth knowing, shown only on request: why it matters, Google's own error
   * text, an example, the character's code point and position.
   */
  readonly details?: string;
  /** A corrected value the admin can take with one click ("Use ..."), when one exists. */
  readonly suggestion?: string;
  /** The button text for the suggestion, e.g. "Use the trimmed value". */
  readonly suggestionLabel?: string;
  /** 1-based character position the finding is about, when it is about one character. */
  readonly position?: number;
  /**
   * Set when the value is a whole credentials JSON (client_secret_….json): what the file is,
   * so the host can offer "Fill both fields" for a Web application file. It never carries the
   * secret; the host reads that from the field's own text with `readPastedCredentials`.
   */
  readonly file?: PastedFileFacts;
}

/** The facts of a credentials JSON pasted into a field. */
export interface PastedFileFacts {
  /** `web`: a Web application client (the right type); `installed`: a Desktop app client. */
  readonly type: 'web' | 'installed';
  /** The file's client_id, trimmed ('' when it has none). */
  readonly clientId: string;
  /** Whether the file holds a client_secret. */
  readonly hasSecret: boolean;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings, worst first; the order among equals is kept. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

export function worstFinding(findings: readonly Finding[]): Finding | undefined {
  return sortFindings(findings)[0];
}
