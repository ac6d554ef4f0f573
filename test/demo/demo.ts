// The elements in every state, for a reviewer to look at without the host. Built on the fly
// by the replica server (test/replica/server.ts) at /demo/.
import { html, render, type TemplateResult } from 'lit';
import {
  checkClientId,
  checkClientSecret,
  checkRedirectUri,
  redirectUriFor,
  type Finding,
} from '../../src/rules/index.js';
import '../../src/elements/tpgo-field-check.js';
import '../../src/elements/tpgo-redirect-uri.js';
import '../../src/elements/tpgo-unverified-guide.js';
import '../../src/elements/tpgo-credentials-import.js';
import '../../src/elements/tpgo-signin-error.js';
import '../../src/elements/tpgo-setup-checklist.js';
import '../../src/elements/tpgo-google-check.js';
import { interpretPairCheck } from '../../src/rules/pair-check.js';
import type { TpgoFieldCheck } from '../../src/elements/tpgo-field-check.js';
import type { TpgoCredentialsImport } from '../../src/elements/tpgo-credentials-import.js';
import type { TpgoRedirectUri } from '../../src/elements/tpgo-redirect-uri.js';
import { fileFacts, setupState, type SetupSnapshot } from '../../src/rules/setup-state.js';
import { checkCredentialsFile } from '../../src/rules/credentials-file.js';
import { decodeSignInError } from '../../src/rules/signin-errors.js';
import { maskSecret } from '../../src/elements/internal/mask.js';
import { pluginsStates } from './plugins-states.js';

// Made-up values in the right shapes; none of them is a real client.
const GOOD_ID = '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com';
const GOOD_SECRET = 'GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12';
const APP_ROOT = 'https://acme.tpondemand.com';
const URI = redirectUriFor(APP_ROOT);
const URI_ACID = redirectUriFor(APP_ROOT, 'B1C2D3E4F5');
const LOCAL_URI = redirectUriFor('http://tp-server');

const xss: Finding = {
  code: 'demo/markup',
  severity: 'error',
  message: 'A finding holding markup: <img src=x onerror="alert(1)"> shows as text.',
  fix: '<b>Not bold</b>',
  suggestion: 'x',
  suggestionLabel: 'Use <i>this</i>',
};

function credentials(type: 'web' | 'installed', redirectUris: string[] = [URI]): string {
  return JSON.stringify(
    {
      [type]: {
        client_id: GOOD_ID,
        project_id: 'acme-mail-123456',
        auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: 'https://oauth2.googleapis.com/token',
        auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
        client_secret: GOOD_SECRET,
        redirect_uris: redirectUris,
      },
    },
    null,
    2,
  );
}

const samples: Record<string, () => File> = {
  'Web application file': () => new File([credentials('web')], 'client_secret_web.json'),
  'Desktop app file': () => new File([credentials('installed')], 'client_secret_desktop.json'),
  'Broken JSON': () => new File([credentials('web').slice(0, 80)], 'client_secret_cut.json'),
  'Redirect URI one character off': () =>
    new File([credentials('web', [URI.replace(/.$/, '')])], 'client_secret_near.json'),
  'A 5 MB file': () => new File([new Uint8Array(5 * 1024 * 1024)], 'big.json'),
};

function state(title: string, body: TemplateResult): TemplateResult {
  return html`<section class="state">
    <h3>${title}</h3>
    ${body}
  </section>`;
}

