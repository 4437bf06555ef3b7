import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { retriggersCompletion } from '../../src/completionRetrigger';

test('a space after a field colon or a list comma asks for completion again', () => {
  assert.ok(retriggersCompletion('  draagt bij aan: ', ' '));
  assert.ok(retriggersCompletion('  draagt bij aan: Effectiever, ', ' '));
});

test('other keystrokes, a second space, strings and comments do not', () => {
  assert.ok(!retriggersCompletion('  draagt bij aan:', ':'), 'the colon itself is the server\'s trigger character');
  assert.ok(!retriggersCompletion('  draagt bij aan:  ', ' '));
  assert.ok(!retriggersCompletion('  nummer: 16 ', ' '));
  assert.ok(!retriggersCompletion('  toelichting: "zie: ', ' '));
  assert.ok(!retriggersCompletion('  // bron: ', ' '));
});
