import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const GrammarPath = path.join(__dirname, '../../../syntaxes/beleid.tmLanguage.json');

/** One line's tokens as vscode-textmate gives them: [start, end) with the scope stack. */
export interface LineToken {
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

/** The grammar loaded the way VS Code loads it: vscode-textmate over the Oniguruma WebAssembly build. */
export function loadGrammar(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'source.beleid' ? textmate.parseRawGrammar(fs.readFileSync(GrammarPath, 'utf8'), GrammarPath) : null,
    });
    const loaded = await registry.loadGrammar('source.beleid');
    if (!loaded) throw new Error('grammar source.beleid did not load');
    return loaded;
  })();
  return grammar;
}

/** Tokenizes a whole file, line by line, carrying the rule stack like the editor does. */
export function tokenizeLines(g: textmate.IGrammar, text: string): { line: string; tokens: LineToken[] }[] {
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = g.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return { line, tokens: result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes })) };
  });
}