function fieldCheckStates(): TemplateResult {
  const withSpace = checkClientId(` ${GOOD_ID} `);
  const unusual = checkClientId('123-abc.apps.googleusercontent.com');
  const secretSwapped = checkClientSecret(GOOD_ID);
  return html`<h2>tpgo-field-check</h2>
    ${state(
      'Live: type a Client ID (errors show after leaving the field)',
      html`<label class="label" for="live-id">Client ID</label>
        <input
          class="host"
          id="live-id"
          aria-describedby="live-id-check"
          @input=${liveCheck}
          @blur=${revealLive}
        />
        <tpgo-field-check id="live-id-check" field-label="Client ID"></tpgo-field-check>`,
    )}
    ${state(
      'No findings (renders nothing)',
      html`<tpgo-field-check revealed .findings=${[] as Finding[]}></tpgo-field-check>`,
    )}
    ${state(
      'Error not revealed yet (still typing): nothing shown',
      html`<tpgo-field-check .findings=${withSpace}></tpgo-field-check>`,
    )}
    ${state(
      'Error revealed, with a suggestion',
      html`<tpgo-field-check
        revealed
        field-label="Client ID"
        .findings=${withSpace}
      ></tpgo-field-check>`,
    )}
    ${state(
      'Warning (shown at once)',
      html`<tpgo-field-check field-label="Client ID" .findings=${unusual}></tpgo-field-check>`,
    )}
    ${state(
      'Client secret field holding a Client ID',
      html`<tpgo-field-check
        revealed
        field-label="Client secret"
        .findings=${secretSwapped}
      ></tpgo-field-check>`,
    )}
    ${state(
      'Several findings, worst first, the rest collapsed',
      html`<tpgo-field-check
        revealed
        .findings=${[...unusual, ...withSpace, ...checkClientId('123456789012.apps.googleusercontent.com')]}
      ></tpgo-field-check>`,
    )}
    ${state(
      'Markup in a finding is text',
      html`<tpgo-field-check revealed .findings=${[xss]}></tpgo-field-check>`,
    )}
    ${state(
      'Themed through custom properties',
      html`<tpgo-field-check class="themed" revealed .findings=${withSpace}></tpgo-field-check>`,
    )}`;
}

function liveCheck(event: Event): void {
  const input = event.target as HTMLInputElement;
  const check = document.getElementById('live-id-check') as TpgoFieldCheck;
  check.findings = input.value === '' ? [] : checkClientId(input.value);
}

function revealLive(): void {
  (document.getElementById('live-id-check') as TpgoFieldCheck).revealed = true;
}

function useSuggestion(event: Event): void {
  const { value } = (event as CustomEvent<{ value: string }>).detail;
  const target = event.target as HTMLElement;
  if (target.id !== 'live-id-check') return;
  const input = document.getElementById('live-id') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.focus();
}

function redirectStates(): TemplateResult {
  return html`<h2>tpgo-redirect-uri</h2>
    ${state('Cloud address', html`<tpgo-redirect-uri uri=${URI}></tpgo-redirect-uri>`)}
    ${state(
      'With the page’s acid',
      html`<tpgo-redirect-uri uri=${URI_ACID} acid="B1C2D3E4F5"></tpgo-redirect-uri>`,
    )}
    ${state(
      'More about this address, opened',
      html`<tpgo-redirect-uri
        id="redirect-open"
        uri=${URI_ACID}
        acid="B1C2D3E4F5"
      ></tpgo-redirect-uri>`,
    )}
    ${state(
      'An on-premise address Google will not accept',
      html`<tpgo-redirect-uri
        uri=${LOCAL_URI}
        .findings=${checkRedirectUri(LOCAL_URI)}
      ></tpgo-redirect-uri>`,
    )}
    ${state('Not known yet', html`<tpgo-redirect-uri></tpgo-redirect-uri>`)}`;
}

function guideStates(): TemplateResult {
  return html`<h2>tpgo-unverified-guide</h2>
    ${state('Closed (default)', html`<tpgo-unverified-guide></tpgo-unverified-guide>`)}
    ${state(
      'Open, with the app’s name',
      html`<tpgo-unverified-guide open app-name="Acme Targetprocess Mail"></tpgo-unverified-guide>`,
    )}`;
}

