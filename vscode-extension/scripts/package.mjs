// Builds the .vsix: bundle the extension, publish the language server and the policylang CLI as
// one self-contained linux-x64 folder (server/), and package with @vscode/vsce.
//
//   node scripts/package.mjs [--out file.vsix]
//
// The language server (issue 5) is published when its project exists in the repository; until
// then the .vsix carries the CLI only and says so. POLICYLANG_SKIP_PUBLISH=1 reuses an existing
// server/ folder (for quick iterations on the extension itself).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repo = path.dirname(root);
const serverDir = path.join(root, 'server');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(root, 'dist', 'policylang-linux-x64.vsix');

export const projects = {
  cli: path.join(repo, 'compiler', 'PolicyLang.Cli'),
  server: path.join(repo, 'language-server', 'PolicyLang.LanguageServer'),
};

function run(command, commandArgs, cwd = root) {
  console.log(`> ${command} ${commandArgs.join(' ')}`);
  execFileSync(command, commandArgs, { cwd, stdio: 'inherit' });
}

/** Self-contained: the user needs no .NET runtime. ReadyToRun: no JIT pause when the server starts. */
function publish(project) {
  run('dotnet', ['publish', project, '-c', 'Release', '-r', 'linux-x64', '--self-contained', '-p:PublishReadyToRun=true', '-o', serverDir], repo);
}

run(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')]);

if (process.env.POLICYLANG_SKIP_PUBLISH === '1' && fs.existsSync(serverDir)) {
  console.log('package: reusing server/ (POLICYLANG_SKIP_PUBLISH=1)');
} else {
  fs.rmSync(serverDir, { recursive: true, force: true });
  // Both apps share one runtime in one folder: the CLI next to the server costs a few MB, not a
  // second runtime (docs/decisions/0010-vscode-extension.md).
  publish(projects.cli);
  if (fs.existsSync(projects.server)) publish(projects.server);
  else console.log('package: language-server/PolicyLang.LanguageServer does not exist yet; the .vsix carries the CLI only');
}

fs.mkdirSync(path.dirname(out), { recursive: true });
run(process.execPath, [
  path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package', '--no-dependencies', '--target', 'linux-x64', '--skip-license', '--allow-missing-repository',
  '--no-rewrite-relative-links', '--out', out,
]);
console.log(`package: ${out}`);
