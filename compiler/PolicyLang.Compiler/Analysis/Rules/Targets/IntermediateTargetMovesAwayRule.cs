using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Runtime;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Rules.Targets;

/// <summary>
/// PL3009: the path from nulmeting through the tussendoelen (by year) to the streefwaarde must
/// move one way. A tussendoel that steps back against the overall direction is reported once,
/// pointing at the point before it; so is the last tussendoel when the step from it to the
/// streefwaarde turns back (it went past the streefwaarde). A streefwaarde without a year is due
/// at the end of the kader's period, as the monitor takes it (docs/monitoring.md §2), and after
/// every tussendoel when the kader has no period.
/// </summary>
public sealed class IntermediateTargetMovesAwayRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3009", DiagnosticSeverity.Warning,
        "Tussendoel beweegt weg van het doel", "Intermediate target moves away",
        "Tussendoel {1} van doel '{0}' beweegt weg van de streefwaarde ({3}): {2}.",
        "Intermediate target {1} of doel '{0}' moves away from the target ({3}): {2}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Tussendoel dat van de streefwaarde af beweegt.";

    /// <summary>A point of the path; its text is made only for a report (most paths are fine).</summary>
    private readonly record struct PathPoint(decimal Value, int Year, TextSpan Span, BoundValue Written)
    {
        public string Text => Written is MeasurementValue measurement ? GoalText.Of(measurement) : GoalText.Of((TargetValue)Written);
    }

    public override void Analyze(AnalysisContext context)
    {
        var periodEnd = context.Model.Kader?.Value<YearRangeValue>(FieldNames.Periode)?.To;
        foreach (var goal in context.Measures)
        {
            if (goal.Streefwaarde is not { } target || goal.Tussendoelen.IsEmpty) continue;
            var targetYear = target.Year ?? periodEnd ?? int.MaxValue;
            var kind = target.Quantity.Kind;
            var path = new List<PathPoint>();
            if (goal.Nulmeting is { } baseline && baseline.Quantity.Kind == kind)
                // The nulmeting starts the path, with or without a year (the monitor starts there too).
                path.Add(new(baseline.Quantity.Value, baseline.Year ?? int.MinValue, baseline.Span, baseline));
            // A bandwidth is a point at its bound nearest to the previous point, as the monitor's path (GoalPath, Band).
            foreach (var t in goal.Tussendoelen.Where(t => t.Year is not null && t.Quantity.Kind == kind && t.Year < targetYear).OrderBy(t => t.Year))
                path.Add(new PathPoint(path.Count == 0 ? t.Quantity.Value : Band.Toward(t.ToNorm(), path[^1].Value), t.Year!.Value, t.Span, t));
            if (path.Count == 0) continue;

            var targetValue = Band.Toward(target.ToNorm(), path[^1].Value);
            var direction = Band.Toward(target.ToNorm(), path[0].Value).CompareTo(path[0].Value);
            if (direction == 0) continue;
            path.Add(new(targetValue, targetYear, target.Span, target));
            for (var i = 1; i < path.Count - 1; i++)
            {
                // Only tussendoelen are judged; the last point is the streefwaarde itself.
                if (path[i].Value.CompareTo(path[i - 1].Value) != -direction) continue;
                context.Report(Descriptor.Create(At(goal.Doel, path[i].Span), goal.Name, path[i].Text,
                        new Phrase($"het vorige punt op het pad is {path[i - 1].Text}", $"the previous point on the path is {path[i - 1].Text}"), GoalText.Of(target))
                    .WithRelated(At(goal.Doel, path[i - 1].Span), "het vorige punt op het pad", "the previous point on the path"));
            }
            // The last step, from the last tussendoel to the streefwaarde: turning back there means the tussendoel went past it.
            var last = path[^2];
            if (path.Count > 2 && targetValue.CompareTo(last.Value) == -direction)
                context.Report(Descriptor.Create(At(goal.Doel, last.Span), goal.Name, last.Text,
                        new Phrase("het gaat voorbij de streefwaarde, zodat het pad daarna terug moet", "it goes past the target, so the path turns back after it"), GoalText.Of(target))
                    .WithRelated(At(goal.Doel, target.Span), "de streefwaarde", "the target"));
        }
    }
}