function importStates(): TemplateResult {
  return html`<h2>tpgo-credentials-import</h2>
    ${state(
      'Paste, choose or drop; or load a sample below',
      html`<div class="controls">
          ${Object.entries(samples).map(
            ([label, file]) =>
              html`<button type="button" @click=${() => loadSample(file())}>${label}</button>`,
          )}
        </div>
        <tpgo-credentials-import id="import" redirect-uri=${URI}></tpgo-credentials-import>`,
    )}`;
}

function loadSample(file: File): void {
  void (document.getElementById('import') as TpgoCredentialsImport).readFile(file);
}

function signInStates(): TemplateResult {
  return html`<h2>tpgo-signin-error</h2>
    ${state('Empty', html`<tpgo-signin-error></tpgo-signin-error>`)}
    ${state(
      'After a sign-in that did not finish (lead-in asks what Google said)',
      html`<tpgo-signin-error unfinished></tpgo-signin-error>`,
    )}
    ${state(
      'Known: no refresh token (the advice links to Google Account permissions)',
      html`<tpgo-signin-error unfinished text="no_refresh_token"></tpgo-signin-error>`,
    )}
    ${state(
      'Known: Error 400: redirect_uri_mismatch',
      html`<tpgo-signin-error text="Error 400: redirect_uri_mismatch"></tpgo-signin-error>`,
    )}
    ${state(
      'Known: Google’s page text',
      html`<tpgo-signin-error
        text="Access blocked: Acme has not completed the Google verification process"
      ></tpgo-signin-error>`,
    )}
    ${state(
      'Not recognised',
      html`<tpgo-signin-error text="Something went wrong (code 17)"></tpgo-signin-error>`,
    )}`;
}

const emptySnapshot: SetupSnapshot = {
  clientId: '',
  secret: '',
  secretTouched: false,
  revealed: { clientId: true, secret: true },
  redirectUri: URI,
  redirectFindings: [],
  file: null,
  pair: { checking: false, verdict: null },
  signedIn: false,
  signInFailure: null,
  pasted: null,
  server: '',
  protocol: 'imap',
};

/** The checklist as the host feeds it: from the one setup state, never its own judgement. */
function checklistFor(changes: Partial<SetupSnapshot>, open = false): TemplateResult {
  const view = setupState({ ...emptySnapshot, ...changes });
  return html`<tpgo-setup-checklist
    .steps=${view.steps}
    summary=${view.summary}
    ?complete=${view.complete}
    ?open=${open}
  ></tpgo-setup-checklist>`;
}

function checklistStates(): TemplateResult {
  return html`<h2>tpgo-setup-checklist</h2>
    ${state('Nothing done yet (one line)', checklistFor({}))}
    ${state('Client ID pasted, secret missing, opened', checklistFor({ clientId: GOOD_ID }, true))}
    ${state(
      'Problems: swapped values, an address Google rejects, a failed sign-in',
      checklistFor(
        {
          clientId: GOOD_SECRET,
          secret: GOOD_ID,
          redirectUri: LOCAL_URI,
          redirectFindings: checkRedirectUri(LOCAL_URI),
          signInFailure: decodeSignInError('Error 400: redirect_uri_mismatch') ?? null,
        },
        true,
      ),
    )}
    ${state(
      'All done (one line with a check mark)',
      checklistFor({ clientId: GOOD_ID, secret: GOOD_SECRET, signedIn: true }),
    )}`;
}

