// A local stand-in for Google's OAuth endpoints (never the real Google). It answers the ways an
// admin meets (docs/google.md): consent and a code, redirect_uri_mismatch, invalid_client,
// deleted_client, org_internal, admin_policy_enforced, "Access blocked" (not a test user),
// "Google hasn't verified this app", a code exchange without a refresh token, and the token
// endpoint's own errors. Also a tiny Microsoft stand-in so Outlook's Sign in stays local.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { GOOGLE_CLIENTS, TESTING_EXPIRES_IN, type GoogleClient } from './google-clients.js';
import { esc, googlePage } from './pages.js';

interface Transaction {
  client: GoogleClient;
  redirectUri: string;
  state: string | null;
  nonce: string | null;
  scope: string;
}

interface IssuedCode {
  client: GoogleClient;
  redirectUri: string;
  nonce: string | null;
  scope: string;
  used: boolean;
}

const SLOW_MS = 15_000;

/**
 * TEST-ONLY. With this in an editor page's query, the replica's Google option carries Google's
 * real issuer, as on a real page, instead of the stand-in's local address; "Check with Google"
 * only talks to Google's own addresses, so the tests route those onto this stand-in in the
 * browser (google-route.ts). Nothing in the built mashup knows of it.
 */
export const GOOGLE_ADDRESS_SWITCH = 'googleAddress';
export const REAL_GOOGLE_ISSUER = 'https://accounts.google.com';

