// The one setup state: a snapshot of what the page holds in, what every element shows out.
// Nothing here stores anything: each view is computed from the snapshot, so the checklist, the
// field messages, the guard and the offers cannot disagree (like a selector over one model).
import { checkClientId } from './client-id.js';
import { STORED_SECRET_PLACEHOLDER, checkClientSecret } from './client-secret.js';
import type { CredentialsReport } from './credentials-file.js';
import { hasError, sortFindings, type Finding } from './finding.js';
import type { PairCheckVerdict } from './pair-check.js';
import { CONSOLE, setupText as t } from './setup-messages.js';

export type FieldKey = 'clientId' | 'secret';
export type StepId = 'project' | 'consent' | 'client' | 'redirect' | 'paste' | 'signIn';
export type StepStatus = 'done' | 'todo' | 'problem';

export interface SetupStep {
  readonly id: StepId;
  readonly status: StepStatus;
  readonly title: string;
  /** One sentence that stands on its own. */
  readonly text: string;
  readonly link?: { readonly label: string; readonly href: string };
}

/** What a credentials file told about this account; never the secret. */
export interface FileFacts {
  readonly type: 'web' | 'installed' | '';
  /** The file's client ID, trimmed ('' when none): not a secret, used to tell whether it is in use. */
  readonly clientId: string;
  /** Whether the file lists this account's redirect URI. */
  readonly redirect: 'match' | 'near-miss' | 'other' | 'none';
  /** The headline of the near miss, when there is one. */
  readonly redirectNote: string;
}

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
  /** The credentials file last imported, if any. */
  readonly file: FileFacts | null;
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
}

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
}

/** Gmail's settings are IMAP's whatever the protocol: Gmail's POP is off until enabled. */
const GMAIL: GmailSettings = { server: 'imap.gmail.com', port: '993' };

/** The facts of a credentials report that the setup state needs; the secret is left behind. */
export function fileFacts(report: CredentialsReport, redirectUri: string): FileFacts {
  const nearMiss = report.findings.find((finding) =>
    /^credentials-file\/redirect-uri-(?!registered|not-registered)/.test(finding.code),
  );
  const redirect =
    redirectUri !== '' && report.redirectUris.includes(redirectUri)
      ? 'match'
      : nearMiss
        ? 'near-miss'
        : report.redirectUris.length > 0
          ? 'other'
          : 'none';
  return {
    type: report.type ?? '',
    clientId: report.clientId ?? '',
    redirect,
    redirectNote: nearMiss?.message ?? '',
  };
}

function firstError(findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => finding.severity === 'error');
}

