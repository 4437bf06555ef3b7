import { msg } from './messages';
import type { ServerLocation } from './serverLocation';
import type { Settings } from './settings';

/** The part of vscode-languageclient's LanguageClient that the manager uses. */
export interface ClientHandle {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Creates a client for a located server. `fatal` is called (at most once per client) when the
 * client gives up: initialisation failed, or the server crashed too often to restart.
 */
export type ClientFactory = (serverPath: string, settings: Settings, fatal: (reason: string) => void) => ClientHandle;

export interface ServerManagerDeps {
  readonly settings: () => Settings;
  readonly locate: (settings: Settings) => ServerLocation;
  readonly createClient: ClientFactory;
  /** window.showErrorMessage: resolves to the chosen action. */
  readonly showError: (message: string, ...actions: string[]) => PromiseLike<string | undefined>;
  readonly openSettings: () => void;
  readonly showOutput: () => void;
}

/**
 * Starts, restarts and stops the language server. Whatever goes wrong, the user sees exactly
 * one message that says why, with a button to the setting that fixes it.
 */
export class ServerManager {
  private client: ClientHandle | undefined;

  constructor(private readonly deps: ServerManagerDeps) {}

  get running(): boolean {
    return this.client !== undefined;
  }

  async start(): Promise<boolean> {
    const settings = this.deps.settings();
    const location = this.deps.locate(settings);
    if (!location.ok) {
      this.report(settings, location.reason[settings.taal]);
      return false;
    }
    let reported = false;
    const reportOnce = (text: string) => {
      if (reported) return;
      reported = true;
      this.report(settings, text);
    };
    const client = this.deps.createClient(location.path, settings, (reason) => reportOnce(reason));
    try {
      await client.start();
      this.client = client;
      return true;
    } catch (error) {
      reportOnce(msg(settings.taal, 'serverFailed', describe(error)));
      return false;
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.stop();
    } catch {
      // A server that already died cannot be stopped politely; there is nothing left to clean up.
    }
  }

  async restart(): Promise<boolean> {
    await this.stop();
    return this.start();
  }

  private report(settings: Settings, text: string): void {
    const openSettings = msg(settings.taal, 'openSettings');
    const showOutput = msg(settings.taal, 'showOutput');
    void Promise.resolve(this.deps.showError(text, openSettings, showOutput)).then((choice) => {
      if (choice === openSettings) this.deps.openSettings();
      else if (choice === showOutput) this.deps.showOutput();
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
