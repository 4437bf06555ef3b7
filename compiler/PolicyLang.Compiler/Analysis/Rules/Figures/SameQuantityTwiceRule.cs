using System.Collections.Immutable;
using System.Globalization;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Figures;

/// <summary>
/// The pairs PL3032 and PL3033 judge (issue 15 item 5): two feiten state a figure of one indicator
/// for one year, and no rounding of either makes them equal. One finding per feit, naming the first
/// feit it disagrees with; feiten are ordered by id, never by file (decision 0016), so the finding
/// does not depend on how the kader is spread over files.
/// </summary>
internal static class SameQuantityPairs
{
    public static IEnumerable<(StatedFigure Later, StatedFigure First, bool TwoSources)> Find(AnalysisContext context)
    {
        var groups = StatedFigure.All(context).GroupBy(f => (f.Indicator, f.Year)).Where(g => g.Skip(1).Any());
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(f => f.Feit.Id ?? "", StringComparer.Ordinal).ThenBy(f => f.Feit.Title, StringComparer.Ordinal).ToList();
            for (var i = 1; i < ordered.Count; i++)
                if (ordered.Take(i).FirstOrDefault(ordered[i].Disagrees) is { } first)
                    yield return (ordered[i], first, first.Source is { } a && ordered[i].Source is { } b && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase));
        }
    }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, StatedFigure later, StatedFigure first) =>
        descriptor.Create(later.Location, later.Feit.DisplayName, later.Indicator.DisplayName, later.Year.ToString(CultureInfo.InvariantCulture),
                later.Shown, first.Feit.DisplayName, first.Shown, later.Source ?? "", first.Source ?? "")
            .WithRelated(first.Location, $"het feit '{first.Feit.DisplayName}'", $"the feit '{first.Feit.DisplayName}'");
}

/// <summary>PL3032: two feiten of one indicator and year, from one source or none, disagree: a slip of the document.</summary>
public sealed class SameQuantityTwiceRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3032", DiagnosticSeverity.Warning,
        "Eén cijfer, twee waarden", "One figure, two values",
        "Feit '{0}' geeft voor '{1}' in {2} {3}, maar feit '{4}' geeft {5}.",
        "Feit '{0}' gives {3} for '{1}' in {2}, but feit '{4}' gives {5}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Twee feiten over één indicator en jaar met verschillende waarden / two feiten about one indicator and year that disagree";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var (later, first, twoSources) in SameQuantityPairs.Find(context))
            if (!twoSources) context.Report(SameQuantityPairs.Create(Descriptor, later, first));
    }
}

/// <summary>
/// PL3033: one indicator reported by two sources (UWV's 10,4% against CBS's 6,2%) with figures
/// for one year that disagree, and the document does not say why.
/// </summary>
public sealed class TwoSourcesDisagreeRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3033", DiagnosticSeverity.Warning,
        "Twee bronnen, twee waarden", "Two sources, two values",
        "Feit '{0}' geeft voor '{1}' in {2} {3} ({6}), maar feit '{4}' geeft {5} ({7}); het document zegt niet waarom de bronnen verschillen.",
        "Feit '{0}' gives {3} for '{1}' in {2} ({6}), but feit '{4}' gives {5} ({7}); the document does not say why the sources differ.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Eén indicator, twee bronnen, twee waarden voor één jaar / one indicator, two sources, two values for one year";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var (later, first, twoSources) in SameQuantityPairs.Find(context))
            if (twoSources) context.Report(SameQuantityPairs.Create(Descriptor, later, first));
    }
}
