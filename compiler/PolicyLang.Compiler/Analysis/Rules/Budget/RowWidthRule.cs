using System.Collections.Immutable;
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
    public static readonly DiagnosticDescriptor Descriptor = new("PL4009", DiagnosticSeverity.Warning,
        "Niet één cel per kolom", "Not one cell per column",
        "Rij '{0}' heeft {1} {2}, maar de tabel heeft {3} {4}: schrijf één cel per kolom, '-' voor een lege cel.",
        "Row '{0}' has {1} {2}, but the table has {3} {4}: write one cell per column, '-' for an empty cell.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Elke rij heeft één cel per kolom / every row has one cell per column";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var table in ArithmeticFacts.Of(context).Tables)
        {
            if (table.Field(FieldNames.Kolommen) is not { } kolommen || table.Tree is not { } tree) continue;
            var columns = kolommen.Syntax.Values.Items.Length;
            foreach (var row in table.Children)
            {
                if (row.Kind != ElementKind.Rij || row.Syntax is not { } syntax) continue;
                var cells = syntax.Values?.Items.Length ?? 0;
                if (cells == columns) continue;
                var at = syntax.Values is { Items.Length: > 0 } values ? new Location(tree.Text, values.Span) : row.Location!;
                context.Report(Descriptor.Create(at, LineName.Of(row), cells, FigureText.Count(cells, ("cel", "cell"), ("cellen", "cells")),
                        columns, FigureText.Count(columns, ("kolom", "column"), ("kolommen", "columns")))
                    .WithRelated(new Location(tree.Text, kolommen.Syntax.Values.Span), "de kolommen van de tabel", "the columns of the table"));
            }
        }
    }
}
