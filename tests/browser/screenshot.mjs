// A screenshot of an HTML report in Debian's headless Chromium: the top of the page, or one element.
//   node screenshot.mjs <report.html> <out.png> [css-selector]
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [html, out, selector] = process.argv.slice(2);
if (!html || !out) {
  console.error('usage: node screenshot.mjs <report.html> <out.png> [css-selector]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  if (selector) await page.locator(selector).screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: false });
} finally {
  await browser.close();
}
