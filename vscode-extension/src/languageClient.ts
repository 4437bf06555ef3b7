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
import { isCleanServerExit } from './serverExit';
import { coveredBySnippets, snippetsAt, type Snippet } from './snippetPlaces';
import type { ClientFactory } from './serverManager';

/** Restarts allowed after crashes before the client gives up (and the user gets one message). */
const MaxRestarts = 4;

/**
 * The real client: the server over stdio, for .beleid files. Taal and debounce go to the server
 * in the initialisation options and, on change, through workspace/didChangeConfiguration of the
 * `policylang` section (docs/decisions/0010-vscode-extension.md).
 */
export function createLanguageClientFactory(output: vscode.OutputChannel, snippets: readonly Snippet[]): ClientFactory {
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
      middleware: {
        // The server's element keywords are dropped where a snippet for them is offered, so
        // `doel` appears once (the snippet, which also fills in the usual fields).
        provideCompletionItem: async (document, position, context, token, next) => {
          const result = await next(document, position, context, token);
          const offered = snippetsAt(document.getText(new vscode.Range(new vscode.Position(0, 0), position)), snippets);
          const keep = (item: vscode.CompletionItem) => item.kind !== vscode.CompletionItemKind.Keyword || !coveredBySnippets(typeof item.label === 'string' ? item.label : item.label.label, offered);
          if (!result) return result;
          if (Array.isArray(result)) return result.filter(keep);
          return new vscode.CompletionList(result.items.filter(keep), result.isIncomplete);
        },
      },
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
    const client = new PolicyLangClient('policylang', 'PolicyLang', serverOptions, clientOptions);
    return {
      start: async () => {
        await client.start();
        await client.setTrace(Trace.fromString(settings.trace));
      },
      stop: () => client.stop(),
    };
  };
}

/** The client, with the server's clean exit after shutdown logged as information, not as an error. */
class PolicyLangClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    if (isCleanServerExit(message)) this.info(message, data, false);
    else super.error(message, data, showNotification);
  }
}
