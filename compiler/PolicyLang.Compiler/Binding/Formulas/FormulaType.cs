namespace PolicyLang.Binding.Formulas;

public enum FormulaUnit { Unknown, Number, Money, Percentage, Truth }

/// <summary>
/// What a formula or part of one is: a unit, and for money or a number divided by a count, what it
/// is per (money / Inwoners is "€ per Inwoners"). Unknown is a part that already has a diagnostic
/// (or could not be known); it combines with everything silently, so one mistake is one diagnostic.
/// </summary>
public readonly record struct FormulaType(FormulaUnit Unit, string? Per = null)
{
    public static readonly FormulaType Unknown = new(FormulaUnit.Unknown);
    public static readonly FormulaType Number = new(FormulaUnit.Number);
    public static readonly FormulaType Money = new(FormulaUnit.Money);
    public static readonly FormulaType Percentage = new(FormulaUnit.Percentage);
    public static readonly FormulaType Truth = new(FormulaUnit.Truth);

    public bool IsKnown => Unit != FormulaUnit.Unknown;
    public bool IsFigure => Unit is FormulaUnit.Number or FormulaUnit.Money or FormulaUnit.Percentage;

    /// <summary>"een bedrag" / "an amount", for messages.</summary>
    public (string Nl, string En) Describe() => (Unit, Per) switch
    {
        (FormulaUnit.Money, { } per) => ($"een bedrag per {per}", $"an amount per {per}"),
        (FormulaUnit.Number, { } per) => ($"een getal per {per}", $"a number per {per}"),
        (FormulaUnit.Money, _) => ("een bedrag", "an amount"),
        (FormulaUnit.Number, _) => ("een getal", "a number"),
        (FormulaUnit.Percentage, _) => ("een percentage", "a percentage"),
        (FormulaUnit.Truth, _) => ("waar of onwaar", "true or false"),
        _ => ("een waarde", "a value"),
    };
}
