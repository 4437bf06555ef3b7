/**
 * Where each snippet of snippets/beleid.code-snippets belongs. VS Code offers a snippet file's
 * snippets everywhere in the language, so `begroting` or `besluit` showed up inside a doel body,
 * and `doel` twice at top level (the snippet and the server's keyword). The extension offers the
 * snippets itself, only where the parser accepts the element (SyntaxFacts.CanNest): post in a
 * begroting or post, rij in a tabel, every other element at top level, nothing inside other blocks.
 */

export interface Snippet {
  readonly name: string;
  readonly prefix: string;
  readonly body: string;
  readonly description: string;
  /** The element keyword the snippet's body starts with. */
  readonly element: string;
}

/** Reads the snippet file's JSON (`{ name: { prefix, body: string[] | string, description } }`). */
export function readSnippets(json: string): Snippet[] {
  const data = JSON.parse(json) as Record<string, { prefix: string | string[]; body: string | string[]; description?: string }>;
  return Object.entries(data).map(([name, s]) => {
    const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
    return {
      name,
      prefix: Array.isArray(s.prefix) ? s.prefix[0] : s.prefix,
      body,
      description: s.description ?? '',
      element: /^\s*([a-z]+)/.exec(body)?.[1] ?? '',
    };
  });
}

/**
 * The element keywords of the blocks around the caret, outermost first ([] at top level).
 * Strings and `//` comments are skipped, so a brace in a title does not count.
 */
export function enclosingElements(textBeforeCaret: string): string[] {
  const stack: string[] = [];
  let statementStart = 0;
  for (let i = 0; i < textBeforeCaret.length; i++) {
    const c = textBeforeCaret[i];
    if (c === '"') {
      const end = textBeforeCaret.indexOf('"', i + 1);
      if (end < 0) return stack;
      i = end;
    } else if (c === '/' && textBeforeCaret[i + 1] === '/') {
      const end = textBeforeCaret.indexOf('\n', i);
      if (end < 0) return stack;
      i = end;
      statementStart = i + 1;
    } else if (c === '{') {
      stack.push(/^\s*([a-z]+)/.exec(textBeforeCaret.slice(statementStart, i))?.[1] ?? '');
      statementStart = i + 1;
    } else if (c === '}') {
      stack.pop();
      statementStart = i + 1;
    } else if (c === '\n') {
      statementStart = i + 1;
    }
  }
  return stack;
}

/** The parser's nesting rule (SyntaxFacts.CanNest) for the elements snippets insert. */
function canNest(element: string, parent: string | undefined): boolean {
  if (parent === undefined) return element !== 'post' && element !== 'rij';
  if (element === 'post') return parent === 'begroting' || parent === 'post';
  if (element === 'rij') return parent === 'tabel';
  return false;
}

export function snippetsAt(textBeforeCaret: string, snippets: readonly Snippet[]): Snippet[] {
  const parent = enclosingElements(textBeforeCaret).at(-1);
  return snippets.filter((s) => canNest(s.element, parent));
}

/** Server completion labels the snippets already cover at that place (`doel` once, not twice). */
export function coveredBySnippets(label: string, offered: readonly Snippet[]): boolean {
  return offered.some((s) => s.prefix === label);
}
