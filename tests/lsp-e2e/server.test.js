// End-to-end: a real third-party LSP client (vscode-languageserver-protocol) starts the BUILT
// PolicyLang language server over stdio and uses it as an editor would. Run by scripts/test after
// `dotnet test` (which builds the server); `node --test` in this folder runs it alone.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-languageserver-protocol/node');

const root = path.resolve(__dirname, '..', '..');
const exampleDir = path.join(root, 'examples', 'steenwijkerland');

/** The server's build output: POLICYLANG_SERVER, else the newest Debug/Release build. */
function serverDll() {
  if (process.env.POLICYLANG_SERVER) return process.env.POLICYLANG_SERVER;
  const candidates = ['Debug', 'Release']
    .map((c) => path.join(root, 'language-server', 'PolicyLang.LanguageServer', 'bin', c, 'net10.0', 'PolicyLang.LanguageServer.dll'))
    .filter((p) => fs.existsSync(p))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (candidates.length === 0) throw new Error('Build the server first: dotnet build language-server/PolicyLang.LanguageServer');
  return candidates[0];
}

function start() {
  const child = spawn('dotnet', [serverDll(), '--log-level', 'debug'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d.toString(); });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  connection.listen();
  return { child, connection, exited, log: () => stderr };
}

/** Resolves with the first publishDiagnostics for uri that satisfies the predicate. */
function diagnosticsFor(connection, uri, predicate) {
  return new Promise((resolve) => {
    const disposable = connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri && predicate(params)) {
        disposable.dispose();
        resolve(params);
      }
    });
  });
}

function offsetToPosition(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

test('a real LSP client drives the built server over stdio', { timeout: 120_000 }, async () => {
  const { connection, exited, log } = start();
  try {
    const init = await connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
      initializationOptions: { taal: 'nl' },
      workspaceFolders: null,
    });
    assert.equal(init.capabilities.positionEncoding, 'utf-16');
    assert.equal(init.capabilities.renameProvider.prepareProvider, true);
    await connection.sendNotification(rpc.InitializedNotification.type, {});

    // Open an example and introduce a misspelled reference: the server reports it.
    const file = path.join(exampleDir, 'doelen.beleid');
    const uri = pathToFileURL(file).href;
    const original = fs.readFileSync(file, 'utf8');
    const match = /indicator: (\w+)/.exec(original);
    assert.ok(match, 'the example has a doel with an indicator');
    const indicatorId = match[1];
    const valueOffset = match.index + 'indicator: '.length;
    const text = original.slice(0, valueOffset) + indicatorId + 'X' + original.slice(valueOffset + indicatorId.length);

    const firstDiagnostics = diagnosticsFor(connection, uri, (p) => p.diagnostics.some((d) => d.code === 'PL2001'));
    await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'policylang', version: 1, text },
    });
    const published = await firstDiagnostics;
    const undefinedRef = published.diagnostics.find((d) => d.code === 'PL2001');
    assert.match(undefinedRef.message, /niet gedefinieerd/);
    assert.equal(undefinedRef.source, 'policylang');

    // Fix it with an incremental change: the diagnostic disappears.
    const typo = offsetToPosition(text, valueOffset + indicatorId.length);
    const cleared = diagnosticsFor(connection, uri, (p) => p.version === 2 && !p.diagnostics.some((d) => d.code === 'PL2001'));
    await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: typo, end: { line: typo.line, character: typo.character + 1 } }, text: '' }],
    });
    await cleared;
    const at = offsetToPosition(original, valueOffset + 1);

    // Completion in the reference position offers indicator ids, including this one.
    const completion = await connection.sendRequest(rpc.CompletionRequest.type, { textDocument: { uri }, position: at });
    const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
    assert.ok(labels.includes(indicatorId), `completion offers ${indicatorId}`);

    // Hover names the indicator.
    const hover = await connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: at });
    assert.match(hover.contents.value, new RegExp(`indicator\\*\\* \`${indicatorId}\``));

    // Definition leads to the indicator's declaration (in another file of the folder).
    const definition = await connection.sendRequest(rpc.DefinitionRequest.type, { textDocument: { uri }, position: at });
    const target = Array.isArray(definition) ? definition[0] : definition;
    const targetText = fs.readFileSync(new URL(target.uri), 'utf8').split('\n')[target.range.start.line];
    assert.match(targetText, new RegExp(`indicator ${indicatorId}\\b`));

    // Rename: the declaration and every reference, across files.
    const prepared = await connection.sendRequest(rpc.PrepareRenameRequest.type, { textDocument: { uri }, position: at });
    assert.equal(prepared.placeholder, indicatorId);
    const edit = await connection.sendRequest(rpc.RenameRequest.type, { textDocument: { uri }, position: at, newName: indicatorId + 'Nieuw' });
    const uris = Object.keys(edit.changes);
    assert.ok(uris.includes(uri) && uris.includes(target.uri), 'rename edits the reference and the declaration');
    for (const edits of Object.values(edit.changes)) for (const e of edits) assert.equal(e.newText, indicatorId + 'Nieuw');

    // Cancel a request: a big document makes the request slow enough to be cancelled while it runs.
    const bigUri = pathToFileURL(path.join(exampleDir, 'zz-groot-e2e.beleid')).href;
    const big = Array.from({ length: 20000 }, (_, i) => `thema Thema${i} "Thema ${i}" { nummer: ${i} }`).join('\n');
    await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
      textDocument: { uri: bigUri, languageId: 'policylang', version: 1, text: big },
    });
    const source = new rpc.CancellationTokenSource();
    const slow = connection.sendRequest(rpc.SemanticTokensRequest.type, { textDocument: { uri: bigUri } }, source.token);
    source.cancel();
    await assert.rejects(slow, (e) => e.code === rpc.LSPErrorCodes.RequestCancelled || e.code === rpc.ErrorCodes.RequestCancelled || /cancel/i.test(e.message));
    await connection.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri: bigUri } });

    // The server still answers after the cancellation.
    const symbols = await connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(symbols.length > 0);

    await connection.sendRequest(rpc.ShutdownRequest.type);
    await connection.sendNotification(rpc.ExitNotification.type);
    assert.equal(await exited, 0, log());
  } finally {
    connection.dispose();
  }
});
