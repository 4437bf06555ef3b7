import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCleanServerExit } from '../../src/serverExit';

test('the clean exit after shutdown is not an error; any other exit still is', () => {
  assert.ok(isCleanServerExit('Server process exited with code 0.'));
  assert.ok(!isCleanServerExit('Server process exited with code 1.'));
  assert.ok(!isCleanServerExit('Server process exited with code 134.'));
  assert.ok(!isCleanServerExit('Server process exited with signal SIGKILL.'));
});
