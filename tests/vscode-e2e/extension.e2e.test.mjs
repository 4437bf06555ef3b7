// The extension in a real VS Code (issue 17): the .vsix as a release builds it, installed into a
// fresh code-server profile, used through headless Chromium as a policy writer would, once in a
// trusted folder and once in Restricted Mode. Screenshots go to artifacts/ (git-ignored).
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createProfile, installExtension, startCodeServer } from './codeServer.mjs';
import { launchChromium, Workbench } from './workbench.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const extensionRoot = path.join(repo, 'vscode-extension');
const artifacts = path.join(here, 'artifacts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policylang-vscode-e2e-'));
const vsix = path.join(work, 'policylang.vsix');

/** The typo the test makes: doel TevredenheidToegang contributes to Effectiever (doelen.beleid). */
const typoFile = 'doelen.beleid';
const typoLine = 'draagt bij aan: Effectiever';
const typoGoal = 'doel TevredenheidToegang';

/** Settings of a clean profile: no welcome page, no chat side bar, the default dark theme. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

const timings = {};
const cleanups = [];

function copyExample(name) {
  const folder = path.join(work, name, 'steenwijkerland');
  fs.cpSync(path.join(repo, 'examples', 'steenwijkerland'), folder, { recursive: true });
  return folder;
}

/** `policylang check` on the folder with the CLI the .vsix bundles: what the Problems panel must show. */
function cliCount(folder) {
  const cli = path.join(extensionRoot, 'server', 'policylang');
  const result = spawnSync(cli, ['check', folder, '--format', 'json'], { encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `policylang check failed: ${result.stderr}`);
  return JSON.parse(result.stdout).diagnostics.length;
}

/** policylang check's count for the folder with the typo made on disk, in a copy of its own. */
function cliCountWithTypo(folder) {
  const copy = path.join(work, `typo-${path.basename(path.dirname(folder))}`);
  // From the repository's example, not the open folder: the editor may have saved its buffer there
  // already (the typo in it), and then the line to change would not be found.
  fs.cpSync(path.join(repo, 'examples', 'steenwijkerland'), copy, { recursive: true });
  const file = path.join(copy, typoFile);
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(typoLine, text.indexOf(typoGoal));
  assert.ok(at >= 0, `'${typoLine}' after '${typoGoal}' in ${file}`);
  fs.writeFileSync(file, text.slice(0, at) + typoLine.replace('Effectiever', 'Effectievr') + text.slice(at + typoLine.length));
  return cliCount(copy);
}

/** One-based line and column of `needle` after `anchor` in the file. */
function positionOf(file, anchor, needle) {
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(needle, text.indexOf(anchor));
  assert.ok(at >= 0, `the example changed: "${needle}" after "${anchor}" not found in ${file}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

before(() => {
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  // scripts/test has just published server/ for the packaging test; POLICYLANG_SKIP_PUBLISH=1 reuses it.
  execFileSync(process.execPath, [path.join(extensionRoot, 'scripts', 'package.mjs'), '--out', vsix], { cwd: extensionRoot, stdio: ['ignore', 'ignore', 'inherit'] });
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`timings (ms): ${JSON.stringify(timings)}`);
});

/** code-server + Chromium for one profile; both are stopped in `after`, also when a test fails. */
async function session(name, { trusted, folder }) {
  const profile = createProfile(work, name, userSettings);
  installExtension(profile, vsix);
  const server = await startCodeServer(profile, path.join(artifacts, `code-server-${name}.log`), { trusted });
  cleanups.push(() => server.stop());
  const browser = await launchChromium(path.join(work, name, 'chromium'));
  cleanups.push(() => browser.close());
  return Workbench.open(browser, server.url, folder, artifacts);
}

/** What both modes support: grammar, the bundled server's diagnostics, quick fix, hover, completion. */
async function editorFeatures(workbench, folder, mode) {
  const expected = cliCount(folder);
  const expectedWithTypo = cliCountWithTypo(folder);
  const opened = Date.now();
  await workbench.openFile(typoFile);
  assert.equal(await workbench.languageMode(), 'PolicyLang');
  await workbench.waitForProblems((c) => c.errors + c.warnings + c.infos > 0, 'the first diagnostics');
  timings[`${mode}: open → first diagnostics`] = Date.now() - opened;
  const counts = await workbench.waitForProblems((c) => c.errors + c.warnings + c.infos === expected, `${expected} problems (policylang check)`);
  assert.equal(counts.errors, 0);
  assert.equal(await workbench.problemsPanelTotal(), expected, 'the Problems panel shows what policylang check reports');
  await workbench.screenshot(`${mode}-1-opened`);

  // A typo in a reference: PL2001 with the "bedoelde je" quick fix, gone once fixed.
  const at = positionOf(path.join(folder, typoFile), typoGoal, typoLine);
  const id = at.column + 'draagt bij aan: '.length;
  await workbench.goTo(at.line, id + 'Effectiever'.length - 1);
  const typed = Date.now();
  await workbench.page.keyboard.press('Backspace'); // Effectiever -> Effectievr
  await workbench.squiggles('error').first().waitFor({ timeout: 60_000 });
  timings[`${mode}: typo → squiggle`] = Date.now() - typed;
  await workbench.waitForProblems((c) => c.errors === 1 && c.errors + c.warnings + c.infos === expectedWithTypo, `one error, ${expectedWithTypo} problems after the typo (policylang check)`);
  await workbench.goTo(at.line, id + 2);
  const problemHover = await workbench.hoverAtCursor({ keepOpen: true });
  assert.match(problemHover, /PL2001/);
  assert.match(problemHover, /Effectiever/, 'the hover names the doel that was meant');
  await workbench.screenshot(`${mode}-2-typo-hover`);
  await workbench.page.keyboard.press('Escape');
  const fixes = await workbench.quickFixes();
  const fix = fixes.find((title) => title.includes('Effectiever'));
  assert.ok(fix, `a quick fix to Effectiever; offered: ${JSON.stringify(fixes)}`);
  await workbench.screenshot(`${mode}-3-quick-fix`);
  await workbench.chooseQuickFix('Effectiever');
  await workbench.waitForProblems((c) => c.errors === 0 && c.errors + c.warnings + c.infos === expected, 'the error to disappear after the fix');
  assert.equal(await workbench.squiggles('error').count(), 0);

  // Hover on the reference shows the doel it names.
  await workbench.goTo(at.line, id + 3);
  const hover = await workbench.hoverAtCursor();
  assert.match(hover, /Effectiever|vangnetvoorzieningen/);

  // Completion after `draagt bij aan: ` opens by itself on the space and lists doel ids.
  await workbench.goTo(at.line, id);
  await workbench.page.keyboard.press('Shift+End');
  await workbench.page.keyboard.press('Delete');
  await workbench.page.keyboard.press('Backspace');
  await workbench.page.keyboard.type(' ');
  const labels = await workbench.suggestions();
  assert.ok(labels.length > 0 && labels.every((label) => /^[A-Z][A-Za-z0-9]*$/.test(label)), `completion lists doel ids right after the space; got ${JSON.stringify(labels)}`);
  await workbench.page.keyboard.type('Effectie');
  await workbench.suggestWidget().locator('.monaco-list-row', { hasText: 'Effectiever' }).first().waitFor({ timeout: 30_000 });
  await workbench.screenshot(`${mode}-4-completion`);
  // Accepting it restores the reference: the kader is clean again (the monitor lens needs that).
  await workbench.suggestWidget().locator('.monaco-list-row', { hasText: 'Effectiever' }).first().click();
  await workbench.waitForProblems((c) => c.errors === 0 && c.errors + c.warnings + c.infos === expected, 'a clean kader after accepting the completion');
  await workbench.page.keyboard.press('Control+S');
}

/** The labels the suggest widget shows after typing `prefix` and asking (Ctrl+Space); [] when it shows none. */
async function completionsAfterTyping(workbench, prefix) {
  await workbench.page.keyboard.type(prefix);
  await workbench.page.keyboard.press('Control+Space');
  const labels = await workbench.suggestions().catch(() => []);
  await workbench.page.keyboard.press('Escape');
  for (let i = 0; i < prefix.length; i++) await workbench.page.keyboard.press('Backspace');
  return labels;
}

/** Element snippets only where the element may stand, and `doel` once at top level. */
async function snippetPlaces(workbench, folder) {
  await workbench.openFile(typoFile);
  const at = positionOf(path.join(folder, typoFile), typoGoal, 'nummer: 16');
  await workbench.goTo(at.line, at.column);
  await workbench.page.keyboard.press('Home');
  await workbench.page.keyboard.press('Enter');
  await workbench.page.keyboard.press('ArrowUp');
  const inDoel = await completionsAfterTyping(workbench, 'be');
  assert.ok(!inDoel.includes('begroting') && !inDoel.includes('besluit'), `no block snippets inside a doel body; got ${JSON.stringify(inDoel)}`);
  await workbench.goTo(1, 1);
  await workbench.page.keyboard.press('Enter');
  await workbench.page.keyboard.press('ArrowUp');
  const top = await completionsAfterTyping(workbench, 'be');
  assert.ok(top.includes('begroting') && top.includes('besluit'), `block snippets at top level; got ${JSON.stringify(top)}`);
  const doel = await completionsAfterTyping(workbench, 'doel');
  assert.equal(doel.filter((label) => label === 'doel').length, 1, `doel once at top level; got ${JSON.stringify(doel)}`);
}

describe('the extension in code-server, trusted folder', () => {
  const folder = copyExample('trusted');
  let workbench;
  before(async () => { workbench = await session('trusted', { trusted: true, folder }); });

  test('with no .beleid editor open the palette offers the PolicyLang commands, in the UI language (English here)', async () => {
    // Activation takes a moment after the workbench appears; the entries come with it.
    let entries = [];
    for (let attempt = 0; attempt < 20 && entries.length < 4; attempt++) {
      entries = (await workbench.paletteEntries('PolicyLang:')).filter((e) => e.startsWith('PolicyLang:'));
      if (entries.length < 4) await workbench.page.waitForTimeout(1000);
    }
    for (const title of ['Check kader', 'Build monitor', 'Run monitor on measurements…', 'Restart language server']) {
      assert.ok(entries.some((e) => e.includes(title)), `"PolicyLang: ${title}" in the palette; got ${JSON.stringify(entries)}`);
    }
  });

  test('language mode, Problems equal to policylang check, PL2001 with quick fix, hover, completion', async () => {
    await editorFeatures(workbench, folder, 'trusted');
  });

  test('element snippets only where the element may stand, doel once', async () => {
    await snippetPlaces(workbench, folder);
  });

  test('a code lens above a measured doel shows its stoplicht; clicking it opens the report', async () => {
    const started = Date.now();
    await workbench.openFile('bijlage2-03-participatiewet.beleid');
    await workbench.goTo(146, 1);
    // PartExtraUitstroom: its target year 2016 is over, so the verdict is final (docs/monitoring.md §4.1).
    const lens = workbench.page.locator('.monaco-editor .codelens-decoration', { hasText: 'niet behaald' }).first();
    await lens.waitFor({ timeout: 120_000 }).catch(async (error) => {
      await workbench.screenshot('trusted-5-lens-missing');
      throw error;
    });
    timings['trusted: open → stoplicht lens'] = Date.now() - started;
    assert.match(await lens.textContent(), /🔴 niet behaald · laatste 170 \(2016\) · streefwaarde 200 in 2016/);
    await lens.locator('a').first().click();
    await workbench.page.locator('.tab', { hasText: 'Stoplichtrapport' }).first().waitFor({ timeout: 60_000 });
    await workbench.screenshot('trusted-5-lens-report');
    // Keyboard focus back from the report's webview to the editor, for the next test.
    await workbench.page.locator('.tab', { hasText: 'bijlage2-03-participatiewet.beleid' }).first().click();
  });
});

describe('the extension in code-server, Restricted Mode', () => {
  const folder = copyExample('restricted');
  // A workspace that names its own server must not get it run (restrictedConfigurations).
  fs.mkdirSync(path.join(folder, '.vscode'));
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'policylang.server.path': path.join(folder, 'not-a-server'), 'policylang.cli.path': path.join(folder, 'not-a-cli') }));
  let workbench;
  before(async () => { workbench = await session('restricted', { trusted: false, folder }); });

  test('the folder opens in Restricted Mode and the bundled server still serves it', async () => {
    await workbench.page.locator('[id="status.workspaceTrust"], .statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60_000 });
    await editorFeatures(workbench, folder, 'restricted');
  });

  test('Check kader stays; Build and Run monitor (they execute generated code) wait for trust', async () => {
    const entries = (await workbench.paletteEntries('PolicyLang:')).filter((e) => e.startsWith('PolicyLang:'));
    assert.ok(entries.some((e) => e.includes('Check kader')), JSON.stringify(entries));
    assert.ok(!entries.some((e) => e.includes('Build monitor') || e.includes('Run monitor')), `no monitor commands in Restricted Mode; got ${JSON.stringify(entries)}`);
  });
});
