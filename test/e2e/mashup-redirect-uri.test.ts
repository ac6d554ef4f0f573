// Issue 22, item 9, end to end: in the editor's own markup the redirect URI is shown whole, at
// 1366×768 and in a narrow editor, for the replica's SaaS and on-premise acid pages and for the
// real lengths of a SaaS and an on-premise acid address; copyable whole, by Copy and by keyboard;
// with room between it and the Email Settings table above. (The replica has no mode serving
// Targetprocess's own 2020 stylesheet; the hostile-styles case stands in for unknown host CSS.)
import { describe, expect, it } from 'vitest';
import { openGoogle, useHarness, type Harness } from './mashup-support.js';

const h = useHarness();
const WIDE = { width: 1366, height: 768 };
/** The editor narrower than the address, the page still fitting the window. */
const NARROW = { width: 768, height: 768 };
const ACID = 'Z9Y8X7W6V5U4T3S2R1Q0';
const REAL = {
  saas: 'https://acme.tpondemand.com/Admin/Plugins.aspx',
  onPremise: `https://tp.example.com/TargetProcess/Admin/Plugins.aspx?acid=${ACID}0123456789ABCDEF`,
};

/** What the page shows of the address: text, overflow, characters drawn outside what shows them. */
function shown(h: Harness) {
  return h.page.locator('tpgo-redirect-uri').evaluate((el) => {
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="input"]')!;
    const clips = [box, el.closest('.pad-box') as HTMLElement | null, document.documentElement]
      .filter((c): c is HTMLElement => c !== null)
      .map((c) => c.getBoundingClientRect());
    const view = { left: 0, right: document.documentElement.clientWidth };
    const whole = document.createRange();
    if (box.firstChild) whole.selectNodeContents(box.firstChild);
    const node = box.firstChild;
    const text = node?.textContent ?? '';
    const outside: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(node!, i);
      range.setEnd(node!, i + 1);
      const r = range.getBoundingClientRect();
      const inside =
        r.width > 0 &&
        r.left >= view.left &&
        r.right <= view.right + 0.5 &&
        clips.every(
          (c) =>
            r.left >= c.left - 0.5 &&
            r.right <= c.right + 0.5 &&
            r.top >= c.top - 0.5 &&
            r.bottom <= c.bottom + 0.5,
        );
      if (!inside) outside.push(`${i}:${text[i]}`);
    }
    return {
      text,
      uri: (el as unknown as { uri: string }).uri,
      scrollWidth: box.scrollWidth,
      clientWidth: box.clientWidth,
      scrollHeight: box.scrollHeight,
      clientHeight: box.clientHeight,
      lines: new Set([...whole.getClientRects()].map((r) => Math.round(r.top))).size,
      pageFits: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      outside,
    };
  });
}

async function expectWhole(h: Harness, uri: string) {
  const s = await shown(h);
  expect(s.text).toBe(uri);
  expect(s.scrollWidth).toBeLessThanOrEqual(s.clientWidth);
  expect(s.scrollHeight).toBeLessThanOrEqual(s.clientHeight);
  expect(s.outside).toEqual([]);
  // The page itself fits the window: nothing is to be reached by scrolling sideways.
  expect(s.pageFits).toBe(true);
  return s;
}

const setUri = (h: Harness, uri: string) =>
  h.page.locator('tpgo-redirect-uri').evaluate(async (el, value) => {
    const redirect = el as unknown as { uri: string; updateComplete: Promise<unknown> };
    redirect.uri = value;
    await redirect.updateComplete;
  }, uri);

const PAGES = [
  ['SaaS', 'new-profile', '', '/Admin/Plugins.aspx'],
  [
    'on-premise with acid',
    'on-premise',
    `acid=${ACID}`,
    `/TargetProcess/Admin/Plugins.aspx?acid=${ACID}`,
  ],
] as const;

describe('the redirect URI is shown whole in the editor', () => {
  for (const [size, viewport] of [
    ['1366×768', WIDE],
    ['a narrow editor (768 px)', NARROW],
  ] as const) {
    it.each(PAGES)(
      `%s page at ${size}: every character on screen`,
      async (_k, scenario, extra, path) => {
        await h.page.setViewportSize(viewport);
        await openGoogle(h, scenario, extra);
        await expectWhole(h, `${h.replica.url}${path}`);
      },
    );

    it.each(Object.entries(REAL))(
      `a real %s address at ${size}: every character on screen`,
      async (_k, uri) => {
        await h.page.setViewportSize(viewport);
        await openGoogle(h, 'on-premise', `acid=${ACID}`);
        await setUri(h, uri);
        const s = await expectWhole(h, uri);
        // It wraps where it must and only there: one line at 1366 px.
        if (viewport === WIDE) expect(s.lines).toBe(1);
        else if (uri === REAL.onPremise) expect(s.lines).toBeGreaterThan(1);
      },
    );
  }

  it('stays whole under host styles that fight wrapping (nowrap, keep-all, a larger font)', async () => {
    await h.page.setViewportSize(NARROW);
    await openGoogle(h, 'on-premise', `acid=${ACID}`);
    await h.page.addStyleTag({
      content:
        '.pad-box, form { white-space: nowrap; word-break: keep-all; overflow-wrap: normal; text-overflow: ellipsis; font-size: 15px; user-select: none; }',
    });
    await setUri(h, REAL.onPremise);
    await expectWhole(h, REAL.onPremise);
  });

  it('leaves room between the Email Settings table and the address', async () => {
    await h.page.setViewportSize(WIDE);
    await openGoogle(h);
    const gap = await h.page.evaluate(() => {
      const el = document.querySelector('tpgo-redirect-uri')!;
      // The last table before the address: the editor's Email Settings.
      const table = [...document.querySelectorAll('table')]
        .filter((t) => t.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
        .pop()!;
      const label = el.shadowRoot!.querySelector('[part="label"]')!;
      return label.getBoundingClientRect().top - table.getBoundingClientRect().bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['1366×768', WIDE],
    ['768 px', NARROW],
  ] as const)(
    'at %s, Copy and the keyboard copy exactly the address, no line break',
    async (_s, viewport) => {
      await h.page.setViewportSize(viewport);
      await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: h.replica.url,
      });
      await openGoogle(h, 'on-premise', `acid=${ACID}`);
      await setUri(h, REAL.onPremise);
      const clipboard = () => h.page.evaluate(() => navigator.clipboard.readText());
      const redirect = h.page.locator('tpgo-redirect-uri');
      await redirect.getByRole('button', { name: /copy/i }).click();
      await expect.poll(clipboard).toBe(REAL.onPremise);
      await h.page.evaluate(() => navigator.clipboard.writeText('-'));
      // By keyboard: Tab from the Port field lands on the address, selected whole; Ctrl+C copies it.
      await h.page.focus('#Port');
      await h.page.keyboard.press('Tab');
      const focused = await redirect.evaluate(
        (el) => el.shadowRoot!.activeElement?.getAttribute('part') ?? null,
      );
      expect(focused).toBe('input');
      expect(await h.page.evaluate(() => document.getSelection()!.toString())).toBe(REAL.onPremise);
      await h.page.keyboard.press('Control+c');
      await expect.poll(clipboard).toBe(REAL.onPremise);
      expect(await redirect.getByRole('textbox', { name: 'Redirect URI' }).count()).toBe(1);
    },
  );
});
