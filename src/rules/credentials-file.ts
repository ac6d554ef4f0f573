// Reads a pasted or dropped client_secret_*.json. JSON.parse first, then a zod schema; values are
// only read out of the parsed data, never merged into other objects, so keys like __proto__ are inert.
import * as z from 'zod/mini';
import { checkClientId } from './client-id.js';
import { checkClientSecret } from './client-secret.js';
import { sortFindings, type Finding } from './finding.js';
import { credentialsFileText as text } from './file-messages.js';
import type { RuleText } from './messages.js';
import {
  MAX_CREDENTIALS_FILE_CHARS,
  looksLikeCredentialsJson,
  make,
  readCredentialsJson,
  type PastedCredentials,
} from './shared.js';

export { MAX_CREDENTIALS_FILE_CHARS, type PastedCredentials };

/**
 * The values of a credentials JSON pasted into the Client ID or Client secret field, for the
 * host's "Fill both fields": only for a Web application file whose Client ID checks clean, and
 * whose secret (when it has one) checks clean with it; undefined otherwise (a Desktop file, a
 * broken one, anything else). A finding with `file.type === 'web'` says when to ask.
 */
export function readPastedCredentials(text: string): PastedCredentials | undefined {
  const file = readCredentialsJson(typeof text === 'string' ? text.trim() : '');
  if (file?.type !== 'web' || file.clientId === '') return undefined;
  if (checkClientId(file.clientId).length > 0) return undefined;
  if (
    file.hasSecret &&
    checkClientSecret(file.clientSecret, { clientId: file.clientId }).length > 0
  ) {
    return undefined;
  }
  return file;
}

/**
 * A whole credentials file pasted into a field (the Client ID's first, then the secret's): the
 * report of the first that is one, for the setup state's `pasted`; undefined when neither is.
 */
export function pastedCredentialsReport(
  values: readonly string[],
  redirectUri: string,
): CredentialsReport | undefined {
  for (const value of values) {
    const trimmed = value.trim();
    if (!looksLikeCredentialsJson(trimmed)) continue;
    const report = checkCredentialsFile(trimmed, { redirectUri });
    if (report.type) return report;
  }
  return undefined;
}

export interface CredentialsReport {
  /** Worst first. */
  findings: Finding[];
  type?: 'web' | 'installed';
  /** Trimmed, only when present as a string. */
  clientId?: string;
  clientSecret?: string;
  redirectUris: string[];
  javascriptOrigins: string[];
  projectId?: string;
}

const ClientSection = z.object({
  client_id: z.optional(z.string()),
  client_secret: z.optional(z.string()),
  project_id: z.optional(z.string()),
  redirect_uris: z.optional(z.array(z.string())),
  javascript_origins: z.optional(z.array(z.string())),
});

const PAGE = '/admin/plugins.aspx';

type NearMissKind = Parameters<typeof text.nearMiss>[0];

interface UriParts {
  scheme: string;
  host: string;
  path: string;
  query: string;
}

function parts(uri: string): UriParts | undefined {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/.exec(uri.trim());
  if (!match) return undefined;
  return { scheme: match[1]!, host: match[2]!, path: match[3] || '/', query: match[4] ?? '' };
}

/** How a registered URI differs from the expected one; [] when they are not even close. */
function differences(registered: string, expected: string): NearMissKind[] {
  const r = parts(registered);
  const e = parts(expected);
  if (!r || !e) return [];
  const kinds: NearMissKind[] = [];
  if (r.scheme.toLowerCase() !== e.scheme.toLowerCase()) kinds.push('scheme');
  const sameHost = r.host.toLowerCase() === e.host.toLowerCase();
  if (!sameHost) kinds.push('host');
  let caseOnly =
    (sameHost && r.host !== e.host) ||
    (r.scheme !== e.scheme && r.scheme.toLowerCase() === e.scheme.toLowerCase());
  if (r.path !== e.path) {
    const rTrim = r.path.replace(/\/+$/, '');
    const eTrim = e.path.replace(/\/+$/, '');
    if (r.path.endsWith('/') !== e.path.endsWith('/') && rTrim !== '') kinds.push('trailing-slash');
    const rl = rTrim.toLowerCase();
    const el = eTrim.toLowerCase();
    if (rl === el) {
      if (rTrim !== eTrim) caseOnly = true;
    } else if (el.endsWith(rl) && rl.endsWith(PAGE)) kinds.push('missing-path');
    else if (rl.endsWith(el)) kinds.push('extra-path');
    else kinds.push('path');
  }
  if (r.query !== e.query) {
    if (r.query.toLowerCase() === e.query.toLowerCase()) caseOnly = true;
    else if (e.query && !r.query) kinds.push('missing-query');
    else if (r.query && !e.query) kinds.push('extra-query');
    else kinds.push('query');
  }
  if (caseOnly) kinds.push('case');
  // Only call it a near miss when it points at the same place or the same page.
  const samePage = r.path.toLowerCase().replace(/\/+$/, '').endsWith(PAGE);
  if (!sameHost && !samePage) return [];
  if (kinds.includes('path') && !sameHost) return [];
  return kinds;
}

