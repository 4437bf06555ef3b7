using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// Figures as the PL4xxx messages write them, and what those messages share. Amounts arrive in
/// euros (after schaal); a margin above zero means rounded figures, and the message then says the
/// difference exceeds what rounding explains.
/// </summary>
internal static class FigureText
{
    /// <summary>The arguments of "{column}: … {computed}, maar rij '{row}' vermeldt {written}: {difference} {more/less}.{rounding}" (PL4005-PL4007).</summary>
    public static Phrase[] RowMismatch((string Nl, string En) column, string subject, string row, Quantity written, Quantity computed, decimal margin) =>
    [
        new Phrase(column.Nl, column.En).Capitalized(), subject, Show(computed), row, Show(written),
        new Phrase(Difference(written, computed), DifferenceEn(written, computed)), MoreLess(written.Value - computed.Value), Rounding(margin, written.Kind),
    ];

    /// <summary>The arguments of "… tellen op tot {sum}, maar … {declared}: {difference} {more/less} dan de som.{rounding}" (PL4001, PL4002).</summary>
    public static Phrase[] SumMismatch(decimal declared, decimal sum, decimal margin) =>
        [Euro(sum), Euro(declared), Euro(Math.Abs(declared - sum)), MoreLess(declared - sum), Rounding(margin, QuantityKind.Money)];

    /// <summary>The fix that writes the recomputed figure in place of the written one, when there is one.</summary>
    public static Diagnostic WithFigureFix(this Diagnostic diagnostic, Location at, string? replacement) =>
        replacement is null ? diagnostic : diagnostic.WithFix($"Corrigeer naar {replacement}", $"Correct to {replacement}", new TextEdit(at.Source, at.Span, replacement));

    /// <summary>"€ 1.324.693", "€ 5,50", "€ -1.325.000": whole euros without decimals, else cents.</summary>
    public static string Euro(decimal amount) => "€ " + Amount(amount);

    public static string Percent(decimal value) => DutchNumber.Format(Normalize(decimal.Round(value, 2, MidpointRounding.AwayFromZero))) + "%";

    public static string Points(decimal difference) => DutchNumber.Format(Normalize(decimal.Round(Math.Abs(difference), 2, MidpointRounding.AwayFromZero)));

    public static Phrase MoreLess(decimal difference) => difference > 0 ? ("meer", "more") : ("minder", "less");

    public static Phrase Rounding(decimal margin, QuantityKind kind) => margin == 0 ? "" : new Phrase(
        $" Dat is meer dan de afronding van de getallen verklaart (± {MarginText(margin, kind)}).",
        $" That is more than the rounding of the figures explains (± {MarginText(margin, kind)}).");

    /// <summary>A Dutch and an English word by count: ("bedrag", "amount") for one, else the plural.</summary>
    public static Phrase Count(int count, (string Nl, string En) one, (string Nl, string En) more) => count == 1 ? one : more;

    private static string Amount(decimal amount)
    {
        var normalized = Normalize(amount);
        return DutchNumber.Format(normalized.Scale == 0 ? normalized : decimal.Round(normalized, 2, MidpointRounding.AwayFromZero) + 0.00m);
    }

    public static string Show(Quantity quantity) => quantity.Kind switch
    {
        QuantityKind.Money => Euro(quantity.Value),
        QuantityKind.Percentage => Percent(quantity.Value),
        _ => DutchNumber.Format(Normalize(decimal.Round(quantity.Value, 4, MidpointRounding.AwayFromZero))),
    };

    private static string Difference(Quantity written, Quantity computed) => written.Kind switch
    {
        QuantityKind.Money => Euro(Math.Abs(written.Value - computed.Value)),
        QuantityKind.Percentage => Points(written.Value - computed.Value) + " procentpunt",
        _ => DutchNumber.Format(Normalize(Math.Abs(written.Value - computed.Value))),
    };

    private static string DifferenceEn(Quantity written, Quantity computed) =>
        written.Kind == QuantityKind.Percentage ? Points(written.Value - computed.Value) + " percentage points" : Difference(written, computed);

    private static string MarginText(decimal margin, QuantityKind kind) => kind switch
    {
        QuantityKind.Money => Euro(margin),
        QuantityKind.Percentage => Points(margin),
        _ => DutchNumber.Format(Normalize(margin)),
    };

    /// <summary>Drops trailing zeros (6.200.000,0 → 6.200.000).</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
