// The replica loads a mashup the way Targetprocess does: only on pages whose placeholders match
// its .cfg (case-insensitive), never with ?nomashups (which leaves no editor either: it is a
// mashup too) nor with its own replica=no-assistant, after a runtime with RequireJS, jQuery,
// tau.mashups and tau/configurator. Uses a tiny fake mashup written to a temp dir.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import {
  cfgPlaceholders,
  pagePlaceholders,
  startReplica,
  STRICT_CSP,
  type Replica,
} from '../replica/server.js';
import { launchChromium, openEditor, scenarioUrl } from '../replica/testing.js';

const FAKE_MASHUP = `(function () {
  tau.mashups.addModule('fake/module', { answer: 42 }).addCSS('fake.css');
  tau.mashups
    .addDependency('jQuery')
    .addDependency('tau/configurator')
    .addDependency('fake/module')
    .addMashup(function ($, configurator, mod, options) {
      var blocked = null;
      try { document.createElement('div').innerHTML = '<b>x</b>'; blocked = false; } catch (e) { blocked = true; }
      window.__fake = {
        jquery: $ === window.jQuery,
        app: configurator.getApplicationPath(),
        admin: configurator.getLoggedUser().isAdministrator,
        answer: mod.answer,
        options: options,
        trustedTypesBlockedString: blocked,
      };
    });
})();
`;

let dir: string;
let editorOnly: Replica;
let pluginsOnly: Replica;
let browser: Browser;
let page: Page;

async function fakeMashup(name: string, placeholders: string): Promise<string> {
  const sub = join(dir, name);
  await rm(sub, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(sub));
  await writeFile(join(sub, `${name}.js`), FAKE_MASHUP);
  await writeFile(join(sub, `${name}.cfg`), `Placeholders:${placeholders}\n`);
  await writeFile(join(sub, 'fake.css'), '.fake { color: red; }');
  return join(sub, `${name}.js`);
}

type Fake = {
  jquery: boolean;
  app: string;
  admin: boolean;
  answer: number;
  options: Record<string, unknown>;
  trustedTypesBlockedString: boolean;
};

const fake = () => page.evaluate(() => (window as unknown as { __fake?: Fake }).__fake ?? null);
const waitForFake = () =>
  page.waitForFunction(() => !!(window as unknown as { __fake?: Fake }).__fake);
