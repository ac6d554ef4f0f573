// Screenshots of the replica (and of the mashup on it) for the README and docs.
//   npx tsx test/replica/screenshot.ts            every shot
//   npx tsx test/replica/screenshot.ts name ...   only these
// Add a shot by appending to SHOTS: a scenario, an optional query, and optional steps that
// bring the page to the state to show (they may return another page, e.g. the sign-in popup).
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright';
import { googleClient } from './google-clients.js';
import { GOOGLE_ADDRESS_SWITCH } from './google.js';
import { routeGoogleToStandIn } from './google-route.js';
import { startReplica, type Replica } from './server.js';
import { launchChromium, openEditor } from './testing.js';
import { HEALTH_PROFILES } from './plugins-page.js';
import { RECORD_GROUP, recordBody, recordKey } from '../../src/rules/lifetime-record.js';

export interface Shot {
  /** File name without .png. */
  name: string;
  scenario: string;
  /** Added to the scenario's query, e.g. 'replica=no-assistant'. */
  extra?: string;
  viewport?: { width: number; height: number };
  /** Steps after the editor rendered; return a page to shoot another one (a popup). */
  prepare?: (page: Page, replica: Replica, context: BrowserContext) => Promise<Page | void>;
  /** Shoot only this element. */
  selector?: string;
  fullPage?: boolean;
}

const DAY = 86_400_000;
const TESTING_MS = 604_799_000;

/** An administrator's record of a Testing sign-in `daysAgo` days back, in the replica's storage. */
async function testingRecord(replica: Replica, profile: string, daysAgo: number): Promise<void> {
  const signedAt = Date.now() - daysAgo * DAY;
  const body = recordBody({
    version: 1,
    profile,
    signedAt,
    endsAt: signedAt + TESTING_MS,
    mailGranted: true,
  });
  const answer = await fetch(
    `${replica.url}/storage/v1/${RECORD_GROUP}/${recordKey(profile, 1)!}`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: 'replicaUser=1' },
      body: JSON.stringify(body),
    },
  );
  if (!answer.ok) throw new Error(`storage answered ${answer.status}`);
}

