using PolicyLang.Binding;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Features;

/// <summary>Finding tokens, elements and symbols at an offset of a tree.</summary>
public static class SyntaxLocator
{
    /// <summary>The token whose full span holds the offset (descends by spans, no full token list).</summary>
    public static SyntaxToken FindToken(SyntaxTree tree, int offset)
    {
        SyntaxNode node = tree.Root;
        while (node is not SyntaxToken)
        {
            SyntaxNode? next = null, last = null;
            foreach (var child in node.GetChildren())
            {
                last = child;
                if (child.FullSpan.End > offset) { next = child; break; }
            }
            node = next ?? last ?? tree.Root.EndOfFile;
        }
        return (SyntaxToken)node;
    }

    /// <summary>The word (identifier or keyword) the caret is in or touches, if any.</summary>
    public static SyntaxToken? WordAt(SyntaxTree tree, int offset)
    {
        var token = FindToken(tree, offset);
        if (SyntaxFacts.IsWord(token.Kind) && token.Span.ContainsOrTouches(offset)) return token;
        // The caret right after a word: the word ends where the next token's trivia starts.
        var before = TokenBefore(tree, offset);
        return before is not null && SyntaxFacts.IsWord(before.Kind) && before.End == offset ? before : null;
    }

    /// <summary>The last real (not missing) token that ends at or before the offset.</summary>
    public static SyntaxToken? TokenBefore(SyntaxTree tree, int offset)
    {
        SyntaxToken? best = null;
        Walk(tree.Root);
        return best;

        void Walk(SyntaxNode node)
        {
            foreach (var child in node.GetChildren())
            {
                if (child.FullSpan.Start >= offset && child.FullSpan.Length > 0) return;
                if (child is SyntaxToken token)
                {
                    if (!token.IsMissing && token.End <= offset && token.Kind != SyntaxKind.EndOfFileToken) best = token;
                }
                else Walk(child);
            }
        }
    }

    /// <summary>The innermost element whose block holds the offset (between its braces).</summary>
    public static ElementSyntax? ElementWithBlockAt(SyntaxTree tree, int offset) => Search(tree.Root.Members, offset);

    private static ElementSyntax? Search(IReadOnlyList<MemberSyntax> members, int offset)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is not ElementSyntax { Block: { } block } element || offset < block.OpenBrace.End) continue;
            // A block whose '}' is missing (typing in progress) reaches up to the next member.
            var inside = block.CloseBrace.IsMissing
                ? i + 1 >= members.Count || offset <= members[i + 1].Span.Start
                : offset <= block.CloseBrace.Start;
            if (inside) return Search(block.Members, offset) ?? element;
        }
        return null;
    }

    public static ElementSymbol? SymbolOf(SemanticModel model, ElementSyntax syntax)
    {
        foreach (var element in model.Elements)
            if (ReferenceEquals(element.Syntax, syntax)) return element;
        return null;
    }
}
