/** The extension's settings as one typed value, read and validated in one place. */

export type Taal = 'nl' | 'en';
export type TraceLevel = 'off' | 'messages' | 'verbose';
export type ReportTarget = 'webview' | 'browser';

export interface Settings {
  /** Empty: the server bundled in the extension. */
  readonly serverPath: string;
  /** Empty: the CLI bundled next to the server, else `policylang` on PATH. */
  readonly cliPath: string;
  readonly trace: TraceLevel;
  readonly taal: Taal;
  readonly debounceMs: number;
  /** Empty: `bin` beside the kader's .beleid files. */
  readonly monitorOutputFolder: string;
  readonly reportOpenIn: ReportTarget;
}

/** The server's own default and upper bound (PolicyLangServer.DefaultDebounce, its clamp). */
export const DefaultDebounceMs = 15;
export const MaxDebounceMs = 2000;

/** Reads a setting of the `policylang` section; the caller supplies VS Code's configuration or a test map. */
export type SettingReader = (key: string) => unknown;

export function readSettings(read: SettingReader): Settings {
  return {
    serverPath: text(read('server.path')),
    cliPath: text(read('cli.path')),
    trace: oneOf(read('trace.server'), ['off', 'messages', 'verbose'] as const, 'off'),
    taal: oneOf(read('taal'), ['nl', 'en'] as const, 'nl'),
    debounceMs: debounce(read('debounce')),
    monitorOutputFolder: text(read('monitor.outputFolder')),
    reportOpenIn: oneOf(read('report.openIn'), ['webview', 'browser'] as const, 'webview'),
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A hand-edited settings.json can hold anything; the server gets a sane whole number of milliseconds. */
function debounce(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DefaultDebounceMs;
  return Math.min(MaxDebounceMs, Math.max(0, Math.round(value)));
}

/**
 * Settings a workspace may not choose in Restricted Mode: they name a program the extension runs
 * or a folder it writes to. The same keys as `capabilities.untrustedWorkspaces.restrictedConfigurations`
 * in package.json (a test keeps them equal); VS Code already withholds workspace values of those,
 * this makes the extension's own reading say so rather than depend on it.
 */
export const RestrictedSettings: readonly string[] = ['server.path', 'cli.path', 'monitor.outputFolder'];

/** What `WorkspaceConfiguration.inspect` reports for one key (the scopes the guard needs). */
export interface SettingScopes {
  readonly defaultValue?: unknown;
  readonly globalValue?: unknown;
}

/** In an untrusted workspace the restricted settings come from the user's own settings only. */
export function trustAwareReader(read: SettingReader, inspect: (key: string) => SettingScopes | undefined, trusted: boolean): SettingReader {
  return (key) => {
    if (trusted || !RestrictedSettings.includes(key)) return read(key);
    const scopes = inspect(key);
    return scopes?.globalValue ?? scopes?.defaultValue;
  };
}
