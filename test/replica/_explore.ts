import { chromium } from 'playwright';
import { startReplica } from '/work/main/test/replica/server.ts';
import { CHROMIUM_ARGS, requireChromium } from '/work/main/test/support/find-chromium.mjs';
const replica = await startReplica({ port: 0 });
const browser = await chromium.launch({
  executablePath: await requireChromium(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('request', (r) =>
  console.log('request', r.method(), r.url(), r.postData()?.slice(0, 300) ?? ''),
);
const sc = replica.scenarios.find((s) => s.name === (process.argv[2] ?? 'new-profile'))!;
await page.goto(replica.url + sc.path + (process.argv[3] ?? ''));
await page.waitForSelector('#authDropDown');
await page.selectOption('#authDropDown', '1');
await page.fill('#Name', 'gmail');
await page.fill('#Login', 'GOCSPX-abcdefghijklmnopqrstuvwxyz12 ');
await page.fill(
  '#Password',
  '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com',
);
console.log(
  await page.evaluate(() => [
    document.querySelectorAll('tpgo-field-check').length,
    document.getElementById('Login')?.validationMessage,
    document.getElementById('Login')?.getAttribute('aria-describedby'),
  ]),
);
await page.click('#save');
await page.waitForTimeout(800);
console.log(await page.evaluate(() => [document.activeElement?.outerHTML.slice(0,80), document.querySelector('.tpgo-panel [role=alert]')?.outerHTML, document.querySelectorAll('.tpgo-panel').length]));
console.log('focused', await page.evaluate(() => document.activeElement?.id));
// console.log('alert', await page.locator('.tpgo-panel [role=alert]').textContent());
await page.screenshot({ path: '/tmp/shot.png', fullPage: true });
await browser.close();
await replica.close();
