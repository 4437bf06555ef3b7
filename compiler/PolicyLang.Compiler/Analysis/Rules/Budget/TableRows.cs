using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Runtime;

namespace PolicyLang.Analysis.Rules.Budget;

/// <summary>One table cell as the derivation rules see it: a figure, an empty cell ('-') or anything else (text, a missing-value code).</summary>
internal readonly record struct Cell(CellKind Kind, Figure Figure)
{
    public bool IsFigure => Kind == CellKind.Figure;
}

internal enum CellKind { Empty, Figure, Other }

/// <summary>
/// Reading table rows for the derivation rules (som van, verschil van, cumulatief van, aandeel
/// van). Cells line up by position: cell i of a row belongs to column i of its table.
/// </summary>
internal static class TableRows
{
    /// <summary>The cells of a row, or null when one did not bind (a PL2xxx error says why).</summary>
    public static IReadOnlyList<Cell>? ReadCells(ElementSymbol row)
    {
        if (row.Tree is not { } tree || row.Syntax is not { } syntax) return null;
        var written = syntax.Values?.Items.Length ?? 0;
        if (row.HeaderValues.Length != written) return null;
        var schaal = row.Parent is { } table ? BudgetView.SchaalOf(table) : 1m;
        var cells = new Cell[written];
        for (var i = 0; i < written; i++)
            cells[i] = row.HeaderValues[i] switch
            {
                // '-' is nothing; a missing-value code (nb, *, n.v.t.) is a figure nobody knows, so
                // like a text cell it ends the check of its column rather than count as zero.
                EmptyValue { Reason: MissingReason.Empty } => new Cell(CellKind.Empty, default),
                QuantityValue quantity when Figure.Read(quantity, tree.Text, schaal) is { } figure => new Cell(CellKind.Figure, figure),
                _ => new Cell(CellKind.Other, default),
            };
        return cells;
    }

    /// <summary>The rows a derivation field names, or null when one does not resolve to a row or cannot be read.</summary>
    public static List<(ElementSymbol Row, IReadOnlyList<Cell> Cells)>? Operands(ArithmeticFacts facts, ElementSymbol row, string field)
    {
        if (row.Field(field) is not { } bound) return null;
        var result = new List<(ElementSymbol, IReadOnlyList<Cell>)>();
        foreach (var value in bound.Values)
        {
            if (value is not ReferenceValue reference || facts.Model.TargetOf(reference) is not { Kind: ElementKind.Rij } target || facts.Cells(target) is not { } cells) return null;
            result.Add((target, cells));
        }
        return result;
    }

    /// <summary>
    /// Percentages add up only when they share a denominator: a row or table with eenheid
    /// "percentage van …" declares one. Without it, a percentage cell (such as a change in percent
    /// beside the counts it derives from) is not a part of a sum.
    /// </summary>
    public static bool PercentagesAdd(ElementSymbol row) =>
        IsShareOfOne(row) || (row.Parent is { } table && IsShareOfOne(table));

    private static bool IsShareOfOne(ElementSymbol element) =>
        element.Value<UnitValue>(FieldNames.Eenheid) is { Kind: MeasureUnit.Percentage, Population: not null };

    /// <summary>"kolom 2017" / "column 2017": the header of column i of the row's table.</summary>
    public static (string Nl, string En) ColumnLabel(ElementSymbol row, int index)
    {
        var headers = row.Parent is { } table && table.Field(FieldNames.Kolommen) is { } kolommen ? kolommen.Values : [];
        var header = index < headers.Length ? headers[index] switch
        {
            YearValue year => year.Year.ToString(),
            YearRangeValue range => $"{range.From} t/m {range.To}",
            TextValue text => $"\"{text.Text}\"",
            WordValue word => word.Word,
            _ => null,
        } : null;
        return header is null ? ($"kolom {index + 1}", $"column {index + 1}") : ($"kolom {header}", $"column {header}");
    }

    public static string Names(IEnumerable<ElementSymbol> rows) => string.Join(", ", rows.Select(LineName.Of));

    /// <summary>The recomputed figure as source text, offered only when nothing is rounded or scaled.</summary>
    public static string? Replacement(Figure written, Interval computed, ElementSymbol row)
    {
        if (!written.IsExact || !computed.IsExact || (row.Parent is { } table && BudgetView.SchaalOf(table) != 1m)) return null;
        return written.Kind switch
        {
            QuantityKind.Money => new Quantity(computed.Value, QuantityKind.Money).ToString(),
            QuantityKind.Number => DutchNumber.Format(computed.Value),
            _ => null,
        };
    }

    public static Quantity Quantity(decimal value, QuantityKind kind) => new(value, kind);

    public static Location[] Locations(IEnumerable<Cell> cells) => [.. cells.Where(c => c.IsFigure).Select(c => c.Figure.Location)];
}
