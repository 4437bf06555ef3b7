import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { bilingual, msg } from '../../src/messages';

test('messages come in the chosen language with their arguments', () => {
  assert.equal(msg('nl', 'built', '/out'), 'Monitor gebouwd in /out.');
  assert.equal(msg('en', 'built', '/out'), 'Monitor built in /out.');
  const both = bilingual('serverNotFound', '/x/server');
  assert.ok(both.nl.includes('/x/server') && both.en.includes('/x/server'));
  assert.notEqual(both.nl, both.en);
});
