using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4005: a row with <c>som van</c> is, per column, the sum of the named rows. A column is
/// judged only where the row's cell is a figure of the same kind as the operands' (money with
/// money, numbers with numbers); '-' counts as nothing. Percentages are summed only under a
/// declared common denominator (<see cref="TableRows.PercentagesAdd"/>).
/// </summary>
public sealed class RowSumRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4005", DiagnosticSeverity.Warning,
        "Somrij klopt niet", "Sum row does not add up",
        "{0}: de som van {1} is {2}, maar rij '{3}' vermeldt {4}: {5} {6} dan de som.{7}",
        "{0}: the sum of {1} is {2}, but row '{3}' states {4}: {5} {6} than the sum.{7}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een rij met 'som van' is per kolom de som van die rijen / a 'som van' row is the sum of those rows, per column";

    public override void Analyze(AnalysisContext context)
    {
        var facts = ArithmeticFacts.Of(context);
        foreach (var row in facts.DerivedRows)
        {
            if (facts.Cells(row) is not { } cells || TableRows.Operands(facts, row, FieldNames.SomVan) is not { Count: > 0 } operands) continue;
            var percentagesAdd = TableRows.PercentagesAdd(row);

            for (var column = 0; column < cells.Count; column++)
            {
                if (!cells[column].IsFigure) continue;
                var written = cells[column].Figure;
                if (written.Kind == QuantityKind.Percentage && !percentagesAdd) continue;
                if (Sum(operands, column, written.Kind) is not { } sum || !sum.Contradicts(written)) continue;
                var (columnNl, columnEn) = TableRows.ColumnLabel(row, column);
                context.Report(Descriptor.Create(written.Location, FigureText.RowMismatch((columnNl, columnEn), TableRows.Names(operands.Select(o => o.Row)), LineName.Of(row),
                        TableRows.Quantity(written.Value, written.Kind), TableRows.Quantity(sum.Value, written.Kind), sum.MarginWith(written)))
                    .WithRelated(TableRows.Locations(operands.Select(o => o.Cells[column])), "telt mee in de som", "counted in the sum")
                    .WithFigureFix(written.Location, TableRows.Replacement(written, sum, row)));
            }
        }
    }

    /// <summary>The sum of one column, or null when a cell is missing, text, or of another kind, or all are empty.</summary>
    private static Interval? Sum(List<(ElementSymbol Row, IReadOnlyList<Cell> Cells)> operands, int column, QuantityKind kind)
    {
        var sum = Interval.Zero;
        var figures = 0;
        foreach (var (_, cells) in operands)
        {
            if (column >= cells.Count) return null;
            var cell = cells[column];
            if (cell.Kind == CellKind.Empty) continue;
            if (!cell.IsFigure || cell.Figure.Kind != kind) return null;
            sum += Interval.Of(cell.Figure);
            figures++;
        }
        return figures > 0 ? sum : null;
    }
}
