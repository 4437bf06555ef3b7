using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Syntax;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// The explanations a kader gives itself: <c>verantwoording "…": 2019 { oorzaak: … gevolg: … bijsturing: … }</c>
/// inside a doel (ElementSchemas), read from the semantic model beside the measurement file's
/// toelichting column. The text joins the title and the three parts, each with its label.
/// </summary>
public static class KaderExplanations
{
    public static IReadOnlyList<PeriodExplanation> Of(SemanticModel? model, string goalId, int peiljaar, bool english)
    {
        if (model?.Lookup(goalId) is not { Kind: ElementKind.Doel } doel) return [];
        var found = new List<PeriodExplanation>();
        foreach (var v in doel.Children.Where(c => c.Kind == ElementKind.Verantwoording))
        {
            if (v.HeaderValues.OfType<YearValue>().FirstOrDefault() is not { } year || year.Year > peiljaar) continue;
            var parts = new List<string>();
            if (v.Title.Length > 0) parts.Add(v.Title.TrimEnd('.') + ".");
            void Part(string field, string nl, string en)
            {
                var text = string.Join(" ", v.Values<TextValue>(field).Select(t => t.Text));
                if (text.Length > 0) parts.Add($"{(english ? en : nl)}: {text}");
            }
            Part(FieldNames.Oorzaak, "Oorzaak", "Cause");
            Part(FieldNames.Gevolg, "Gevolg", "Consequence");
            Part(FieldNames.Bijsturing, "Bijsturing", "Correction");
            found.Add(new PeriodExplanation(year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), year.Year, string.Join(" ", parts)));
        }
        return found;
    }
}