export function setupState(s: SetupSnapshot): SetupView {
  const idValue = s.clientId.trim();
  const secretValue = s.secret.trim();
  const idFindings = sortFindings(checkClientId(s.clientId));
  const secretFindings = sortFindings(checkClientSecret(s.secret, { clientId: s.clientId }));
  const idError = firstError(idFindings);
  const secretError = firstError(secretFindings);
  const stored = s.secret === STORED_SECRET_PLACEHOLDER;

  // A file pasted into a field speaks for the client as much as an imported one.
  const pasted = s.pasted?.type ? s.pasted : undefined;
  const file = pasted ? fileFacts(pasted, s.redirectUri) : s.file;
  // The imported file describes the client in use while the Client ID is its ID (or empty).
  const fileInUse =
    file !== null && (pasted !== undefined || idValue === '' || idValue === file.clientId);

  const failure = s.signedIn ? undefined : (s.signInFailure ?? undefined);
  const failureCode = failure?.code ?? '';
  const refused = ['invalid_client', 'invalid_client_secret', 'deleted_client'].includes(
    failureCode,
  );

  const field = (
    findings: readonly Finding[],
    revealed: boolean,
    judgedForSave: boolean,
  ): FieldView => {
    const error = firstError(findings);
    return {
      findings,
      revealed: revealed && findings.length > 0,
      validity: error ? `${error.message} ${error.fix}` : '',
      blocksSignIn: error !== undefined,
      blocksSave: judgedForSave && error !== undefined,
    };
  };
  const fields = {
    clientId: field(idFindings, s.revealed.clientId, true),
    // The editor sends the secret only after a change: untouched, Save never carries it.
    secret: field(secretFindings, s.revealed.secret, s.secretTouched),
  };

  const s_ = t.steps;
  const idUsable = idValue !== '' && !idError;
  const desktop = fileInUse && file?.type === 'installed';

  const project: SetupStep =
    idUsable || s.signedIn || file !== null
      ? { id: 'project', status: 'done', title: s_.project.title, text: s_.project.done }
      : { id: 'project', status: 'todo', title: s_.project.title, text: s_.project.todo };

  const consent: SetupStep = s.signedIn
    ? { id: 'consent', status: 'done', title: s_.consent.title, text: s_.consent.done }
    : { id: 'consent', status: 'todo', title: s_.consent.title, text: s_.consent.todo };

  const client: SetupStep = desktop
    ? { id: 'client', status: 'problem', title: s_.client.title, text: s_.client.desktop }
    : idValue !== '' && idError
      ? { id: 'client', status: 'problem', title: s_.client.title, text: idError.message }
      : idUsable || s.signedIn || (fileInUse && file?.type === 'web')
        ? { id: 'client', status: 'done', title: s_.client.title, text: s_.client.done }
        : { id: 'client', status: 'todo', title: s_.client.title, text: s_.client.todo };

  const redirectError = firstError(s.redirectFindings);
  const redirect: SetupStep = redirectError
    ? { id: 'redirect', status: 'problem', title: s_.redirect.title, text: redirectError.message }
    : failureCode === 'redirect_uri_mismatch'
      ? { id: 'redirect', status: 'problem', title: s_.redirect.title, text: s_.redirect.mismatch }
      : s.signedIn
        ? { id: 'redirect', status: 'done', title: s_.redirect.title, text: s_.redirect.done }
        : fileInUse && file?.redirect === 'near-miss'
          ? {
              id: 'redirect',
              status: 'problem',
              title: s_.redirect.title,
              text: s_.redirect.fileDiffers(file.redirectNote),
            }
          : fileInUse && file?.redirect === 'match'
            ? { id: 'redirect', status: 'done', title: s_.redirect.title, text: s_.redirect.inFile }
            : { id: 'redirect', status: 'todo', title: s_.redirect.title, text: s_.redirect.todo };

  const verdict = s.pair.verdict;
  const worstWarning = [...idFindings, ...secretFindings].find(
    (finding) => finding.severity === 'warning',
  );
  const pasteStep = (status: StepStatus, text: string): SetupStep => ({
    id: 'paste',
    status,
    title: s_.paste.title,
    text,
  });
  const paste: SetupStep =
    idValue !== '' && idError
      ? pasteStep('problem', idError.message)
      : secretValue !== '' && secretError
        ? pasteStep('problem', secretError.message)
        : verdict?.tone === 'bad'
          ? pasteStep('problem', verdict.message)
          : refused
            ? pasteStep('problem', s_.paste.refused)
            : stored
              ? s.signedIn
                ? pasteStep('done', s_.paste.storedSignedIn)
                : pasteStep('todo', s_.paste.stored)
              : idValue === '' || secretValue === ''
                ? pasteStep('todo', s_.paste.todo)
                : verdict?.tone === 'good'
                  ? pasteStep('done', s_.paste.accepted)
                  : worstWarning
                    ? pasteStep('todo', s_.paste.warning(worstWarning.message))
                    : pasteStep('done', s_.paste.done);

  const signIn: SetupStep = s.signedIn
    ? { id: 'signIn', status: 'done', title: s_.signIn.title, text: s_.signIn.done }
    : failure
      ? {
          id: 'signIn',
          status: 'problem',
          title: s_.signIn.title,
          text: s_.signIn.failed(failure.title),
        }
      : { id: 'signIn', status: 'todo', title: s_.signIn.title, text: s_.signIn.todo };

  const steps: SetupStep[] = [
    { ...project, link: { label: s_.project.link, href: CONSOLE.projectCreate } },
    { ...consent, link: { label: s_.consent.link, href: CONSOLE.consent } },
    { ...client, link: { label: s_.client.link, href: CONSOLE.credentials } },
    { ...redirect, link: { label: s_.redirect.link, href: CONSOLE.credentials } },
    paste,
    signIn,
  ];
  const done = steps.filter((step) => step.status === 'done').length;
  const problems = steps.filter((step) => step.status === 'problem').length;
  const complete = done === steps.length;

  const canCheckPair = idUsable && secretValue !== '' && !secretError && !stored;
  const pairDisabledReason = canCheckPair ? '' : stored ? t.pairStored : t.pairNeedsBoth;

  // Offered only when the values it would write pass their own checks.
  const swap =
    (idError !== undefined || secretError !== undefined) &&
    idValue !== '' &&
    secretValue !== '' &&
    !hasError(checkClientId(s.secret)) &&
    !hasError(checkClientSecret(s.clientId, { clientId: s.secret }));

  let fillBoth: SetupView['offers']['fillBoth'] = null;
  if (pasted?.type === 'web' && pasted.clientId && pasted.clientSecret) {
    const ok =
      !hasError(checkClientId(pasted.clientId)) &&
      !hasError(checkClientSecret(pasted.clientSecret, { clientId: pasted.clientId }));
    if (ok) fillBoth = { clientId: pasted.clientId, secret: pasted.clientSecret };
  }

  const gmail = s.server.trim() === '' ? GMAIL : null;

  return {
    fields,
    steps,
    done,
    summary: complete ? t.complete : t.summary(done, steps.length, problems),
    complete,
    canCheckPair,
    pairDisabledReason,
    offers: { swap, fillBoth, gmail },
    saveNote: !s.signedIn,
  };
}
