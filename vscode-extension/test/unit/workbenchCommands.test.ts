import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSettingsCommand } from '../../src/workbenchCommands';

test('"Instellingen openen" opens the user settings in a local window', () => {
  assert.deepEqual(openSettingsCommand(undefined), { command: 'workbench.action.openSettings', args: ['policylang'] });
});

test('"Instellingen openen" opens the remote settings in a remote window, where server.path applies', () => {
  for (const remote of ['ssh-remote', 'wsl', 'dev-container']) {
    assert.deepEqual(openSettingsCommand(remote), { command: 'workbench.action.openRemoteSettings', args: [{ query: 'policylang' }] });
  }
});
