import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { formatDiagnostics, parseCheckOutput, checkArgs } from '../../src/cliCommands';
import { CliExecutableName } from '../../src/cliLocation';
import { ServerExecutableName } from '../../src/serverLocation';
import { initializeOverStdio } from '../support/lspProbe';
import { extract, readVsix, type VsixEntry } from '../support/vsix';

/**
 * Builds the .vsix exactly as a release does (scripts/package.mjs: esbuild bundle, self-contained
 * linux-x64 publish, @vscode/vsce) and checks what a policy writer would install.
 */
const root = path.join(__dirname, '../../..');
const repo = path.dirname(root);
const serverProject = path.join(repo, 'language-server', 'PolicyLang.LanguageServer');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policylang-vsix-'));
const vsixFile = path.join(work, 'policylang.vsix');
const installed = path.join(work, 'installed');
let entries: Map<string, VsixEntry>;

before(async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'package.mjs'), '--out', vsixFile], { cwd: root, stdio: 'inherit' });
  entries = await readVsix(vsixFile);
  extract(entries, 'extension/', installed);
});

test('the .vsix holds the manifest, the bundle, the grammar, the snippets and the language configuration', () => {
  for (const name of ['extension/package.json', 'extension/out/extension.js', 'extension/syntaxes/beleid.tmLanguage.json', 'extension/snippets/beleid.code-snippets', 'extension/language-configuration.json', 'extension.vsixmanifest']) {
    assert.ok(entries.has(name), `${name} is missing`);
  }
  assert.deepEqual(entries.get('extension/syntaxes/beleid.tmLanguage.json')!.data, fs.readFileSync(path.join(root, 'syntaxes', 'beleid.tmLanguage.json')));
  assert.deepEqual(entries.get('extension/snippets/beleid.code-snippets')!.data, fs.readFileSync(path.join(root, 'snippets', 'beleid.code-snippets')));
  assert.match(entries.get('extension.vsixmanifest')!.data.toString(), /TargetPlatform="linux-x64"/);
  assert.ok(readme(), 'the README is missing');
});

/** vsce stores the README under a lower-case name. */
function readme(): string | undefined {
  return [...entries.values()].find((e) => e.name.toLowerCase() === 'extension/readme.md')?.data.toString();
}

test('every path the packaged manifest names is in the .vsix', () => {
  const manifest = JSON.parse(entries.get('extension/package.json')!.data.toString());
  const paths = [manifest.main, ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration), ...manifest.contributes.grammars.map((g: { path: string }) => g.path), 'snippets/beleid.code-snippets'];
  for (const p of paths) assert.ok(entries.has(path.posix.join('extension', p)), `${p} named in package.json but not packaged`);
  for (const [, image] of (readme() ?? '').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) assert.ok(entries.has(path.posix.join('extension', image)), `README image ${image} not packaged`);
});

test('no sources, tests or node_modules are shipped: the bundle is self-sufficient', () => {
  const stray = [...entries.keys()].filter((n) => /node_modules|\/src\/|\/test\/|\.ts$|tsconfig|out-test/.test(n));
  assert.deepEqual(stray, []);
  const bundle = entries.get('extension/out/extension.js')!.data.toString();
  assert.doesNotMatch(bundle, /require\("vscode-languageclient/);
  assert.match(bundle, /require\("vscode"\)/);
});

test('the bundled policylang CLI is executable, needs no installed .NET, and the extension reads its output', () => {
  const cli = path.join(installed, 'server', CliExecutableName);
  assert.ok(entries.get(`extension/server/${CliExecutableName}`)!.mode & 0o100, 'policylang is not executable in the .vsix');
  const kader = fs.mkdtempSync(path.join(work, 'kader-'));
  fs.writeFileSync(path.join(kader, 'kader.beleid'), 'kader K "Voorbeeld" {\n  gemeente: "Voorbeeldstad"\n  periode: 2017 t/m 2020\n}\ndoel D "Doel" {\n  draagt bij aan: Onbekend\n  meetbaar: nee\n  reden: "test"\n}\n');
  // DOTNET_ROOT pointing nowhere: a self-contained app must not look for a shared runtime.
  const env = { ...process.env, DOTNET_ROOT: path.join(work, 'no-dotnet'), PATH: '/usr/bin:/bin' };
  const result = spawnSync(cli, checkArgs(kader, 'en'), { env, encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr);
  const parsed = parseCheckOutput(result.stdout);
  assert.equal(parsed.errors, 1);
  assert.match(formatDiagnostics(parsed, kader)[0], /^\/.*kader\.beleid\(6,\d+\): error PL2\d{3}: .*Onbekend/);
});

test('the bundled language server starts and answers initialize over stdio', { skip: !fs.existsSync(serverProject) && 'needs language-server/PolicyLang.LanguageServer (issue 5) merged into this branch' }, async () => {
  const server = path.join(installed, 'server', ServerExecutableName);
  assert.ok(entries.has(`extension/server/${ServerExecutableName}`), 'the server is not in the .vsix');
  assert.ok(entries.get(`extension/server/${ServerExecutableName}`)!.mode & 0o100, 'the server is not executable in the .vsix');
  const result = await initializeOverStdio(server, 60_000);
  assert.equal(typeof result.capabilities, 'object');
});

test('the bundled extension activates; without a server it shows one message with the reason and keeps its commands', async () => {
  // The bundle requires only `vscode`; the stub stands in for the editor.
  require('../stub/register');
  const vscode = require('../stub/vscode');
  const extension = require(path.join(installed, 'out', 'extension.js'));
  const noServer = fs.mkdtempSync(path.join(work, 'ext-without-server-'));
  // An install without server/ still has its language files (the snippets are read at activation).
  fs.cpSync(path.join(installed, 'snippets'), path.join(noServer, 'snippets'), { recursive: true });
  vscode.reset();
  vscode.script.configuration = { 'policylang.taal': 'nl' };
  const context = { extensionPath: noServer, subscriptions: [] as { dispose(): void }[] };
  await extension.activate(context);
  await new Promise((resolve) => setImmediate(resolve));
  const expectedPath = path.join(noServer, 'server', ServerExecutableName);
  if (process.platform === 'linux' && process.arch === 'x64') {
    assert.deepEqual(vscode.recorded.errors, [`De PolicyLang-taalserver kan niet starten: het bestand ${expectedPath} bestaat niet. Stel 'policylang.server.path' in op een taalserver.`]);
  } else {
    assert.equal(vscode.recorded.errors.length, 1);
  }
  assert.deepEqual([...vscode.recorded.commands.keys()].sort(), ['policylang.buildMonitor', 'policylang.checkKader', 'policylang.openGoalReport', 'policylang.restartServer', 'policylang.runMonitor']);
  for (const d of context.subscriptions) d.dispose();
  await extension.deactivate();
});
