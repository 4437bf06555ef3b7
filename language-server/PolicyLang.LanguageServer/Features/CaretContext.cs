using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Features;

public enum CaretPlace
{
    /// <summary>Inside a comment or a string: no suggestions.</summary>
    None,
    /// <summary>Where an element starts (top level of a file).</summary>
    TopLevel,
    /// <summary>Where a field or nested element of a block starts.</summary>
    Member,
    /// <summary>In the value of a field (or the header values of a post or rij).</summary>
    Value,
}

/// <summary>
/// What is at the caret, for completion and signature help: the place, the enclosing element, and
/// for a value the field and its schema entry. Works on half-typed text: a word at the start of a
/// line is taken as the start of a new member even where the parser glued it to the value above.
/// </summary>
public sealed record CaretContext(CaretPlace Place, ElementSyntax? Element, ElementKind ElementKind, FieldSyntax? Field,
    FieldSpec? Spec, bool InHeaderValues, SyntaxToken? Word, int ValueIndex, int Offset)
{
    public TextSpan ReplaceSpan => Word is null ? new TextSpan(Offset, 0) : TextSpan.FromBounds(Word.Start, Offset);

    public static CaretContext At(SyntaxTree tree, int offset)
    {
        var token = SyntaxLocator.FindToken(tree, offset);
        if (InCommentOrString(tree, token, offset)) return new(CaretPlace.None, null, ElementKind.Unknown, null, null, false, null, 0, offset);

        var word = SyntaxLocator.WordAt(tree, offset);
        if (word is not null && word.Start >= offset) word = null; // caret before the word: nothing typed yet
        var before = SyntaxLocator.TokenBefore(tree, word?.Start ?? offset);
        var element = SyntaxLocator.ElementWithBlockAt(tree, offset);
        var kind = element is null ? ElementKind.Unknown : element.Keyword.ElementKind;

        // The value of a field: after its ':' or a ',' of its list (also when the list goes on on the
        // next line), or further atoms of a value on the same line ("maximaal |", "per 10.000 |").
        if (before is not null && (before.Kind is SyntaxKind.ColonToken or SyntaxKind.CommaToken || !StartsLine(tree.Text, before, word is null ? offset : word.Start))
            && OwnerOf(before) is { } owner)
            return ValueContext(owner.Node, owner.Header, word, offset);

        return element is null
            ? new(CaretPlace.TopLevel, null, ElementKind.Unknown, null, null, false, word, 0, offset)
            : new(CaretPlace.Member, element, kind, null, null, false, word, 0, offset);
    }

    private static CaretContext ValueContext(SyntaxNode owner, bool header, SyntaxToken? word, int offset)
    {
        var element = header ? (ElementSyntax)owner : (owner.Parent as BlockSyntax)?.Parent as ElementSyntax;
        var kind = element is null ? ElementKind.Unknown : element.Keyword.ElementKind;
        var field = owner as FieldSyntax;
        var spec = field is not null && ElementSchemas.For(kind) is { } schema && schema.Fields.TryGetValue(field.Name, out var s) ? s : null;
        var list = header ? element?.Values : field?.Values;
        var index = list?.Separators.Count(separator => !separator.IsMissing && separator.End <= offset) ?? 0;
        return new(CaretPlace.Value, element, kind, field, spec, header, word, index, offset);
    }

    /// <summary>The field (or element, for header values) whose value list a token belongs to.</summary>
    private static (SyntaxNode Node, bool Header)? OwnerOf(SyntaxToken token)
    {
        foreach (var node in token.Ancestors())
        {
            switch (node)
            {
                case FieldSyntax field:
                    var valueStart = field.Colon.IsMissing ? field.NameWords[^1].End : field.Colon.Start;
                    return token.Start >= valueStart ? (field, false) : null;
                case ElementSyntax element:
                    return element.Colon is { IsMissing: false } colon && token.Start >= colon.Start
                        && (element.Block is null || token.Start < element.Block.OpenBrace.Start) ? (element, true) : null;
                case BlockSyntax:
                    return null;
            }
        }
        return null;
    }

    /// <summary>True when the caret's word is the first thing on its line (after the token before it).</summary>
    private static bool StartsLine(SourceText text, SyntaxToken before, int start)
    {
        for (var i = before.End; i < start && i < text.Length; i++)
            if (text[i] is '\n' or '\r') return true;
        return false;
    }

    private static bool InCommentOrString(SyntaxTree tree, SyntaxToken token, int offset)
    {
        if (token.Kind == SyntaxKind.StringToken && offset > token.Start && (offset < token.End || !StringLiteral.IsTerminated(token)))
            return true;
        foreach (var trivia in token.LeadingTrivia)
            if (trivia.Kind == SyntaxKind.CommentTrivia && offset > trivia.Span.Start && offset <= trivia.Span.End) return true;
        // A comment at the very end of the file belongs to the end-of-file token.
        var eof = tree.Root.EndOfFile;
        if (!ReferenceEquals(eof, token))
            foreach (var trivia in eof.LeadingTrivia)
                if (trivia.Kind == SyntaxKind.CommentTrivia && offset > trivia.Span.Start && offset <= trivia.Span.End) return true;
        return false;
    }
}
