// Bundles the extension into one file, out/extension.js, with esbuild. `vscode` is provided by the
// editor at run time; vscode-languageclient and everything else is inlined, so the .vsix needs no
// node_modules.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

await esbuild.build({
  entryPoints: [path.join(root, 'src', 'extension.ts')],
  outfile: path.join(root, 'out', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
});
