import * as os from 'os';
import * as vscode from 'vscode';
import { locateCli } from './cliLocation';
import { registerCommands } from './commands';
import { realFileProbe } from './fileProbe';
import { createLanguageClientFactory } from './languageClient';
import { runProcess } from './processRunner';
import { ServerManager } from './serverManager';
import { locateServer, type Host } from './serverLocation';
import { readSettings, type Settings } from './settings';

let server: ServerManager | undefined;

/** Settings the running server cannot pick up; changing one starts a new server. */
export const RestartingSettings = ['server.path', 'trace.server', 'taal', 'debounce'] as const;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('PolicyLang');
  const settings = (): Settings => readSettings((key) => vscode.workspace.getConfiguration('policylang').get(key));
  const host = (): Host => ({
    platform: process.platform,
    arch: process.arch,
    homeDir: os.homedir(),
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
  });

  server = new ServerManager({
    settings,
    locate: (s) => locateServer(s, context.extensionPath, host(), realFileProbe),
    createClient: createLanguageClientFactory(output),
    showError: (message, ...actions) => vscode.window.showErrorMessage(message, ...actions),
    openSettings: () => void vscode.commands.executeCommand('workbench.action.openSettings', 'policylang'),
    showOutput: () => output.show(true),
  });
  const manager = server;

  context.subscriptions.push(
    output,
    ...registerCommands({
      settings,
      locateCli: (s) => locateCli(s, context.extensionPath, host(), realFileProbe, process.env.PATH ?? ''),
      run: runProcess,
      output,
      host,
    }),
    vscode.commands.registerCommand('policylang.restartServer', () => manager.restart()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The server reads taal and debounce at initialisation only, so these restart it too.
      if (RestartingSettings.some((key) => event.affectsConfiguration(`policylang.${key}`))) void manager.restart();
    }),
  );

  await manager.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
