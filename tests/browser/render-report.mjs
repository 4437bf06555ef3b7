// Opens an HTML report in Debian's headless Chromium and reports what a reader would see as JSON:
// console errors, page errors, failed requests, the number of charts, and a screenshot.
//   node render-report.mjs <report.html> <screenshot.png>
// Chromium is /usr/bin/chromium (installed by scripts/setup); playwright-core never downloads a browser.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [html, screenshot] = process.argv.slice(2);
if (!html || !screenshot) {
  console.error('usage: node render-report.mjs <report.html> <screenshot.png>');
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'policylang-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  viewport: { width: 1100, height: 900 },
});
const result = { consoleErrors: [], pageErrors: [], failedRequests: [], charts: 0, chartDoelen: [], title: '' };
try {
  const page = await context.newPage();
  page.on('console', m => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  page.on('pageerror', e => result.pageErrors.push(String(e)));
  page.on('requestfailed', r => result.failedRequests.push(r.url()));
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  result.title = await page.title();
  result.chartDoelen = await page.$$eval('svg.chart', svgs => svgs
    .filter(s => s.getBoundingClientRect().width > 0 && s.querySelector('.series, .point, .path, .target, .baseline'))
    .map(s => s.getAttribute('data-doel')));
  result.charts = await page.$$eval('svg.chart', svgs => svgs.length);
  await page.screenshot({ path: screenshot, fullPage: false });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
