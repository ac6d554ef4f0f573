// The OAuth clients the local Google stand-in knows. They look like real Web application
// clients (docs/google.md: `<digits>-<32 of [0-9a-v]>.apps.googleusercontent.com`, `GOCSPX-` + 28)
// but exist nowhere else. Each status makes the stand-in answer the way Google answers an admin
// who meets that problem (docs/google.md "Sign-in errors an admin may meet").

/** How the stand-in treats a client. */
export type GoogleClientStatus =
  'ok' | 'deleted' | 'org_internal' | 'admin_policy' | 'not_test_user' | 'no_refresh_token';

export interface GoogleClient {
  /** A short name for tests and docs. */
  key: string;
  id: string;
  secret: string;
  type: 'web' | 'installed';
  /** The OAuth consent screen's app name. */
  appName: string;
  /**
   * Authorized redirect URIs, matched exactly. `{origin}` stands for the replica's origin
   * (e.g. http://127.0.0.1:8737), so the fixtures work on any port.
   */
  redirectUris: string[];
  status: GoogleClientStatus;
  /** Shows "Google hasn't verified this app" before consent (External app, restricted scope). */
  unverified?: boolean;
  /** The token endpoint waits 15 s before it answers. */
  slow?: boolean;
  /** The Google account that signs in. */
  email: string;
  /**
   * The app is External and in Testing: the code exchange answers
   * `refresh_token_expires_in: 604799` (7 days less a second, docs/google.md).
   */
  testing?: boolean;
  /** Google's consent screen shows the Gmail permission unticked: the granted scope lacks it. */
  mailUnticked?: boolean;
}

/** What the stand-in answers for a Testing client (docs/google.md "What the token response tells"). */
export const TESTING_EXPIRES_IN = 604_799;

/**
 * The lifetime part of a client's line in `npm start`'s list ('' for none), e.g. for serve.ts's
 * answerOf: `${shown}${lifetimeNote(client)}`.
 */
export function lifetimeNote(client: GoogleClient): string {
  const notes: string[] = [];
  if (client.testing)
    notes.push(
      `app in Testing: the token answer has refresh_token_expires_in ${TESTING_EXPIRES_IN} (ends in 7 days)`,
    );
  if (client.mailUnticked)
    notes.push(
      'the Gmail permission is unticked on consent: the scope lacks https://mail.google.com/',
    );
  if (client.key === 'production')
    notes.push('app In production: no refresh_token_expires_in (no end)');
  return notes.map((n) => `; ${n}`).join('');
}

/** The `acid` query value of the acid scenario (and of the client registered with it). */
export const SCENARIO_ACID = '3F2504E04F89';

const PLAIN = ['{origin}/Admin/Plugins.aspx', '{origin}/TargetProcess/Admin/Plugins.aspx'];

export const GOOGLE_CLIENTS: GoogleClient[] = [
  {
    key: 'ok',
    id: '295852276809-r69saesbd5ttrgubroujhv30b5tjdmfq.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme Targetprocess mail',
    redirectUris: PLAIN,
    status: 'ok',
    email: 'support@acme.example',
  },
  {
    key: 'deleted',
    id: '881387618977-mtnluc0m6gfrm84jttnnlt2kcaion70g.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Old mail client',
    redirectUris: PLAIN,
    status: 'deleted',
    email: 'support@acme.example',
  },
  {
    key: 'org_internal',
    id: '311563282562-20gqggm4fi6o6772ap7ep1anujk23a98.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme internal mail',
    redirectUris: PLAIN,
    status: 'org_internal',
    email: 'someone@gmail.example',
  },
  {
    key: 'admin_policy',
    id: '796798281833-u882gv0og363h0lqd1htb90b1gqp7nov.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme blocked mail',
    redirectUris: PLAIN,
    status: 'admin_policy',
    email: 'support@acme.example',
  },
  {
    key: 'not_test_user',
    id: '603930496908-nb39aaql5q0aarep4fhffk8ue2nonapd.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme testing mail',
    redirectUris: PLAIN,
    status: 'not_test_user',
    email: 'support@acme.example',
  },
  {
    key: 'no_refresh_token',
    id: '738828138251-si8kujts7e3u0vbnamr8d955sk4in18e.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme mail (granted before)',
    redirectUris: PLAIN,
    status: 'no_refresh_token',
    email: 'support@acme.example',
  },
  {
    key: 'slow',
    id: '974846997598-pc9hnldc84sccc0m31fo909u9pob9prc.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme slow mail',
    redirectUris: PLAIN,
    status: 'ok',
    slow: true,
    email: 'support@acme.example',
  },
  {
    key: 'unverified',
    id: '789669430287-clt0288uuvd05h9uh3rqu96g421pjdeg.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme unverified mail',
    redirectUris: PLAIN,
    status: 'ok',
    unverified: true,
    email: 'support@acme.example',
  },
  {
    key: 'acid_registered',
    id: '625301081148-q679719b0ge9tasqft3epekpe11n85r8.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme mail (acid URI)',
    redirectUris: [`{origin}/Admin/Plugins.aspx?acid=${SCENARIO_ACID}`],
    status: 'ok',
    email: 'support@acme.example',
  },
  {
    key: 'testing',
    id: '898458642536-9g6ka1qq468kusqdckllr5vp5df2c65c.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme mail (Testing)',
    redirectUris: PLAIN,
    status: 'ok',
    testing: true,
    email: 'support@acme.example',
  },
  {
    key: 'production',
    id: '225516224924-3crbb57i0kpt3a7tl0465lg5j21ce0a1.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme mail (In production)',
    redirectUris: PLAIN,
    status: 'ok',
    email: 'support@acme.example',
  },
  {
    key: 'mail_unticked',
    id: '784465279428-j960h3onipt64ud04l0bhi602ddp5nis.apps.googleusercontent.com',
    secret: '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',
    type: 'web',
    appName: 'Acme mail (Gmail unticked)',
    redirectUris: PLAIN,
    status: 'ok',
    mailUnticked: true,
    email: 'support@acme.example',
  },
];

/** The fixture client with this key (throws for a typo in a test). */
export function googleClient(key: string): GoogleClient {
  const client = GOOGLE_CLIENTS.find((c) => c.key === key);
  if (!client) throw new Error(`no fixture client "${key}"`);
  return client;
}
