// The setup state's words for its parts, shared by the view (setup-state.ts), its steps
// (setup-steps.ts) and the interaction (setup-interaction.ts).

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
