using Xunit;
using PolicyLang.Diagnostics;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Analysis;

internal static class BudgetTestSupport
{
    /// <summary>The diagnostics of one code for a snippet compiled beside the minimal kader.</summary>
    public static List<Diagnostic> Findings(string code, string source) =>
        [.. Compile(MinimalKader + source).Diagnostics.Where(d => d.Code == code)];

    /// <summary>The source text a diagnostic points at.</summary>
    public static string TextAt(Diagnostic diagnostic) => diagnostic.Location.Source.ToString(diagnostic.Span);

    public static string TextAt(RelatedLocation related) => related.Location.Source.ToString(related.Location.Span);

    /// <summary>The source after applying a diagnostic's first fix.</summary>
    public static string ApplyFix(Diagnostic diagnostic)
    {
        var edit = Assert.Single(diagnostic.Fixes).Edits.Single();
        var text = edit.Source.Text;
        return text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
    }
}
