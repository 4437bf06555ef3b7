using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Structure;

/// <summary>
/// PL3023: the kader's outline (<c>sectiekop</c>) gives one section number two different headings
/// (§3.3 "Mantelzorgers" and §3.3 "Cliëntondersteuning"). Headings are compared without regard
/// to case and spacing; the same heading twice is no finding. Reported at each later heading.
/// </summary>
public sealed class OutlineRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3023", DiagnosticSeverity.Warning,
        "Sectienummer voor twee koppen", "Section number for two headings",
        "Sectie §{0} staat in de inhoudsopgave als '{1}' en als '{2}'.",
        "Section §{0} is in the outline as '{1}' and as '{2}'.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Eén sectienummer met twee verschillende koppen in de inhoudsopgave.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is not { } kader) return;
        var first = new Dictionary<string, SectionHeadingValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var heading in kader.Values<SectionHeadingValue>(FieldNames.Sectiekop))
        {
            if (!first.TryGetValue(heading.Section, out var earlier))
            {
                first[heading.Section] = heading;
                continue;
            }
            if (Normal(earlier.Heading) == Normal(heading.Heading)) continue;
            context.Report(Descriptor.Create(At(kader, heading.Span), heading.Section, earlier.Heading, heading.Heading)
                .WithRelated(At(kader, earlier.Span), "de eerste kop met dit nummer", "the first heading with this number"));
        }
    }

    private static string Normal(string heading) => string.Join(' ', heading.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
