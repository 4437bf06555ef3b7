import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DefaultDebounceMs, MaxDebounceMs, readSettings } from '../../src/settings';

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
