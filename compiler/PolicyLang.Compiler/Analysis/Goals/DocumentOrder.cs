using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Goals;

/// <summary>
/// The order of the document, as the kader states it, for rules that must pick "the nearest" or
/// "the first" (decision 0016): by the first <c>sectie</c> (§4.2 before §4.10, numbers compared as
/// numbers), then the own <c>nummer</c>, then the id and the title. Never by file or by position in
/// a file, so a finding does not change when elements move between the files of a folder. Only
/// elements that agree on all of these (duplicate ids, which are errors) fall back to file and offset.
/// </summary>
internal sealed class DocumentOrder(FilePositions positions) : IComparer<ElementSymbol>
{
    public int Compare(ElementSymbol? a, ElementSymbol? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var bySection = CompareNatural(FirstSection(a), FirstSection(b));
        if (bySection != 0) return bySection;
        var byNumber = CompareNatural(a.Value<BoundValue>(FieldNames.Nummer) is { } na ? Text(a, na) : "", b.Value<BoundValue>(FieldNames.Nummer) is { } nb ? Text(b, nb) : "");
        if (byNumber != 0) return byNumber;
        var byId = string.CompareOrdinal(a.Id ?? "", b.Id ?? "");
        if (byId != 0) return byId;
        var byTitle = string.CompareOrdinal(a.Title, b.Title);
        if (byTitle != 0) return byTitle;
        var byPath = string.CompareOrdinal(a.Tree?.Path ?? "", b.Tree?.Path ?? "");
        if (byPath != 0) return byPath;
        return Offset(a).CompareTo(Offset(b));
    }

    private int Offset(ElementSymbol e) => e.Tree is null || e.Syntax is null ? 0 : positions.StartOf(e.Tree.Text) + e.Syntax.Keyword.Start;

    private static string FirstSection(ElementSymbol e) => e.Values<SectionValue>(FieldNames.Sectie).FirstOrDefault()?.Section ?? "";

    private static string Text(ElementSymbol e, BoundValue value) => e.Tree!.Text.ToString(value.Span).Trim('"');

    /// <summary>"4.2" before "4.10", "B1" after "9": dotted parts compared as numbers where both are numbers.</summary>
    internal static int CompareNatural(string a, string b)
    {
        var pa = a.Split('.');
        var pb = b.Split('.');
        for (var i = 0; i < Math.Min(pa.Length, pb.Length); i++)
        {
            var c = int.TryParse(pa[i], out var x) && int.TryParse(pb[i], out var y) ? x.CompareTo(y) : string.CompareOrdinal(pa[i], pb[i]);
            if (c != 0) return c;
        }
        return pa.Length.CompareTo(pb.Length);
    }
}
