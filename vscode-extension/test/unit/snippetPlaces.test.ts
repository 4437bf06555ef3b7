import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { coveredBySnippets, enclosingElements, readSnippets, snippetsAt } from '../../src/snippetPlaces';

const snippets = readSnippets(readFileSync(path.join(__dirname, '../../../snippets/beleid.code-snippets'), 'utf8'));
const prefixesAt = (text: string) => snippetsAt(text, snippets).map((s) => s.prefix);

test('every snippet names the element it inserts', () => {
  assert.ok(snippets.length > 20);
  for (const s of snippets) assert.match(s.element, /^[a-z]+$/, s.name);
});

test('the blocks around the caret, ignoring braces in strings and comments', () => {
  assert.deepEqual(enclosingElements(''), []);
  assert.deepEqual(enclosingElements('doel D "t {" {\n  nummer: 1\n'), ['doel']);
  assert.deepEqual(enclosingElements('doel D "t" {\n}\n// een { in commentaar\n'), []);
  assert.deepEqual(enclosingElements('begroting B "b" {\n  post P1 "p": € 1 {\n'), ['begroting', 'post']);
});

test('top level: element snippets, no post or rij; doel is offered once by the snippets', () => {
  const top = prefixesAt('kader K "k" {\n}\n');
  for (const prefix of ['doel', 'begroting', 'besluit', 'ambitie', 'tabel']) assert.ok(top.includes(prefix), prefix);
  assert.ok(!top.includes('post') && !top.includes('rij'));
  assert.ok(coveredBySnippets('doel', snippetsAt('', snippets)), "the server's keyword doel is dropped: the snippet covers it");
});

test('inside a doel body no element snippets; inside a begroting only posts, inside a tabel only rijen', () => {
  assert.deepEqual(prefixesAt('doel D "d" {\n  nummer: 1\n  '), []);
  assert.deepEqual(prefixesAt('begroting B "b" {\n  ').sort(), ['post', 'post-onderposten']);
  assert.deepEqual(prefixesAt('tabel T "t" {\n  ').sort(), ['rij', 'rij-som']);
  assert.ok(!coveredBySnippets('begroting', snippetsAt('doel D "d" {\n', snippets)));
});
