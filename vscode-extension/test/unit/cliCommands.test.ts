import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildArgs, checkArgs, formatDiagnostics, monitorArgs, parseCheckOutput } from '../../src/cliCommands';

test('command lines keep a path with spaces and quotes as one argument', () => {
  const folder = '/work/mijn "kader" map';
  assert.deepEqual(checkArgs(folder, 'en'), ['check', folder, '--format', 'json', '--taal', 'en']);
  assert.deepEqual(buildArgs(folder, '/out dir', 'nl'), ['build', folder, '-o', '/out dir', '--taal', 'nl']);
  assert.deepEqual(monitorArgs(folder, '/m/metingen 2024.csv', '/r/rapport.html', 'nl'),
    ['monitor', folder, '--metingen', '/m/metingen 2024.csv', '--rapport', '/r/rapport.html', '--taal', 'nl']);
});

const sample = JSON.stringify({
  diagnostics: [
    { file: 'examples/x/doelen.beleid', line: 3, column: 14, endLine: 3, endColumn: 20, severity: 'error', code: 'PL2001', message: "'Zelfredzaamhied' bestaat niet", related: [] },
    { file: 'examples/x/kader.beleid', line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'warning', code: 'PL5001', message: 'geen periode', related: [] },
  ],
  summary: { files: 2, errors: 1, warnings: 1, infos: 0 },
});

test('check JSON is read into diagnostics and a summary', () => {
  const result = parseCheckOutput(sample);
  assert.equal(result.files, 2);
  assert.equal(result.errors, 1);
  assert.equal(result.warnings, 1);
  assert.equal(result.diagnostics[0].code, 'PL2001');
  assert.deepEqual(formatDiagnostics(result), [
    "examples/x/doelen.beleid(3,14): error PL2001: 'Zelfredzaamhied' bestaat niet",
    'examples/x/kader.beleid(1,1): warning PL5001: geen periode',
  ]);
});

test('output that is not check JSON is refused with a reason', () => {
  assert.throws(() => parseCheckOutput('policylang: map niet gevonden'), /not JSON/);
  assert.throws(() => parseCheckOutput('{"diagnostics": 3}'), /missing/);
  assert.throws(() => parseCheckOutput(''), /not JSON/);
});
