using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Rules.Time;

/// <summary>
/// PL3010: a streefwaarde, tussendoel or richting with a year outside the kader's periode, or a deadline (the termijn of
/// a maatregel or besluit) after it. Nulmetingen lie before the periode by nature, and so does a
/// termijn that ended before it: that is the document's account of earlier policy, not a
/// deadline of this kader.
/// </summary>
public sealed class OutsidePeriodRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3010", DiagnosticSeverity.Warning,
        "Buiten de periode", "Outside the period",
        "{0} van {1} '{2}' ({3}) valt buiten de periode van het kader ({4} t/m {5}).",
        "{0} of {1} '{2}' ({3}) falls outside the kader's periode ({4} t/m {5}).");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Streefwaarde, tussendoel of termijn buiten de periode van het kader.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is not { } kader || kader.Field(FieldNames.Periode) is not { } periodField) return;
        if (kader.Value<YearRangeValue>(FieldNames.Periode) is not { } period) return;
        var periodAt = At(kader, periodField);

        bool Outside(int from, int to, bool history = false) => (to < period.From && !history) || from > period.To;
        void Report(ElementSymbol owner, TextSpan span, Phrase what, string when) =>
            context.Report(Descriptor.Create(At(owner, span), what, owner.Kind.Word(), owner.DisplayName, when, period.From, period.To)
                .WithRelated(periodAt, "de periode van het kader", "the kader's periode"));

        // Texts are made only for what is reported: this runs for every target of every doel.
        foreach (var goal in context.Measures)
        {
            if (goal.Streefwaarde is { Year: { } year } target && Outside(year, year))
                Report(goal.Doel, target.Span, ("De streefwaarde", "The streefwaarde"), year.ToString());
            foreach (var step in goal.Tussendoelen)
                if (step.Year is { } stepYear && Outside(stepYear, stepYear))
                    Report(goal.Doel, step.Span, ("Een tussendoel", "An intermediate target"), stepYear.ToString());
            // A direction with a year ("afname in 2022") is a target date too (issue 13 item 6).
            if (goal.Richting is { Year: { } directionYear } richting && Outside(directionYear, directionYear))
                Report(goal.Doel, richting.Span, ("De richting", "The richting"), directionYear.ToString());
        }

        foreach (var element in context.Model.Elements)
        {
            if (element.Kind is not (ElementKind.Maatregel or ElementKind.Besluit)) continue;
            if (element.Field(FieldNames.Termijn) is not { } termijn) continue;
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
                Report(element, value.Span, ("De termijn", "The termijn"), when);
            }
        }
    }
}
