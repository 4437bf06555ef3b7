using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// A figure as written in a budget or table, in euros (or plain numbers, or percent) after the
/// element's <c>schaal</c>, with the rounding margin its writing implies: the true value lies in
/// [Value - Margin, Value + Margin]. The arithmetic rules compare such intervals, so a rounded
/// table never produces a finding that is only rounding (docs/decisions/0011).
/// </summary>
internal readonly record struct Figure(decimal Value, decimal Margin, QuantityKind Kind, SourceText Source, TextSpan Span)
{
    /// <summary>Made only when a finding needs it: most figures are right and never reported.</summary>
    public Location Location => new(Source, Span);

    /// <summary>The binder's limit (PL2020), also for a figure after its schaal.</summary>
    private const decimal Limit = Quantity.MaxMagnitude;

    public decimal Low => Value - Margin;
    public decimal High => Value + Margin;
    public bool IsExact => Margin == 0;

    /// <summary>
    /// Reads one written quantity. The margin is half a unit of the last written digit, except
    /// for figures that are exact as written: whole euros or cents and whole counts, without a
    /// schaal and without mln/mld (accounting figures and counts are not rounded).
    /// </summary>
    public static Figure? Read(QuantityValue value, SourceText source, decimal schaal)
    {
        var quantity = value.Quantity;
        // The common case first (an amount in euros, no schaal, no mln): exact as written.
        if (quantity.Kind == QuantityKind.Money && schaal == 1m
            && quantity.Value <= Limit && quantity.Value >= -Limit && WordFactor(source, value.Span) == 1m)
            return new Figure(quantity.Value, 0m, quantity.Kind, source, value.Span);
        try
        {
            return ReadScaled(value, source, quantity.Kind == QuantityKind.Percentage ? 1m : schaal);
        }
        catch (OverflowException)
        {
            // A product beyond decimal's range (a value or margin times a schaal near the limits):
            // far beyond any municipal figure, so not judged, like everything beyond 10^20.
            return null;
        }
    }

    private static Figure? ReadScaled(QuantityValue value, SourceText source, decimal factor)
    {
        var quantity = value.Quantity;
        // Beyond 10^20 no municipal figure is meant; such input is not judged, so that sums and
        // shares can never overflow decimal.
        var written = factor == 1m ? quantity.Value : quantity.Value * factor;
        if (Math.Abs(written) > Limit || Math.Abs(factor) > Limit) return null;
        var unitWord = quantity.Kind == QuantityKind.Money ? WordFactor(source, value.Span) : 1m;
        var rounded = quantity.Kind switch
        {
            QuantityKind.Percentage => true,
            QuantityKind.Money => unitWord != 1m || factor != 1m,
            _ => quantity.Value.Scale > 0 || factor != 1m,
        };
        if (!rounded) return new Figure(written, 0m, quantity.Kind, source, value.Span);
        // The binder multiplies "6,2 mln" by 10^6 keeping the written scale, so the scale still
        // counts the written decimals.
        var lastDigit = Pow10(-quantity.Value.Scale) * unitWord;
        var margin = Math.Abs(lastDigit / 2 * factor);
        return margin > Limit ? null : new Figure(written, margin, quantity.Kind, source, value.Span);
    }

    /// <summary>1 000 000 for "€ 6,2 mln", 10^9 for "mld"/"miljard", else 1.</summary>
    private static decimal WordFactor(SourceText source, TextSpan span)
    {
        var text = source.Text.AsSpan(span.Start, span.Length);
        var wordStart = text.Length;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        return wordStart < text.Length && ValueWords.Scales.TryRead(text[wordStart..].ToString(), out var scale) ? scale.Factor() : 1m;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10m;
        for (var i = 0; i > exponent; i--) result /= 10m;
        return result;
    }
}

/// <summary>An interval of possible true values, the result of arithmetic on figures.</summary>
internal readonly record struct Interval(decimal Value, decimal Low, decimal High)
{
    public static readonly Interval Zero = new(0, 0, 0);

    public static Interval Of(Figure figure) => new(figure.Value, figure.Low, figure.High);

    public bool IsExact => Low == High;

    public static Interval operator +(Interval a, Interval b) => new(a.Value + b.Value, a.Low + b.Low, a.High + b.High);

    public static Interval operator -(Interval a, Interval b) => new(a.Value - b.Value, a.Low - b.High, a.High - b.Low);

    /// <summary>True when the written figure cannot be this value, whatever the rounding.</summary>
    public bool Contradicts(Figure written) => written.High < Low || written.Low > High;

    /// <summary>How far the true value may lie from <see cref="Value"/> plus the written figure's own margin.</summary>
    public decimal MarginWith(Figure written) => Math.Max(Value - Low, High - Value) + written.Margin;
}

/// <summary>How the budget and table messages name a post or row: the document's own title, else the id.</summary>
internal static class LineName
{
    public static string Of(Binding.ElementSymbol line) =>
        line.Title.Length == 0 ? line.DisplayName : line.Title.Length > 60 ? line.Title[..60] + "…" : line.Title;
}
