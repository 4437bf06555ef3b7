import * as vscode from 'vscode';
import { snippetsAt, type Snippet } from './snippetPlaces';

/** Offers the snippets of snippets/beleid.code-snippets where their element may stand (snippetPlaces.ts). */
export function registerSnippetProvider(snippets: readonly Snippet[]): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'beleid' }, {
    provideCompletionItems(document, position) {
      const before = document.getText(new vscode.Range(new vscode.Position(0, 0), position));
      // Only where a new element starts: at the start of a line, after indentation.
      if (!/^\s*[a-z-]*$/.test(document.lineAt(position.line).text.slice(0, position.character))) return [];
      return snippetsAt(before, snippets).map((s) => {
        const item = new vscode.CompletionItem(s.prefix, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(s.body);
        item.detail = s.name;
        item.documentation = s.description;
        return item;
      });
    },
  });
}
