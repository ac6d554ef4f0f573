// What Google's token endpoint said about a Client ID and secret pair, asked with a code that
// cannot be real (docs/google.md): invalid_grant means the pair is right, invalid_client that it is
// not. Not a documented contract, so any other answer is shown as it is.
import { pairCheckText } from './pair-messages.js';
import type { RuleText } from './messages.js';

/** The raw outcome of one check, before any interpretation. */
export type PairCheckAnswer =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly error: string;
      readonly description: string;
    }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'stored-secret' }
  /** The page's Google sign-in address, or the discovery document, is not Google's: nothing sent. */
  | { readonly kind: 'not-google' };

export type PairCheckOutcome =
  | 'accepted'
  | 'client-not-found'
  | 'secret-wrong'
  | 'deleted-client'
  | 'unreachable'
  | 'timeout'
  | 'cancelled'
  | 'stored-secret'
  | 'not-google'
  | 'other';

export interface PairCheckVerdict extends RuleText {
  readonly outcome: PairCheckOutcome;
  /** `good`: the pair works; `bad`: it does not; `unknown`: nothing was learnt about it. */
  readonly tone: 'good' | 'bad' | 'unknown';
}

const verdict = (
  outcome: PairCheckOutcome,
  tone: PairCheckVerdict['tone'],
  text: RuleText,
): PairCheckVerdict => ({
  outcome,
  tone,
  message: text.message,
  fix: text.fix,
  ...(text.details ? { details: text.details } : {}),
});

export function interpretPairCheck(answer: PairCheckAnswer): PairCheckVerdict {
  switch (answer.kind) {
    case 'unreachable':
      return verdict('unreachable', 'unknown', pairCheckText.unreachable);
    case 'timeout':
      return verdict('timeout', 'unknown', pairCheckText.timeout);
    case 'cancelled':
      return verdict('cancelled', 'unknown', pairCheckText.cancelled);
    case 'stored-secret':
      return verdict('stored-secret', 'unknown', pairCheckText.storedSecret);
    case 'not-google':
      return verdict('not-google', 'unknown', pairCheckText.notGoogle);
    case 'answer':
      break;
  }
  const error = answer.error.trim().toLowerCase();
  const description = answer.description.trim().toLowerCase();
  if (error === 'invalid_grant') return verdict('accepted', 'good', pairCheckText.accepted);
  if (error === 'deleted_client')
    return verdict('deleted-client', 'bad', pairCheckText.deletedClient);
  if (error === 'invalid_client' && /not found/.test(description)) {
    return verdict('client-not-found', 'bad', pairCheckText.clientNotFound);
  }
  if (error === 'invalid_client' && /unauthori[sz]ed/.test(description)) {
    return verdict('secret-wrong', 'bad', pairCheckText.secretWrong);
  }
  return verdict(
    'other',
    'unknown',
    pairCheckText.other(
      answer.status,
      answer.error.slice(0, 100),
      answer.description.slice(0, 300),
    ),
  );
}