function googleCheckStates(): TemplateResult {
  const answer = (status: number, error: string, description: string) =>
    interpretPairCheck({ kind: 'answer', status, error, description });
  return html`<h2>tpgo-google-check</h2>
    ${state('Ready', html`<tpgo-google-check></tpgo-google-check>`)}
    ${state(
      'Disabled, with the reason the setup state gives',
      html`<tpgo-google-check
        disabled
        disabled-reason=${setupState(emptySnapshot).pairDisabledReason}
      ></tpgo-google-check>`,
    )}
    ${state('Checking', html`<tpgo-google-check checking></tpgo-google-check>`)}
    ${state(
      'The pair works',
      html`<tpgo-google-check
        .verdict=${answer(400, 'invalid_grant', 'Malformed auth code.')}
      ></tpgo-google-check>`,
    )}
    ${state(
      'Unknown Client ID',
      html`<tpgo-google-check
        .verdict=${answer(401, 'invalid_client', 'The OAuth client was not found.')}
      ></tpgo-google-check>`,
    )}
    ${state(
      'Wrong secret',
      html`<tpgo-google-check
        .verdict=${answer(401, 'invalid_client', 'Unauthorized')}
      ></tpgo-google-check>`,
    )}
    ${state(
      'Deleted client',
      html`<tpgo-google-check
        .verdict=${answer(401, 'deleted_client', 'The OAuth client was deleted.')}
      ></tpgo-google-check>`,
    )}
    ${state(
      'Google unreachable',
      html`<tpgo-google-check
        .verdict=${interpretPairCheck({ kind: 'unreachable' })}
      ></tpgo-google-check>`,
    )}
    ${state(
      'Stored secret',
      html`<tpgo-google-check
        .verdict=${interpretPairCheck({ kind: 'stored-secret' })}
      ></tpgo-google-check>`,
    )}
    ${state(
      "The page's Google address is not Google's: nothing sent",
      html`<tpgo-google-check
        .verdict=${interpretPairCheck({ kind: 'not-google' })}
      ></tpgo-google-check>`,
    )}`;
}

const log: string[] = [];

function logEvent(event: Event): void {
  const detail = { ...(event as CustomEvent<Record<string, unknown>>).detail };
  // Never show a secret, even in the demo.
  if (typeof detail.clientSecret === 'string')
    detail.clientSecret = maskSecret(detail.clientSecret);
  log.unshift(
    `${event.type} from <${(event.target as Element).localName}>: ${JSON.stringify(detail)}`,
  );
  log.length = Math.min(log.length, 20);
  document.getElementById('log')!.textContent = log.join('\n');
}

function start(): void {
  const main = document.getElementById('demo')!;
  main.textContent = '';
  render(
    html`${fieldCheckStates()} ${redirectStates()} ${guideStates()} ${importStates()}
      ${signInStates()} ${checklistStates()} ${googleCheckStates()} ${pluginsStates()}
      <h2>Event log</h2>
      <div id="log" role="log" aria-label="Event log"></div>`,
    main,
  );
  for (const name of [
    'tpgo-copy',
    'tpgo-toggle',
    'tpgo-decode',
    'tpgo-check-request',
    'tpgo-check-cancel',
  ] as const) {
    main.addEventListener(name, logEvent);
  }
  // The events that may carry a secret are heard on their element only (internal/events.ts).
  for (const el of main.querySelectorAll('tpgo-field-check, tpgo-credentials-import')) {
    for (const name of ['tpgo-use-suggestion', 'tpgo-credentials'] as const)
      el.addEventListener(name, logEvent);
    el.addEventListener('tpgo-use-suggestion', useSuggestion);
  }
  hostImport(document.getElementById('import') as TpgoCredentialsImport);
  void openRedirectDetails();
}

/** The demo is the import's host, as the editor's view is: it runs the file rules on the text. */
function hostImport(el: TpgoCredentialsImport): void {
  el.addEventListener('tpgo-credentials-text', ({ detail: { text } }) => {
    const report = text.trim() ? checkCredentialsFile(text, { redirectUri: URI }) : null;
    el.report = report;
    el.fileRedirect = report?.type ? fileFacts(report, URI).redirect : null;
  });
}

async function openRedirectDetails(): Promise<void> {
  const el = document.getElementById('redirect-open') as TpgoRedirectUri | null;
  if (!el) return;
  await el.updateComplete;
  const details = el.shadowRoot?.querySelector('details');
  if (details) details.open = true;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
