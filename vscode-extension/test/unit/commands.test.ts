import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeEach, test } from 'node:test';
import * as vscode from '../stub/vscode';
import { buildMonitor, checkKader, failureOf, registerCommands, reportFileFor, runMonitor, type CommandDeps } from '../../src/commands';
import type { ProcessResult } from '../../src/processRunner';
import { readSettings } from '../../src/settings';

interface Call { command: string; args: readonly string[]; cwd: string }

function deps(options: { values?: Record<string, unknown>; answer?: (call: Call) => ProcessResult; cliMissing?: boolean }) {
  const calls: Call[] = [];
  const d: CommandDeps = {
    settings: () => readSettings((k) => options.values?.[k]),
    locateCli: () => (options.cliMissing ? { ok: false, reason: { nl: 'policylang niet gevonden', en: 'policylang not found' } } : { ok: true, path: '/bin/policylang', source: 'path' }),
    run: async (command, args, cwd) => {
      const call = { command, args, cwd };
      calls.push(call);
      return options.answer?.(call) ?? { exitCode: 0, stdout: '', stderr: '' };
    },
    output: vscode.window.createOutputChannel('PolicyLang') as never,
    host: () => ({ platform: 'linux', arch: 'x64', homeDir: '/home/ann', workspaceFolder: '/ws' }),
  };
  return { deps: d, calls };
}

const checkJson = (errors: number, warnings = 0, infos = 0) => JSON.stringify({
  diagnostics: errors ? [{ file: 'k/doelen.beleid', line: 2, column: 3, severity: 'error', code: 'PL2001', message: 'onbekend', related: [] }] : [],
  summary: { files: 3, errors, warnings, infos },
});

beforeEach(() => vscode.reset());

test('the three commands are registered under the ids package.json contributes', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
  const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
  registerCommands(deps({}).deps);
  for (const id of vscode.recorded.commands.keys()) assert.ok(contributed.includes(id), id);
  // restartServer is registered by extension.ts next to the server manager.
  assert.deepEqual([...vscode.recorded.commands.keys(), 'policylang.restartServer'].sort(), [...contributed].sort());
  // Dutch titles (package.nls.json, the default), English ids.
  const nls = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.nls.json'), 'utf8'));
  for (const c of manifest.contributes.commands) {
    assert.doesNotMatch(nls[c.title.replace(/%/g, '')], /\b(check|build|run|restart|server|report)\b/i);
    assert.match(c.command, /^policylang\.[a-z]+[A-Za-z]*$/);
  }
});

test('check runs on the folder of the open .beleid file and reports errors in the output and a warning', async () => {
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: '/ws/kader/doelen.beleid' };
  const { deps: d, calls } = deps({ answer: () => ({ exitCode: 1, stdout: checkJson(1), stderr: '' }) });
  await checkKader(d);
  assert.deepEqual(calls, [{ command: '/bin/policylang', args: ['check', '/ws/kader', '--format', 'json', '--taal', 'nl'], cwd: '/ws/kader' }]);
  assert.ok(vscode.recorded.output.join('').includes('/ws/kader/k/doelen.beleid(2,3): error PL2001: onbekend'), 'an absolute, clickable location');
  assert.deepEqual(vscode.recorded.warnings, ['Het kader heeft 1 fout(en), 0 waarschuwing(en) en 0 melding(en) ter info. Zie de uitvoer \'PolicyLang\'.']);
  assert.deepEqual(vscode.recorded.errors, []);
});

test('a clean check says so, in English when taal is en', async () => {
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: '/ws/kader/doelen.beleid' };
  const { deps: d, calls } = deps({ values: { taal: 'en' }, answer: () => ({ exitCode: 0, stdout: checkJson(0, 2, 3), stderr: '' }) });
  await checkKader(d);
  assert.equal(calls[0].args.at(-1), 'en');
  assert.deepEqual(vscode.recorded.infos, ['Kader OK: 3 file(s), no errors, 2 warning(s), 3 info(s).'], 'the infos are counted too');
});

