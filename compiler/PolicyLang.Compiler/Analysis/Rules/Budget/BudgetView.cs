using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// One begroting as the budget rules read it: its years, its schaal, and for every line (post or
/// totaal) the amounts as figures. A line whose amounts did not all bind (a PL2xxx error already
/// says why) has no figures, so no sum is judged on half-read numbers.
/// </summary>
internal sealed class BudgetView
{
    private BudgetView(ElementSymbol begroting, YearRangeValue? years, decimal schaal)
    {
        Begroting = begroting;
        Years = years;
        Schaal = schaal;
    }

    public ElementSymbol Begroting { get; }

    /// <summary>The <c>jaren</c> of the begroting, if written.</summary>
    public YearRangeValue? Years { get; }

    public decimal Schaal { get; }

    /// <summary>How many amounts every line needs: one per year of <c>jaren</c>, else the totaal's count.</summary>
    public int? ExpectedCount => Years is { } y ? y.To - y.From + 1 : TotalWritten > 0 ? TotalWritten : null;

    private int TotalWritten => Begroting.Field("totaal")?.Syntax.Values.Items.Length ?? 0;

    public static IEnumerable<BudgetView> All(SemanticModel model)
    {
        foreach (var begroting in model.OfKind(ElementKind.Begroting))
            if (begroting.Tree is not null && !HasSyntaxErrors(begroting))
                yield return new BudgetView(begroting, begroting.Value<YearRangeValue>("jaren"), SchaalOf(begroting));
    }

    /// <summary>
    /// A block the parser could not read as written (a missing '}' or a skipped run) is not judged:
    /// its figures may belong elsewhere, and the syntax error is the one finding to fix first.
    /// </summary>
    public static bool HasSyntaxErrors(ElementSymbol element)
    {
        if (element.Tree is not { } tree || element.Syntax is not { } syntax) return false;
        var span = syntax.FullSpan;
        foreach (var diagnostic in tree.Diagnostics)
            if (diagnostic.Span.Start >= span.Start && diagnostic.Span.Start <= span.End) return true;
        return false;
    }

    public static decimal SchaalOf(ElementSymbol element) =>
        element.Value<QuantityValue>("schaal") is { Quantity.Value: > 0 } schaal ? schaal.Quantity.Value : 1m;

    /// <summary>The posts directly under the begroting.</summary>
    public IEnumerable<ElementSymbol> TopLevelPosts => Begroting.Children.Where(c => c.Kind == ElementKind.Post);

    /// <summary>The amounts of a post, or null when one of them did not bind.</summary>
    public IReadOnlyList<Figure>? Amounts(ElementSymbol post)
    {
        var written = post.Syntax?.Values?.Items.Length ?? 0;
        if (post.HeaderValues.Length != written) return null;
        return Figures(post.HeaderValues);
    }

    /// <summary>The declared totaal, or null when it is absent or did not bind.</summary>
    public IReadOnlyList<Figure>? Total()
    {
        var field = Begroting.Field("totaal");
        if (field is null || field.Values.Length != field.Syntax.Values.Items.Length) return null;
        return Figures(field.Values);
    }

    private List<Figure>? Figures(IEnumerable<BoundValue> values)
    {
        var result = new List<Figure>();
        foreach (var value in values)
        {
            if (value is not QuantityValue { Quantity.Kind: QuantityKind.Money } money) return null;
            result.Add(Figure.Read(money, Begroting.Tree!.Text, Schaal));
        }
        return result;
    }

    /// <summary>"2018" for the second amount of a 2017 t/m 2019 budget; "bedrag 2" without jaren.</summary>
    public (string Nl, string En) YearLabel(int index) =>
        Years is { } y ? ((y.From + index).ToString(), (y.From + index).ToString()) : ($"bedrag {index + 1}", $"amount {index + 1}");

    /// <summary>Where the years are declared, for related locations.</summary>
    public Location? YearsLocation => Years is { } y ? new Location(Begroting.Tree!.Text, y.Span) : null;

    /// <summary>A post is revenue when it, or a post above it, says <c>soort: opbrengst</c>.</summary>
    public static bool IsRevenue(ElementSymbol post)
    {
        for (var p = post; p is { Kind: ElementKind.Post }; p = p.Parent)
            if (p.Value<WordValue>("soort") is { } soort) return soort.Word == "opbrengst";
        return false;
    }
}
