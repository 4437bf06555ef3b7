using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4007: a row with <c>cumulatief van: R</c> is, per column, the sum of R's cells up to and
/// including that column ('-' counts as nothing). A text cell or a figure of another kind in R
/// ends the check for the rest of the row; percentages only under a declared common denominator.
/// </summary>
public sealed class RunningSumRule : AnalysisRule
{
    public override string Code => "PL4007";
    public override string Description => "Een rij met 'cumulatief van' is de lopende som van die rij / a 'cumulatief van' row is the running sum of that row";

    public override void Analyze(AnalysisContext context)
    {
        var facts = ArithmeticFacts.Of(context);
        foreach (var row in facts.DerivedRows)
        {
            if (facts.Cells(row) is not { } cells || TableRows.Operands(facts, row, FieldNames.CumulatiefVan) is not [var (source, sourceCells)]) continue;
            var kind = sourceCells.FirstOrDefault(c => c.IsFigure).Figure.Kind;
            if (kind == QuantityKind.Percentage && !TableRows.PercentagesAdd(row)) continue;

            var running = Interval.Zero;
            var parts = new List<Figure>();
            for (var column = 0; column < cells.Count && column < sourceCells.Count; column++)
            {
                var part = sourceCells[column];
                if (part.Kind == CellKind.Other || (part.IsFigure && part.Figure.Kind != kind)) break;
                if (part.IsFigure)
                {
                    running += Interval.Of(part.Figure);
                    parts.Add(part.Figure);
                }
                if (!cells[column].IsFigure || parts.Count == 0) continue;
                var written = cells[column].Figure;
                if (written.Kind != kind || !running.Contradicts(written)) continue;
                var (columnNl, columnEn) = TableRows.ColumnLabel(row, column);
                context.Report(DiagnosticBuilder.RunningSumMismatch(written.Location, LineName.Of(row), columnNl, columnEn,
                    TableRows.Quantity(written.Value, kind), TableRows.Quantity(running.Value, kind), running.MarginWith(written),
                    LineName.Of(source), [.. parts.Select(f => f.Location)], TableRows.Replacement(written, running, row)));
            }
        }
    }
}
