import * as path from 'path';
import type { FileProbe } from './fileProbe';
import { bilingual } from './messages';
import { expandPath, type Host } from './serverLocation';
import type { Settings } from './settings';

export const CliExecutableName = 'policylang';

export type CliLocation =
  | { readonly ok: true; readonly path: string; readonly source: 'setting' | 'bundled' | 'path' }
  | { readonly ok: false; readonly reason: { nl: string; en: string } };

/**
 * Which `policylang` to run for the commands, in this order: the setting; the CLI bundled in
 * the extension next to the server (same compiler version as the server, so the commands and
 * the live diagnostics agree); `policylang` on PATH (a `dotnet tool install -g PolicyLang.Cli`).
 */
export function locateCli(settings: Settings, extensionPath: string, host: Host, probe: FileProbe, pathVariable: string): CliLocation {
  if (settings.cliPath) {
    const file = expandPath(settings.cliPath, host);
    return probe.isFile(file) && probe.isExecutable(file)
      ? { ok: true, path: file, source: 'setting' }
      : { ok: false, reason: bilingual('cliNotFound', file) };
  }
  const bundled = path.join(extensionPath, 'server', CliExecutableName);
  if (probe.isFile(bundled) && probe.isExecutable(bundled)) return { ok: true, path: bundled, source: 'bundled' };
  const names = host.platform === 'win32' ? [`${CliExecutableName}.exe`, `${CliExecutableName}.cmd`] : [CliExecutableName];
  for (const dir of pathVariable.split(path.delimiter).filter((d) => d.length > 0)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (probe.isFile(candidate) && probe.isExecutable(candidate)) return { ok: true, path: candidate, source: 'path' };
    }
  }
  return { ok: false, reason: bilingual('cliNotFound', '') };
}
