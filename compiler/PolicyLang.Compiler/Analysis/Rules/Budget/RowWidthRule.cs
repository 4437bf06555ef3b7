using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>
/// PL4009: every row of a table with <c>kolommen</c> has one cell per column (write '-' for an
/// empty cell). Cells line up by position, so a missing cell shifts every later figure into the
/// wrong column. Tables without kolommen are not judged.
/// </summary>
public sealed class RowWidthRule : AnalysisRule
{
    public override string Code => "PL4009";
    public override string Description => "Elke rij heeft één cel per kolom / every row has one cell per column";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var table in ArithmeticFacts.Of(context).Tables)
        {
            if (Fields.Find(table, FieldNames.Kolommen) is not { } kolommen || table.Tree is not { } tree) continue;
            var columns = kolommen.Syntax.Values.Items.Length;
            foreach (var row in table.Children)
            {
                if (row.Kind != ElementKind.Rij || row.Syntax is not { } syntax) continue;
                var cells = syntax.Values?.Items.Length ?? 0;
                if (cells == columns) continue;
                var at = syntax.Values is { Items.Length: > 0 } values ? new Location(tree.Text, values.Span) : row.Location!;
                context.Report(DiagnosticBuilder.WrongCellCount(at, LineName.Of(row), cells, columns, new Location(tree.Text, kolommen.Syntax.Values.Span)));
            }
        }
    }
}
