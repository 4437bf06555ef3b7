using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Formulas;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Syntax.Formulas;

namespace PolicyLang.Analysis.Rules.Formulas;

/// <summary>
/// PL4012: a table's <c>formule: [3] = verandering([1], [2])</c> says how a column follows from
/// the other columns of the same row. Every row's cell of that column is recomputed over the
/// rounding intervals; a printed value that no rounding explains is reported (the UWV table's
/// +84% for a rise from 439.059 to 908.932).
/// </summary>
public sealed class ColumnFormulaRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4012", DiagnosticSeverity.Warning,
        "Kolom klopt niet met haar formule", "Column does not match its formula",
        "{0}: de formule {1} geeft {2}, maar rij '{3}' vermeldt {4}: {5} {6}.{7}",
        "{0}: the formula {1} gives {2}, but row '{3}' states {4}: {5} {6}.{7}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een kolom met een formule van de tabel is per rij die formule / a column with a table formula is that formula, per row";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var formula in FormulaChecks.Of(context, ElementKind.Tabel, FieldNames.Formule))
        {
            if (formula.Syntax is not BinaryFormula { Operator: FormulaOperator.Equal, Left: ReferenceFormula left, Right: var right }
                || formula.TargetOf(left) is not { Element: null, Column: { } column }) continue;
            var evaluator = new FormulaEvaluator(formula);
            foreach (var row in formula.Owner.Children)
            {
                if (row.Kind != ElementKind.Rij || evaluator.CellsOf(row) is not { } cells || column >= cells.Count || !cells[column].IsFigure) continue;
                if (evaluator.Figure(right, new(row, null)) is not { } computed) continue;
                FormulaChecks.CompareCell(context, Descriptor, formula, row, column, cells[column].Figure, computed);
            }
        }
    }
}
