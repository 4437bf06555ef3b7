import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import type { FileProbe } from '../../src/fileProbe';
import { expandPath, locateServer, ServerExecutableName, type Host } from '../../src/serverLocation';
import { readSettings } from '../../src/settings';

const linux: Host = { platform: 'linux', arch: 'x64', homeDir: '/home/ann', workspaceFolder: '/ws' };
const ext = '/ext';
const bundled = path.join(ext, 'server', ServerExecutableName);

function probe(files: Record<string, 'exec' | 'plain'>): FileProbe {
  return { isFile: (p) => p in files, isExecutable: (p) => files[p] === 'exec' };
}
const settings = (values: Record<string, unknown> = {}) => readSettings((k) => values[k]);

test('the bundled server is used when no path is set', () => {
  assert.deepEqual(locateServer(settings(), ext, linux, probe({ [bundled]: 'exec' })), { ok: true, path: bundled, bundled: true });
});

test('a missing bundled server is reported with its path, in both languages', () => {
  const result = locateServer(settings(), ext, linux, probe({}));
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.match(result.reason.nl, /bestaat niet/);
  assert.ok(result.reason.nl.includes(bundled));
  assert.match(result.reason.en, /does not exist/);
  assert.ok(result.reason.en.includes(bundled));
});

test('a server that is not executable says so', () => {
  const result = locateServer(settings(), ext, linux, probe({ [bundled]: 'plain' }));
  assert.ok(!result.ok && /niet uitvoerbaar/.test(result.reason.nl));
});

test('another platform needs the setting; the message names the platform', () => {
  const mac: Host = { ...linux, platform: 'darwin', arch: 'arm64' };
  const result = locateServer(settings(), ext, mac, probe({ [bundled]: 'exec' }));
  assert.ok(!result.ok && result.reason.nl.includes('darwin-arm64') && result.reason.nl.includes('policylang.server.path'));
  const configured = locateServer(settings({ 'server.path': '/opt/server' }), ext, mac, probe({ '/opt/server': 'exec' }));
  assert.deepEqual(configured, { ok: true, path: '/opt/server', bundled: false });
});

test('the setting wins over the bundled server, and a wrong setting is not silently replaced', () => {
  const files = probe({ [bundled]: 'exec', '/opt/server': 'exec' });
  assert.deepEqual(locateServer(settings({ 'server.path': '/opt/server' }), ext, linux, files), { ok: true, path: '/opt/server', bundled: false });
  const wrong = locateServer(settings({ 'server.path': '/opt/typo' }), ext, linux, files);
  assert.ok(!wrong.ok && wrong.reason.en.includes('/opt/typo'));
});

test('home and workspace-relative paths are expanded', () => {
  assert.equal(expandPath('~/pl/server', linux), '/home/ann/pl/server');
  assert.equal(expandPath('~', linux), '/home/ann');
  assert.equal(expandPath('tools/server', linux), '/ws/tools/server');
  assert.equal(expandPath('/abs/server', linux), '/abs/server');
  assert.equal(expandPath('tools/server', { ...linux, workspaceFolder: undefined }), 'tools/server');
});
