// Turns what Google or the profile editor said during sign-in into a cause and a fix.
import { promptErrorText } from './health-messages.js';
import { signInErrorText as editorErrorText } from './signin-messages.js';

// The prompt=none errors' texts live in the health catalog (issue 12), beside the prompt hint.
const signInErrorText = { ...editorErrorText, ...promptErrorText };
type SignInErrorCode = keyof typeof signInErrorText;

export interface SignInDiagnosis {
  code: string;
  title: string;
  cause: string;
  fix: string;
  links: { label: string; href: string }[];
}

const LINKS = {
  redirectRules: {
    label: 'Google: redirect URI validation rules',
    href: 'https://developers.google.com/identity/protocols/oauth2/web-server',
  },
  secrets: {
    label: 'Google: managing client secrets',
    href: 'https://support.google.com/cloud/answer/15549257',
  },
  audience: {
    label: 'Google: audience (Internal, External, test users)',
    href: 'https://support.google.com/cloud/answer/15549945',
  },
  unverified: {
    label: 'Google: unverified apps',
    href: 'https://support.google.com/cloud/answer/7454865',
  },
  adminPolicy: {
    label: 'Google Workspace: control which third-party apps access data',
    href: 'https://support.google.com/a/answer/7281227',
  },
  prompt: {
    label: 'Google: the prompt parameter',
    href: 'https://developers.google.com/identity/protocols/oauth2/web-server#creatingclient',
  },
  imapScope: {
    label: 'Google: OAuth for IMAP and SMTP (restricted scope)',
    href: 'https://developers.google.com/gmail/imap/xoauth2-protocol',
  },
} as const;

const LINKS_BY_CODE: Record<SignInErrorCode, ReadonlyArray<(typeof LINKS)[keyof typeof LINKS]>> = {
  redirect_uri_mismatch: [LINKS.redirectRules],
  invalid_client: [LINKS.secrets],
  invalid_client_secret: [LINKS.secrets],
  access_denied: [LINKS.audience, LINKS.unverified],
  org_internal: [LINKS.audience],
  admin_policy_enforced: [LINKS.adminPolicy],
  invalid_grant: [LINKS.audience],
  deleted_client: [LINKS.secrets],
  disabled_client: [LINKS.secrets],
  unverified_app: [LINKS.unverified, LINKS.imapScope],
  no_refresh_token: [],
  secret_reentered: [LINKS.secrets],
  not_authorized: [],
  field_empty: [],
  interaction_required: [LINKS.prompt],
  login_required: [LINKS.prompt],
  consent_required: [LINKS.prompt],
  account_selection_required: [LINKS.prompt],
};

function diagnosis(code: SignInErrorCode): SignInDiagnosis {
  const { title, cause, fix } = signInErrorText[code];
  return { code, title, cause, fix, links: LINKS_BY_CODE[code].map((link) => ({ ...link })) };
}

/** Every known sign-in problem, in the order a picker shows them. */
export const SIGN_IN_ERRORS: readonly SignInDiagnosis[] = Object.freeze(
  (Object.keys(signInErrorText) as SignInErrorCode[]).map((code) => Object.freeze(diagnosis(code))),
);

// Most specific first: the first pattern found in the text decides.
const PATTERNS: ReadonlyArray<readonly [SignInErrorCode, RegExp]> = [
  ['redirect_uri_mismatch', /redirect_uri_mismatch|redirect uri mismatch/],
  ['deleted_client', /deleted_client|oauth client was deleted/],
  ['disabled_client', /disabled_client|oauth client was disabled/],
  ['org_internal', /org_internal|restricted to users within its organi[sz]ation/],
  ['admin_policy_enforced', /admin_policy_enforced|blocked by your (?:google workspace )?admin/],
  [
    'invalid_client_secret',
    // The editor shows only the token error's description: a bare "Unauthorized" is the
    // token endpoint refusing the secret (docs/google.md).
    /invalid_client_secret|invalid_client\W+(?:\w+\W+){0,6}unauthori[sz]ed|unauthori[sz]ed\W+(?:\w+\W+){0,6}invalid_client|^unauthori[sz]ed\W*$/,
  ],
  ['invalid_client', /invalid_client|oauth client was not found/],
  ['invalid_grant', /invalid_grant|token has been expired or revoked/],
  [
    'access_denied',
    /access_denied|access blocked|has not completed the google verification process/,
  ],
  ['unverified_app', /unverified_app|hasn.t verified this app|isn.t verified|app is not verified/],
  [
    'no_refresh_token',
    /no_refresh_token|remove access for your app|no refresh token|refresh_token is only provided on the first authori[sz]ation/,
  ],
  ['interaction_required', /interaction_required/],
  ['login_required', /login_required/],
  ['consent_required', /consent_required/],
  ['account_selection_required', /account_selection_required/],
  ['secret_reentered', /secret_reentered|should be reentered|should be re-entered/],
  ['not_authorized', /not_authorized|oauth client should be authori[sz]ed/],
  ['field_empty', /field_empty|(?:client id|client secret) should not be empty/],
];

/** Longest text looked at: Google's error page text is a few KB. */
const MAX_TEXT = 64 * 1024;

function fromJson(text: string): string | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { error, error_description: description } = parsed as Record<string, unknown>;
    const code =
      typeof error === 'string'
        ? error
        : typeof error === 'object' && error !== null
          ? String(
              (error as Record<string, unknown>).status ??
                (error as Record<string, unknown>).message ??
                '',
            )
          : '';
    return `${code} ${typeof description === 'string' ? description : ''}`;
  } catch {
    return undefined;
  }
}

/**
 * What a sign-in message means, or undefined when it is not one the assistant knows. Accepts a
 * bare code, "Error 400: redirect_uri_mismatch", Google's page text, a token error body
 * `{"error": "...", "error_description": "..."}`, or the editor's own messages.
 */
export function decodeSignInError(text: string): SignInDiagnosis | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.slice(0, MAX_TEXT).trim();
  if (trimmed === '') return undefined;
  const source = (fromJson(trimmed) ?? trimmed).toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const exact = SIGN_IN_ERRORS.find((known) => known.code === source);
  if (exact) return diagnosis(exact.code as SignInErrorCode);
  for (const [code, pattern] of PATTERNS) {
    if (pattern.test(source)) return diagnosis(code);
  }
  return undefined;
}