const mashupScripts = () => page.locator('script[data-replica-mashup]').count();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'replica-mashups-'));
  const [a, b] = await Promise.all([
    fakeMashup('fake-editor', 'profileeditorprojectemailintegration'),
    fakeMashup('fake-plugins', 'ADMIN_PLUGINS'),
  ]);
  [editorOnly, pluginsOnly, browser] = await Promise.all([
    startReplica({ mashupFile: a }),
    startReplica({ mashupFile: b }),
    launchChromium(),
  ]);
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await editorOnly?.close();
  await pluginsOnly?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('placeholders', () => {
  it('derives the page placeholders and reads the .cfg', () => {
    expect(
      pagePlaceholders(
        new URLSearchParams('Placeholders=profileeditorprojectemailintegration'),
        '/Admin/EditProfileExt.aspx',
      ),
    ).toEqual([
      'profileeditorprojectemailintegration',
      'Admin_EditProfileExt',
      'footerPlaceholder',
    ]);
    expect(pagePlaceholders(new URLSearchParams(''), '/Admin/Plugins.aspx')).toEqual([
      'Admin_Plugins',
      'footerPlaceholder',
    ]);
    expect(cfgPlaceholders('Placeholders:restui_board, Admin_Plugins\n')).toEqual([
      'restui_board',
      'Admin_Plugins',
    ]);
  });

  it('injects and runs the mashup where a placeholder matches, with its dependencies and options', async () => {
    await openEditor(page, editorOnly, 'on-premise');
    await waitForFake();
    const ran = (await fake())!;
    expect(ran.jquery).toBe(true);
    expect(ran.admin).toBe(true);
    expect(ran.answer).toBe(42);
    expect(ran.app).toBe(`${editorOnly.url}/TargetProcess`);
    expect(ran.trustedTypesBlockedString).toBe(false);
    expect(ran.options).toEqual({
      placeholderId: 'profileeditorprojectemailintegration',
      basePath: '/TargetProcess/',
      mashupPath: '/TargetProcess/JavaScript/Mashups/fake-editor/',
      initPoint: null,
    });
    expect(
      editorOnly.requests.some(
        (r) => r.path === '/TargetProcess/JavaScript/Mashups/fake-editor/fake.css',
      ),
    ).toBe(true);
    // The runtime came first: the mashup script is the last script of the page.
    const order = await page.evaluate(() =>
      [...document.scripts].map((s) => s.getAttribute('src') ?? s.type),
    );
    expect(order.at(-1)).toBe('/TargetProcess/JavaScript/Mashups/fake-editor/fake-editor.js');
    expect(order.indexOf('/__replica/runtime.js')).toBeLessThan(order.length - 1);
  });

  it('does not inject it where no placeholder matches (case-insensitive match otherwise)', async () => {
    await page.goto(`${editorOnly.url}/Admin/Plugins.aspx`);
    expect(await mashupScripts()).toBe(0);
    await openEditor(page, pluginsOnly, 'saas');
    expect(await mashupScripts()).toBe(0);
    await page.goto(`${pluginsOnly.url}/Admin/Plugins.aspx?code=x&state=y`);
    await waitForFake();
    expect((await fake())!.options.placeholderId).toBe('Admin_Plugins');
  });

  it('loads no mashup with ?nomashups, and so no editor either (it is a mashup)', async () => {
    expect(await openEditor(page, editorOnly, 'saas', 'nomashups')).toBe('none');
    expect(await mashupScripts()).toBe(0);
    await page.waitForTimeout(300);
    expect(await fake()).toBeNull();
    expect(await page.locator('#authDropDown').count()).toBe(0);
    expect(await page.locator('script[src="/__replica/editor.js"]').count()).toBe(0);
  });

  it('replica=no-assistant: the editor without our mashup', async () => {
    expect(await openEditor(page, editorOnly, 'saas', 'replica=no-assistant')).toBe('rendered');
    expect(await mashupScripts()).toBe(0);
    await page.waitForTimeout(300);
    expect(await fake()).toBeNull();
    expect(await page.locator('#authDropDown').count()).toBe(1);
  });

  it('replica=one-line-mashup: the smallest mashup there is, registered and run, instead of ours', async () => {
    await page.goto(`${editorOnly.url}/RestUI/Board.aspx?replica=one-line-mashup`);
    await page.waitForLoadState('load');
    const srcs = await page
      .locator('script[data-replica-mashup]')
      .evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src')));
    expect(srcs).toEqual(['/JavaScript/Mashups/one-line-mashup/one-line-mashup.js']);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            window as unknown as { __replica: { mashups: { ran: boolean }[] } }
          ).__replica.mashups.map((m) => m.ran),
        ),
      )
      .toEqual([true]);
    expect(await fake()).toBeNull();
  });

  it('replica=twice registers the mashup twice; replica=paste serves the paste file instead', async () => {
    await openEditor(page, editorOnly, 'saas', 'replica=twice');
    expect(await mashupScripts()).toBe(2);
    const paste = await startReplica({
      mashupFile: join(dir, 'fake-editor/fake-editor.js'),
      pasteFile: join(dir, 'fake-plugins/fake-plugins.js'),
    });
    try {
      await openEditor(page, paste, 'saas', 'replica=paste');
      const src = await page.getAttribute('script[data-replica-mashup]', 'src');
      expect(src).toBe('/JavaScript/Mashups/fake-editor-paste/fake-plugins.js');
      expect((await fetch(`${paste.url}${src}`)).status).toBe(200);
      // Only the paste file itself is served from its folder.
      expect(
        (await fetch(`${paste.url}/JavaScript/Mashups/fake-editor-paste/fake.css`)).status,
      ).toBe(404);
    } finally {
      await paste.close();
    }
  });

  it('replica=slow-profile: the editor renders only after its profile GET answers, 15.5 s on', async () => {
    await page.goto(`${scenarioUrl(editorOnly, 'saas', 'replica=slow-profile,no-assistant')}`);
    const gets = () =>
      editorOnly.requests.filter((r) => r.path.includes('/Profiles/Support?replicaDelay=15500'));
    await expect.poll(() => gets().length).toBeGreaterThan(0);
    const profileDelay = await page.evaluate(
      () =>
        (window as unknown as { __replica: { config: { profileDelay: number } } }).__replica.config
          .profileDelay,
    );
    expect(profileDelay).toBe(15_500);
    // A short delay of its own shows the hold-back without waiting the full 15.5 s here.
    await page.goto(scenarioUrl(editorOnly, 'saas', 'profileDelay=1200'));
    const started = Date.now();
    await page.waitForSelector('#authDropDown');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('loads no mashup when the mashup file is missing', async () => {
    const none = await startReplica({ mashupFile: join(dir, 'missing/missing.js') });
    try {
      await openEditor(page, none, 'saas');
      expect(await mashupScripts()).toBe(0);
    } finally {
      await none.close();
    }
  });
});

