// Renders images/highlighting.png for the README: a real example file, coloured by the extension's
// own TextMate grammar through vscode-textmate (the engine VS Code uses) with the colours of VS
// Code's Dark+ theme for the scopes it colours, and a real diagnostic from `policylang check`,
// drawn as VS Code draws one (wavy underline and a hover). Headless Chromium takes the picture.
//
//   npm run screenshot      (needs Debian's chromium: apt-get install -y chromium)
//
// What it does, so the picture can be trusted: copies examples/steenwijkerland to a temporary
// folder, misspells one reference (Effectiever -> Effectievr) in doelen.beleid, runs the CLI on
// the copy, and shows the lines around the diagnostic it reports.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repo = path.dirname(root);
const { loadThemedGrammar } = require(path.join(root, 'out-test', 'test', 'support', 'tokenizer.js'));
const { INITIAL } = require('vscode-textmate');
const { chromium } = require('playwright-core');

const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) {
  console.error(`screenshot: ${chromiumPath} not found; install it with: apt-get install -y chromium`);
  process.exit(2);
}

// ---- the example, with one mistake, and what the compiler says about it -------------------
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policylang-shot-'));
const kader = path.join(work, 'steenwijkerland');
fs.cpSync(path.join(repo, 'examples', 'steenwijkerland'), kader, { recursive: true });
const file = path.join(kader, 'doelen.beleid');
const original = fs.readFileSync(file, 'utf8');
const anchor = 'doel TevredenheidToegang';
const at = original.indexOf(anchor);
const typoAt = original.indexOf('draagt bij aan: Effectiever', at);
if (at < 0 || typoAt < 0) throw new Error('the example changed: update the anchor in scripts/screenshot.mjs');
fs.writeFileSync(file, original.slice(0, typoAt) + 'draagt bij aan: Effectievr' + original.slice(typoAt + 'draagt bij aan: Effectiever'.length));

const bundledCli = path.join(root, 'server', 'policylang');
const [command, args] = fs.existsSync(bundledCli)
  ? [bundledCli, []]
  : ['dotnet', ['run', '--project', path.join(repo, 'compiler', 'PolicyLang.Cli'), '--']];
const check = spawnSync(command, [...args, 'check', kader, '--format', 'json'], { encoding: 'utf8' });
const diagnostics = JSON.parse(check.stdout).diagnostics.filter((d) => d.file.endsWith('doelen.beleid'));
if (diagnostics.length !== 1) throw new Error(`expected one diagnostic in doelen.beleid, got ${JSON.stringify(diagnostics)}`);
const diagnostic = diagnostics[0];

// ---- colours: VS Code's Dark+ (dark_plus.json / dark_vs.json) for the scopes the grammar uses ----
const theme = {
  name: 'Dark+ (subset)',
  settings: [
    { settings: { foreground: '#D4D4D4', background: '#1E1E1E' } },
    { scope: 'comment', settings: { foreground: '#6A9955' } },
    { scope: 'string', settings: { foreground: '#CE9178' } },
    { scope: 'constant.character.escape', settings: { foreground: '#D7BA7D' } },
    { scope: 'constant.numeric', settings: { foreground: '#B5CEA8' } },
    { scope: 'keyword.other.unit', settings: { foreground: '#B5CEA8' } },
    { scope: 'constant.language', settings: { foreground: '#569CD6' } },
    { scope: 'keyword', settings: { foreground: '#569CD6' } },
    { scope: 'keyword.operator', settings: { foreground: '#D4D4D4' } },
    { scope: 'keyword.operator.wordlike', settings: { foreground: '#569CD6' } },
    { scope: 'entity.name.type', settings: { foreground: '#4EC9B0' } },
    { scope: 'support.type', settings: { foreground: '#4EC9B0' } },
    { scope: 'support.type.property-name', settings: { foreground: '#9CDCFE' } },
    { scope: 'variable', settings: { foreground: '#9CDCFE' } },
    { scope: 'invalid', settings: { foreground: '#F44747' } },
  ],
};
const { grammar, colorMap } = await loadThemedGrammar(theme);

