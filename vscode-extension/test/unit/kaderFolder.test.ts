import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldersOf } from '../../src/kaderFolder';

test('one compilation per folder: folders once each, sorted', () => {
  assert.deepEqual(foldersOf(['/w/b/x.beleid', '/w/a/y.beleid', '/w/b/z.beleid']), ['/w/a', '/w/b']);
  assert.deepEqual(foldersOf([]), []);
});
