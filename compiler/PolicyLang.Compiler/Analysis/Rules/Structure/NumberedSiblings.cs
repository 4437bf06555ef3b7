using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Structure;

/// <summary>An element with its own number.</summary>
internal sealed record Numbered(ElementSymbol Element, DocumentNumber Number);

/// <summary>
/// The numbered elements of the kader in their lists (decision 0016): elements are one list when
/// they are of one kind, stand in the same element (rijen of one tabel, posten of one post) or at
/// the top level, come from the same section (their first <c>sectie</c>) and are numbered in one
/// style (dotted numbers also by their prefix: 4.1 and 4.2 under 4). Such a list is split by the
/// element each contributes to when every one of those parts starts again at 1 (or a): subdoelen
/// numbered 1, 2 under each hoofddoel; where the numbering runs on over the parents (1-7, 8-16)
/// it stays one list. Nothing here depends on the files: a list's members are in a fixed order
/// (the text order within a containing element, else by id), never by where a file puts them.
/// </summary>
internal sealed class NumberedSiblings
{
    public IReadOnlyList<IReadOnlyList<Numbered>> Lists { get; }

    private NumberedSiblings(IReadOnlyList<IReadOnlyList<Numbered>> lists) => Lists = lists;

    public static NumberedSiblings Of(SemanticModel model)
    {
        var groups = new Dictionary<(ElementKind, ElementSymbol?, string, NumberStyle, string), List<Numbered>>();
        foreach (var element in model.Elements)
        {
            if (NumberOf(element) is not { } number) continue;
            var section = element.Values<SectionValue>(FieldNames.Sectie).FirstOrDefault()?.Section ?? "";
            var key = (element.Kind, element.Parent, section, number.Style, number.Prefix);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(new Numbered(element, number));
        }
        var lists = new List<IReadOnlyList<Numbered>>();
        foreach (var group in groups.Values)
        {
            if (group.Count < 2) continue;
            group.Sort(Order);
            var byParent = group.GroupBy(n => ContributesTo(model, n.Element)).Select(g => g.ToList()).ToList();
            if (byParent.Count > 1 && byParent.All(part => part.Any(n => n.Number.IsFirst)))
                lists.AddRange(byParent.Where(part => part.Count > 1));
            else
                lists.Add(group);
        }
        return new NumberedSiblings(lists);
    }

    public static DocumentNumber? NumberOf(ElementSymbol element) => element.Field(FieldNames.Nummer)?.Values.FirstOrDefault() switch
    {
        WordValue word => DocumentNumber.Parse(word.Word),
        TextValue text => DocumentNumber.Parse(text.Text),
        _ => null,
    };

    /// <summary>Within one containing element the text's order (it moves with its container), at the top level the ids'.</summary>
    private static int Order(Numbered a, Numbered b) =>
        a.Element.Parent is not null ? a.Element.Syntax!.Keyword.Start.CompareTo(b.Element.Syntax!.Keyword.Start)
        : string.CompareOrdinal(a.Element.Id, b.Element.Id);

    private static ElementSymbol? ContributesTo(SemanticModel model, ElementSymbol element) =>
        model.Targets(element, FieldNames.DraagtBijAan).FirstOrDefault();
}