// ---- the editor view -----------------------------------------------------------------------
const text = fs.readFileSync(file, 'utf8');
const lines = text.split(/\r?\n/);
const firstLine = text.slice(0, at).split('\n').length - 4; // 1-based: three comment lines above the doel
const lastLine = firstLine + 13;
const visibleColumns = 104;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// tokenizeLine2 gives each token's theme colour; the rule stack is carried from the top of the file.
const foregroundOf = (metadata) => colorMap[(metadata >>> 15) & 0x1ff];
let stack = INITIAL;
const coloured = lines.map((line) => {
  const result = grammar.tokenizeLine2(line, stack);
  stack = result.ruleStack;
  const spans = [];
  for (let i = 0; i < result.tokens.length; i += 2) {
    const end = i + 2 < result.tokens.length ? result.tokens[i + 2] : line.length;
    spans.push({ start: result.tokens[i], end, color: foregroundOf(result.tokens[i + 1]) });
  }
  return spans;
});

function lineHtml(number) {
  const line = lines[number - 1];
  const squiggle = number === diagnostic.line ? [diagnostic.column - 1, diagnostic.endLine === number ? diagnostic.endColumn - 1 : line.length] : null;
  let html = '';
  for (const span of coloured[number - 1]) {
    for (let c = span.start; c < Math.min(span.end, visibleColumns); c++) {
      const inSquiggle = squiggle && c >= squiggle[0] && c < squiggle[1];
      html += `<span style="color:${span.color}"${inSquiggle ? ' class="squiggle"' : ''}>${escape(line[c])}</span>`;
    }
  }
  return html;
}

const rows = [];
for (let n = firstLine; n <= lastLine; n++) {
  rows.push(`<div class="row"><span class="gutter">${n}</span><span class="code">${lineHtml(n)}</span></div>`);
  if (n === diagnostic.line) {
    rows.push(`<div class="hover" style="margin-left:calc(${diagnostic.column - 1}ch + 64px)"><span class="err">${escape(diagnostic.message)}</span> <span class="code-ref">policylang(${diagnostic.code})</span></div>`);
  }
}
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; background: #1e1e1e; font-family: 'DejaVu Sans Mono', monospace; font-size: 14px; }
  .tabs { background: #252526; color: #fff; font-family: 'DejaVu Sans', sans-serif; font-size: 13px; }
  .tab { display: inline-block; padding: 8px 16px; background: #1e1e1e; border-top: 1px solid #0078d4; }
  .tab .dirty { color: #f14c4c; margin-left: 8px; }
  .editor { padding: 6px 0 10px; width: calc(${visibleColumns}ch + 72px); overflow: hidden; }
  .row { white-space: pre; line-height: 20px; height: 20px; }
  .gutter { display: inline-block; width: 48px; padding-right: 16px; text-align: right; color: #858585; }
  .squiggle { text-decoration: underline wavy #f14c4c; text-decoration-skip-ink: none; text-underline-offset: 3px; }
  .hover { display: inline-block; margin: 2px 0 6px; padding: 6px 10px; background: #252526; border: 1px solid #454545; color: #cccccc; font-size: 13px; white-space: normal; max-width: 820px; }
  .hover .err { color: #cccccc; }
  .hover .code-ref { color: #9d9d9d; }
  .status { background: #007acc; color: #fff; font-family: 'DejaVu Sans', sans-serif; font-size: 12px; padding: 3px 10px; }
</style></head><body>
<div class="tabs"><span class="tab">doelen.beleid<span class="dirty">1</span></span></div>
<div class="editor">${rows.join('\n')}</div>
<div class="status">PolicyLang &nbsp;&nbsp; 1 fout &nbsp;&nbsp; ${escape(path.basename(file))} (${diagnostic.line},${diagnostic.column})</div>
</body></html>`;
fs.writeFileSync(path.join(work, 'view.html'), html);

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 400 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  const out = path.join(root, 'images', 'highlighting.png');
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out} (${diagnostic.code} at doelen.beleid(${diagnostic.line},${diagnostic.column}))`);
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
