using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4006: a row with <c>verschil van: R</c> is, per column, R's cell minus R's cell in the
/// previous column. The first column has no previous one and is not judged; a column is judged
/// only where all three cells are figures of one kind (percentages change in percentage points).
/// </summary>
public sealed class RowChangeRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4006", DiagnosticSeverity.Warning,
        "Verschilrij klopt niet", "Change row does not match",
        "{0}: de verandering van '{1}' ten opzichte van de vorige kolom is {2}, maar rij '{3}' vermeldt {4}: {5} {6}.{7}",
        "{0}: the change of '{1}' from the previous column is {2}, but row '{3}' states {4}: {5} {6}.{7}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een rij met 'verschil van' is de verandering ten opzichte van de vorige kolom / a 'verschil van' row is the change from the previous column";

    public override void Analyze(AnalysisContext context)
    {
        var facts = ArithmeticFacts.Of(context);
        foreach (var row in facts.DerivedRows)
        {
            if (facts.Cells(row) is not { } cells || TableRows.Operands(facts, row, FieldNames.VerschilVan) is not [var (source, sourceCells)]) continue;

            for (var column = 1; column < cells.Count && column < sourceCells.Count; column++)
            {
                var (cell, now, before) = (cells[column], sourceCells[column], sourceCells[column - 1]);
                if (!cell.IsFigure || !now.IsFigure || !before.IsFigure) continue;
                var written = cell.Figure;
                if (now.Figure.Kind != written.Kind || before.Figure.Kind != written.Kind) continue;
                var change = Interval.Of(now.Figure) - Interval.Of(before.Figure);
                if (!change.Contradicts(written)) continue;
                var (columnNl, columnEn) = TableRows.ColumnLabel(row, column);
                context.Report(Descriptor.Create(written.Location, FigureText.RowMismatch((columnNl, columnEn), LineName.Of(source), LineName.Of(row),
                        TableRows.Quantity(written.Value, written.Kind), TableRows.Quantity(change.Value, written.Kind), change.MarginWith(written)))
                    .WithRelated([before.Figure.Location, now.Figure.Location], "deze kolom en de vorige", "this column and the previous one")
                    .WithFigureFix(written.Location, TableRows.Replacement(written, change, row)));
            }
        }
    }
}
