// Development aid: `node scripts/screenshot.mjs URL out.png [width] [height]` renders a page in
// headless Chromium (Debian's, or CHROME_PATH), prints its console messages, and saves a screenshot
// (of the page, or of the first element matching SELECTOR). EVAL runs an expression first.
import {chromium} from 'playwright-core';

const [url, out = 'screenshot.png', width = '1280', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({viewport: {width: Number(width), height: Number(height)}});
page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
page.on('requestfailed', (request) => console.log(`[requestfailed] ${request.url().slice(0, 120)}`));
await page.goto(url, {waitUntil: 'load'});
await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
if (process.env.EVAL) console.log(await page.evaluate(process.env.EVAL));
if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().screenshot({path: out});
else await page.screenshot({path: out, fullPage: process.env.FULL === '1'});
await browser.close();
