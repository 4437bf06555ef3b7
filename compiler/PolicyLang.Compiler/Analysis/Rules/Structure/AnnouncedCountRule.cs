using System.Collections.Immutable;
using System.Globalization;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Structure;

/// <summary>
/// PL3028 (issue 15 item 11): a list or group the document announces with a size ("Top 10
/// risico's", "de drie transformatielijnen") that does not have that many members. The kader
/// states the announced number (<c>aantal: 10 "risico’s" in §B1.2</c>); the checker counts: with a
/// section, the elements of that kind whose <c>sectie</c> is that section or one below it; without,
/// the elements of that kind nested in the announcing element, naming it, or named by it. Never by
/// file (decision 0016).
/// </summary>
public sealed class AnnouncedCountRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3028", DiagnosticSeverity.Warning,
        "Aangekondigd aantal klopt niet", "Announced count does not match",
        "{0} '{1}' kondigt {2} {3} aan{4}, maar er zijn er {5}.",
        "{0} '{1}' announces {2} {3}{4}, but there are {5}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een aangekondigd aantal (Top 10, de drie lijnen) dat niet klopt / an announced count that does not match";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            if (element.Tree is null) continue;
            foreach (var announced in element.Values<AnnouncedCountValue>(FieldNames.Aantal))
            {
                var members = announced.Section is { } section ? InSection(context.Model, announced.Kind, section) : Related(context.Model, element, announced.Kind);
                if (members == announced.Count) continue;
                var where = announced.Section is { } s ? new Phrase($" in §{s}", $" in §{s}") : new Phrase("", "");
                context.Report(Descriptor.Create(At(element, announced.Span), Capitalized(element.Kind.Word()), element.DisplayName,
                    announced.Count.ToString(CultureInfo.InvariantCulture), Plural(announced.Kind), where, members.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The kind as the vocabulary writes its plural ("risico’s", "doelen"), else its keyword.</summary>
    private static Phrase Plural(ElementKind kind)
    {
        var entry = ValueWords.CountedKinds.Entries.FirstOrDefault(e => e.Meaning == kind) ?? ValueWords.NumberedKinds.Entries.FirstOrDefault(e => e.Meaning == kind);
        return entry is null ? new Phrase(kind.Word(), kind.Word()) : new Phrase(entry.Dutch, entry.English);
    }

    /// <summary>Elements of the kind whose sectie is the section or lies below it (§6.3 holds §6.3.1).</summary>
    private static int InSection(SemanticModel model, ElementKind kind, string section)
    {
        var count = 0;
        foreach (var element in model.OfKind(kind))
            foreach (var value in element.Values<SectionValue>(FieldNames.Sectie))
                if (value.Section == section || value.Section.StartsWith(section + ".", StringComparison.Ordinal))
                {
                    count++;
                    break;
                }
        return count;
    }

    /// <summary>Elements of the kind nested in the element, naming it in a reference, or named by it; each once.</summary>
    private static int Related(SemanticModel model, ElementSymbol announcer, ElementKind kind)
    {
        var members = new HashSet<ElementSymbol>(ReferenceEqualityComparer.Instance);
        foreach (var child in announcer.DescendantsAndSelf())
            if (child != announcer && child.Kind == kind) members.Add(child);
        foreach (var site in model.References)
        {
            if (site.Field == FieldNames.Aantal) continue;
            if (site.Target == announcer && site.Owner.Kind == kind) members.Add(site.Owner);
            if (site.Owner == announcer && site.Target is { } target && target.Kind == kind) members.Add(target);
        }
        return members.Count;
    }
}
