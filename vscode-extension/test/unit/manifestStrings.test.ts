import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.join(__dirname, '../../..');
const manifest = readFileSync(path.join(root, 'package.json'), 'utf8');
const dutch: Record<string, string> = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
const english: Record<string, string> = JSON.parse(readFileSync(path.join(root, 'package.nls.en.json'), 'utf8'));

test('every %placeholder% in package.json has a Dutch default (package.nls.json) and an English text (package.nls.en.json)', () => {
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 15);
  for (const key of keys) {
    assert.ok(dutch[key], `${key} has no Dutch text`);
    assert.ok(english[key], `${key} has no English text`);
  }
  assert.deepEqual(Object.keys(english).sort(), Object.keys(dutch).sort(), 'both files hold the same keys');
});

test('every setting and command is described through the string files, none in one language inline', () => {
  const contributes = JSON.parse(manifest).contributes;
  for (const [name, setting] of Object.entries<{ markdownDescription: string }>(contributes.configuration.properties)) {
    assert.match(setting.markdownDescription, /^%setting\.[\w.]+%$/, name);
  }
  for (const command of contributes.commands) assert.match(command.title, /^%command\.\w+%$/, command.command);
  assert.doesNotMatch(JSON.stringify(dutch), /English:/, 'no English tucked into the Dutch texts any more');
});
