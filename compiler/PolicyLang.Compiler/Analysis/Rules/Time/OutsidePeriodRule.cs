using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Rules.Time;

/// <summary>
/// PL3010: a streefwaarde or tussendoel outside the kader's periode, or a deadline (the termijn of
/// a maatregel or besluit) after it. Nulmetingen lie before the periode by nature, and so does a
/// termijn that ended before it: that is the document's account of earlier policy, not a
/// deadline of this kader.
/// </summary>
public sealed class OutsidePeriodRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3010", DiagnosticSeverity.Warning,
        "Buiten de periode", "Outside the period",
        "{0} ({1}) valt buiten de periode van het kader ({2} t/m {3}).",
        "{0} ({1}) falls outside the kader's periode ({2} t/m {3}).");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Streefwaarde, tussendoel of termijn buiten de periode van het kader.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is not { } kader || kader.Field("periode") is not { } periodField) return;
        if (kader.Value<YearRangeValue>("periode") is not { } period) return;
        var periodAt = At(kader, periodField);

        bool Outside(int from, int to, bool history = false) => (to < period.From && !history) || from > period.To;
        void Report(ElementSymbol owner, TextSpan span, string whatNl, string whatEn, string when) =>
            context.Report(Descriptor.Create(At(owner, span), new Phrase(whatNl, whatEn).Capitalized(), when, period.From, period.To)
                .WithRelated(periodAt, "de periode van het kader", "the kader's periode"));

        // Messages are made only for what is reported: this runs for every target of every doel.
        foreach (var goal in context.Goals)
        {
            if (goal.Streefwaarde is { Year: { } year } target && Outside(year, year))
                Report(goal.Doel, target.Span, $"de streefwaarde van doel '{goal.Doel.DisplayName}'", $"the streefwaarde of doel '{goal.Doel.DisplayName}'", year.ToString());
            foreach (var step in goal.Tussendoelen)
                if (step.Year is { } stepYear && Outside(stepYear, stepYear))
                    Report(goal.Doel, step.Span, $"een tussendoel van doel '{goal.Doel.DisplayName}'", $"an intermediate target of doel '{goal.Doel.DisplayName}'", stepYear.ToString());
        }

        foreach (var element in context.Model.Elements)
        {
            if (element.Kind is not (ElementKind.Maatregel or ElementKind.Besluit)) continue;
            if (element.Field("termijn") is not { } termijn) continue;
            foreach (var value in termijn.Values)
            {
                var (from, to) = value switch
                {
                    YearValue y => (y.Year, y.Year),
                    YearRangeValue r => (r.From, r.To),
                    DateValue d => (d.Date.Year, d.Date.Year),
                    _ => (0, 0),
                };
                if (from == 0 || !Outside(from, to, history: true)) continue;
                var when = value switch
                {
                    YearRangeValue r => $"{r.From} t/m {r.To}",
                    DateValue d => d.Date.ToString("dd-MM-yyyy"),
                    _ => from.ToString(),
                };
                var kind = element.Kind.Word();
                Report(element, value.Span, $"de termijn van {kind} '{element.DisplayName}'", $"the termijn of {kind} '{element.DisplayName}'", when);
            }
        }
    }
}
