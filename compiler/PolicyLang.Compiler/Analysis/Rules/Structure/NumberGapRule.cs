using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Structure;

/// <summary>
/// PL3022: a list of integers or dotted integers (<see cref="NumberedSiblings"/>) skips a number
/// (1, 2, 4), reported once per gap at the number after it; and, within one containing element
/// (rijen of a tabel, posten of a post), a number that comes after a higher one. At the top level
/// the order is not judged: which file an element is in says nothing about the document's order.
/// </summary>
public sealed class NumberGapRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3022", DiagnosticSeverity.Warning,
        "Nummering met een gat of in de verkeerde volgorde", "Numbering with a gap or out of order",
        "Nummer {2} van {0} '{1}' {3}.",
        "Number {2} of {0} '{1}' {3}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een opsomming die een nummer overslaat of uit volgorde loopt.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var list in context.Numbering.Lists)
        {
            if (!list[0].Number.Counts || list.Any(n => !n.Number.Counts)) continue;
            var reported = new HashSet<Numbered>(ReferenceEqualityComparer.Instance);
            if (list[0].Element.Parent is not null) OutOfOrder(context, list, reported);
            Gaps(context, list, reported);
        }
    }

    private static void OutOfOrder(AnalysisContext context, IReadOnlyList<Numbered> list, HashSet<Numbered> reported)
    {
        for (var i = 1; i < list.Count; i++)
            if (list[i].Number.Last < list[i - 1].Number.Last)
            {
                reported.Add(list[i]);
                Report(context, list[i], new Phrase($"volgt op nummer {list[i - 1].Number.Text}: de nummering loopt terug",
                    $"follows number {list[i - 1].Number.Text}: the numbering goes back"));
            }
    }

    private static void Gaps(AnalysisContext context, IReadOnlyList<Numbered> list, HashSet<Numbered> reported)
    {
        // The first element with each number, in the list's order; one finding per run of missing numbers.
        var byNumber = new SortedDictionary<int, Numbered>();
        foreach (var numbered in list) byNumber.TryAdd(numbered.Number.Last, numbered);
        int? previous = null;
        foreach (var (number, numbered) in byNumber)
        {
            if (previous is { } p && number > p + 1 && !reported.Contains(numbered))
            {
                var missing = number == p + 2 ? numbered.Number.WithLast(p + 1) : $"{numbered.Number.WithLast(p + 1)} t/m {numbered.Number.WithLast(number - 1)}";
                Report(context, numbered, new Phrase($"volgt op nummer {numbered.Number.WithLast(p)}: {missing} ontbreekt",
                    $"follows number {numbered.Number.WithLast(p)}: {missing} is missing"));
            }
            previous = number;
        }
    }

    private static void Report(AnalysisContext context, Numbered numbered, Phrase what)
    {
        var element = numbered.Element;
        context.Report(Descriptor.Create(At(element, element.Field(FieldNames.Nummer)!), element.Kind.Word(), element.DisplayName, numbered.Number.Text, what));
    }
}
