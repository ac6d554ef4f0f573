// The one setup state: a snapshot of what the page holds in, what every element shows out.
// Nothing here stores anything: each view is computed from the snapshot, so the checklist, the
// field messages, the guard and the offers cannot disagree (like a selector over one model).
import { checkClientId } from './client-id.js';
import { STORED_SECRET_PLACEHOLDER, checkClientSecret } from './client-secret.js';
import type { CredentialsReport } from './credentials-file.js';
import { hasError, sortFindings, type Finding } from './finding.js';
import type { PairCheckVerdict } from './pair-check.js';
import type { HealthVerdict } from './health.js';
import { setupText as t } from './setup-messages.js';
import { judgeSteps, type StepFacts } from './setup-steps.js';
import type { FieldKey, FileFacts, SetupStep } from './setup-types.js';

export type { FieldKey, FileFacts, SetupStep, StepId, StepStatus } from './setup-types.js';

export interface SetupSnapshot {
  readonly clientId: string;
  readonly secret: string;
  /** The admin changed the secret field: only then does the editor send it with Save. */
  readonly secretTouched: boolean;
  /** Fields whose findings the admin should see now (shown late, after a blur or a blocked click). */
  readonly revealed: Readonly<Record<FieldKey, boolean>>;
  readonly redirectUri: string;
  /** What Google's rules say of this page's redirect URI. */
  readonly redirectFindings: readonly Finding[];
  /** The file rules' report of the credentials file the admin gave the import, if any. */
  readonly file: CredentialsReport | null;
  /**
   * A whole client_secret_….json pasted into the Client ID or Client secret field: its report
   * (`pastedCredentialsReport` of credentials-file.ts), or null. It speaks for the client as
   * much as an imported file, and offers to fill both fields.
   */
  readonly pasted: CredentialsReport | null;
  readonly pair: { readonly checking: boolean; readonly verdict: PairCheckVerdict | null };
  readonly signedIn: boolean;
  /**
   * The last sign-in that did not finish, as the decoder reads it (`decodeSignInError` of
   * signin-errors.ts): its code and title; null when none, or when the decoder does not know it.
   */
  readonly signInFailure: { readonly code: string; readonly title: string } | null;
  /** The mail server field and the protocol ('imap' or 'pop3'). */
  readonly server: string;
  readonly protocol: string;
  /** A followed sign-in ended unfinished and no new one started (the decoder's moment). */
  readonly signInUnfinished?: boolean;
  /** A followed Sign in shows the host's menu of prompts. */
  readonly promptChoice?: boolean;
  /** The editor said it could not save the profile. */
  readonly saveRefused?: boolean;
  /** The editor's own messages, decoded ('' where nothing is said or known). */
  readonly editorNotes?: Readonly<Partial<Record<EditorNotePlace, string>>>;
  /** The saved profile's health, once known (never 'no-data'). */
  readonly health?: HealthVerdict | null;
  /** The lifetime line's findings (setup-lifetime.ts `lifetimeLine`), once known. */
  readonly lifetime?: readonly Finding[] | null;
}

/** Where the editor writes a message we decode: its connection line and the two captions. */
export type EditorNotePlace = 'connection' | 'password' | 'login';

export interface FieldView {
  /** Worst first. */
  readonly findings: readonly Finding[];
  readonly revealed: boolean;
  /** The first error, worded for setCustomValidity; '' when none. */
  readonly validity: string;
  readonly blocksSignIn: boolean;
  readonly blocksSave: boolean;
}

export interface GmailSettings {
  readonly server: string;
  readonly port: string;
}

