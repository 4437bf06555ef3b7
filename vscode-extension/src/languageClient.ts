import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  Trace,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { msg } from './messages';
import type { ClientFactory } from './serverManager';

/** Restarts allowed after crashes before the client gives up (and the user gets one message). */
const MaxRestarts = 4;

/**
 * The real client: the server over stdio, for .beleid files. Taal and debounce go to the server
 * in the initialisation options and, on change, through workspace/didChangeConfiguration of the
 * `policylang` section (docs/decisions/0010-vscode-extension.md).
 */
export function createLanguageClientFactory(output: vscode.OutputChannel): ClientFactory {
  return (serverPath, settings, fatal) => {
    const serverOptions: ServerOptions = {
      run: { command: serverPath, args: [] },
      debug: { command: serverPath, args: [] },
    };
    let restarts = 0;
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'beleid' },
        { scheme: 'untitled', language: 'beleid' },
      ],
      initializationOptions: { taal: settings.taal, debounceMs: settings.debounceMs },
      synchronize: {
        configurationSection: 'policylang',
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/*.beleid'),
          vscode.workspace.createFileSystemWatcher('**/policylang.json'),
        ],
      },
      outputChannel: output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationFailedHandler: (error) => {
        fatal(msg(settings.taal, 'serverFailed', error instanceof Error ? error.message : String(error)));
        return false;
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue, handled: true }),
        closed: () => {
          restarts++;
          if (restarts <= MaxRestarts) return { action: CloseAction.Restart, handled: true };
          fatal(msg(settings.taal, 'serverStopped'));
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = new LanguageClient('policylang', 'PolicyLang', serverOptions, clientOptions);
    return {
      start: async () => {
        await client.start();
        await client.setTrace(Trace.fromString(settings.trace));
      },
      stop: () => client.stop(),
    };
  };
}
