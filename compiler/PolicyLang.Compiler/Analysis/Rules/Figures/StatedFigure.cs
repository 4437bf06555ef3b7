using PolicyLang.Analysis.Rules.Budget;
using PolicyLang.Analysis.Rules.Formulas;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Figures;

/// <summary>
/// One figure a feit states about an indicator in one year (issue 15 item 5): its written
/// <c>waarde</c>, or, when it has none, the cell or formula of its <c>gelijk aan</c>, as an interval
/// of the values its rounding allows. Two such figures disagree when their intervals do not meet.
/// </summary>
internal sealed record StatedFigure(ElementSymbol Feit, ElementSymbol Indicator, int Year, Interval Value, QuantityKind Kind, Location Location, string? Source)
{
    /// <summary>The feiten of the kader that name an indicator and a peildatum with a year and state a readable figure.</summary>
    public static IEnumerable<StatedFigure> All(AnalysisContext context)
    {
        foreach (var feit in context.Model.OfKind(ElementKind.Feit))
        {
            if (feit.Tree is null || context.Model.Targets(feit, FieldNames.Indicator).FirstOrDefault() is not { } indicator) continue;
            if (YearOf(feit) is not { } year) continue;
            if (Read(context, feit) is not { } figure) continue;
            yield return new StatedFigure(feit, indicator, year, figure.Value, figure.Kind, figure.Location, SourceOf(feit));
        }
    }

    public bool Disagrees(StatedFigure other) =>
        Kind == other.Kind && (Value.High < other.Value.Low || Value.Low > other.Value.High);

    public string Shown => FigureText.Show(new Quantity(Value.Value, Kind));

    private static (Interval Value, QuantityKind Kind, Location Location)? Read(AnalysisContext context, ElementSymbol feit)
    {
        if (feit.Value<QuantityValue>(FieldNames.Waarde) is { } value)
            return Figure.Read(value, feit.Tree!.Text, 1m) is { } written ? (Interval.Of(written), written.Kind, written.Location) : null;
        if (feit.Value<FormulaValue>(FieldNames.GelijkAan) is not { } formulaValue || context.Model.FormulaOf(formulaValue) is not { HasErrors: false } formula) return null;
        var kind = formula.Type.Unit switch
        {
            Binding.Formulas.FormulaUnit.Money => QuantityKind.Money,
            Binding.Formulas.FormulaUnit.Percentage => QuantityKind.Percentage,
            Binding.Formulas.FormulaUnit.Number => QuantityKind.Number,
            _ => (QuantityKind?)null,
        };
        if (kind is null || new FormulaEvaluator(formula).Figure(formula.Syntax, new(null, null)) is not { } computed) return null;
        return (computed, kind.Value, new Location(feit.Tree!.Text, formulaValue.Span));
    }

    private static int? YearOf(ElementSymbol feit) => feit.Value<BoundValue>(FieldNames.Peildatum) switch
    {
        YearValue y => y.Year,
        DateValue d => d.Date.Year,
        _ => null,
    };

    /// <summary>The feit's bron as written (a text or a word), compared without case and outer spaces.</summary>
    private static string? SourceOf(ElementSymbol feit) => feit.Value<BoundValue>(FieldNames.Bron) switch
    {
        TextValue t => t.Text.Trim(),
        WordValue w => w.Word.Trim(),
        ReferenceValue r => r.Name,
        _ => null,
    };
}
