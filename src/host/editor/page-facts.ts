// The page's facts at one moment, as the setup state needs them: read live from the host's
// fields (fields.ts), with the lazy chunks' decoders once they are in. A chunk not in yet is
// started, and the loop renders again when it arrives.
import type { CredentialsReport } from '../../rules/credentials-file.js';
import type { Finding } from '../../rules/finding.js';
import type { Interaction } from '../../rules/setup-interaction.js';
import type { EditorNotePlace, SetupSnapshot } from '../../rules/setup-state.js';
import { looksLikeCredentialsJson } from '../../rules/shared.js';
import {
  editorFieldMessage,
  failedConnectionText,
  isSignedIn,
  saveStatusText,
  type EditorExtras,
  type EditorFields,
} from './fields.js';
import { guarded, logFailure } from '../log.js';
import { credentials, diagnosis, lifetime, type Lazy } from './lazy.js';
import { promptChoiceShown } from './sign-in.js';

export interface PageSource {
  readonly doc: Document;
  readonly fields: EditorFields;
  readonly extras: EditorExtras;
  readonly redirectUri: string;
  /** Called once a lazy chunk this read asked for has come in. */
  readonly loaded: () => void;
}

/** What the editor wrote about a sign-in that failed, or ''. */
export function editorSays(doc: Document, fields: EditorFields): string {
  return (
    failedConnectionText(fields) ||
    editorFieldMessage(doc, 'Password') ||
    editorFieldMessage(doc, 'Login')
  );
}

/** A lazy module if it has loaded; otherwise starts its load and reports when it is in. */
function now<T>(module: Lazy<T>, loaded: () => void): T | undefined {
  if (module.now) return module.now;
  module
    .load()
    .then(guarded('lazy help', (done: T | undefined) => done && loaded()))
    .catch((error: unknown) => logFailure('lazy help', error));
  return undefined;
}

/** A whole credentials file pasted into a field: its report (the import loads on first need). */
function pastedReport(values: string[], src: PageSource): CredentialsReport | null {
  if (!values.some((value) => looksLikeCredentialsJson(value.trim()))) return null;
  const help = now(credentials, src.loaded);
  return help?.pastedCredentialsReport(values, src.redirectUri) ?? null;
}

function editorNotes(src: PageSource): Partial<Record<EditorNotePlace, string>> {
  const said: [EditorNotePlace, string][] = [
    ['connection', failedConnectionText(src.fields)],
    ['password', editorFieldMessage(src.doc, 'Password')],
    ['login', editorFieldMessage(src.doc, 'Login')],
  ];
  const notes: Partial<Record<EditorNotePlace, string>> = {};
  for (const [place, text] of said) {
    notes[place] = text ? (now(diagnosis, src.loaded)?.decodeEditorMessage(text) ?? '') : '';
  }
  return notes;
}

export type PageSnapshot = Pick<
  SetupSnapshot,
  | 'clientId'
  | 'secret'
  | 'pasted'
  | 'signedIn'
  | 'server'
  | 'protocol'
  | 'saveRefused'
  | 'editorNotes'
>;

export function readPage(src: PageSource): PageSnapshot {
  const { server, protocol } = src.extras;
  const clientId = src.fields.login?.value ?? '';
  const secret = src.fields.password?.value ?? '';
  return {
    clientId,
    secret,
    pasted: pastedReport([clientId, secret], src),
    signedIn: isSignedIn(src.fields.signIn),
    server: server ? server.value : 'unknown',
    protocol: protocol?.value ?? 'imap',
    saveRefused: /unable to save/i.test(saveStatusText(src.doc)),
    editorNotes: editorNotes(src),
  };
}

/** The last sign-in failure as the decoder reads it (the decoder loads on first need). */
export function decodeFailure(text: string, loaded: () => void): SetupSnapshot['signInFailure'] {
  if (!text) return null;
  return now(diagnosis, loaded)?.decodeSignInError(text) ?? null;
}

/** A followed Sign in's choice of prompts is on screen. */
export function promptChoice(doc: Document, armed: boolean): boolean {
  return armed && promptChoiceShown(doc);
}

/** The one snapshot: the page's facts now, plus the interaction's (setup-interaction.ts). */
export function snapshotOf(
  src: PageSource,
  i: Interaction,
  fixed: { readonly redirectFindings: readonly Finding[]; readonly armed: boolean },
): SetupSnapshot {
  return {
    ...readPage(src),
    secretTouched: i.secretTouched,
    revealed: i.revealed,
    redirectUri: src.redirectUri,
    redirectFindings: fixed.redirectFindings,
    file: i.file,
    pair: i.pair,
    signInFailure: decodeFailure(i.signInFailure, src.loaded),
    signInUnfinished: i.signInUnfinished,
    promptChoice: promptChoice(src.doc, fixed.armed),
    health: i.health,
    lifetime:
      i.tokenExchanges.length > 0 || i.saved
        ? (now(lifetime, src.loaded)?.lifetimeLine(i, { now: new Date() }) ?? null)
        : null,
  };
}
