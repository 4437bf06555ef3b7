/**
 * A stub of the parts of the `vscode` module the extension uses, so its logic runs under
 * node's test runner without VS Code (which cannot be downloaded here). Calls are recorded in
 * `recorded`; answers to dialogs are scripted through `script`. `reset()` between tests.
 */
import * as path from 'path';

export interface Recorded {
  errors: string[];
  warnings: string[];
  infos: string[];
  output: string[];
  outputShown: number;
  commands: Map<string, (...args: unknown[]) => unknown>;
  executed: { command: string; args: unknown[] }[];
  webviews: { viewType: string; title: string; html: string; revealed: number; messages: ((message: unknown) => void)[] }[];
  shownDocuments: { fsPath: string; line: number | undefined }[];
  opened: string[];
  quickPicks: string[][];
}

export interface Script {
  configuration: Record<string, unknown>;
  errorChoice?: string;
  openDialog?: string[];
  quickPick?: (labels: string[]) => number | undefined;
  findFiles: string[];
  activeDocument?: { languageId: string; fsPath: string; scheme?: string };
}

export const recorded: Recorded = freshRecord();
export const script: Script = { configuration: {}, findFiles: [] };

function freshRecord(): Recorded {
  return { errors: [], warnings: [], infos: [], output: [], outputShown: 0, commands: new Map(), executed: [], webviews: [], shownDocuments: [], opened: [], quickPicks: [] };
}

/** Open webview panels; reset() closes them, as a new window would have none. */
const openPanels: (() => void)[] = [];

export function reset(): void {
  for (const close of openPanels.splice(0)) close();
  Object.assign(recorded, freshRecord());
  Object.assign(script, { configuration: {}, errorChoice: undefined, openDialog: undefined, quickPick: undefined, findFiles: [], activeDocument: undefined });
}

export class Uri {
  private constructor(readonly scheme: string, readonly fsPath: string) {}
  static file(p: string): Uri {
    return new Uri('file', path.resolve(p));
  }
  toString(): string {
    return `${this.scheme}://${this.fsPath}`;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startOrLine: Position | number, endOrCharacter: Position | number, endLine?: number, endCharacter?: number) {
    this.start = typeof startOrLine === 'number' ? new Position(startOrLine, endOrCharacter as number) : startOrLine;
    this.end = typeof startOrLine === 'number' ? new Position(endLine ?? startOrLine, endCharacter ?? 0) : (endOrCharacter as Position);
  }
}

export class EventEmitter<T> {
  private readonly listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return new Disposable();
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners.length = 0;
  }
}

export class CodeLens {
  constructor(readonly range: unknown, readonly command?: { title: string; tooltip?: string; command: string; arguments?: unknown[] }) {}
}

export class Disposable {
  constructor(private readonly onDispose: () => void = () => {}) {}
  dispose(): void {
    this.onDispose();
  }
}

export enum ProgressLocation { SourceControl = 1, Window = 10, Notification = 15 }
export enum ViewColumn { Active = -1, Beside = -2, One = 1 }

const outputChannel = {
  name: 'PolicyLang',
  append: (text: string) => void recorded.output.push(text),
  appendLine: (text: string) => void recorded.output.push(text + '\n'),
  show: () => void recorded.outputShown++,
  clear: () => void (recorded.output.length = 0),
  dispose: () => {},
};

export const window = {
  get activeTextEditor() {
    const doc = script.activeDocument;
    return doc ? { document: { languageId: doc.languageId, uri: { scheme: doc.scheme ?? 'file', fsPath: doc.fsPath } } } : undefined;
  },
  createOutputChannel: (_name: string) => outputChannel,
  showErrorMessage: async (message: string, ..._actions: string[]) => {
    recorded.errors.push(message);
    return script.errorChoice;
  },
  showWarningMessage: async (message: string) => {
    recorded.warnings.push(message);
    return undefined;
  },
  showInformationMessage: async (message: string) => {
    recorded.infos.push(message);
    return undefined;
  },
  showQuickPick: async <T extends { label: string }>(items: T[]) => {
    const labels = items.map((i) => i.label);
    recorded.quickPicks.push(labels);
    const index = script.quickPick?.(labels);
    return index === undefined ? undefined : items[index];
  },
  showOpenDialog: async () => script.openDialog?.map((p) => Uri.file(p)),
  withProgress: async <R>(_options: unknown, task: () => Promise<R>) => task(),
  showTextDocument: async (uri: Uri, options?: { selection?: { start: { line: number } } }) => {
    recorded.shownDocuments.push({ fsPath: uri.fsPath, line: options?.selection?.start.line });
    return undefined;
  },
  createWebviewPanel: (viewType: string, title: string) => {
    const entry = { viewType, title, html: '', revealed: 0, messages: [] as ((message: unknown) => void)[] };
    recorded.webviews.push(entry);
    const disposeListeners: (() => void)[] = [];
    const dispose = () => { for (const listener of disposeListeners.splice(0)) listener(); };
    openPanels.push(dispose);
    return {
      set title(value: string) {
        entry.title = value;
      },
      get title() {
        return entry.title;
      },
      reveal: () => void entry.revealed++,
      onDidDispose: (listener: () => void) => {
        disposeListeners.push(listener);
        return new Disposable();
      },
      webview: {
        onDidReceiveMessage: (listener: (message: unknown) => void) => {
          entry.messages.push(listener);
          return new Disposable();
        },
        cspSource: 'vscode-webview://stub',
        set html(value: string) {
          entry.html = value;
        },
        get html() {
          return entry.html;
        },
      },
      dispose,
    };
  },
};

export const workspace = {
  getConfiguration: (section: string) => ({
    get: (key: string) => script.configuration[`${section}.${key}`],
    inspect: (key: string) => ({ globalValue: script.configuration[`${section}.${key}`] }),
  }),
  isTrusted: true,
  onDidGrantWorkspaceTrust: () => new Disposable(),
  onDidChangeTextDocument: () => new Disposable(),
  onDidSaveTextDocument: () => new Disposable(),
  findFiles: async () => script.findFiles.map((p) => Uri.file(p)),
  asRelativePath: (p: string) => path.basename(p),
  workspaceFolders: undefined as { uri: Uri }[] | undefined,
  onDidChangeConfiguration: () => new Disposable(),
  createFileSystemWatcher: () => new Disposable(),
};

export const languages = {
  registerCompletionItemProvider: () => new Disposable(),
  registerCodeLensProvider: () => new Disposable(),
};

export const commands = {
  registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
    recorded.commands.set(id, handler);
    return new Disposable(() => recorded.commands.delete(id));
  },
  executeCommand: async (command: string, ...args: unknown[]) => {
    recorded.executed.push({ command, args });
    return undefined;
  },
};

export const env = {
  openExternal: async (uri: Uri) => {
    recorded.opened.push(uri.fsPath);
    return true;
  },
};

/**
 * vscode-languageclient subclasses VS Code's classes (CodeAction, Diagnostic, …) when its module
 * loads. Any other capitalised export is therefore an empty class, so the real bundle can be
 * loaded; lower-case namespaces (window, workspace, …) stay exactly the ones above, so a missing
 * API still fails loudly.
 */
module.exports = new Proxy(module.exports, {
  get(target, property) {
    if (property in target || typeof property !== 'string' || !/^[A-Z]/.test(property)) return target[property];
    const placeholder = class {};
    Object.defineProperty(placeholder, 'name', { value: property });
    target[property] = placeholder;
    return placeholder;
  },
});
