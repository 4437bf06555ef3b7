/**
 * A test oracle: the token boundaries of compiler/PolicyLang.Compiler/Syntax/Lexer.cs, written
 * again from docs/language.md §2 so the grammar can be checked against the compiler's reading of
 * the real examples. Kept deliberately plain; it is never shipped.
 */
export type RefKind = 'comment' | 'string' | 'number' | 'date' | 'section' | 'word' | 'range' | 'punct' | 'bad';

export interface RefToken {
  readonly kind: RefKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isLetter = (c: string) => /[\p{L}_]/u.test(c);
const isPart = (c: string) => /[\p{L}\p{N}_]/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

export function lex(text: string): RefToken[] {
  const tokens: RefToken[] = [];
  let i = 0;
  const push = (kind: RefKind, start: number) => tokens.push({ kind, start, end: i, text: text.slice(start, i) });
  while (i < text.length) {
    const c = text[i];
    const start = i;
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      push('comment', start);
    } else if (/\s/u.test(c) || c === '\uFEFF') {
      i++;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n' && text[i] !== '\r') i += text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\') ? 2 : 1;
      if (text[i] === '"') i++;
      push('string', start);
    } else if (c === '§') {
      i++;
      while (i < text.length && /[\p{L}\p{N}.]/u.test(text[i])) i++;
      while (i - 1 > start && text[i - 1] === '.') i--;
      push('section', start);
    } else if (isDigit(c) || (c === '-' && isDigit(text[i + 1] ?? ''))) {
      const date = /^(?:\d{2}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}_])/u.exec(text.slice(i, i + 11));
      if (date && c !== '-') {
        i += 10;
        push('date', start);
        continue;
      }
      if (c === '-') i++;
      while (isDigit(text[i] ?? '')) i++;
      while ((text[i] === '.' || text[i] === '_') && isDigit(text[i + 1] ?? '')) {
        i++;
        while (isDigit(text[i] ?? '')) i++;
      }
      if (text[i] === ',' && isDigit(text[i + 1] ?? '')) {
        i++;
        while (isDigit(text[i] ?? '')) i++;
      }
      while (i < text.length && (isPart(text[i]) || (text[i] === '.' && isDigit(text[i + 1] ?? '')))) i++;
      push('number', start);
    } else if (c === 't' && text.startsWith('t/m', i) && !isPart(text[i + 3] ?? '')) {
      i += 3;
      push('range', start);
    } else if (isLetter(c)) {
      while (i < text.length && isPart(text[i])) i++;
      push('word', start);
    } else if ('{}:,€%=-[]()+/.'.includes(c)) {
      // [ ] ( ) + / . are formula operators and member access (docs/language.md §6a).
      i++;
      push('punct', start);
    } else if (c === '<' || c === '>') {
      i += text[i + 1] === '=' ? 2 : 1;
      push('punct', start);
    } else {
      i += c.length;
      push('bad', start);
    }
  }
  return tokens;
}
