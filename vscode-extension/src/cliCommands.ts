import * as path from 'path';
import type { Taal } from './settings';

/**
 * The `policylang` command lines the extension runs (see README "The policylang command").
 * Built as argument arrays, never as shell strings, so a path with spaces or quotes is one argument.
 */
export function checkArgs(kaderFolder: string, taal: Taal): string[] {
  return ['check', kaderFolder, '--format', 'json', '--taal', taal];
}

export function buildArgs(kaderFolder: string, outputFolder: string, taal: Taal): string[] {
  return ['build', kaderFolder, '-o', outputFolder, '--taal', taal];
}

export function monitorArgs(kaderFolder: string, metingenFile: string, reportFile: string, taal: Taal): string[] {
  return ['monitor', kaderFolder, '--metingen', metingenFile, '--rapport', reportFile, '--taal', taal];
}

/** One diagnostic as `policylang check --format json` writes it (1-based lines and columns). */
export interface CheckDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

export interface CheckResult {
  readonly diagnostics: readonly CheckDiagnostic[];
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Reads the JSON of `policylang check --format json`; throws with a short reason on anything else. */
export function parseCheckOutput(stdout: string): CheckResult {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch {
    throw new Error(`geen JSON / not JSON: ${stdout.slice(0, 80)}`);
  }
  const root = data as { diagnostics?: unknown; summary?: { files?: unknown; errors?: unknown; warnings?: unknown; infos?: unknown } };
  if (!Array.isArray(root.diagnostics) || typeof root.summary !== 'object' || root.summary === null) {
    throw new Error('diagnostics of summary ontbreekt / diagnostics or summary missing');
  }
  const diagnostics = root.diagnostics.map((d: Record<string, unknown>) => ({
    file: String(d.file ?? ''),
    line: Number(d.line ?? 0),
    column: Number(d.column ?? 0),
    severity: String(d.severity ?? ''),
    code: String(d.code ?? ''),
    message: String(d.message ?? ''),
  }));
  return {
    diagnostics,
    files: Number(root.summary.files ?? 0),
    errors: Number(root.summary.errors ?? 0),
    warnings: Number(root.summary.warnings ?? 0),
    infos: Number((root.summary as { infos?: unknown }).infos ?? 0),
  };
}

const SeverityOrder: Record<string, number> = { error: 0, warning: 1, info: 2 };

/**
 * The lines for the output channel, in the `pad(regel,kolom): error CODE: bericht` form. VS Code
 * links a location in an output channel only when its path is absolute, so the CLI's paths
 * (relative to the folder it ran in, `cwd`) are resolved. Errors first, then warnings, then
 * infos; within one severity the CLI's order (file, then position) stays.
 */
export function formatDiagnostics(result: CheckResult, cwd: string): string[] {
  const rank = (severity: string) => SeverityOrder[severity] ?? 3;
  return [...result.diagnostics]
    .sort((a, b) => rank(a.severity) - rank(b.severity))
    .map((d) => `${path.resolve(cwd, d.file)}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`);
}
