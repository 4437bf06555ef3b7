using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Analysis;

/// <summary>
/// The <c>// policylang-disable-next-line PL3001, PL5002</c> comments of one file: each one
/// silences the named analysis codes (all of them when none is named) on the following line.
/// Compiler diagnostics (PL1xxx, PL2xxx) cannot be silenced; naming one is itself reported.
/// Lines are the file's, not a chunk's: in the incremental analysis a comment at the end of one
/// chunk silences the line the next chunk starts on, exactly as in the whole file.
/// </summary>
internal sealed class Suppressions(SourceText file, FilePositions positions)
{
    public const string Directive = "policylang-disable-next-line";

    private readonly HashSet<int> _allCodesOnLine = [];
    private readonly Dictionary<int, HashSet<string>> _codesOnLine = [];

    /// <summary>Adds the directives of one tree of the file (the whole file, or one of its chunks).</summary>
    public void Read(SyntaxTree tree, ISet<string> ruleCodes, DiagnosticBag diagnostics)
    {
        // Cheap test first: almost no file has a directive, and walking trivia costs.
        if (!tree.Text.Text.Contains(Directive, StringComparison.Ordinal)) return;
        var start = positions.StartOf(tree.Text);
        foreach (var token in tree.Root.DescendantTokens())
            foreach (var trivia in token.LeadingTrivia)
                if (trivia.Kind == SyntaxKind.CommentTrivia) ReadComment(tree.Text, start, trivia, ruleCodes, diagnostics);
    }

    public bool Silences(Diagnostic diagnostic)
    {
        if (_allCodesOnLine.Count == 0 && _codesOnLine.Count == 0) return false;
        var location = diagnostic.Location;
        var line = file.GetLinePosition(positions.StartOf(location.Source) + location.Span.Start).Line;
        return _allCodesOnLine.Contains(line)
            || (_codesOnLine.TryGetValue(line, out var codes) && codes.Contains(diagnostic.Code));
    }

    private void ReadComment(SourceText source, int sourceStart, SyntaxTrivia trivia, ISet<string> ruleCodes, DiagnosticBag diagnostics)
    {
        var body = trivia.Text.AsSpan(2).TrimStart();
        if (!body.StartsWith(Directive, StringComparison.Ordinal)) return;
        var codesStart = trivia.Span.End - body.Length + Directive.Length;
        var line = file.GetLinePosition(sourceStart + trivia.Span.Start).Line + 1;
        var named = false;
        foreach (var (code, span) in Words(source.Text, codesStart, trivia.Span.End))
        {
            named = true;
            var at = new Location(source, span);
            if (AnalysisRules.IsCompilerCode(code))
                diagnostics.Add(DiagnosticBuilder.CannotSuppressCompilerDiagnostic(at, code));
            else if (!ruleCodes.Contains(code))
                diagnostics.Add(DiagnosticBuilder.UnknownSuppressedCode(at, code, Spelling.Closest(code, ruleCodes)));
            else
            {
                if (!_codesOnLine.TryGetValue(line, out var codes)) _codesOnLine[line] = codes = new(StringComparer.OrdinalIgnoreCase);
                codes.Add(code);
            }
        }
        if (!named) _allCodesOnLine.Add(line);
    }

    /// <summary>The codes after the directive, separated by spaces or commas.</summary>
    private static IEnumerable<(string Word, TextSpan Span)> Words(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == ',')) i++;
            var begin = i;
            while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != ',') i++;
            if (i > begin) yield return (text[begin..i], TextSpan.FromBounds(begin, i));
        }
    }
}
