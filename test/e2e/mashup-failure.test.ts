// When our own code fails, the host page does not notice: no page error, one prefixed console
// line, nothing of ours left half-placed, and the editor's own Sign in and Save unchanged.
import { describe, expect, it } from 'vitest';
import { GOOD, open, saveRequests, useHarness } from './mashup-support.js';

const h = useHarness({ allowProblems: true });

/** Registers a broken element under one of our tags before the mashup loads. */
async function breakElement(tag: string, property: string) {
  await h.page.addInitScript(
    ([tag, property]) => {
      class Broken extends HTMLElement {}
      Object.defineProperty(Broken.prototype, property, {
        set() {
          throw new Error('broken on purpose');
        },
        get() {
          return undefined;
        },
      });
      customElements.define(tag!, Broken);
    },
    [tag, property],
  );
}

describe('our code failing', () => {
  it.each([
    ['tpgo-redirect-uri', 'uri'],
    ['tpgo-field-check', 'findings'],
  ])(
    'a broken %s: the editor saves as without the mashup, one prefixed warning',
    async (tag, property) => {
      await breakElement(tag, property);
      await open(h, 'new-profile');
      await h.page.selectOption('#authDropDown', '1');
      await h.page.fill('#Name', 'gmail');
      await h.page.fill('#Login', GOOD.secret); // an error we would block on, were we working
      await h.page.fill('#Password', GOOD.secret);
      // Nothing half-placed, no attribute left on the host's inputs.
      expect(await h.page.locator('[data-tpgo]').count()).toBe(0);
      expect(await h.page.getAttribute('#Login', 'aria-describedby')).toBeNull();
      const before = saveRequests(h).length;
      await h.page.click('#save');
      await expect.poll(() => saveRequests(h).length).toBe(before + 1);
      // Picking the method again tries again, and fails as quietly.
      await h.page.selectOption('#authDropDown', '');
      await h.page.selectOption('#authDropDown', '1');
      expect(h.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
      const ours = h.problems.filter((p) => p.includes('[google-oauth-assistant]'));
      expect(ours).toEqual([
        'warning: [google-oauth-assistant] activate failed: Error: broken on purpose',
      ]);
      expect(ours.join(' ')).not.toContain(GOOD.secret);
      expect(h.problems.filter((p) => !p.includes('[google-oauth-assistant]'))).toEqual([]);
    },
  );
});
