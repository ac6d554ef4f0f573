// The checklist's six steps, each a small named function of the same facts (setup-state.ts
// computes the facts once). A step function returns its status and text; the table below gives
// it its id, title and link. Each function reads top to bottom: the first rule that holds wins.
import type { Finding } from './finding.js';
import type { FileFacts, SetupStep, StepId, StepStatus } from './setup-types.js';
import type { PairCheckVerdict } from './pair-check.js';
import { CONSOLE, setupText as t } from './setup-messages.js';

/** What the steps are judged from: computed once per snapshot. */
export interface StepFacts {
  readonly idValue: string;
  readonly secretValue: string;
  readonly idError: Finding | undefined;
  readonly secretError: Finding | undefined;
  readonly idUsable: boolean;
  /** The secret field holds the editor's stored-secret placeholder. */
  readonly stored: boolean;
  readonly signedIn: boolean;
  /** The file in play (pasted into a field, else imported), or null. */
  readonly file: FileFacts | null;
  /** The file describes the client in use. */
  readonly fileInUse: boolean;
  readonly redirectError: Finding | undefined;
  /** The last unfinished sign-in, unless signed in since. */
  readonly failure: { readonly code: string; readonly title: string } | undefined;
  /** Google refused the client at sign-in (invalid_client and the like). */
  readonly refused: boolean;
  readonly verdict: PairCheckVerdict | null;
  /** The first warning of the two fields, worst first. */
  readonly worstWarning: Finding | undefined;
}

type Judged = readonly [StepStatus, string];

const s = t.steps;

function project(f: StepFacts): Judged {
  if (f.idUsable || f.signedIn || f.file !== null) return ['done', s.project.done];
  return ['todo', s.project.todo];
}

function consent(f: StepFacts): Judged {
  return f.signedIn ? ['done', s.consent.done] : ['todo', s.consent.todo];
}

function client(f: StepFacts): Judged {
  if (f.fileInUse && f.file?.type === 'installed') return ['problem', s.client.desktop];
  if (f.idValue !== '' && f.idError) return ['problem', f.idError.message];
  if (f.idUsable || f.signedIn) return ['done', s.client.done];
  if (f.fileInUse && f.file?.type === 'web') return ['done', s.client.done];
  return ['todo', s.client.todo];
}

function redirect(f: StepFacts): Judged {
  if (f.redirectError) return ['problem', f.redirectError.message];
  if (f.failure?.code === 'redirect_uri_mismatch') return ['problem', s.redirect.mismatch];
  if (f.signedIn) return ['done', s.redirect.done];
  const listed = f.fileInUse ? f.file?.redirect : undefined;
  if (listed === 'near-miss') return ['problem', s.redirect.fileDiffers(f.file!.redirectNote)];
  if (listed === 'match') return ['done', s.redirect.inFile];
  return ['todo', s.redirect.todo];
}

function paste(f: StepFacts): Judged {
  if (f.idValue !== '' && f.idError) return ['problem', f.idError.message];
  if (f.secretValue !== '' && f.secretError) return ['problem', f.secretError.message];
  if (f.verdict?.tone === 'bad') return ['problem', f.verdict.message];
  if (f.refused) return ['problem', s.paste.refused];
  if (f.stored) return f.signedIn ? ['done', s.paste.storedSignedIn] : ['todo', s.paste.stored];
  if (f.idValue === '' || f.secretValue === '') return ['todo', s.paste.todo];
  if (f.verdict?.tone === 'good') return ['done', s.paste.accepted];
  if (f.worstWarning) return ['todo', s.paste.warning(f.worstWarning.message)];
  return ['done', s.paste.done];
}

function signIn(f: StepFacts): Judged {
  if (f.signedIn) return ['done', s.signIn.done];
  if (f.failure) return ['problem', s.signIn.failed(f.failure.title)];
  return ['todo', s.signIn.todo];
}

interface StepRow {
  readonly id: StepId;
  readonly judge: (facts: StepFacts) => Judged;
  readonly title: string;
  readonly link?: SetupStep['link'];
}

/** A step's row: its title and link label are the catalog's, under the step's id. */
function row(id: StepId, judge: StepRow['judge'], href?: string): StepRow {
  const words: { readonly title: string; readonly link?: string } = s[id];
  if (href === undefined || words.link === undefined) return { id, judge, title: words.title };
  return { id, judge, title: words.title, link: { label: words.link, href } };
}

/** The steps in the admin's order, each with the console page it is done on. */
export const STEPS: readonly StepRow[] = [
  row('project', project, CONSOLE.projectCreate),
  row('consent', consent, CONSOLE.consent),
  row('client', client, CONSOLE.credentials),
  row('redirect', redirect, CONSOLE.credentials),
  row('paste', paste),
  row('signIn', signIn),
];

export function judgeSteps(facts: StepFacts): SetupStep[] {
  return STEPS.map(({ id, judge, title, link }) => {
    const [status, text] = judge(facts);
    return link ? { id, status, title, text, link } : { id, status, title, text };
  });
}