describe('runtime', () => {
  it('gives RequireJS, Tp.WebServiceURL with the page acid, appHostAndPath and the placeholders', async () => {
    await openEditor(page, editorOnly, 'acid', 'nomashups');
    const facts = await page.evaluate(() => {
      const w = window as unknown as {
        define: { amd: unknown };
        Tp: { WebServiceURL: new (p: string) => object };
        appHostAndPath: string;
        loggedUser: { isAdministrator: boolean };
        __replica: { placeholders: string[] };
      };
      return {
        amd: !!w.define.amd,
        redirect: String(new w.Tp.WebServiceURL('/Admin/Plugins.aspx')),
        app: w.appHostAndPath,
        admin: w.loggedUser.isAdministrator,
        placeholders: w.__replica.placeholders,
        elements: w.__replica.placeholders.map((p) => !!document.getElementById(p)),
      };
    });
    expect(facts).toEqual({
      amd: true,
      redirect: `${editorOnly.url}/Admin/Plugins.aspx?acid=3F2504E04F89`,
      app: editorOnly.url,
      admin: true,
      placeholders: [
        'profileeditorprojectemailintegration',
        'Admin_EditProfileExt',
        'footerPlaceholder',
      ],
      elements: [true, true, true],
    });
  });

  it('serves the strict-CSP page: the editor and the mashup run, a plain string to innerHTML is blocked', async () => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text()))
        violations.push(m.text());
    });
    const response = await page.goto(scenarioUrl(editorOnly, 'csp'));
    expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
    expect(STRICT_CSP).not.toContain('unsafe-inline');
    expect(STRICT_CSP).not.toContain('unsafe-eval');
    await page.waitForSelector('#authDropDown');
    await waitForFake();
    expect((await fake())!.trustedTypesBlockedString).toBe(true);
    // Only the fake mashup's deliberate string assignment was refused.
    expect(violations.filter((v) => !/innerHTML|TrustedHTML/.test(v))).toEqual([]);
    await page.selectOption('#authDropDown', '1');
    expect(await page.isVisible('#SignIn')).toBe(true);
    page.removeAllListeners('console');
  });
});

describe('index', () => {
  it('lists every scenario, and every scenario URL answers', async () => {
    const index = await (await fetch(`${editorOnly.url}/`)).text();
    for (const s of editorOnly.scenarios) {
      expect(index).toContain(s.path.replace(/&/g, '&amp;'));
      expect((await fetch(`${editorOnly.url}${s.path}`)).status).toBe(200);
    }
    expect(editorOnly.scenarios.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'saas',
        'on-premise',
        'acid',
        'new-profile',
        'google-stored-secret',
        'login-password',
        'outlook',
        'no-password',
        'csp',
        'plugins',
        'no-editor',
      ]),
    );
  });

  it('renders the Plugins page with the plugin list markup', async () => {
    await page.goto(`${editorOnly.url}/Admin/Plugins.aspx?nomashups`);
    // The list renders late, from the page's own request (docs/host.md §7).
    await page.locator('#plugins-container div.plugin-block').first().waitFor();
    const names = await page.locator('div.plugin-block > h4._pluginName').allInnerTexts();
    expect(names).toContain('Project Email Integration');
    expect(await page.locator('.profiles-list li.tau-profileName a').allInnerTexts()).toEqual(
      expect.arrayContaining(['Gmail', 'Support']),
    );
  });
});