export interface SetupView {
  readonly fields: Readonly<Record<FieldKey, FieldView>>;
  readonly steps: readonly SetupStep[];
  readonly done: number;
  readonly summary: string;
  readonly complete: boolean;
  readonly canCheckPair: boolean;
  /** Why "Check with Google" cannot run now ('' when it can). */
  readonly pairDisabledReason: string;
  /** One-click fixes that pass their own checks once applied. */
  readonly offers: {
    readonly swap: boolean;
    readonly fillBoth: { readonly clientId: string; readonly secret: string } | null;
    readonly gmail: GmailSettings | null;
  };
  /** The note beside Save: a Google profile is saved only after Sign in. */
  readonly saveNote: boolean;
  /** The note says Save was just refused for it (red), not only the rule. */
  readonly saveFailed: boolean;
  /** "Check with Google" is shown: both fields hold something. */
  readonly pairShown: boolean;
  /** The sign-in decoder beside Sign in. */
  readonly decoder: boolean;
  /** Which prompt to choose, beside the host's menu of prompts. */
  readonly promptHint: boolean;
  /** The import's report (the snapshot's own, so unchanged while the file is). */
  readonly importReport: CredentialsReport | null;
  /** Whether the imported file lists this account's redirect URI (null: not a credentials file). */
  readonly importRedirect: FileFacts['redirect'] | null;
  /** The decoded editor messages to show, by place ('' hides a place's note). */
  readonly editorNotes: Readonly<Record<EditorNotePlace, string>>;
  /** The profile's health line, or null while not shown. */
  readonly health: HealthVerdict | null;
  /**
   * The sign-in lifetime's line beside Sign in (what Google said at Sign in, or the saved
   * profile's record), worst first; null while signed out or nothing is known.
   */
  readonly lifetime: readonly Finding[] | null;
}

/** Gmail's settings are IMAP's whatever the protocol: Gmail's POP is off until enabled. */
const GMAIL: GmailSettings = { server: 'imap.gmail.com', port: '993' };

/** The facts of a credentials report that the setup state needs; the secret is left behind. */
export function fileFacts(report: CredentialsReport, redirectUri: string): FileFacts {
  const nearMiss = report.findings.find((finding) =>
    /^credentials-file\/redirect-uri-(?!registered|not-registered)/.test(finding.code),
  );
  return {
    type: report.type ?? '',
    clientId: report.clientId ?? '',
    redirect: fileRedirect(report, redirectUri, nearMiss),
    redirectNote: nearMiss?.message ?? '',
  };
}

/** The facts of the file the import holds: a report with no client type is no credentials file. */
function importedFacts(s: SetupSnapshot): FileFacts | null {
  return s.file?.type ? fileFacts(s.file, s.redirectUri) : null;
}

function fileRedirect(
  report: CredentialsReport,
  redirectUri: string,
  nearMiss: Finding | undefined,
): FileFacts['redirect'] {
  if (redirectUri !== '' && report.redirectUris.includes(redirectUri)) return 'match';
  if (nearMiss) return 'near-miss';
  return report.redirectUris.length > 0 ? 'other' : 'none';
}

function firstError(findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => finding.severity === 'error');
}

function fieldView(findings: readonly Finding[], revealed: boolean, judgedForSave: boolean) {
  const error = firstError(findings);
  return {
    findings,
    revealed: revealed && findings.length > 0,
    validity: error ? `${error.message} ${error.fix}` : '',
    blocksSignIn: error !== undefined,
    blocksSave: judgedForSave && error !== undefined,
  };
}

/** Offered only when the values it would write pass their own checks. */
function swapOffered(s: SetupSnapshot, f: StepFacts): boolean {
  if (f.idError === undefined && f.secretError === undefined) return false;
  if (f.idValue === '' || f.secretValue === '') return false;
  return (
    !hasError(checkClientId(s.secret)) &&
    !hasError(checkClientSecret(s.clientId, { clientId: s.secret }))
  );
}

function fillBothOffer(pasted: CredentialsReport | undefined): SetupView['offers']['fillBoth'] {
  if (pasted?.type !== 'web' || !pasted.clientId || !pasted.clientSecret) return null;
  if (hasError(checkClientId(pasted.clientId))) return null;
  if (hasError(checkClientSecret(pasted.clientSecret, { clientId: pasted.clientId }))) return null;
  return { clientId: pasted.clientId, secret: pasted.clientSecret };
}

