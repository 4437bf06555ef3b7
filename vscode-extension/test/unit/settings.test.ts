import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DefaultDebounceMs, MaxDebounceMs, readSettings, RestrictedSettings, trustAwareReader } from '../../src/settings';

const read = (values: Record<string, unknown>) => (key: string) => values[key];

test('defaults when nothing is set', () => {
  const s = readSettings(read({}));
  assert.deepEqual(s, { serverPath: '', cliPath: '', trace: 'off', taal: 'nl', debounceMs: DefaultDebounceMs, monitorOutputFolder: '', reportOpenIn: 'webview' });
});

test('valid values are taken as given, paths trimmed', () => {
  const s = readSettings(read({ 'server.path': '  /opt/pl/server ', 'cli.path': '~/bin/policylang', 'trace.server': 'verbose', taal: 'en', debounce: 750, 'monitor.outputFolder': 'out', 'report.openIn': 'browser' }));
  assert.equal(s.serverPath, '/opt/pl/server');
  assert.equal(s.cliPath, '~/bin/policylang');
  assert.equal(s.trace, 'verbose');
  assert.equal(s.taal, 'en');
  assert.equal(s.debounceMs, 750);
  assert.equal(s.monitorOutputFolder, 'out');
  assert.equal(s.reportOpenIn, 'browser');
});

test('hand-edited nonsense falls back instead of reaching the server', () => {
  const s = readSettings(read({ 'server.path': 42, 'trace.server': 'loud', taal: 'de', debounce: 'snel', 'report.openIn': 'printer' }));
  assert.equal(s.serverPath, '');
  assert.equal(s.trace, 'off');
  assert.equal(s.taal, 'nl');
  assert.equal(s.debounceMs, DefaultDebounceMs);
  assert.equal(s.reportOpenIn, 'webview');
});

test('debounce is clamped to whole milliseconds in range', () => {
  assert.equal(readSettings(read({ debounce: -5 })).debounceMs, 0);
  assert.equal(readSettings(read({ debounce: 1e9 })).debounceMs, MaxDebounceMs);
  assert.equal(readSettings(read({ debounce: 12.6 })).debounceMs, 13);
  assert.equal(readSettings(read({ debounce: Number.NaN })).debounceMs, DefaultDebounceMs);
});

test('every key read is a contributed setting and every contributed setting is read', () => {
  const keys: string[] = [];
  readSettings((key) => void keys.push(key));
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
  const contributed = Object.keys(manifest.contributes.configuration.properties).map((k) => k.replace(/^policylang\./, ''));
  assert.deepEqual([...keys].sort(), [...contributed].sort());
});

test('Restricted Mode: server, CLI and output paths come from user settings, never from the workspace', () => {
  const workspaceValues: Record<string, unknown> = { 'server.path': '/ws/evil-server', 'cli.path': '/ws/evil-cli', 'monitor.outputFolder': '/ws/out', taal: 'en' };
  const userValues: Record<string, unknown> = { 'cli.path': '/home/me/policylang' };
  const inspect = (key: string) => ({ defaultValue: key === 'taal' ? 'nl' : '', globalValue: userValues[key] });
  const untrusted = readSettings(trustAwareReader((key) => workspaceValues[key], inspect, false));
  assert.equal(untrusted.serverPath, '');
  assert.equal(untrusted.cliPath, '/home/me/policylang');
  assert.equal(untrusted.monitorOutputFolder, '');
  assert.equal(untrusted.taal, 'en', 'a harmless setting still follows the workspace');
  const trusted = readSettings(trustAwareReader((key) => workspaceValues[key], inspect, true));
  assert.equal(trusted.serverPath, '/ws/evil-server');
});

test('package.json declares limited Restricted Mode support with exactly the restricted settings', () => {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.deepEqual(untrusted.restrictedConfigurations, RestrictedSettings.map((key) => `policylang.${key}`));
  const commands = new Map(manifest.contributes.commands.map((c: { command: string; enablement?: string }) => [c.command, c.enablement]));
  assert.equal(commands.get('policylang.buildMonitor'), 'isWorkspaceTrusted', 'building runs Roslyn and writes files');
  assert.equal(commands.get('policylang.runMonitor'), 'isWorkspaceTrusted', 'the monitor executes generated code');
});

test('no when clause uses workspaceContains: (an activation event, not a context key)', () => {
  const manifest = readFileSync(path.join(__dirname, '../../../package.json'), 'utf8');
  const menus = JSON.stringify(JSON.parse(manifest).contributes.menus);
  assert.doesNotMatch(menus, /workspaceContains/);
  assert.match(menus, /policylang\.workspaceHasKader/);
});
