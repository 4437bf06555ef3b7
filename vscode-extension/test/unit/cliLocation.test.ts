import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { CliExecutableName, locateCli } from '../../src/cliLocation';
import type { FileProbe } from '../../src/fileProbe';
import type { Host } from '../../src/serverLocation';
import { readSettings } from '../../src/settings';

const linux: Host = { platform: 'linux', arch: 'x64', homeDir: '/home/ann' };
const ext = '/ext';
const bundled = path.join(ext, 'server', CliExecutableName);
const probe = (exec: string[]): FileProbe => ({ isFile: (p) => exec.includes(p), isExecutable: (p) => exec.includes(p) });
const settings = (values: Record<string, unknown> = {}) => readSettings((k) => values[k]);

test('order: setting, then bundled next to the server, then PATH', () => {
  const all = probe(['/custom/policylang', bundled, '/usr/local/bin/policylang']);
  assert.deepEqual(locateCli(settings({ 'cli.path': '/custom/policylang' }), ext, linux, all, '/usr/local/bin'), { ok: true, path: '/custom/policylang', source: 'setting' });
  assert.deepEqual(locateCli(settings(), ext, linux, all, '/usr/local/bin'), { ok: true, path: bundled, source: 'bundled' });
  assert.deepEqual(locateCli(settings(), ext, linux, probe(['/usr/local/bin/policylang']), '/usr/bin:/usr/local/bin'), { ok: true, path: '/usr/local/bin/policylang', source: 'path' });
});

test('empty PATH entries are not the current directory', () => {
  const result = locateCli(settings(), ext, linux, probe([path.join('', CliExecutableName)]), ':');
  assert.equal(result.ok, false);
});

test('nothing found: one message that says how to fix it', () => {
  const result = locateCli(settings(), ext, linux, probe([]), '/usr/bin');
  assert.ok(!result.ok && result.reason.nl.includes('policylang.cli.path') && result.reason.en.includes('dotnet tool install'));
});

test('a configured CLI that does not exist is an error, not a fallback to PATH', () => {
  const result = locateCli(settings({ 'cli.path': '/nope/policylang' }), ext, linux, probe(['/usr/bin/policylang']), '/usr/bin');
  assert.ok(!result.ok && result.reason.nl.includes('/nope/policylang'));
});
