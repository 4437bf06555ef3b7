import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeEach, test } from 'node:test';
import * as vscode from 'vscode';
import { GoalLenses } from '../../src/goalLenses';
import { measurementFileOf, readGoalStatuses } from '../../src/goalStatus';
import { readSettings } from '../../src/settings';

type Stub = typeof import('../stub/vscode');
const stub = vscode as unknown as Stub;

/** What `policylang monitor --json` writes for three doelen (shape of docs/monitoring.md). */
const monitorJson = JSON.stringify({
  doelen: [
    { id: 'Deelname', soort: 'ambitie', bron: 'k/ambities.beleid:11' },
    { id: 'Uitstroom', soort: 'doel', bron: 'k/doelen.beleid:3', indicator: 'Uitstromers', kleur: 'Red', label: 'niet op koers', reden: 'Achter op het pad.', reason: 'Behind the path.', laatste: { periode: '2016', waarde: 1700, voorlopig: false }, verwacht: 1900, streefwaarde: { vergelijking: 'minimaal', waarde: 2000, jaar: 2018 } },
    { id: 'Ontheffingen', soort: 'doel', bron: 'k/doelen.beleid:9', indicator: 'Ontheffing', kleur: 'Green', label: 'behaald', reden: 'De streefwaarde 50 is gehaald.', laatste: { periode: '2016', waarde: 48, voorlopig: true } },
    { id: 'Onmeetbaar', soort: 'doel', bron: 'k/doelen.beleid:15', kleur: 'Grey', label: 'niet meetbaar' },
  ],
});

beforeEach(() => stub.reset());

test('the lens text: stoplicht, latest value with its period, the value the path expects, the norm; only doelen with an indicator', () => {
  const statuses = readGoalStatuses(monitorJson, '/ws/k', 'nl');
  assert.deepEqual(statuses.map((s) => [s.id, s.file, s.line]), [['Uitstroom', '/ws/k/doelen.beleid', 3], ['Ontheffingen', '/ws/k/doelen.beleid', 9]]);
  assert.equal(statuses[0].text, '🔴 niet op koers · laatste 1.700 (2016) · verwacht 1.900 · streefwaarde minimaal 2.000 in 2018');
  assert.equal(statuses[0].tooltip, 'Achter op het pad.');
  assert.equal(statuses[1].text, '🟢 behaald · laatste 48 (2016, voorlopig)');
  assert.equal(readGoalStatuses(monitorJson, '/ws/k', 'en')[0].text, '🔴 niet op koers · latest 1,700 (2016) · expected 1,900 · target minimaal 2,000 in 2018');
});

test('the measurement file is metingen.csv, else metingen.json, beside the .beleid files', () => {
  assert.equal(measurementFileOf('/k', (f) => f.endsWith('metingen.json')), path.join('/k', 'metingen.json'));
  assert.equal(measurementFileOf('/k', () => false), undefined);
});

test('lenses above the doelen of the open file, from one monitor run; a click opens the report at the doel', async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-lens-'));
  const kader = path.join(parent, 'k');
  fs.mkdirSync(kader);
  fs.writeFileSync(path.join(kader, 'metingen.csv'), 'indicator;periode;waarde\n');
  const calls: string[][] = [];
  const lenses = new GoalLenses({
    settings: () => readSettings(() => undefined),
    locateCli: () => ({ ok: true, path: '/bin/policylang', source: 'bundled' }) as never,
    run: async (_command, args) => {
      calls.push([...args]);
      fs.writeFileSync(args[args.indexOf('--json') + 1], monitorJson);
      fs.writeFileSync(args[args.indexOf('--rapport') + 1], '<html><head></head><body><h3 id="doel-Uitstroom">x</h3></body></html>');
      return { exitCode: 1, stdout: '', stderr: '' };
    },
    output: stub.window.createOutputChannel('PolicyLang') as never,
  });
  const document = { uri: { scheme: 'file', fsPath: path.join(kader, 'doelen.beleid') }, lineCount: 20, languageId: 'beleid' } as never;
  let changed = 0;
  const answered = new Promise<void>((resolve) => lenses.onDidChangeCodeLenses(() => { changed++; resolve(); }));
  assert.deepEqual(lenses.provideCodeLenses(document), [], 'nothing until the monitor has answered; asking starts the run');
  await answered;
  assert.equal(calls.length, 1, 'one run for the folder');
  assert.deepEqual(calls[0].slice(0, 4), ['monitor', kader, '--metingen', path.join(kader, 'metingen.csv')]);
  assert.equal(changed, 1);
  const shown = lenses.provideCodeLenses(document).map((l) => (l as unknown as { command: { title: string; arguments: unknown[] } }).command);
  assert.deepEqual(shown.map((c) => c.title.split(' · ')[0]), ['🔴 niet op koers', '🟢 behaald']);
  assert.deepEqual(shown[0].arguments, [kader, 'Uitstroom']);
  await lenses.openGoalReport(kader, 'Uitstroom');
  assert.equal(stub.recorded.webviews.length, 1);
  assert.match(stub.recorded.webviews[0].html, /getElementById\("doel-Uitstroom"\).*scrollIntoView/s);
  lenses.dispose();
  fs.rmSync(parent, { recursive: true, force: true });
});
