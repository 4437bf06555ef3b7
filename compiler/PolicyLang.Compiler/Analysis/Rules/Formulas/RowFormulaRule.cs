using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Formulas;

/// <summary>
/// PL4011: a row with <c>formule:</c> is, per column, that formula of other rows. Each written
/// figure is compared with the formula recomputed over the rounding intervals (decision 0011);
/// only a figure that no rounding explains is reported. <c>som van</c> and its friends stay as
/// they are: they are the common cases, written without a formula (docs/language.md §6a).
/// </summary>
public sealed class RowFormulaRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4011", DiagnosticSeverity.Warning,
        "Rij klopt niet met haar formule", "Row does not match its formula",
        "{0}: de formule {1} geeft {2}, maar rij '{3}' vermeldt {4}: {5} {6}.{7}",
        "{0}: the formula {1} gives {2}, but row '{3}' states {4}: {5} {6}.{7}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een rij met 'formule' is per kolom die formule van andere rijen / a row with 'formule' is that formula of other rows, per column";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var formula in FormulaChecks.Of(context, ElementKind.Rij, FieldNames.Formule))
        {
            var evaluator = new FormulaEvaluator(formula);
            if (evaluator.CellsOf(formula.Owner) is not { } cells) continue;
            for (var column = 0; column < cells.Count; column++)
            {
                if (!cells[column].IsFigure || evaluator.Figure(formula.Syntax, new(formula.Owner, column)) is not { } computed) continue;
                FormulaChecks.CompareCell(context, Descriptor, formula, formula.Owner, column, cells[column].Figure, computed);
            }
        }
    }
}
