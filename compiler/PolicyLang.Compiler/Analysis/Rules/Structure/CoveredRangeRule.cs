using System.Collections.Immutable;
using System.Globalization;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Structure;

/// <summary>
/// PL3024: a statement says which of the document's numbered elements it is about
/// (<c>betreft: doelen 1 t/m 18</c>), and the numbering does not match. The range is read as
/// one list of the document's numbers (<see cref="NumberedSiblings"/>: the integer-numbered
/// lists of that kind that hold a number of the range). Reported, once per statement and kind:
/// numbers of the range that no element has, and the elements of those lists the range leaves
/// out ("doelen 1-18 staan centraal" while the list runs to 20: say which ones do not count, or
/// widen the range). A range that meets no list at all points at nothing.
/// </summary>
public sealed class CoveredRangeRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3024", DiagnosticSeverity.Warning,
        "Bereik past niet op de nummering", "Range does not match the numbering",
        "'{0}' betreft {1} {2}, maar {3}.",
        "'{0}' is about {1} {2}, but {3}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een 'betreft' met nummers die niet bestaan, of die genummerde elementen buiten laat.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            if (element.Field(FieldNames.Betreft) is not { } field) continue;
            ElementKind? kind = null;
            var ranges = new Dictionary<ElementKind, List<NumberRangeValue>>();
            foreach (var value in field.Values)
            {
                if (value is not NumberRangeValue range) continue;
                kind = range.Kind ?? kind;
                if (kind is not { } k) continue;
                if (!ranges.TryGetValue(k, out var list)) ranges[k] = list = [];
                list.Add(range);
            }
            foreach (var (k, list) in ranges) Judge(context, element, field, k, list);
        }
    }

    private static void Judge(AnalysisContext context, ElementSymbol statement, BoundField field, ElementKind kind, List<NumberRangeValue> ranges)
    {
        bool Covers(int n) => ranges.Any(r => r.From <= n && n <= r.To);
        var lists = context.Numbering.Lists.Where(l => l[0].Element.Kind == kind && l[0].Number.Style == NumberStyle.Integer && l.Any(n => Covers(n.Number.Last))).ToList();
        var written = string.Join(", ", ranges.Select(r => r.From == r.To ? Invariant(r.From) : $"{Invariant(r.From)} t/m {Invariant(r.To)}"));
        var plural = ValueWords.NumberedKinds.Entries.First(e => e.Meaning == kind).Dutch;
        var at = At(statement, field);
        if (lists.Count == 0)
        {
            context.Report(Descriptor.Create(at, statement.DisplayName, plural, written,
                new Phrase($"geen {kind.Word()} heeft een van die nummers", $"no {kind.Word()} has any of those numbers")));
            return;
        }
        var members = lists.SelectMany(l => l).ToList();
        var present = members.Select(n => n.Number.Last).ToHashSet();
        var missing = new List<int>();
        foreach (var range in ranges)
            for (var n = range.From; n <= range.To && missing.Count <= 1_000; n++)
                if (!present.Contains(n) && !missing.Contains(n)) missing.Add(n);
        var outside = members.Where(n => !Covers(n.Number.Last)).ToList();
        if (missing.Count == 0 && outside.Count == 0) return;

        var nl = new List<string>();
        var en = new List<string>();
        if (outside.Count > 0)
        {
            var numbers = outside.Select(n => n.Number.Last).ToList();
            nl.Add($"{plural} {Numbers(numbers, "en")} vallen erbuiten");
            en.Add($"{plural} {Numbers(numbers, "and")} fall outside it");
        }
        if (missing.Count > 0)
        {
            nl.Add(missing.Count == 1 ? $"nummer {Numbers(missing, "en")} bestaat niet" : $"de nummers {Numbers(missing, "en")} bestaan niet");
            en.Add(missing.Count == 1 ? $"number {Numbers(missing, "and")} does not exist" : $"numbers {Numbers(missing, "and")} do not exist");
        }
        var diagnostic = Descriptor.Create(at, statement.DisplayName, plural, written, new Phrase(string.Join(" en ", nl), string.Join(" and ", en)));
        foreach (var left in outside)
            diagnostic = diagnostic.WithRelated(At(left.Element), $"buiten het bereik: {left.Element.Kind.Word()} '{left.Element.DisplayName}'", $"outside the range: {left.Element.Kind.Word()} '{left.Element.DisplayName}'");
        context.Report(diagnostic);
    }

    /// <summary>Numbers as the document would write them: runs of three or more as "19 t/m 25".</summary>
    private static string Numbers(IEnumerable<int> numbers, string and)
    {
        var sorted = numbers.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            if (j - i >= 2) parts.Add($"{Invariant(sorted[i])} t/m {Invariant(sorted[j])}");
            else for (var k = i; k <= j; k++) parts.Add(Invariant(sorted[k]));
            i = j + 1;
        }
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + $" {and} " + parts[^1];
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