test('without an open .beleid file the only kader folder is used; several are offered in a pick list', async () => {
  vscode.script.findFiles = ['/ws/a/x.beleid', '/ws/a/y.beleid'];
  const one = deps({ answer: () => ({ exitCode: 0, stdout: checkJson(0), stderr: '' }) });
  await checkKader(one.deps);
  assert.equal(one.calls[0].args[1], path.resolve('/ws/a'));

  vscode.reset();
  vscode.script.findFiles = ['/ws/a/x.beleid', '/ws/b/y.beleid'];
  vscode.script.quickPick = (labels) => labels.indexOf('b');
  const two = deps({ answer: () => ({ exitCode: 0, stdout: checkJson(0), stderr: '' }) });
  await checkKader(two.deps);
  assert.deepEqual(vscode.recorded.quickPicks, [['a', 'b']]);
  assert.equal(two.calls[0].args[1], path.resolve('/ws/b'));
});

test('no .beleid anywhere: a warning and no CLI call', async () => {
  const { deps: d, calls } = deps({});
  await checkKader(d);
  assert.equal(calls.length, 0);
  assert.equal(vscode.recorded.warnings.length, 1);
});

test('a missing CLI gives exactly one error message and runs nothing', async () => {
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: '/ws/k/a.beleid' };
  const { deps: d, calls } = deps({ cliMissing: true });
  await buildMonitor(d);
  assert.deepEqual(vscode.recorded.errors, ['policylang niet gevonden']);
  assert.equal(calls.length, 0);
});

test('build writes to bin beside the kader by default, or to the configured folder', async () => {
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: '/ws/k/a.beleid' };
  const byDefault = deps({});
  await buildMonitor(byDefault.deps);
  assert.deepEqual(byDefault.calls[0].args, ['build', '/ws/k', '-o', path.join('/ws/k', 'bin'), '--taal', 'nl']);
  assert.deepEqual(vscode.recorded.infos, [`Monitor gebouwd in ${path.join('/ws/k', 'bin')}.`]);

  const configured = deps({ values: { 'monitor.outputFolder': 'monitors' } });
  await buildMonitor(configured.deps);
  assert.equal(configured.calls[0].args[3], '/ws/monitors');
});

test('a usage error (exit 2) shows the first stderr line and the output', async () => {
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: '/ws/k/a.beleid' };
  const { deps: d } = deps({ answer: () => ({ exitCode: 2, stdout: '', stderr: "policylang: onbekend commando 'build'\nmeer\n" }) });
  await buildMonitor(d);
  assert.deepEqual(vscode.recorded.errors, ["'policylang build' is mislukt: policylang: onbekend commando 'build'"]);
  assert.ok(vscode.recorded.outputShown > 0);
});

test('failureOf: exit 1 is an answer for check only; a start failure is always a failure', () => {
  assert.equal(failureOf({ exitCode: 1, stdout: '', stderr: '' }, 'check', 'nl'), undefined);
  assert.match(failureOf({ exitCode: 1, stdout: '', stderr: '' }, 'build', 'en')!, /failed: exit code 1/);
  assert.match(failureOf({ exitCode: null, stdout: '', stderr: '', failure: 'spawn ENOENT' }, 'check', 'nl')!, /spawn ENOENT/);
});

test('run monitor: asks for the metingen file, runs the CLI and shows the report in a webview without network', async () => {
  const kader = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-kader-'));
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: path.join(kader, 'doelen.beleid') };
  vscode.script.openDialog = [path.join(kader, 'metingen 2024.csv')];
  const { deps: d, calls } = deps({
    answer: (call) => {
      const report = call.args[call.args.indexOf('--rapport') + 1];
      fs.writeFileSync(report, '<html><head><title>r</title></head><body>groen</body></html>');
      return { exitCode: 0, stdout: '', stderr: '' };
    },
  });
  await runMonitor(d);
  const expectedReport = reportFileFor(path.join(kader, 'bin'), 'metingen 2024.csv');
  assert.deepEqual(calls[0].args, ['monitor', kader, '--metingen', path.join(kader, 'metingen 2024.csv'), '--rapport', expectedReport, '--taal', 'nl']);
  assert.equal(vscode.recorded.webviews.length, 1);
  assert.match(vscode.recorded.webviews[0].html, /<head><meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*"><title>r<\/title>/);
  assert.ok(vscode.recorded.webviews[0].html.includes('groen'));
  fs.rmSync(kader, { recursive: true, force: true });
});

