// Lit creates a Trusted Types policy named `lit-html` when it is first evaluated, that is when
// the session code loads. A page whose CSP enforces Trusted Types refuses it when its
// `trusted-types` list lacks the name, or when another Lit script (another mashup) created a
// `lit-html` policy first and the list does not say 'allow-duplicates'. The session code then
// fails to load and the assistant cannot render at all: it stands aside (nothing of ours is on
// the page, the editor is untouched) and says once, in the console, which CSP it needs.
import { logOnce } from '../../elements/internal/failure.js';
import { logFailure } from '../log.js';

/** The policy name Lit asks for. */
export const LIT_POLICY = 'lit-html';

/** What the page's CSP must allow for the assistant, by why it refused. */
export const CSP_NEEDED = {
  'not-allowed': `trusted-types ${LIT_POLICY}`,
  'already-exists': `trusted-types ${LIT_POLICY} 'allow-duplicates'`,
} as const;

export type LitPolicyRefusal = keyof typeof CSP_NEEDED;

interface TrustedTypesGlobals {
  trustedTypes?: unknown;
  /** Every Lit evaluated on the page adds its version here, after creating its policy. */
  litHtmlVersions?: unknown;
}

/**
 * Whether an error from loading the session code is Trusted Types refusing Lit's policy, and
 * why; null for any other failure. Chromium says `Policy "lit-html" disallowed.` or `Policy with
 * name "lit-html" already exists.`; another browser's wording still names the policy, and a Lit
 * already on the page (it registers itself in `litHtmlVersions`) tells a duplicate apart.
 */
export function litPolicyRefusal(
  error: unknown,
  scope: TrustedTypesGlobals = globalThis as TrustedTypesGlobals,
): LitPolicyRefusal | null {
  if (!scope.trustedTypes || !(error instanceof TypeError)) return null;
  let message: string;
  try {
    message = String(error.message);
  } catch {
    return null;
  }
  if (!message.includes(LIT_POLICY)) return null;
  if (/already exists|duplicate/i.test(message)) return 'already-exists';
  if (/disallowed|not allowed/i.test(message)) return 'not-allowed';
  const otherLit = Array.isArray(scope.litHtmlVersions) && scope.litHtmlVersions.length > 0;
  return otherLit ? 'already-exists' : 'not-allowed';
}

/** The one console line for a refused policy (no page data in it). */
export function refusalLine(refusal: LitPolicyRefusal): string {
  const why =
    refusal === 'not-allowed'
      ? `this page's Content-Security-Policy does not allow Lit's Trusted Types policy "${LIT_POLICY}"`
      : `another script on this page already created the Trusted Types policy "${LIT_POLICY}" and this page's Content-Security-Policy allows no second one`;
  return `help is off: ${why}. The assistant needs "${CSP_NEEDED[refusal]}" in the page's CSP.`;
}

/**
 * Reports why the session code did not load: for a refused Lit policy, one line naming the CSP
 * the assistant needs; anything else as any other failure.
 */
export function reportLoadFailure(
  error: unknown,
  scope: TrustedTypesGlobals = globalThis as TrustedTypesGlobals,
): void {
  const refusal = litPolicyRefusal(error, scope);
  if (refusal) logOnce('trusted types', refusalLine(refusal));
  else logFailure('load', error);
}
