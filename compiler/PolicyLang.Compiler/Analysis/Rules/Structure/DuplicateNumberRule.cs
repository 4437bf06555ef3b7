using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Structure;

/// <summary>
/// PL3021: two elements of one list (<see cref="NumberedSiblings"/>) carry the same number. Each
/// element after the first in the list's order is reported once, naming the first. Parts of one
/// item (the same number and the same title) are not reported.
/// </summary>
public sealed class DuplicateNumberRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3021", DiagnosticSeverity.Warning,
        "Nummer dubbel gebruikt", "Number used twice",
        "Nummer {2} van {0} '{1}' staat al bij {0} '{3}' in dezelfde opsomming.",
        "Number {2} of {0} '{1}' is already that of {0} '{3}' in the same list.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Twee elementen in één opsomming met hetzelfde nummer.";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var list in context.Numbering.Lists)
        {
            var first = new Dictionary<string, Numbered>(StringComparer.Ordinal);
            foreach (var numbered in list)
            {
                if (!first.TryGetValue(numbered.Number.Text, out var earlier))
                {
                    first[numbered.Number.Text] = numbered;
                    continue;
                }
                var element = numbered.Element;
                // One item of the document written as its parts (two subniveaus of level 2, both
                // titled "2. Selectieve preventie") is one number, not two items numbered alike.
                if (string.Equals(element.Title.Trim(), earlier.Element.Title.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                var field = element.Field(FieldNames.Nummer)!;
                context.Report(Descriptor.Create(At(element, field), element.Kind.Word(), element.DisplayName, numbered.Number.Text, earlier.Element.DisplayName)
                    .WithRelated(At(earlier.Element), "hetzelfde nummer", "the same number"));
            }
        }
    }
}
