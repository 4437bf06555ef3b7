import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { locateCli } from './cliLocation';
import { registerCommands } from './commands';
import { retriggersCompletion } from './completionRetrigger';
import { realFileProbe } from './fileProbe';
import { GoalLenses } from './goalLenses';
import { createLanguageClientFactory } from './languageClient';
import { runProcess } from './processRunner';
import { ServerManager } from './serverManager';
import { locateServer, type Host } from './serverLocation';
import { readSnippets } from './snippetPlaces';
import { registerSnippetProvider } from './snippetProvider';
import { readSettings, trustAwareReader, type Settings } from './settings';
import { openSettingsCommand, WorkspaceHasKaderKey } from './workbenchCommands';

let server: ServerManager | undefined;
let outputChannel: vscode.OutputChannel | undefined;

/** Settings the running server cannot pick up; changing one starts a new server. */
export const RestartingSettings = ['server.path', 'trace.server', 'taal', 'debounce'] as const;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('PolicyLang');
  // Read on every use, trust included: granting trust changes which paths count.
  const settings = (): Settings => {
    const configuration = vscode.workspace.getConfiguration('policylang');
    return readSettings(trustAwareReader((key) => configuration.get(key), (key) => configuration.inspect(key), vscode.workspace.isTrusted));
  };
  const host = (): Host => ({
    platform: process.platform,
    arch: process.arch,
    homeDir: os.homedir(),
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
  });

  const snippets = readSnippets(fs.readFileSync(path.join(context.extensionPath, 'snippets', 'beleid.code-snippets'), 'utf8'));
  server = new ServerManager({
    settings,
    locate: (s) => locateServer(s, context.extensionPath, host(), realFileProbe),
    createClient: createLanguageClientFactory(output, snippets),
    showError: (message, ...actions) => vscode.window.showErrorMessage(message, ...actions),
    openSettings: () => {
      const { command, args } = openSettingsCommand(vscode.env.remoteName);
      void vscode.commands.executeCommand(command, ...args);
    },
    showOutput: () => output.show(true),
  });
  const manager = server;

  // The output channel outlives the client: deactivate disposes it after the server has stopped,
  // so the client's last lines (and its shutdown) never write to a disposed channel.
  outputChannel = output;
  const goalLenses = new GoalLenses({
    settings,
    locateCli: (s) => locateCli(s, context.extensionPath, host(), realFileProbe, process.env.PATH ?? ''),
    run: runProcess,
    output,
  });
  context.subscriptions.push(
    goalLenses,
    vscode.languages.registerCodeLensProvider({ language: 'beleid', scheme: 'file' }, goalLenses),
    vscode.commands.registerCommand('policylang.openGoalReport', (folder: string, goalId: string) => goalLenses.openGoalReport(folder, goalId)),
    vscode.workspace.onDidSaveTextDocument((document) => goalLenses.onSaved(document)),
    registerSnippetProvider(snippets),
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
    vscode.workspace.onDidChangeTextDocument(retriggerCompletionAfterSpace),
    // Trust granted: a server path from the workspace settings now counts.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void manager.restart()),
  );
  void markKaderWorkspace();

  await manager.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
  outputChannel?.dispose();
  outputChannel = undefined;
}

/** `draagt bij aan: ` shows the ids right after the space (see completionRetrigger.ts). */
function retriggerCompletionAfterSpace(event: vscode.TextDocumentChangeEvent): void {
  if (event.document.languageId !== 'beleid' || event.contentChanges.length !== 1) return;
  if (vscode.window.activeTextEditor?.document !== event.document) return;
  const change = event.contentChanges[0];
  const start = change.range.start;
  const lineBefore = event.document.lineAt(start.line).text.slice(0, start.character + change.text.length);
  if (retriggersCompletion(lineBefore, change.text)) void vscode.commands.executeCommand('editor.action.triggerSuggest', { auto: true });
}

/** Sets the context key the command palette's `when` clauses use (package.json `menus`). */
async function markKaderWorkspace(): Promise<void> {
  const files = await vscode.workspace.findFiles('**/*.beleid', '**/node_modules/**', 1);
  await vscode.commands.executeCommand('setContext', WorkspaceHasKaderKey, files.length > 0);
}
