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
  assert.equal(result.infos, 0);
  assert.deepEqual(formatDiagnostics(result, '/work'), [
    "/work/examples/x/doelen.beleid(3,14): error PL2001: 'Zelfredzaamhied' bestaat niet",
    '/work/examples/x/kader.beleid(1,1): warning PL5001: geen periode',
  ]);
});

test('the output lists absolute (clickable) locations, errors before warnings before infos', () => {
  const mixed = parseCheckOutput(JSON.stringify({
    diagnostics: [
      { file: 'a.beleid', line: 1, column: 1, severity: 'info', code: 'PL5002', message: 'i' },
      { file: 'a.beleid', line: 2, column: 1, severity: 'warning', code: 'PL3001', message: 'w1' },
      { file: 'b.beleid', line: 9, column: 3, severity: 'error', code: 'PL2001', message: 'e' },
      { file: 'c.beleid', line: 1, column: 1, severity: 'warning', code: 'PL3001', message: 'w2' },
    ],
    summary: { files: 3, errors: 1, warnings: 2, infos: 1 },
  }));
  assert.equal(mixed.infos, 1);
  assert.deepEqual(formatDiagnostics(mixed, '/k').map((l) => l.split(': ').slice(0, 2).join(': ')), [
    '/k/b.beleid(9,3): error PL2001',
    '/k/a.beleid(2,1): warning PL3001',
    '/k/c.beleid(1,1): warning PL3001',
    '/k/a.beleid(1,1): info PL5002',
  ]);
});

test('output that is not check JSON is refused with a reason', () => {
  assert.throws(() => parseCheckOutput('policylang: map niet gevonden'), /not JSON/);
  assert.throws(() => parseCheckOutput('{"diagnostics": 3}'), /missing/);
  assert.throws(() => parseCheckOutput(''), /not JSON/);
});
