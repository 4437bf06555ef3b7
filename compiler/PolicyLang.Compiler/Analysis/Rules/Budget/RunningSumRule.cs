using System.Collections.Immutable;
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
    public static readonly DiagnosticDescriptor Descriptor = new("PL4007", DiagnosticSeverity.Warning,
        "Cumulatieve rij klopt niet", "Running sum does not match",
        "{0}: de lopende som van '{1}' tot en met deze kolom is {2}, maar rij '{3}' vermeldt {4}: {5} {6}.{7}",
        "{0}: the running sum of '{1}' up to this column is {2}, but row '{3}' states {4}: {5} {6}.{7}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
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
                context.Report(Descriptor.Create(written.Location, FigureText.RowMismatch((columnNl, columnEn), LineName.Of(source), LineName.Of(row),
                        TableRows.Quantity(written.Value, kind), TableRows.Quantity(running.Value, kind), running.MarginWith(written)))
                    .WithRelated(parts.Select(f => f.Location), "telt mee in de lopende som", "counted in the running sum")
                    .WithFigureFix(written.Location, TableRows.Replacement(written, running, row)));
            }
        }
    }
}
