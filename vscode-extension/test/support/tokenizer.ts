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
  grammar ??= createRegistry().then(loadBeleid);
  return grammar;
}

/** A registry with a colour theme, for rendering: colours come from the theme's scope rules as in VS Code. */
export async function loadThemedGrammar(theme: textmate.IRawTheme): Promise<{ grammar: textmate.IGrammar; colorMap: string[] }> {
  const registry = await createRegistry(theme);
  return { grammar: await loadBeleid(registry), colorMap: registry.getColorMap() };
}

let wasmLoaded: Promise<void> | undefined;

async function createRegistry(theme?: textmate.IRawTheme): Promise<textmate.Registry> {
  wasmLoaded ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  await wasmLoaded;
  return new textmate.Registry({
    theme,
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.beleid' ? textmate.parseRawGrammar(fs.readFileSync(GrammarPath, 'utf8'), GrammarPath) : null,
  });
}

async function loadBeleid(registry: textmate.Registry): Promise<textmate.IGrammar> {
  const loaded = await registry.loadGrammar('source.beleid');
  if (!loaded) throw new Error('grammar source.beleid did not load');
  return loaded;
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