test('run monitor twice: one report tab, showing the newest report', async () => {
  const kader = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-kader-'));
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: path.join(kader, 'doelen.beleid') };
  let run = 0;
  const { deps: d } = deps({
    answer: (call) => {
      fs.writeFileSync(call.args[call.args.indexOf('--rapport') + 1], `<html><head></head><body>run ${++run}</body></html>`);
      return { exitCode: 0, stdout: '', stderr: '' };
    },
  });
  vscode.script.openDialog = [path.join(kader, 'a.csv')];
  await runMonitor(d);
  vscode.script.openDialog = [path.join(kader, 'b.csv')];
  await runMonitor(d);
  assert.equal(vscode.recorded.webviews.length, 1, 'the second run reuses the tab');
  assert.ok(vscode.recorded.webviews[0].html.includes('run 2'));
  assert.match(vscode.recorded.webviews[0].title, /stoplichtrapport-b\.html$/);
  assert.equal(vscode.recorded.webviews[0].revealed, 2);
  fs.rmSync(kader, { recursive: true, force: true });
});

test('a source location clicked in the report opens the .beleid file at that line, and only inside the kader', async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-parent-'));
  const kader = path.join(parent, 'steenwijkerland');
  fs.mkdirSync(kader);
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: path.join(kader, 'doelen.beleid') };
  vscode.script.openDialog = [path.join(kader, 'm.csv')];
  const { deps: d } = deps({
    answer: (call) => {
      fs.writeFileSync(call.args[call.args.indexOf('--rapport') + 1], '<html><head></head><body><p class="source">steenwijkerland/doelen.beleid:221</p></body></html>');
      return { exitCode: 0, stdout: '', stderr: '' };
    },
  });
  await runMonitor(d);
  const view = vscode.recorded.webviews[0];
  assert.match(view.html, /acquireVsCodeApi\(\).*p\.source.*postMessage\(\{type:'openSource'/s, 'the report gets the link script');
  view.messages[0]({ type: 'openSource', source: 'steenwijkerland/doelen.beleid:221' });
  view.messages[0]({ type: 'openSource', source: '../etc/passwd.beleid:1' });
  view.messages[0]({ type: 'openSource', source: 'steenwijkerland/metingen.csv:3' });
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(vscode.recorded.shownDocuments, [{ fsPath: path.join(kader, 'doelen.beleid'), line: 220 }]);
  fs.rmSync(parent, { recursive: true, force: true });
});

test('run monitor opens the report in the browser when so configured; cancelling the dialog runs nothing', async () => {
  const kader = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-kader-'));
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: path.join(kader, 'doelen.beleid') };
  const cancelled = deps({});
  await runMonitor(cancelled.deps);
  assert.equal(cancelled.calls.length, 0);

  vscode.script.openDialog = [path.join(kader, 'm.json')];
  const browser = deps({ values: { 'report.openIn': 'browser' } });
  await runMonitor(browser.deps);
  assert.deepEqual(vscode.recorded.opened, [reportFileFor(path.join(kader, 'bin'), 'm.json')]);
  assert.equal(vscode.recorded.webviews.length, 0);
  fs.rmSync(kader, { recursive: true, force: true });
});

test('run monitor: exit 1 with a fresh report still opens it; exit 1 without one is an error, and an old report is not shown', async () => {
  const kader = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-kader-'));
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: path.join(kader, 'doelen.beleid') };
  vscode.script.openDialog = [path.join(kader, 'm.csv')];
  const report = reportFileFor(path.join(kader, 'bin'), 'm.csv');
  const written = deps({
    answer: (call) => {
      fs.writeFileSync(call.args[call.args.indexOf('--rapport') + 1], '<p>rood</p>');
      return { exitCode: 1, stdout: '', stderr: '' };
    },
  });
  await runMonitor(written.deps);
  assert.equal(vscode.recorded.webviews.length, 1);
  assert.deepEqual(vscode.recorded.errors, []);

  vscode.reset();
  vscode.script.activeDocument = { languageId: 'beleid', fsPath: path.join(kader, 'doelen.beleid') };
  vscode.script.openDialog = [path.join(kader, 'm.csv')];
  assert.ok(fs.existsSync(report), 'the first run left a report');
  const failed = deps({ answer: () => ({ exitCode: 1, stdout: '', stderr: 'policylang: metingen.csv(3,1): onbekende indicator\n' }) });
  await runMonitor(failed.deps);
  assert.equal(vscode.recorded.webviews.length, 0);
  assert.deepEqual(vscode.recorded.errors, ["'policylang monitor' is mislukt: policylang: metingen.csv(3,1): onbekende indicator"]);
  fs.rmSync(kader, { recursive: true, force: true });
});
