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
    // Read once per element: a sort compares each element O(log n) times.
    private readonly Dictionary<ElementSymbol, (string[] Section, string[] Number)> _keys = new(ReferenceEqualityComparer.Instance);

    public int Compare(ElementSymbol? a, ElementSymbol? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var (ka, kb) = (KeyOf(a), KeyOf(b));
        var bySection = CompareNatural(ka.Section, kb.Section);
        if (bySection != 0) return bySection;
        var byNumber = CompareNatural(ka.Number, kb.Number);
        if (byNumber != 0) return byNumber;
        var byId = string.CompareOrdinal(a.Id ?? "", b.Id ?? "");
        if (byId != 0) return byId;
        var byTitle = string.CompareOrdinal(a.Title, b.Title);
        if (byTitle != 0) return byTitle;
        var byPath = string.CompareOrdinal(a.Tree?.Path ?? "", b.Tree?.Path ?? "");
        if (byPath != 0) return byPath;
        return Offset(a).CompareTo(Offset(b));
    }

    private (string[] Section, string[] Number) KeyOf(ElementSymbol e)
    {
        if (_keys.TryGetValue(e, out var key)) return key;
        var number = e.Value<BoundValue>(FieldNames.Nummer) is { } n ? Text(e, n) : "";
        return _keys[e] = (FirstSection(e).Split('.'), number.Split('.'));
    }

    private int Offset(ElementSymbol e) => e.Tree is null || e.Syntax is null ? 0 : positions.StartOf(e.Tree.Text) + e.Syntax.Keyword.Start;

    private static string FirstSection(ElementSymbol e) => e.Values<SectionValue>(FieldNames.Sectie).FirstOrDefault()?.Section ?? "";

    private static string Text(ElementSymbol e, BoundValue value) => e.Tree!.Text.ToString(value.Span).Trim('"');

    /// <summary>"4.2" before "4.10", "B1" after "9": dotted parts compared as numbers where both are numbers.</summary>
    internal static int CompareNatural(string[] pa, string[] pb)
    {
        for (var i = 0; i < Math.Min(pa.Length, pb.Length); i++)
        {
            var c = int.TryParse(pa[i], out var x) && int.TryParse(pb[i], out var y) ? x.CompareTo(y) : string.CompareOrdinal(pa[i], pb[i]);
            if (c != 0) return c;
        }
        return pa.Length.CompareTo(pb.Length);
    }
}
