import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { lex, type RefToken } from '../support/referenceLexer';
import { loadGrammar, tokenizeLines } from '../support/tokenizer';

/**
 * The grammar against the real examples: every token the compiler's lexer sees (re-derived by
 * the reference lexer) must carry the scope of its kind, and nothing in the error-free examples
 * may be coloured invalid.
 */
const examples = path.join(__dirname, '../../../../examples');
const keywords = new Set(['kader', 'ambitie', 'doel', 'indicator', 'begroting', 'post', 'tabel', 'rij', 'scenario', 'spanning', 'uitgangspunt', 'kaderstelling', 'thema', 'maatregel', 'risico', 'besluit', 'wet', 'document', 'feit']);

function exampleFiles(): string[] {
  const files: string[] = [];
  for (const dir of fs.readdirSync(examples).sort()) {
    const full = path.join(examples, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).sort()) if (f.endsWith('.beleid')) files.push(path.join(full, f));
  }
  return files;
}

/** The scopes of every character of the file, by offset. */
async function scopesByOffset(text: string): Promise<(readonly string[])[]> {
  const grammar = await loadGrammar();
  const byOffset: (readonly string[])[] = [];
  const lines = tokenizeLines(grammar, text);
  const lineStarts: number[] = [];
  let offset = 0;
  for (const match of text.split(/(\r?\n)/)) {
    if (match === '\n' || match === '\r\n') {
      offset += match.length;
    } else {
      lineStarts.push(offset);
      offset += match.length;
    }
  }
  lines.forEach(({ tokens }, i) => {
    for (const t of tokens) for (let c = t.start; c < t.end; c++) byOffset[lineStarts[i] + c] = t.scopes;
  });
  return byOffset;
}

/**
 * What the parser makes of a word or keyword, from the tokens around it (Parser.ElementShape,
 * FieldNameLength). `inValue`: the word follows a field's ':' within the same value list.
 */
function role(tokens: RefToken[], i: number, inValue: boolean): 'field' | 'header' | 'value' {
  const next = tokens.slice(i + 1).filter((t) => t.kind !== 'comment');
  const multi = ['draagt bij aan', 'som van', 'verschil van', 'cumulatief van', 'aandeel van', 'vergelijk met'];
  for (const name of multi) {
    const words = name.split(' ');
    if (words[0] === tokens[i].text && words.every((w, k) => k === 0 || next[k - 1]?.text === w) && next[words.length - 1]?.text === ':') return 'field';
  }
  if (next[0]?.text === ':') return 'field';
  if (!keywords.has(tokens[i].text)) return 'value';
  if (next[0]?.kind === 'string' || next[0]?.text === '{') return 'header';
  if (next[0]?.kind !== 'word') return 'value';
  if (next[1]?.kind === 'string' || next[1]?.text === '{') return 'header';
  if (next[1]?.text === ':') return inValue ? 'value' : 'header';
  return 'header';
}

const expected: Record<string, string> = {
  comment: 'comment.line.double-slash.beleid',
  string: 'string.quoted.double.beleid',
  number: 'constant.numeric.decimal.beleid',
  date: 'constant.numeric.date.beleid',
  section: 'constant.other.section.beleid',
  range: 'keyword.operator.range.beleid',
};

test('every example file is coloured the way the compiler reads it', async () => {
  const files = exampleFiles();
  assert.ok(files.length >= 50, `found ${files.length} example files`);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const scopes = await scopesByOffset(text);
    const tokens = lex(text);
    const where = (t: RefToken) => `${path.relative(examples, file)}@${t.start} '${t.text.slice(0, 30)}'`;
    const has = (t: RefToken, scope: string) => {
      // A more specific scope counts too (comment.line.double-slash.directive.beleid is a comment).
      const more = scope.replace(/\.beleid$/, '.');
      for (let c = t.start; c < t.end; c++) if (!(scopes[c] ?? []).some((s) => s === scope || s.startsWith(more))) return false;
      return true;
    };
    let inValue = false;
    tokens.forEach((t, i) => {
      if (t.text === '{' || t.text === '}') inValue = false;
      for (let c = t.start; c < t.end; c++) if ((scopes[c] ?? []).some((s) => s.startsWith('invalid'))) problems.push(`invalid scope at ${where(t)}`);
      const want = expected[t.kind];
      if (want) {
        seen.add(t.kind);
        if (!has(t, want)) problems.push(`${t.kind} without ${want} at ${where(t)}: ${scopes[t.start]?.join(' ')}`);
        return;
      }
      if (t.kind === 'bad') problems.push(`bad character at ${where(t)}`);
      if (t.kind !== 'word') return;
      const r = role(tokens, i, inValue);
      if (r === 'field' || r === 'header') inValue = false;
      if (r === 'field') inValue = true; // its ':' follows
      seen.add(`${r}:${keywords.has(t.text) ? 'keyword' : 'word'}`);
      if (r === 'field' && !has(t, 'support.type.property-name.beleid')) problems.push(`field name not coloured at ${where(t)}: ${scopes[t.start]?.join(' ')}`);
      if (r === 'header' && !has(t, 'keyword.other.element.beleid')) problems.push(`element keyword not coloured at ${where(t)}: ${scopes[t.start]?.join(' ')}`);
      if (r === 'value' && keywords.has(t.text) && has(t, 'keyword.other.element.beleid')) problems.push(`keyword used as value coloured as element at ${where(t)}`);
    });
  }
  assert.deepEqual(problems.slice(0, 20), []);
  // The examples exercise every kind of token the oracle checks, so a silent pass means something.
  for (const kind of ['comment', 'string', 'number', 'date', 'section', 'range', 'field:word', 'field:keyword', 'header:keyword', 'value:keyword', 'value:word']) {
    assert.ok(seen.has(kind), `the examples contain no ${kind}`);
  }
});

test('the reference lexer tiles what it reads: tokens are in order and do not overlap', () => {
  const text = fs.readFileSync(exampleFiles()[0], 'utf8');
  let end = 0;
  for (const t of lex(text)) {
    assert.ok(t.start >= end && t.end > t.start);
    assert.match(text.slice(end, t.start), /^[\s\uFEFF]*$/u);
    end = t.end;
  }
});
