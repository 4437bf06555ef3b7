/**
 * VS Code workbench commands the extension calls, chosen by where the window runs. Plain
 * functions of their inputs so they are tested without VS Code.
 */

/**
 * The settings editor that holds `policylang.server.path` and `cli.path`. They are
 * machine-overridable: in a remote window (code-server, Remote-SSH, WSL, containers) the server
 * runs on the remote machine, so the path that matters is under the Remote tab.
 */
export function openSettingsCommand(remoteName: string | undefined): { command: string; args: unknown[] } {
  return remoteName
    ? { command: 'workbench.action.openRemoteSettings', args: [{ query: 'policylang' }] }
    : { command: 'workbench.action.openSettings', args: ['policylang'] };
}

/** The context key the palette's `when` clauses use: the workspace holds at least one .beleid file. */
export const WorkspaceHasKaderKey = 'policylang.workspaceHasKader';
