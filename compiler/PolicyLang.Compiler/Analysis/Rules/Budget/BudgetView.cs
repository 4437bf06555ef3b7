using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// One begroting as the budget rules read it, once per model (<see cref="ArithmeticFacts"/>): its
/// years, its schaal, its posts in source order, and for every line (post or totaal) the amounts
/// as figures. A line whose amounts did not all bind (a PL2xxx error already says why) has no
/// figures, so no sum is judged on half-read numbers.
/// </summary>
internal sealed class BudgetView
{
    private readonly Dictionary<ElementSymbol, IReadOnlyList<Figure>?> _amounts = [];
    private readonly List<ElementSymbol> _posts = [];

    public BudgetView(ElementSymbol begroting)
    {
        Begroting = begroting;
        Years = begroting.Value<YearRangeValue>(FieldNames.Jaren);
        Schaal = SchaalOf(begroting);
        TotalField = begroting.Field(FieldNames.Totaal);
        Total = TotalField is { } total && total.Values.Length == total.Syntax.Values.Items.Length ? Figures(total.Values) : null;

        // Pre-order walk with an explicit stack: posts nest deep, and the order is the source order.
        var stack = new Stack<ElementSymbol>();
        for (var i = begroting.Children.Count - 1; i >= 0; i--) stack.Push(begroting.Children[i]);
        while (stack.Count > 0)
        {
            var post = stack.Pop();
            if (post.Kind != ElementKind.Post) continue;
            _posts.Add(post);
            var written = post.Syntax?.Values?.Items.Length ?? 0;
            _amounts[post] = post.HeaderValues.Length == written ? Figures(post.HeaderValues) : null;
            for (var i = post.Children.Count - 1; i >= 0; i--) stack.Push(post.Children[i]);
        }
    }

    public ElementSymbol Begroting { get; }

    /// <summary>The <c>jaren</c> of the begroting, if written.</summary>
    public YearRangeValue? Years { get; }

    public decimal Schaal { get; }

    public BoundField? TotalField { get; }

    /// <summary>The declared totaal, or null when it is absent or did not bind.</summary>
    public IReadOnlyList<Figure>? Total { get; }

    /// <summary>Every post of the begroting, nested ones included, in source order.</summary>
    public IReadOnlyList<ElementSymbol> Posts => _posts;

    /// <summary>How many amounts every line needs: one per year of <c>jaren</c>, else the totaal's count.</summary>
    public int? ExpectedCount => Years is { } y ? y.To - y.From + 1
        : TotalField is { Syntax.Values.Items.Length: > 0 and var count } ? count : null;

    /// <summary>The posts directly under the begroting.</summary>
    public IEnumerable<ElementSymbol> TopLevelPosts => Begroting.Children.Where(c => c.Kind == ElementKind.Post);

    /// <summary>The amounts of a post, or null when one of them did not bind.</summary>
    public IReadOnlyList<Figure>? Amounts(ElementSymbol post) => _amounts.GetValueOrDefault(post);

    private Figure[]? Figures(System.Collections.Immutable.ImmutableArray<BoundValue> values)
    {
        var result = new Figure[values.Length];
        var i = 0;
        foreach (var value in values)
        {
            if (value is not QuantityValue { Quantity.Kind: QuantityKind.Money } money || Figure.Read(money, Begroting.Tree!.Text, Schaal) is not { } figure) return null;
            result[i++] = figure;
        }
        return result;
    }

    /// <summary>"2018" for the second amount of a 2017 t/m 2019 budget; "bedrag 2" without jaren.</summary>
    public (string Nl, string En) YearLabel(int index) =>
        Years is { } y ? ((y.From + index).ToString(), (y.From + index).ToString()) : ($"bedrag {index + 1}", $"amount {index + 1}");

    /// <summary>Where the years are declared, for related locations.</summary>
    public Location? YearsLocation => Years is { } y ? new Location(Begroting.Tree!.Text, y.Span) : null;

    /// <summary>
    /// A block the parser could not read as written (a missing '}' or a skipped run) is not judged:
    /// its figures may belong elsewhere, and the syntax error is the one finding to fix first.
    /// </summary>
    public static bool HasSyntaxErrors(ElementSymbol element)
    {
        if (element.Tree is not { } tree || element.Syntax is not { } syntax || tree.Diagnostics.IsEmpty) return false;
        // An unclosed block: its end is a missing '}' (whose diagnostic may lie at the end of the file).
        if (syntax is { Block.CloseBrace.IsMissing: true }) return true;
        // Only errors inside the block: one glued right after its '}' ("}x") belongs to what follows,
        // as it does when the incremental analysis parses the block as a chunk of its own.
        var span = syntax.FullSpan;
        foreach (var diagnostic in tree.Diagnostics)
            if (diagnostic.Span.Start >= span.Start && diagnostic.Span.Start < span.End) return true;
        return false;
    }

    public static decimal SchaalOf(ElementSymbol element) => BudgetAmounts.SchaalOf(element);

    /// <summary>
    /// A post may be negative when it is revenue, or a saldo (resultaat, verschil) line, which is
    /// negative by nature whenever the lasten exceed the baten.
    /// </summary>
    public static bool MayBeNegative(ElementSymbol post) => KindOf(post) is LineKind.Revenue or LineKind.Balance;

    /// <summary>The soort the post, or the nearest post above it, declares; null when none does.</summary>
    private static LineKind? KindOf(ElementSymbol post)
    {
        for (var p = post; p is { Kind: ElementKind.Post }; p = p.Parent)
            if (p.Value<WordValue>(FieldNames.Soort) is { } soort) return ValueWords.LineKinds.TryRead(soort.Word, out var kind) ? kind : null;
        return null;
    }
}
