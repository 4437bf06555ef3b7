import * as path from 'path';
import * as vscode from 'vscode';
import { msg } from './messages';
import type { Taal } from './settings';

/** Every folder holding .beleid files is one compilation (docs/language.md §1): the folders, once each, sorted. */
export function foldersOf(beleidFiles: readonly string[]): string[] {
  return [...new Set(beleidFiles.map((f) => path.dirname(f)))].sort();
}

/**
 * The kader a command works on: the folder of the .beleid file being edited; otherwise the only
 * folder in the workspace with .beleid files; otherwise the user picks one. Undefined when there is none.
 */
export async function chooseKaderFolder(taal: Taal): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document && document.languageId === 'beleid' && document.uri.scheme === 'file') {
    return path.dirname(document.uri.fsPath);
  }
  const files = await vscode.workspace.findFiles('**/*.beleid', '**/{node_modules,bin,obj}/**');
  const folders = foldersOf(files.map((f) => f.fsPath));
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(msg(taal, 'noKaderFolder'));
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  const picked = await vscode.window.showQuickPick(
    folders.map((folder) => ({ label: vscode.workspace.asRelativePath(folder), description: folder, folder })),
    { placeHolder: msg(taal, 'pickKaderFolder') },
  );
  return picked?.folder;
}
