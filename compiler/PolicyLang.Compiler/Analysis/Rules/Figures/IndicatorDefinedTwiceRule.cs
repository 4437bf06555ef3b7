using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Figures;

/// <summary>
/// PL3034 (issue 15 item 5): two indicators with one name (their titles equal but for case and
/// spaces) whose definitions or units differ: the document measures one quantity in two ways, so
/// figures reported under that name cannot be compared. Reported at the second by id (never by
/// file: decision 0016), naming the first.
/// </summary>
public sealed class IndicatorDefinedTwiceRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3034", DiagnosticSeverity.Warning,
        "Indicator met twee definities", "Indicator with two definitions",
        "Indicator '{0}' heet net als indicator '{1}' \"{2}\", maar {3} verschilt: welke definitie geldt?",
        "Indicator '{0}' has the same name as indicator '{1}', \"{2}\", but {3} differs: which definition holds?");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Twee indicatoren met dezelfde naam en een andere definitie of eenheid / two indicators of one name with different definitions or units";

    public override void Analyze(AnalysisContext context)
    {
        var byName = context.Model.OfKind(ElementKind.Indicator)
            .Where(i => i.Tree is not null && i.Title.Length > 0)
            .GroupBy(i => Normalize(i.Title))
            .Where(g => g.Skip(1).Any());
        foreach (var group in byName)
        {
            var ordered = group.OrderBy(i => i.Id ?? "", StringComparer.Ordinal).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var later = ordered[i];
                foreach (var first in ordered.Take(i))
                {
                    if (Difference(first, later) is not { } what) continue;
                    context.Report(Descriptor.Create(At(later), later.DisplayName, first.DisplayName, later.Title, what)
                        .WithRelated(At(first), $"de indicator '{first.DisplayName}'", $"the indicator '{first.DisplayName}'"));
                    break;
                }
            }
        }
    }

    /// <summary>What differs between the two: the definition, else the unit; null when neither states it differently.</summary>
    private static Phrase? Difference(ElementSymbol a, ElementSymbol b)
    {
        if (a.Value<TextValue>(FieldNames.Definitie) is { } da && b.Value<TextValue>(FieldNames.Definitie) is { } db && Normalize(da.Text) != Normalize(db.Text))
            return new Phrase("de definitie", "the definition");
        if (a.Value<UnitValue>(FieldNames.Eenheid) is { } ua && b.Value<UnitValue>(FieldNames.Eenheid) is { } ub
            && (ua.Kind != ub.Kind || ua.PerN != ub.PerN || !string.Equals(ua.Population, ub.Population, StringComparison.OrdinalIgnoreCase)))
            return new Phrase("de eenheid", "the unit");
        return null;
    }

    private static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