function token(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/html; charset=utf-8',
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

function withQuery(uri: string, query: string): string {
  return uri + (uri.includes('?') ? '&' : '?') + query;
}

function errorPage(heading: string, lines: string[], code: string, details: string[]): string {
  return googlePage(
    code,
    `<h1>${esc(heading)}</h1>${lines.map((l) => `<p>${esc(l)}</p>`).join('')}` +
      `<p class="g-code" data-error-code="${esc(code.replace(/^Error \d+: /, ''))}">${esc(code)}</p>` +
      (details.length
        ? `<details open><summary>Request details</summary><p class="g-details">${details
            .map(esc)
            .join('<br>')}</p></details>`
        : ''),
  );
}

export class GoogleStandIn {
  private readonly transactions = new Map<string, Transaction>();
  private readonly codes = new Map<string, IssuedCode>();
  private readonly timers = new Set<NodeJS.Timeout>();

  /** The origin the current request was sent to (its Host header), so any host name works. */
  private current = '';

  constructor(private readonly fallbackOrigin: () => string) {}

  private origin(): string {
    return this.current || this.fallbackOrigin();
  }

  /** Registered URIs with `{origin}` filled in. */
  registered(client: GoogleClient): string[] {
    return client.redirectUris.map((u) => u.replace('{origin}', this.origin()));
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Handles `/google/...` and `/microsoft/...`; returns false when the path is not its own. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, body: string): boolean {
    this.current = req.headers.host ? `http://${req.headers.host}` : '';
    const origin = this.origin();
    const path = url.pathname;
    if (
      req.method === 'OPTIONS' &&
      (path.startsWith('/google/') || path.startsWith('/microsoft/'))
    ) {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type',
      });
      res.end();
      return true;
    }
    switch (path) {
      case '/google/.well-known/openid-configuration':
        json(res, 200, {
          issuer: `${origin}/google`,
          authorization_endpoint: `${origin}/google/o/oauth2/v2/auth`,
          token_endpoint: `${origin}/google/token`,
          userinfo_endpoint: `${origin}/google/userinfo`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['none'],
          scopes_supported: ['openid', 'email', 'profile'],
          token_endpoint_auth_methods_supported: ['client_secret_post'],
          grant_types_supported: ['authorization_code', 'refresh_token'],
        });
        return true;
      case '/google/o/oauth2/v2/auth':
        this.authorize(res, url.searchParams);
        return true;
      case '/google/unverified':
        this.unverified(res, url.searchParams.get('tx') ?? '', url.searchParams.get('advanced'));
        return true;
      case '/google/consent':
        this.consent(res, url.searchParams.get('tx') ?? '');
        return true;
      case '/google/decide':
        this.decide(res, new URLSearchParams(body));
        return true;
      case '/google/token':
        if (req.method !== 'POST') {
          json(res, 405, { error: 'invalid_request', error_description: 'POST only' });
        } else {
          this.exchange(res, new URLSearchParams(body));
        }
        return true;
      case '/microsoft/common/v2.0/.well-known/openid-configuration':
        json(res, 200, {
          issuer: `${origin}/microsoft/common/v2.0`,
          authorization_endpoint: `${origin}/microsoft/oauth2/v2.0/authorize`,
          token_endpoint: `${origin}/microsoft/oauth2/v2.0/token`,
        });
        return true;
      case '/microsoft/oauth2/v2.0/authorize':
        send(
          res,
          200,
          googlePage(
            'Microsoft sign-in',
            '<h1>Microsoft sign-in is not reproduced</h1><p>The replica only stands in for Google. Close this window.</p>',
          ).replace(
            /<div class="g-logo">[\s\S]*?<\/div>/,
            '<div class="g-logo">Microsoft (local stand-in)</div>',
          ),
        );
        return true;
      case '/microsoft/oauth2/v2.0/token':
        json(res, 400, {
          error: 'invalid_client',
          error_description: 'The replica does not reproduce Microsoft sign-in.',
        });
        return true;
      default:
        return false;
    }
  }

  private authorize(res: ServerResponse, q: URLSearchParams): void {
    const clientId = q.get('client_id');
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!clientId) {
      send(
        res,
        400,
        errorPage(
          "Access blocked: this app's request is invalid",
          ['Missing required parameter: client_id'],
          'Error 400: invalid_request',
          [],
        ),
      );
      return;
    }
    const client = GOOGLE_CLIENTS.find((c) => c.id === clientId);
    if (!client) {
      send(
        res,
        401,
        errorPage(
          'Access blocked: authorization error',
          [
            'The OAuth client was not found.',
            'If you are a developer of this app, see error details.',
          ],
          'Error 401: invalid_client',
          [`client_id=${clientId}`],
        ),
      );
      return;
    }
    if (client.status === 'deleted') {
      send(
        res,
        401,
        errorPage(
          'Access blocked: authorization error',
          ['The OAuth client was deleted.'],
          'Error 401: deleted_client',
          [`client_id=${clientId}`],
        ),
      );
      return;
    }
    if (!this.registered(client).includes(redirectUri)) {
      send(
        res,
        400,
        errorPage(
          "Access blocked: this app's request is invalid",
          [
            "You can't sign in because this app sent an invalid request. You can try again later, or contact the developer about this issue.",
            'If you are a developer of this app, see error details.',
          ],
          'Error 400: redirect_uri_mismatch',
          [`redirect_uri=${redirectUri}`, `flowName=GeneralOAuthFlow`],
        ),
      );
      return;
    }
    if (q.get('response_type') !== 'code') {
      send(
        res,
        400,
        errorPage(
          "Access blocked: this app's request is invalid",
          ['Invalid response_type.'],
          'Error 400: invalid_request',
          [],
        ),
      );
      return;
    }
    if (client.status === 'org_internal') {
      send(
        res,
        403,
        errorPage(
          `Access blocked: ${client.appName} can only be used within its organization`,
          [`${client.email} cannot use this app: it is restricted to users of its organization.`],
          'Error 403: org_internal',
          [],
        ),
      );
      return;
    }
    if (client.status === 'admin_policy') {
      send(
        res,
        400,
        errorPage(
          `Access blocked: ${client.appName} is blocked by your administrator`,
          [
            `${client.email} is not allowed to use this app. Your organization's Google Workspace administrator has not configured access to it.`,
          ],
          'Error 400: admin_policy_enforced',
          [],
        ),
      );
      return;
    }
    if (client.status === 'not_test_user') {
      send(
        res,
        403,
        errorPage(
          `Access blocked: ${client.appName} has not completed the Google verification process`,
          [
            `${client.appName} is being tested and can only be used by testers the developer approved. If you think you should have access, contact the developer.`,
          ],
          'Error 403: access_denied',
          [],
        ),
      );
      return;
    }
    const tx = token(12);
    this.transactions.set(tx, {
      client,
      redirectUri,
      state: q.get('state'),
      nonce: q.get('nonce'),
      scope: q.get('scope') ?? '',
    });
    redirect(res, `/google/${client.unverified ? 'unverified' : 'consent'}?tx=${tx}`);
  }

  /** The sign-in under way with this id, or an "expired request" page answered for it. */
  private transaction(res: ServerResponse, tx: string): Transaction | undefined {
    const t = this.transactions.get(tx);
    if (!t) {
      send(
        res,
        400,
        errorPage('Something went wrong', ['Expired request.'], 'Error 400: invalid_request', []),
      );
    }
    return t;
  }

  private unverified(res: ServerResponse, tx: string, advanced: string | null): void {
    const t = this.transaction(res, tx);
    if (!t) return;
    send(
      res,
      200,
      googlePage(
        "Google hasn't verified this app",
        `<h1 class="g-warning">Google hasn't verified this app</h1>
<p>The app is requesting access to sensitive info in your Google Account. Until the developer
(${esc(t.client.email)}) verifies this app with Google, you shouldn't use it.</p>
${
  advanced
    ? `<p>Continue only if you understand the risks and trust the developer.</p>
<p><a id="go-unsafe" href="/google/consent?tx=${esc(tx)}">Go to ${esc(t.client.appName)} (unsafe)</a></p>`
    : `<p><a id="advanced" href="/google/unverified?tx=${esc(tx)}&amp;advanced=1">Advanced</a></p>`
}
<form class="g-actions" method="post" action="/google/decide">
<input type="hidden" name="tx" value="${esc(tx)}">
<button class="g-primary" name="decision" value="cancel">Back to safety</button>
</form>`,
      ),
    );
  }

  private consent(res: ServerResponse, tx: string): void {
    const t = this.transaction(res, tx);
    if (!t) return;
    const asksMail = t.scope.includes('https://mail.google.com');
    // Granular consent: this client's admin leaves the Gmail box unticked (docs/google.md).
    const mail = !asksMail
      ? ''
      : t.client.mailUnticked
        ? '<li><label><input type="checkbox" name="mail" value="on" id="mail-permission" form="decide">' +
          ' Read, compose, send and permanently delete all your email from Gmail</label></li>'
        : '<li>Read, compose, send and permanently delete all your email from Gmail</li>';
    send(
      res,
      200,
      googlePage(
        `Sign in - ${t.client.appName}`,
        `<h1>${esc(t.client.appName)} wants access to your Google Account</h1>
<p><span class="g-account" id="account">${esc(t.client.email)}</span></p>
<p>This will allow ${esc(t.client.appName)} to:</p>
<ul>${mail}<li>See your primary Google Account email address</li></ul>
<form class="g-actions" method="post" action="/google/decide" id="decide">
<input type="hidden" name="tx" value="${esc(tx)}">
<button class="g-secondary" name="decision" value="cancel" id="cancel">Cancel</button>
<button class="g-primary" name="decision" value="allow" id="allow">Allow</button>
</form>`,
      ),
    );
  }

  private decide(res: ServerResponse, form: URLSearchParams): void {
    const tx = form.get('tx') ?? '';
    const t = this.transaction(res, tx);
    if (!t) return;
    this.transactions.delete(tx);
    const state = t.state === null ? '' : `&state=${encodeURIComponent(t.state)}`;
    if (form.get('decision') !== 'allow') {
      redirect(res, withQuery(t.redirectUri, `error=access_denied${state}`));
      return;
    }
    const code = `4/0A${token(24)}`;
    const scope =
      t.client.mailUnticked && form.get('mail') !== 'on'
        ? t.scope
            .split(/\s+/)
            .filter((s) => !s.startsWith('https://mail.google.com'))
            .join(' ')
        : t.scope;
    this.codes.set(code, {
      client: t.client,
      redirectUri: t.redirectUri,
      nonce: t.nonce,
      scope,
      used: false,
    });
    redirect(
      res,
      withQuery(
        t.redirectUri,
        `${state.slice(1)}${state ? '&' : ''}code=${encodeURIComponent(code)}` +
          `&scope=${encodeURIComponent(scope)}&authuser=0&prompt=consent`,
      ),
    );
  }

  /** A slow client's token endpoint is slow for every answer, as a slow Google would be. */
  private exchange(res: ServerResponse, form: URLSearchParams): void {
    const slow = GOOGLE_CLIENTS.find((c) => c.id === form.get('client_id'))?.slow;
    if (!slow) {
      this.exchangeNow(res, form);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!res.destroyed) this.exchangeNow(res, form);
    }, SLOW_MS);
    this.timers.add(timer);
  }

  private exchangeNow(res: ServerResponse, form: URLSearchParams): void {
    const clientId = form.get('client_id') ?? '';
    const client = GOOGLE_CLIENTS.find((c) => c.id === clientId);
    if (!client) {
      json(res, 401, {
        error: 'invalid_client',
        error_description: 'The OAuth client was not found.',
      });
      return;
    }
    if (client.status === 'deleted') {
      json(res, 401, {
        error: 'deleted_client',
        error_description: 'The OAuth client was deleted.',
      });
      return;
    }
    if (form.get('client_secret') !== client.secret) {
      json(res, 401, { error: 'invalid_client', error_description: 'Unauthorized' });
      return;
    }
    if (form.get('grant_type') !== 'authorization_code') {
      json(res, 400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type.' });
      return;
    }
    const code = form.get('code') ?? '';
    const issued = this.codes.get(code);
    if (!issued) {
      json(res, 400, { error: 'invalid_grant', error_description: 'Malformed auth code.' });
      return;
    }
    if (issued.used || issued.client !== client) {
      json(res, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
      return;
    }
    if (form.get('redirect_uri') !== issued.redirectUri) {
      json(res, 400, { error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
      return;
    }
    issued.used = true;
    const now = Math.floor(Date.now() / 1000);
    const idToken =
      `${base64url({ alg: 'none', typ: 'JWT' })}.` +
      `${base64url({
        iss: `${this.origin()}/google`,
        azp: client.id,
        aud: client.id,
        sub: '1' + String(client.id.length).padStart(20, '0'),
        email: client.email,
        email_verified: true,
        nonce: issued.nonce ?? undefined,
        iat: now,
        exp: now + 3600,
      })}.`;
    const answer: Record<string, unknown> = {
      access_token: `ya29.replica-${token()}`,
      expires_in: 3599,
      scope: issued.scope,
      token_type: 'Bearer',
      id_token: idToken,
    };
    if (client.status !== 'no_refresh_token') answer.refresh_token = `1//replica-${token()}`;
    if (client.testing) answer.refresh_token_expires_in = TESTING_EXPIRES_IN;
    json(res, 200, answer);
  }
}