function redirectFindings(redirectUris: string[], expected: string): Finding[] {
  if (redirectUris.length === 0) {
    return [make('credentials-file/no-redirect-uris', 'warning', text.noRedirectUris(expected))];
  }
  if (redirectUris.includes(expected)) {
    return [
      make(
        'credentials-file/redirect-uri-registered',
        'info',
        text.redirectUriRegistered(expected),
      ),
    ];
  }
  let best: { uri: string; kinds: NearMissKind[] } | undefined;
  for (const uri of redirectUris.slice(0, 200)) {
    const kinds = differences(uri, expected);
    if (kinds.length > 0 && (!best || kinds.length < best.kinds.length)) best = { uri, kinds };
  }
  if (!best) {
    return [
      make(
        'credentials-file/redirect-uri-not-registered',
        'warning',
        text.redirectUriNotRegistered(expected),
      ),
    ];
  }
  const { uri, kinds } = best;
  return kinds.map((kind) =>
    make(`credentials-file/redirect-uri-${kind}`, 'warning', text.nearMiss(kind, uri, expected)),
  );
}

/** A field check's findings, re-coded `credentials-file/<code>` and worded as about the file. */
function wrapped(field: string, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    const inner: RuleText = text.inFile(field, finding);
    return {
      ...finding,
      code: `credentials-file/${finding.code}`,
      message: inner.message,
      fix: inner.fix,
      ...(inner.details ? { details: inner.details } : {}),
    };
  });
}

function keysOf(value: object): string {
  return Object.keys(value)
    .slice(0, 5)
    .map((key) => `"${key.slice(0, 40)}"`)
    .join(', ');
}

/** Everything the assistant can tell from a credentials file; never throws. */
export function checkCredentialsFile(
  input: string,
  context?: { redirectUri?: string },
): CredentialsReport {
  const report: CredentialsReport = { findings: [], redirectUris: [], javascriptOrigins: [] };
  const done = (findings: Finding[]): CredentialsReport => ({
    ...report,
    findings: sortFindings(findings),
  });

  if (typeof input !== 'string') return done([make('credentials-file/empty', 'error', text.empty)]);
  if (input.length > MAX_CREDENTIALS_FILE_CHARS) {
    return done([
      make('credentials-file/too-large', 'error', text.tooLarge(MAX_CREDENTIALS_FILE_CHARS / 1024)),
    ]);
  }
  const source = input.replace(/^\uFEFF/, '').trim();
  if (source === '') return done([make('credentials-file/empty', 'error', text.empty)]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return done([make('credentials-file/not-json', 'error', text.notJson)]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return done([make('credentials-file/not-object', 'error', text.notObject)]);
  }
  const top = parsed as Record<string, unknown>;
  const findings: Finding[] = [];
  let sectionValue: unknown;
  if (Object.hasOwn(top, 'web')) {
    report.type = 'web';
    sectionValue = top.web;
  } else if (Object.hasOwn(top, 'installed')) {
    report.type = 'installed';
    sectionValue = top.installed;
    findings.push(make('credentials-file/desktop-client', 'error', text.desktopClient));
  } else if (Object.hasOwn(top, 'type') && top.type === 'service_account') {
    return done([make('credentials-file/service-account', 'error', text.serviceAccount)]);
  } else {
    return done([make('credentials-file/unknown-type', 'error', text.unknownType(keysOf(top)))]);
  }
  if (typeof sectionValue !== 'object' || sectionValue === null || Array.isArray(sectionValue)) {
    return done([...findings, make('credentials-file/bad-section', 'error', text.badSection)]);
  }

  const result = ClientSection.safeParse(sectionValue);
  if (!result.success) {
    const bad = new Set<string>();
    for (const issue of result.error.issues) bad.add(String(issue.path[0] ?? '').slice(0, 40));
    findings.push(make('credentials-file/bad-field', 'error', text.badField([...bad])));
  }
  // Read each field on its own so one bad field does not hide the others.
  const section = sectionValue as Record<string, unknown>;
  const stringField = (key: string): string | undefined =>
    Object.hasOwn(section, key) && typeof section[key] === 'string'
      ? (section[key] as string)
      : undefined;
  const listField = (key: string): string[] =>
    Object.hasOwn(section, key) && Array.isArray(section[key])
      ? (section[key] as unknown[]).filter((item): item is string => typeof item === 'string')
      : [];

  const clientId = stringField('client_id');
  const clientSecret = stringField('client_secret');
  const projectId = stringField('project_id');
  if (clientId !== undefined) report.clientId = clientId.trim();
  if (clientSecret !== undefined) report.clientSecret = clientSecret.trim();
  if (projectId !== undefined) report.projectId = projectId.trim();
  report.redirectUris = listField('redirect_uris');
  report.javascriptOrigins = listField('javascript_origins');

  if (clientId === undefined) {
    if (!Object.hasOwn(section, 'client_id')) {
      findings.push(make('credentials-file/missing-client-id', 'error', text.missingClientId));
    }
  } else {
    findings.push(...wrapped('client_id', checkClientId(clientId)));
  }
  if (clientSecret === undefined) {
    if (!Object.hasOwn(section, 'client_secret')) {
      findings.push(
        make('credentials-file/missing-client-secret', 'warning', text.missingClientSecret),
      );
    }
  } else {
    findings.push(...wrapped('client_secret', checkClientSecret(clientSecret, { clientId })));
  }

  if (report.type === 'web' && typeof context?.redirectUri === 'string' && context.redirectUri) {
    findings.push(...redirectFindings(report.redirectUris, context.redirectUri));
  }
  for (const origin of report.javascriptOrigins.slice(0, 50)) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*[/?#]/.test(origin)) {
      findings.push(
        make('credentials-file/origin-with-path', 'warning', text.originWithPath(origin)),
      );
      break;
    }
  }
  return done(findings);
}