function gmailOffer(s: SetupSnapshot): GmailSettings | null {
  return s.server.trim() === '' ? GMAIL : null;
}

function pairDisabledReason(canCheck: boolean, stored: boolean): string {
  if (canCheck) return '';
  return stored ? t.pairStored : t.pairNeedsBoth;
}

function editorNotes(s: SetupSnapshot): SetupView['editorNotes'] {
  const said = s.editorNotes ?? {};
  return {
    connection: said.connection ?? '',
    password: said.password ?? '',
    login: said.login ?? '',
  };
}

/** The facts every step and offer is judged from, computed once. */
function stepFacts(
  s: SetupSnapshot,
  idFindings: readonly Finding[],
  secretFindings: readonly Finding[],
) {
  const idValue = s.clientId.trim();
  const idError = firstError(idFindings);
  // A file pasted into a field speaks for the client as much as an imported one.
  const pasted = s.pasted?.type ? s.pasted : undefined;
  const file = pasted ? fileFacts(pasted, s.redirectUri) : importedFacts(s);
  const failure = s.signedIn ? undefined : (s.signInFailure ?? undefined);
  const facts: StepFacts = {
    idValue,
    secretValue: s.secret.trim(),
    idError,
    secretError: firstError(secretFindings),
    idUsable: idValue !== '' && !idError,
    stored: s.secret === STORED_SECRET_PLACEHOLDER,
    signedIn: s.signedIn,
    file,
    // The imported file describes the client in use while the Client ID is its ID (or empty).
    fileInUse:
      file !== null && (pasted !== undefined || idValue === '' || idValue === file.clientId),
    redirectError: firstError(s.redirectFindings),
    failure,
    refused: REFUSED.includes(failure?.code ?? ''),
    verdict: s.pair.verdict,
    worstWarning: [...idFindings, ...secretFindings].find((x) => x.severity === 'warning'),
  };
  return { facts, pasted };
}

const REFUSED = ['invalid_client', 'invalid_client_secret', 'deleted_client'];

export function setupState(s: SetupSnapshot): SetupView {
  const idFindings = sortFindings(checkClientId(s.clientId));
  const secretFindings = sortFindings(checkClientSecret(s.secret, { clientId: s.clientId }));
  const { facts: f, pasted } = stepFacts(s, idFindings, secretFindings);
  const steps = judgeSteps(f);
  const done = steps.filter((step) => step.status === 'done').length;
  const problems = steps.filter((step) => step.status === 'problem').length;
  const complete = done === steps.length;
  const canCheckPair = f.idUsable && f.secretValue !== '' && !f.secretError && !f.stored;
  return {
    fields: {
      clientId: fieldView(idFindings, s.revealed.clientId, true),
      // The editor sends the secret only after a change: untouched, Save never carries it.
      secret: fieldView(secretFindings, s.revealed.secret, s.secretTouched),
    },
    steps,
    done,
    summary: complete ? t.complete : t.summary(done, steps.length, problems),
    complete,
    canCheckPair,
    pairDisabledReason: pairDisabledReason(canCheckPair, f.stored),
    pairShown: f.idValue !== '' && f.secretValue !== '',
    offers: { swap: swapOffered(s, f), fillBoth: fillBothOffer(pasted), gmail: gmailOffer(s) },
    saveNote: !s.signedIn,
    saveFailed: !s.signedIn && (s.saveRefused ?? false),
    decoder: !s.signedIn && (s.signInUnfinished ?? false),
    promptHint: s.promptChoice ?? false,
    importReport: s.file,
    importRedirect: importedFacts(s)?.redirect ?? null,
    editorNotes: editorNotes(s),
    health: s.health ?? null,
    lifetime: s.signedIn && s.lifetime?.length ? s.lifetime : null,
  };
}
