/** How sure a finding is: `error` is certainly wrong and blocks Sign in and Save. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing a rule noticed about a value, in the admin's words. */
export interface Finding {
  /** Stable machine-readable code, `area/what`, e.g. `client-id/outer-whitespace`. */
  readonly code: string;
  readonly severity: Severity;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** What to do about it, in one or two sentences. */
  readonly fix: string;
  /** A corrected value the admin can take with one click ("Use ..."), when one exists. */
  readonly suggestion?: string;
  /** The button text for the suggestion, e.g. "Use the trimmed value". */
  readonly suggestionLabel?: string;
  /** 1-based character position the finding is about, when it is about one character. */
  readonly position?: number;
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
