import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from '../support/find-chromium.mjs';

describe('e2e project', () => {
  it('drives Chromium', async () => {
    const browser = await chromium.launch({
      executablePath: await requireChromium(),
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage();
    await page.setContent('<button>ok</button>');
    expect(await page.textContent('button')).toBe('ok');
    await browser.close();
  });
});
