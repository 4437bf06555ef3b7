using System.Collections.Immutable;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

/// <summary>
/// A file with more than <see cref="PerFile"/> syntax errors is not text anyone meant as a kader
/// (a binary file, a paste gone wrong): its first <see cref="PerFile"/> errors are reported, one
/// PL1013 at its start says the rest is not, and the file is not bound or analysed. So a file of a
/// million mistakes costs what a file of a thousand does, in time and in memory (issue 20), and an
/// editor is not flooded. The lexer and parser stop keeping diagnostics at the same limit
/// (<see cref="DiagnosticBag"/>), each in position order, so the first <see cref="PerFile"/> of a
/// file are the same whether it was parsed whole or in chunks (incremental analysis).
/// </summary>
public sealed class SyntaxErrorLimit
{
    public const int PerFile = 1000;

    private readonly HashSet<string> _tooBroken;

    private SyntaxErrorLimit(ImmutableArray<Diagnostic> diagnostics, HashSet<string> tooBroken)
    {
        Diagnostics = diagnostics;
        _tooBroken = tooBroken;
    }

    /// <summary>The syntax diagnostics to report: every tree's, or a too-broken file's first ones and PL1013.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the file of this tree has too many syntax errors to be bound and analysed.</summary>
    public bool IsTooBroken(SyntaxTree tree) => _tooBroken.Count > 0 && _tooBroken.Contains(tree.Path);

    public static SyntaxErrorLimit Apply(ImmutableArray<SyntaxTree> trees, FilePositions positions)
    {
        var files = trees.GroupBy(t => t.Path, StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var tooBroken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var count = file.Sum(t => t.Diagnostics.Length);
            if (count <= PerFile && !file.Any(t => t.DiagnosticsOverflowed))
            {
                foreach (var tree in file) diagnostics.AddRange(tree.Diagnostics);
                continue;
            }
            tooBroken.Add(file.Key);
            diagnostics.AddRange(file
                .SelectMany(t => t.Diagnostics.Select(d => (At: positions.StartOf(t.Text) + d.Span.Start, Diagnostic: d)))
                .OrderBy(d => d.At).ThenBy(d => d.Diagnostic.Code, StringComparer.Ordinal)
                .Take(PerFile)
                .Select(d => d.Diagnostic));
            var first = file.MinBy(t => positions.StartOf(t.Text))!;
            diagnostics.Add(DiagnosticBuilder.TooManySyntaxErrors(DiagnosticBuilder.At(first.Text, new TextSpan(0, 0)), PerFile));
        }
        return new SyntaxErrorLimit(diagnostics.ToImmutable(), tooBroken);
    }
}
