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
    public override string Code => "PL3010";
    public override string Description => "Streefwaarde, tussendoel of termijn buiten de periode van het kader.";

    public override void Analyze(AnalysisContext context)
    {
        if (context.Model.Kader is not { } kader || kader.Field("periode") is not { } periodField) return;
        if (kader.Value<YearRangeValue>("periode") is not { } period) return;
        var periodAt = At(kader, periodField);

        void Check(ElementSymbol owner, TextSpan span, int from, int to, string whatNl, string whatEn, string when, bool history = false)
        {
            if ((to < period.From && !history) || from > period.To)
                context.Report(DiagnosticBuilder.OutsidePeriod(At(owner, span), whatNl, whatEn, when, period.From, period.To, periodAt));
        }

        foreach (var goal in context.Goals)
        {
            var id = goal.Doel.DisplayName;
            if (goal.Streefwaarde is { Year: { } year } target)
                Check(goal.Doel, target.Span, year, year, $"de streefwaarde van doel '{id}'", $"the streefwaarde of doel '{id}'", year.ToString());
            foreach (var step in goal.Tussendoelen)
                if (step.Year is { } stepYear)
                    Check(goal.Doel, step.Span, stepYear, stepYear, $"een tussendoel van doel '{id}'", $"an intermediate target of doel '{id}'", stepYear.ToString());
        }

        foreach (var element in context.Model.Elements)
        {
            if (element.Kind is not (ElementKind.Maatregel or ElementKind.Besluit)) continue;
            if (element.Field("termijn") is not { } termijn) continue;
            foreach (var value in termijn.Values)
            {
                var (from, to, when) = value switch
                {
                    YearValue y => (y.Year, y.Year, y.Year.ToString()),
                    YearRangeValue r => (r.From, r.To, $"{r.From} t/m {r.To}"),
                    DateValue d => (d.Date.Year, d.Date.Year, d.Date.ToString("dd-MM-yyyy")),
                    _ => (0, 0, ""),
                };
                if (when.Length == 0) continue;
                var kind = element.Kind.Word();
                Check(element, value.Span, from, to, $"de termijn van {kind} '{element.DisplayName}'", $"the termijn of {kind} '{element.DisplayName}'", when, history: true);
            }
        }
    }
}
