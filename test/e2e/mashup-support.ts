// Shared set-up for the tests of the mashup on the replica: one replica and one Chromium per
// file, a fresh context per test, and a record of everything the page said on its console.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright';
import { layoutFromEnv, startReplica, type Replica } from '../replica/server.js';
import { launchChromium, openEditor } from '../replica/testing.js';
import { googleClient } from '../replica/google-clients.js';

export const GOOD = googleClient('ok');

export interface Harness {
  replica: Replica;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, and uncaught page errors, of every page in the context. */
  problems: string[];
}

/**
 * Registers the hooks; the returned object is filled in before each test. The replica serves
 * the split install, or the paste file when REPLICA_LAYOUT=paste (the e2e-paste project runs
 * the main suites again that way).
 */
export function useHarness(options: { allowProblems?: boolean } = {}): Harness {
  const h = { problems: [] as string[] } as Harness;
  beforeAll(async () => {
    [h.replica, h.browser] = await Promise.all([
      startReplica({ layout: layoutFromEnv() }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.replica?.close();
  });
  beforeEach(async () => {
    h.problems = [];
    h.context = await h.browser.newContext();
    h.context.on('page', (page) => watch(page, h.problems));
    h.page = await h.context.newPage();
  });
  afterEach(async () => {
    await h.context?.close();
    if (!options.allowProblems) expect(h.problems).toEqual([]);
  });
  return h;
}

function watch(page: Page, problems: string[]) {
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    // The replica's own expected noise: failed loads it provokes on purpose (a 400 on save).
    if (message.type() === 'error' && /Failed to load resource/.test(text)) return;
    // The replica reporting its own simulated failures (e.g. the 2020 template throwing).
    if (text.startsWith('[replica]')) return;
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
}

/** Opens a scenario and waits for the editor (and so for the mashup to have had its chance). */
export async function open(h: Harness, scenario: string, extra = ''): Promise<void> {
  const state = await openEditor(h.page, h.replica, scenario, extra);
  expect(state).toBe('rendered');
  // The layout under test is the one served (REPLICA_LAYOUT, or the test's own replica=…).
  const src = await h.page
    .locator('script[data-replica-mashup]')
    .first()
    .getAttribute('src', {
      timeout: 1000,
    })
    .catch(() => null);
  const paste =
    /(?:^|[&?,=])paste(?:$|[&,])/.test(extra) ||
    (layoutFromEnv() === 'paste' && !/split/.test(extra));
  if (src) expect(src.includes('-paste/')).toBe(paste);
}

/** Opens a scenario with Google OAuth selected the way an admin does it. */
export async function openGoogle(h: Harness, scenario = 'new-profile', extra = ''): Promise<void> {
  await open(h, scenario, extra);
  await h.page.selectOption('#authDropDown', '1');
  await h.page.locator('tpgo-field-check#tpgo-client-id-check').waitFor({ state: 'attached' });
}

/** The visible text of a field check (its shadow root), whitespace collapsed. */
export function checkText(page: Page, which: 'client-id' | 'client-secret'): Promise<string> {
  return page
    .locator(`#tpgo-${which}-check`)
    .evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The `data-code`s the field check shows. */
export function shownCodes(page: Page, which: 'client-id' | 'client-secret'): Promise<string[]> {
  return page
    .locator(`#tpgo-${which}-check`)
    .evaluate((el) =>
      [...(el.shadowRoot?.querySelectorAll('[data-code]') ?? [])].map(
        (node) => (node as HTMLElement).dataset.code ?? '',
      ),
    );
}

export const announcement = (page: Page) => page.locator('#tpgo-announcer').textContent();

/**
 * The words of ours a person sees now: text nodes under our nodes (shadow roots included)
 * that the browser actually lays out (text in a closed <details> or a hidden element has no
 * boxes).
 */
export function visibleWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words: string[] = [];
    const walk = (root: Node) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const parent = node.parentElement;
          // Content of a closed <details> is skipped by checkVisibility (content-visibility).
          const shown =
            parent !== null &&
            parent.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) &&
            range.getClientRects().length > 0;
          if (shown) {
            words.push(
              ...(node.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)),
            );
          }
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const el = node as Element;
          if (el.localName === 'style' || el.localName === 'script') continue;
          if (el.shadowRoot) walk(el.shadowRoot);
          walk(el);
        }
      }
    };
    const tops = [...document.querySelectorAll('[data-tpgo]')].filter(
      (el) => !el.parentElement?.closest('[data-tpgo]'),
    );
    for (const top of tops) {
      if (top.shadowRoot) walk(top.shadowRoot);
      walk(top);
    }
    // Input values (the redirect URI's read-only field) count as what is read, too.
    for (const top of tops) {
      for (const input of top.shadowRoot?.querySelectorAll('input') ?? []) {
        if ((input as HTMLInputElement).value) words.push((input as HTMLInputElement).value);
      }
    }
    return words;
  });
}

/** Requests to the fake plugin API's profile endpoint. */
export function saveRequests(h: Harness) {
  return h.replica.requests.filter(
    (request) => request.method === 'POST' && request.path.includes('/Profiles/'),
  );
}

/**
 * A paste into a host field, as a browser delivers it: the whole value at once, then one input
 * event (fill() would type the value key by key in some cases; a paste does not).
 */
export async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate(
    ([sel, value]) => {
      const input = document.querySelector(sel!) as HTMLInputElement;
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, text],
  );
}