/** The Plugins page again with the records in place, one profile's explanation open. */
async function pluginsWithRecords(page: Page, replica: Replica, open: string): Promise<void> {
  await testingRecord(replica, HEALTH_PROFILES.fresh, 3);
  await testingRecord(replica, HEALTH_PROFILES.stopped, 12);
  await page.reload();
  const status = page
    .locator('#plugins-container li.tau-profileName')
    .filter({ has: page.getByRole('link', { name: open, exact: true }) })
    .locator('tpgo-connection-status');
  const more = page.locator('a.more-link').first();
  await page.locator('tpgo-connection-status').first().waitFor();
  await page.waitForTimeout(1500);
  if (await more.isVisible()) await more.click();
  await status.locator('summary').click();
  await page.waitForTimeout(300);
  await status.scrollIntoViewIfNeeded();
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = join(ROOT, 'test/replica/screenshots');

async function chooseGoogle(page: Page, clientKey = 'ok'): Promise<void> {
  const client = googleClient(clientKey);
  await page.selectOption('#authDropDown', '1');
  await page.fill('#Name', 'Support mailbox');
  // A new profile starts on POP (docs/host.md §4): the admin takes our one-click offer, which
  // sets Protocol, SSL, server and port together, as the e2e tests do.
  const gmail = page.getByRole('button', { name: /Use Gmail's settings/ });
  if (await gmail.isVisible()) await gmail.click();
  else await page.fill('#MailServer', 'imap.gmail.com');
  await page.fill('#Login', client.id);
  await page.fill('#Password', client.secret);
  await page.locator('#Password').blur();
}

async function popupFromSignIn(page: Page, context: BrowserContext): Promise<Page> {
  const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#SignIn')]);
  await popup.waitForLoadState();
  await popup.setViewportSize({ width: 600, height: 640 });
  return popup;
}

/** Signs in with the stand-in client and waits for the lifetime line beside Sign in. */
async function signedInWith(page: Page, context: BrowserContext, clientKey: string): Promise<void> {
  await chooseGoogle(page, clientKey);
  const popup = await popupFromSignIn(page, context);
  await popup.click('#allow');
  await page.locator('.tpgo-lifetime').waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  await scrollTo(page, '#SignIn', 260);
}

/** Scrolls so that the element's top sits a little below the window's top. */
async function scrollTo(page: Page, selector: string, offset = 120): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((el, by) => {
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - by);
    }, offset);
}

// Every shot is the whole window at 1366×768, as a busy admin sees it, unless it says otherwise.
export const SHOTS: Shot[] = [
  { name: 'replica-new-profile', scenario: 'new-profile', extra: 'replica=no-assistant' },
  {
    name: 'replica-google-oauth',
    scenario: 'new-profile',
    extra: 'replica=no-assistant',
    prepare: (page) => chooseGoogle(page),
  },
  { name: 'replica-signed-in', scenario: 'google-stored-secret', extra: 'replica=no-assistant' },
  {
    name: 'mashup-default',
    scenario: 'new-profile',
    prepare: async (page) => {
      await page.selectOption('#authDropDown', '1');
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'mashup-filled',
    scenario: 'new-profile',
    prepare: async (page) => {
      await chooseGoogle(page);
      await page.locator('tpgo-setup-checklist summary').click();
      await page.waitForTimeout(200);
      await scrollTo(page, 'tpgo-redirect-uri');
    },
  },
  {
    name: 'mashup-swapped-values',
    scenario: 'new-profile',
    prepare: async (page) => {
      const client = googleClient('ok');
      await page.selectOption('#authDropDown', '1');
      await page.fill('#Name', 'Support mailbox');
      await page.fill('#Login', client.secret);
      await page.fill('#Password', client.id);
      await page.click('#save');
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'mashup-trailing-space',
    scenario: 'new-profile',
    prepare: async (page) => {
      await page.selectOption('#authDropDown', '1');
      await page.fill('#Login', `${googleClient('ok').id} `);
      await page.locator('#Login').blur();
      await page.waitForTimeout(200);
      await scrollTo(page, 'tpgo-redirect-uri');
    },
  },
  {
    name: 'mashup-label-pasted',
    scenario: 'new-profile',
    prepare: async (page) => {
      await page.selectOption('#authDropDown', '1');
      await page.fill('#Login', `Client ID: ${googleClient('ok').id}`);
      await page.locator('#Login').blur();
      // Its Details, when the finding has any.
      const details = page.locator('#tpgo-client-id-check').locator('summary').first();
      if (await details.count()) await details.click();
      await page.waitForTimeout(200);
      await scrollTo(page, 'tpgo-redirect-uri');
    },
  },
  {
    name: 'mashup-acid',
    scenario: 'acid',
    prepare: async (page) => {
      await page.selectOption('#authDropDown', '1');
      await page.locator('tpgo-redirect-uri summary').click();
      await page.waitForTimeout(200);
      await scrollTo(page, 'tpgo-redirect-uri');
    },
  },
  {
    name: 'mashup-desktop-file',
    scenario: 'new-profile',
    prepare: async (page) => {
      const client = googleClient('ok');
      await page.selectOption('#authDropDown', '1');
      await page.locator('.tpgo-panel summary', { hasText: 'client_secret' }).click();
      await page.locator('tpgo-credentials-import textarea').fill(
        JSON.stringify({
          installed: {
            client_id: client.id,
            client_secret: client.secret,
            project_id: 'acme-mail',
            redirect_uris: ['http://localhost'],
          },
        }),
      );
      await page.waitForTimeout(200);
      await scrollTo(page, 'tpgo-redirect-uri');
    },
  },
  {
    name: 'mashup-check-with-google',
    scenario: 'new-profile',
    extra: GOOGLE_ADDRESS_SWITCH,
    prepare: async (page, replica, context) => {
      await routeGoogleToStandIn(context, replica);
      await page.selectOption('#authDropDown', '1');
      await page.fill('#Login', googleClient('ok').id);
      await page.fill('#Password', 'GOCSPX-abcdefghijklmnopqrstuvwxyz12');
      await page
        .locator('tpgo-google-check')
        .getByRole('button', { name: 'Check with Google' })
        .click();
      await page.locator('tpgo-google-check [data-outcome]').waitFor();
      await scrollTo(page, 'tpgo-redirect-uri');
    },
  },
  {
    name: 'mashup-signin-decoder',
    scenario: 'new-profile',
    prepare: async (page, _replica, context) => {
      await chooseGoogle(page, 'org_internal');
      const popup = await popupFromSignIn(page, context);
      const said = await popup.locator('[data-error-code]').innerText();
      await popup.close();
      await page.locator('tpgo-signin-error').waitFor({ state: 'visible' });
      await page.locator('tpgo-signin-error input').fill(said);
      await page.waitForTimeout(300);
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  {
    name: 'mashup-unverified-guide',
    scenario: 'new-profile',
    prepare: async (page) => {
      await page.selectOption('#authDropDown', '1');
      await page.locator('tpgo-unverified-guide summary').click();
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'mashup-save-before-signin',
    scenario: 'new-profile',
    prepare: async (page) => {
      await chooseGoogle(page);
      await page.click('#save');
      await page.waitForTimeout(800);
      await page.locator('#save').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'mashup-signed-in',
    scenario: 'google-stored-secret',
    prepare: async (page) => {
      await page.locator('tpgo-setup-checklist').waitFor();
      await page.waitForTimeout(300);
    },
  },
  {
    // Issue 20: a Testing client's sign-in, and the line beside Sign in with Google's end date.
    name: 'mashup-lifetime-testing',
    scenario: 'new-profile',
    prepare: (page, _replica, context) => signedInWith(page, context, 'testing'),
  },
  {
    // Issue 20: Google's consent left the Gmail permission out: an error beside Sign in.
    name: 'mashup-lifetime-mail-missing',
    scenario: 'new-profile',
    prepare: (page, _replica, context) => signedInWith(page, context, 'mail_unticked'),
  },
  {
    name: 'mashup-mail-stopped',
    scenario: 'google-stopped',
    prepare: async (page) => {
      await page.locator('tpgo-connection-status').waitFor({ state: 'visible' });
      await page.locator('tpgo-connection-status summary').click();
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'mashup-prompt-choice',
    scenario: 'prompt-menu',
    prepare: async (page) => {
      await chooseGoogle(page);
      await page.click('#SignIn');
      await page.locator('p[data-tpgo]', { hasText: 'Choose Consent' }).waitFor();
    },
  },
  {
    name: 'plugins-status',
    scenario: 'plugins',
    prepare: async (page) => {
      await page.locator('tpgo-connection-status').first().waitFor();
      await page.waitForTimeout(1500);
      const more = page.locator('a.more-link').first();
      if (await more.isVisible()) await more.click();
      await page.locator('tpgo-connection-status summary').first().click();
      await page.waitForTimeout(300);
    },
  },
  {
    // Issue 20: a Testing sign-in 3 days old, Google ends it in 4 days.
    name: 'plugins-countdown',
    scenario: 'plugins',
    prepare: (page, replica) => pluginsWithRecords(page, replica, HEALTH_PROFILES.fresh),
  },
  {
    // Issue 20: stopped after the end of a Testing sign-in 12 days old: certain and dated.
    name: 'plugins-stopped-dated',
    scenario: 'plugins',
    prepare: (page, replica) => pluginsWithRecords(page, replica, HEALTH_PROFILES.stopped),
  },
  {
    name: 'google-consent',
    scenario: 'new-profile',
    viewport: { width: 1366, height: 768 },
    prepare: async (page, _replica, context) => {
      await chooseGoogle(page);
      return popupFromSignIn(page, context);
    },
  },
  {
    name: 'google-redirect-uri-mismatch',
    scenario: 'acid',
    prepare: async (page, _replica, context) => {
      await chooseGoogle(page);
      return popupFromSignIn(page, context);
    },
  },
];

/** Takes the shots into `outDir` (test/replica/screenshots by default); returns the files written. */
export async function takeShots(
  shots: Shot[] = SHOTS,
  options: { outDir?: string; mashupFile?: string } = {},
): Promise<string[]> {
  const outDir = options.outDir ?? SCREENSHOT_DIR;
  await mkdir(outDir, { recursive: true });
  const replica = await startReplica(options.mashupFile ? { mashupFile: options.mashupFile } : {});
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: shot.viewport ?? { width: 1366, height: 768 },
        deviceScaleFactor: 1,
      });
      try {
        const page = await context.newPage();
        await openEditor(page, replica, shot.scenario, shot.extra ?? '');
        const target = (await shot.prepare?.(page, replica, context)) ?? page;
        const file = join(outDir, `${shot.name}.png`);
        if (shot.selector) await target.locator(shot.selector).screenshot({ path: file });
        else await target.screenshot({ path: file, fullPage: shot.fullPage ?? false });
        written.push(file);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await replica.close();
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2);
  const chosen = names.length ? SHOTS.filter((s) => names.includes(s.name)) : SHOTS;
  const unknown = names.filter((n) => !SHOTS.some((s) => s.name === n));
  if (unknown.length) {
    console.error(
      `Unknown shot(s): ${unknown.join(', ')}. Known: ${SHOTS.map((s) => s.name).join(', ')}`,
    );
    process.exit(1);
  }
  for (const file of await takeShots(chosen)) console.log(file.slice(ROOT.length + 1));
}
