// Startup of the language server as an editor sees it (issue 19 item 4): from spawning the server
// process to (1) the answer to `initialize` and (2) the first publishDiagnostics of a document in a
// 30-file folder (the server reads and checks the whole folder for it). A measurement, not a test
// (`node --test` does not pick it up): each round is a new process, so nothing is warm.
//
//   node startup.js [--server PATH] [--rounds N] [--folder DIR]
//
// PATH is the server as the VS Code extension ships it (the self-contained ReadyToRun publish,
// an executable) or a PolicyLang.LanguageServer.dll (run with `dotnet`); by default the newest
// Debug/Release build, as server.test.js finds it. Prints every round and the median, with the CPU
// time the server process used until its first diagnostics (from /proc: on a loaded machine the
// wall time includes waiting for a core, and the CPU time says what the start itself costs).
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-languageserver-protocol/node');

const root = path.resolve(__dirname, '..', '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function defaultServer() {
  const candidates = ['Debug', 'Release']
    .map((c) => path.join(root, 'language-server', 'PolicyLang.LanguageServer', 'bin', c, 'net10.0', 'PolicyLang.LanguageServer.dll'))
    .filter((p) => fs.existsSync(p))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (candidates.length === 0) throw new Error('Build the server first, or pass --server PATH');
  return candidates[0];
}

const server = arg('--server', null) ?? defaultServer();
const rounds = Number(arg('--rounds', '5'));
const folder = path.resolve(arg('--folder', path.join(root, 'examples', 'steenwijkerland')));
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.beleid')).sort();

/** CPU time (user + system) the server process has used so far, in ms; Linux only (/proc), else NaN. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks of 10 ms
  } catch {
    return NaN;
  }
}

function ms(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function round() {
  const start = process.hrtime.bigint();
  const [command, args] = server.endsWith('.dll') ? ['dotnet', [server]] : [server, []];
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const file = path.join(folder, files[0]);
    const uri = pathToFileURL(file).href;
    const published = new Promise((resolve) => {
      connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) resolve(ms(start));
      });
    });
    await connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: null,
    });
    const initialized = ms(start);
    await connection.sendNotification(rpc.InitializedNotification.type, {});
    await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'policylang', version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    const diagnostics = await published;
    const cpu = cpuMs(child.pid);
    await connection.sendRequest(rpc.ShutdownRequest.type);
    await connection.sendNotification(rpc.ExitNotification.type);
    await exited;
    return { initialized, diagnostics, cpu };
  } finally {
    connection.dispose();
    child.kill();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

(async () => {
  console.log(`server: ${server}`);
  console.log(`folder: ${folder} (${files.length} .beleid files), ${rounds} rounds, load average ${require('node:os').loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const results = [];
  for (let i = 0; i < rounds; i++) {
    const r = await round();
    results.push(r);
    console.log(`round ${i + 1}: initialize answered after ${r.initialized.toFixed(0)} ms, first diagnostics after ${r.diagnostics.toFixed(0)} ms (server CPU time by then ${r.cpu.toFixed(0)} ms)`);
  }
  const init = median(results.map((r) => r.initialized));
  const diag = median(results.map((r) => r.diagnostics));
  const cpu = median(results.map((r) => r.cpu));
  console.log(`median: initialize ${init.toFixed(0)} ms, first diagnostics ${diag.toFixed(0)} ms, server CPU time ${cpu.toFixed(0)} ms; target (issue 19 item 4) within 1000 ms: ${diag <= 1000 ? 'met' : 'missed'}`);
})().catch((e) => { console.error(e); process.exit(1); });
