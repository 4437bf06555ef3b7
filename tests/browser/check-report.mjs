// Reads an HTML stoplicht report in Debian's headless Chromium as a raad member (and a screen
// reader) would, and reports as JSON what the Browser tests check: errors and failed requests,
// the rood/oranje doelen in the summary, every card's heading and figures with its unit label,
// the axe-core violations (WCAG 2.1 A and AA), and the report printed to an A4 PDF.
//   node check-report.mjs <report.html> <out.pdf>
// Chromium is /usr/bin/chromium and axe-core comes from node_modules (both installed by scripts/setup).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [html, pdf] = process.argv.slice(2);
if (!html || !pdf) {
  console.error('usage: node check-report.mjs <report.html> <out.pdf>');
  process.exit(2);
}
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const profile = mkdtempSync(join(tmpdir(), 'policylang-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  viewport: { width: 1100, height: 900 },
});
const result = { consoleErrors: [], pageErrors: [], failedRequests: [], scripts: 0, attention: [], cards: [], programmes: [], violations: [], passes: 0 };
try {
  const page = await context.newPage();
  page.on('console', m => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  page.on('pageerror', e => result.pageErrors.push(String(e)));
  page.on('requestfailed', r => result.failedRequests.push(r.url()));
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  result.scripts = await page.$$eval('script', s => s.length);
  result.attention = await page.$$eval('ul.attention li', items => items.map(li => ({
    id: li.getAttribute('data-doel'), text: li.innerText, visible: li.getBoundingClientRect().height > 0,
  })));
  result.cards = await page.$$eval('article.doel', cards => cards.map(a => ({
    id: a.getAttribute('data-doel'),
    heading: a.querySelector('h4')?.innerText ?? '',
    unit: a.getAttribute('data-eenheid'),
    figures: [...a.querySelectorAll('table.figures tr')].map(tr => ({ key: tr.getAttribute('data-soort'), text: tr.querySelector('td')?.innerText ?? '' })),
    measured: [...a.querySelectorAll('table.chart-table tbody tr')].map(tr => tr.querySelectorAll('td')[0]?.innerText ?? ''),
    chart: a.querySelector('svg.chart') !== null,
  })));
  result.programmes = await page.$$eval('section.programme', s => s.map(x => x.getAttribute('data-titel')));
  // axe-core is injected only for the check: the report itself has no script.
  await page.addScriptTag({ path: axePath });
  const axe = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  result.violations = axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html.slice(0, 200)) }));
  result.passes = axe.passes.length;
  await page.reload({ waitUntil: 'load' }); // print the page as it is, without axe
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
