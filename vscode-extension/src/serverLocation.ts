import * as path from 'path';
import type { FileProbe } from './fileProbe';
import { bilingual } from './messages';
import type { Settings } from './settings';

/** The file name of the language server executable that packaging puts in `server/`. */
export const ServerExecutableName = 'PolicyLang.LanguageServer';
/** The only platform the bundled server is built for (see docs/decisions/0010). */
export const BundledPlatform = 'linux-x64';

export type ServerLocation =
  | { readonly ok: true; readonly path: string; readonly bundled: boolean }
  | { readonly ok: false; readonly reason: { nl: string; en: string } };

export interface Host {
  readonly platform: string; // process.platform
  readonly arch: string; // process.arch
  readonly homeDir: string;
  /** Folder a relative setting is resolved against (the first workspace folder), if any. */
  readonly workspaceFolder?: string;
}

/**
 * Decides which server binary to start, or why none can start. Checked before the language
 * client is created, so the user sees one message with the reason instead of a generic
 * "connection to server is erroring" cascade.
 */
export function locateServer(settings: Settings, extensionPath: string, host: Host, probe: FileProbe): ServerLocation {
  if (settings.serverPath) {
    return checkFile(expandPath(settings.serverPath, host), false, probe);
  }
  const platform = `${host.platform === 'win32' ? 'win' : host.platform}-${host.arch}`;
  if (platform !== BundledPlatform) {
    return { ok: false, reason: bilingual('serverWrongPlatform', platform) };
  }
  return checkFile(path.join(extensionPath, 'server', ServerExecutableName), true, probe);
}

function checkFile(file: string, bundled: boolean, probe: FileProbe): ServerLocation {
  if (!probe.isFile(file)) return { ok: false, reason: bilingual('serverNotFound', file) };
  if (!probe.isExecutable(file)) return { ok: false, reason: bilingual('serverNotExecutable', file) };
  return { ok: true, path: file, bundled };
}

/** `~/x` and relative paths in settings, the way users write them. */
export function expandPath(setting: string, host: Host): string {
  if (setting === '~') return host.homeDir;
  if (setting.startsWith('~/')) return path.join(host.homeDir, setting.slice(2));
  if (path.isAbsolute(setting) || !host.workspaceFolder) return setting;
  return path.resolve(host.workspaceFolder, setting);
}
