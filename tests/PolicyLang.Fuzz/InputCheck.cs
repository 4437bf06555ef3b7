using PolicyLang.Formatting;
using PolicyLang.Syntax;

namespace PolicyLang.Fuzz;

/// <summary>
/// Everything one text must satisfy: parsing, the whole analysis and the formatter never throw; the
/// tree round-trips and its tokens tile the text; every diagnostic lies inside the text; formatting
/// keeps every token and comment, changes only whitespace, is idempotent and its output grows
/// linearly with its input. Returns the failure classes found (empty: the text is fine).
/// </summary>
public static class InputCheck
{
    public const string Path = "/fuzz/input.beleid";

    /// <summary>
    /// The formatter indents at most <c>Parser.MaxDepth</c> levels of two spaces and adds at most a
    /// line break per line, so its output is at most this many characters per input character.
    /// </summary>
    private const int MaxGrowthPerCharacter = 2 * 64 + 2;

    public static IReadOnlyList<string> Run(string text)
    {
        var failures = new List<string>();
        SyntaxTree tree;
        try { tree = SyntaxTree.Parse(text, Path); }
        catch (Exception e) { return [FailureClass.Crash("parse", e)]; }

        if (tree.Root.ToFullString() != text) failures.Add(FailureClass.RoundTrip);
        if (!TokensTile(tree)) failures.Add(FailureClass.TokensDoNotTile);

        try
        {
            var compilation = Compilation.Create([tree]);
            if (compilation.Diagnostics.Any(d => d.Span.Start < 0 || d.Span.Length < 0 || d.Span.End > d.Location.Source.Length))
                failures.Add(FailureClass.SpanOutside);
        }
        catch (Exception e) { failures.Add(FailureClass.Crash("diagnostics", e)); }

        try { CheckFormatter(tree, text, failures); }
        catch (Exception e) { failures.Add(FailureClass.Crash("format", e)); }
        return failures;
    }

    private static void CheckFormatter(SyntaxTree tree, string text, List<string> failures)
    {
        var formatted = Formatter.Format(tree);
        if ((long)formatted.Length > (long)text.Length * MaxGrowthPerCharacter + 1)
        {
            failures.Add(FailureClass.FormatterBlowUp);
            return;
        }
        if (!SameNonWhitespace(text, formatted)) failures.Add(FailureClass.FormatterLostText);
        var reparsed = SyntaxTree.Parse(formatted, Path);
        if (!SameTokens(tree, reparsed)) failures.Add(FailureClass.FormatterChangedTokens);
        if (Formatter.Format(reparsed) != formatted) failures.Add(FailureClass.FormatterNotIdempotent);
    }

    private static bool TokensTile(SyntaxTree tree)
    {
        var previousEnd = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.FullStart != previousEnd || token.FullStart > token.Start || token.Start > token.End) return false;
            previousEnd = token.End;
        }
        return previousEnd == tree.Text.Length;
    }

    /// <summary>White space as the lexer sees it: what the formatter may change.</summary>
    private static bool IsLayout(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    private static bool SameNonWhitespace(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && IsLayout(a[i])) i++;
            while (j < b.Length && IsLayout(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i++] != b[j++]) return false;
        }
    }

    private static bool SameTokens(SyntaxTree a, SyntaxTree b)
    {
        using var left = a.Root.DescendantTokens().Where(t => !t.IsMissing).GetEnumerator();
        using var right = b.Root.DescendantTokens().Where(t => !t.IsMissing).GetEnumerator();
        while (true)
        {
            var (hasLeft, hasRight) = (left.MoveNext(), right.MoveNext());
            if (hasLeft != hasRight) return false;
            if (!hasLeft) return true;
            if (left.Current.Kind != right.Current.Kind || left.Current.Text != right.Current.Text) return false;
        }
    }
}
