// Issue 22, item 11: what the assistant tells an admin follows today's Google (docs/google.md,
// "Google Auth Platform: today's console" and "IMAP and POP for Gmail and Workspace").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE, setupText } from '../../../src/rules/setup-messages.js';
import { healthText } from '../../../src/rules/health-messages.js';
import { signInErrorText } from '../../../src/rules/signin-messages.js';
import { clientIdText, clientSecretText } from '../../../src/rules/messages.js';
import { redirectUriText } from '../../../src/rules/redirect-messages.js';
import { redirectUri } from '../../../src/elements/strings.js';
import { unverifiedGuide } from '../../../src/elements/unverified-guide-strings.js';

/** Google Auth Platform's pages (docs/google.md), each `?project=ID` allowed after it. */
const AUTH_PLATFORM = [
  'https://console.cloud.google.com/auth/overview',
  'https://console.cloud.google.com/auth/branding',
  'https://console.cloud.google.com/auth/audience',
  'https://console.cloud.google.com/auth/clients',
  'https://console.cloud.google.com/auth/scopes',
  'https://console.cloud.google.com/auth/verification',
];
/** Outside Google Auth Platform, and not moved by it: making the project it belongs to. */
const PROJECT_CREATE = 'https://console.cloud.google.com/projectcreate';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? files(path)
      : /\.(ts|js|json|css)$/.test(name)
        ? [path]
        : [];
  });
}

const CONSOLE_URL = /https?:\/\/console\.(?:cloud\.|developers\.)google\.com[^\s'"`)<>]*/g;

/** Every string inside a catalog, however deep, functions called with a sample argument. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function')
    return strings((value as (...a: unknown[]) => unknown)('X', 'Y'));
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('console links follow Google Auth Platform', () => {
  const found = files('src').flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(CONSOLE_URL)].map((m) => [path, m[0]] as const),
  );

  it('src/ links to the console at all (the scan reads real files)', () => {
    expect(found.length).toBeGreaterThanOrEqual(3);
  });

  it.each(found)('%s: %s is a Google Auth Platform page', (_path, url) => {
    const page = url.replace(/\?project=[\w-]*$/, '');
    expect([...AUTH_PLATFORM, PROJECT_CREATE]).toContain(page);
  });

  it('the old pages (Credentials, OAuth consent screen) are gone from src/', () => {
    for (const [path, url] of found) expect(url, path).not.toMatch(/\/apis\/credentials/);
  });

  it('the catalog names the pages as the console does today', () => {
    expect(CONSOLE.clients).toBe('https://console.cloud.google.com/auth/clients');
    expect(CONSOLE.credentials).toBe(CONSOLE.clients);
    expect(CONSOLE.audience).toBe('https://console.cloud.google.com/auth/audience');
    expect(CONSOLE.consent).toBe(CONSOLE.audience);
    expect(setupText.steps.client.link).toBe('Open Clients');
    expect(setupText.steps.redirect.link).toBe('Open Clients');
    expect(redirectUri.guideLink).toBe('Google Auth Platform > Clients');
    const words = [clientIdText, clientSecretText, redirectUriText, signInErrorText, setupText]
      .flatMap(strings)
      .join('\n');
    expect(words).not.toMatch(/APIs & Services|OAuth consent screen|Create credentials/);
  });
});

describe('"the mail server refused the login" follows 2025 IMAP', () => {
  const login = healthText.causes['login-failed'];

  it('keeps its headline', () => {
    expect(login.what).toBe('the mail server refused the login');
  });

  it('names, in order: personal Gmail has IMAP always on, Workspace IMAP per organizational unit, the allowed OAuth client IDs', () => {
    const text = login.cause;
    const order = [
      text.indexOf('Personal Gmail always has IMAP on'),
      text.indexOf('In Google Workspace the admin turns IMAP on per organizational unit'),
      text.indexOf('may allow only listed OAuth client IDs'),
    ];
    expect(
      order.every((i) => i >= 0),
      text,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Where the Workspace admin does it (support.google.com/a/answer/105694).
    expect(text).toContain('Admin console > Apps > Google Workspace > Gmail > End User Access');
  });

  it('its fix asks the Workspace admin for IMAP and this Client ID, in one short sentence', () => {
    expect(login.fix).toMatch(/Workspace.*admin.*IMAP.*Client ID/);
    expect(login.fix.length).toBeLessThanOrEqual(120);
    expect(login.fix).not.toMatch(/\.\s+\S/);
  });

  it('no text tells anyone to enable IMAP in Gmail settings (personal Gmail cannot turn it off)', () => {
    const all = [
      healthText,
      signInErrorText,
      setupText,
      clientIdText,
      clientSecretText,
      unverifiedGuide,
    ]
      .flatMap(strings)
      .join('\n');
    expect(all).not.toMatch(
      /(?:enable|turn on|switch on)\s+IMAP|IMAP\s+(?:is\s+)?on\s+in\s+Gmail/i,
    );
    expect(all).not.toMatch(/IMAP may be off|IMAP\/POP may be off/i);
  });
});
