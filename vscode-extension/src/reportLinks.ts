import * as path from 'path';

/**
 * A report's source location (`<p class="source">steenwijkerland/doelen.beleid:221</p>`, the
 * file relative to the kader folder's parent) as a file and a one-based line. The text comes from
 * a webview, so only a .beleid file inside the kader folder is accepted.
 */
export function sourceLocation(text: string, kaderFolder: string): { file: string; line: number } | undefined {
  const match = /^\s*(.+\.beleid):(\d+)\s*$/.exec(text);
  if (!match || !kaderFolder) return undefined;
  const file = path.resolve(path.dirname(kaderFolder), match[1]);
  const relative = path.relative(kaderFolder, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return { file, line: Math.max(1, Number(match[2])) };
}
