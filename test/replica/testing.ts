// Helpers for tests that drive the replica in Chromium.
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from '../support/find-chromium.mjs';
import type { Replica } from './server.js';
import { scenario } from './scenarios.js';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await requireChromium(), args: CHROMIUM_ARGS });
}

/** The scenario's URL, with `extra` (e.g. 'replica=no-assistant' or 'rerender=2') added to its query. */
export function scenarioUrl(replica: Replica, name: string, extra = ''): string {
  const path = scenario(name).path;
  const joined = extra ? `${path}${path.includes('?') ? '&' : '?'}${extra}` : path;
  return `${replica.url}${joined}`;
}

/** Opens a scenario and waits until its editor has rendered or failed for good. */
export async function openEditor(
  page: Page,
  replica: Replica,
  name: string,
  extra = '',
): Promise<'rendered' | 'failed' | 'none'> {
  await page.goto(scenarioUrl(replica, name, extra));
  await page.waitForFunction(() => {
    const state = (window as unknown as { __replica?: { editorState: string } }).__replica;
    return state && state.editorState !== 'pending';
  });
  return page.evaluate(
    () =>
      (window as unknown as { __replica: { editorState: 'rendered' | 'failed' | 'none' } })
        .__replica.editorState,
  );
}

/** The text of `span.error[name=<field>ErrorLabel]`. */
export function errorLabel(page: Page, field: string): Promise<string> {
  return page.locator(`span.error[name="${field}ErrorLabel"]`).innerText();
}

/** A caption's own text (the p.label's first text node, before the error span). */
export function caption(page: Page, field: string): Promise<string | null> {
  return page
    .locator(`span.error[name="${field}ErrorLabel"]`)
    .evaluate((span) => span.parentElement?.firstChild?.nodeValue ?? null);
}
