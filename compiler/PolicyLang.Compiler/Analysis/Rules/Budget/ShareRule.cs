using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4008: a row with <c>aandeel van: Deel, Geheel</c> holds, per column, Deel / Geheel as a
/// percentage. Judged where the row's cell is a percentage and Deel and Geheel are figures of one
/// kind with a whole that cannot be zero; the rounding of all three figures is allowed for.
/// </summary>
public sealed class ShareRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4008", DiagnosticSeverity.Warning,
        "Aandeel klopt niet", "Share does not match",
        "{0}: '{1}' is {2} van '{3}', maar rij '{4}' vermeldt {5}: {6} procentpunt {7}.{8}",
        "{0}: '{1}' is {2} of '{3}', but row '{4}' states {5}: {6} percentage points {7}.{8}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een rij met 'aandeel van' is deel/geheel in procenten / an 'aandeel van' row is part/whole in percent";

    public override void Analyze(AnalysisContext context)
    {
        var facts = ArithmeticFacts.Of(context);
        foreach (var row in facts.DerivedRows)
        {
            if (facts.Cells(row) is not { } cells || TableRows.Operands(facts, row, FieldNames.AandeelVan) is not [var (part, partCells), var (whole, wholeCells)]) continue;

            for (var column = 0; column < cells.Count && column < partCells.Count && column < wholeCells.Count; column++)
            {
                var (cell, p, w) = (cells[column], partCells[column], wholeCells[column]);
                if (!cell.IsFigure || !p.IsFigure || !w.IsFigure) continue;
                var written = cell.Figure;
                if (written.Kind != QuantityKind.Percentage || p.Figure.Kind != w.Figure.Kind) continue;
                if (Ratio(p.Figure, w.Figure) is not { } share || !share.Contradicts(written)) continue;
                var (columnNl, columnEn) = TableRows.ColumnLabel(row, column);
                context.Report(Descriptor.Create(written.Location, new Phrase(columnNl, columnEn).Capitalized(), LineName.Of(part), FigureText.Percent(share.Value),
                        LineName.Of(whole), LineName.Of(row), FigureText.Percent(written.Value), FigureText.Points(written.Value - share.Value),
                        FigureText.MoreLess(written.Value - share.Value), FigureText.Rounding(share.MarginWith(written), QuantityKind.Percentage))
                    .WithRelated([p.Figure.Location, w.Figure.Location], "deel en geheel", "part and whole")
                    .WithFigureFix(written.Location, Replacement(written, share)));
            }
        }
    }

    /// <summary>part / whole × 100 over the rounding intervals; null when the whole may be zero.</summary>
    private static Interval? Ratio(Figure part, Figure whole)
    {
        if (whole.Low <= 0 && whole.High >= 0) return null;
        try
        {
            decimal[] corners = [part.Low / whole.Low, part.Low / whole.High, part.High / whole.Low, part.High / whole.High];
            return new Interval(part.Value / whole.Value * 100, corners.Min() * 100, corners.Max() * 100);
        }
        catch (OverflowException)
        {
            return null; // a whole of almost nothing: the share is not a figure anyone wrote
        }
    }

    /// <summary>The recomputed share, written with as many decimals as the cell, when the operands are exact.</summary>
    private static string? Replacement(Figure written, Interval share)
    {
        if (!share.IsExact) return null;
        var decimals = written.Value.Scale;
        return new Quantity(decimal.Round(share.Value, decimals, MidpointRounding.AwayFromZero), QuantityKind.Percentage).ToString();
    }
}
