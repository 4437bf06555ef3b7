using PolicyLang.Analysis.Rules.Budget;
using PolicyLang.Binding;
using PolicyLang.Binding.Formulas;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Syntax.Formulas;

namespace PolicyLang.Analysis.Rules.Formulas;

/// <summary>Whether a claim holds whatever the rounding of its figures, fails whatever the rounding, or cannot be judged.</summary>
internal enum Verdict { Unknown, Holds, Fails }

/// <summary>The first cell that breaks an "elk(…)" claim: for the message "UitkomstScenario2 is in 2017 al € -75.000".</summary>
internal sealed record Counterexample(ElementSymbol Row, int Column, Figure Cell);

/// <summary>
/// Evaluates a bound formula over the figures of the document with the rounding intervals of
/// decision 0011 (<see cref="Figure"/>, <see cref="Interval"/>): a result is an interval of
/// possible true values, and a claim fails only when no rounding can make it hold. Anything that
/// cannot be evaluated (text, a missing value, a division by an interval holding zero, an
/// indicator without figures in the document) is null or <see cref="Verdict.Unknown"/>: no finding.
/// </summary>
internal sealed class FormulaEvaluator(BoundFormula formula)
{
    private readonly Dictionary<ElementSymbol, IReadOnlyList<Cell>?> _cells = [];

    /// <summary>The row being checked (a table's own formula) and the column (a row's formula, or inside elk).</summary>
    internal readonly record struct Place(ElementSymbol? Row, int? Column);

    public Counterexample? Counterexample { get; private set; }

    public IReadOnlyList<Cell>? CellsOf(ElementSymbol row)
    {
        if (!_cells.TryGetValue(row, out var cells)) _cells[row] = cells = TableRows.ReadCells(row);
        return cells;
    }

    // ---- figures ---------------------------------------------------------------------------

    public Interval? Figure(FormulaSyntax syntax, Place place)
    {
        try
        {
            return FigureOf(syntax, place);
        }
        catch (OverflowException)
        {
            return null; // beyond decimal: no municipal figure; not judged
        }
    }

    private Interval? FigureOf(FormulaSyntax syntax, Place place)
    {
        switch (syntax)
        {
            case NumberFormula number:
                return new Interval(number.Value, number.Value, number.Value);
            case ParenthesizedFormula parenthesized:
                return FigureOf(parenthesized.Inner, place);
            case ReferenceFormula reference:
                return Reference(reference, place);
            case UnaryFormula { Operator: FormulaOperator.Negate } unary:
                return FigureOf(unary.Operand, place) is { } operand ? new Interval(-operand.Value, -operand.High, -operand.Low) : null;
            case PercentageOfFormula percentage:
                return FigureOf(percentage.Base, place) is { } @base ? Multiply(@base, new Interval(percentage.Percentage.Value / 100, percentage.Percentage.Value / 100, percentage.Percentage.Value / 100)) : null;
            case BinaryFormula binary when FigureOf(binary.Left, place) is { } left && FigureOf(binary.Right, place) is { } right:
                return binary.Operator switch
                {
                    FormulaOperator.Add => left + right,
                    FormulaOperator.Subtract => left - right,
                    FormulaOperator.Multiply => Multiply(left, right),
                    FormulaOperator.Divide => Divide(left, right),
                    _ => null,
                };
            case CallFormula call:
                return Call(call, place);
            default:
                return null;
        }
    }

    private Interval? Reference(ReferenceFormula reference, Place place)
    {
        if (formula.TargetOf(reference) is not { } target) return null;
        var column = target.Column ?? place.Column;
        switch (target.Element)
        {
            case null when place.Row is { } row && column is { } c:
                return Cell(row, c);
            case { Kind: ElementKind.Rij } row when column is { } c:
                return Cell(row, c);
            case { Kind: ElementKind.Feit } feit when feit.Value<QuantityValue>(Syntax.FieldNames.Waarde) is { } waarde && feit.Tree is { } tree
                && Budget.Figure.Read(waarde, tree.Text, 1m) is { } figure:
                return Interval.Of(figure);
            default:
                return null;
        }
    }

    private Interval? Cell(ElementSymbol row, int column) =>
        CellsOf(row) is { } cells && column < cells.Count && cells[column].IsFigure ? Interval.Of(cells[column].Figure) : null;

    private static Interval Multiply(Interval a, Interval b)
    {
        decimal[] corners = [a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High];
        return new Interval(a.Value * b.Value, corners.Min(), corners.Max());
    }

    private static Interval? Divide(Interval a, Interval b)
    {
        if (b.Low <= 0 && b.High >= 0) return null; // the divisor may be zero
        decimal[] corners = [a.Low / b.Low, a.Low / b.High, a.High / b.Low, a.High / b.High];
        return new Interval(a.Value / b.Value, corners.Min(), corners.Max());
    }

    private Interval? Call(CallFormula call, Place place)
    {
        if (call.Function == FormulaWord.Count)
            return call.Arguments is [ReferenceFormula r] && formula.TargetOf(r)?.Element is { } e ? new Interval(e.Children.Count, e.Children.Count, e.Children.Count) : null;
        var values = new List<Interval>();
        foreach (var argument in call.Arguments)
        {
            // A table (all its rows) in som/gemiddelde/min/max: its rows' cells of the column.
            if (argument is ReferenceFormula table && formula.TargetOf(table) is { Element.Kind: ElementKind.Tabel, Column: null } t && place.Column is { } c)
            {
                foreach (var row in t.Element!.Children)
                    if (Cell(row, c) is { } cell) values.Add(cell);
                continue;
            }
            if (FigureOf(argument, place) is not { } value) return null;
            values.Add(value);
        }
        if (values.Count == 0) return null;
        switch (call.Function)
        {
            case FormulaWord.Change when values is [var old, var @new]:
                // (new - old) / old × 100 = (new / old - 1) × 100
                if (Divide(@new, old) is not { } ratio) return null;
                return new Interval((ratio.Value - 1) * 100, (ratio.Low - 1) * 100, (ratio.High - 1) * 100);
            case FormulaWord.Sum:
                return values.Aggregate((a, b) => a + b);
            case FormulaWord.Average:
            {
                var sum = values.Aggregate((a, b) => a + b);
                var n = values.Count;
                return new Interval(sum.Value / n, sum.Low / n, sum.High / n);
            }
            case FormulaWord.Min:
                return new Interval(values.Min(v => v.Value), values.Min(v => v.Low), values.Min(v => v.High));
            case FormulaWord.Max:
                return new Interval(values.Max(v => v.Value), values.Max(v => v.Low), values.Max(v => v.High));
            default:
                return null;
        }
    }

    // ---- claims ----------------------------------------------------------------------------

    public Verdict Truth(FormulaSyntax syntax, Place place)
    {
        try
        {
            return TruthOf(syntax, place);
        }
        catch (OverflowException)
        {
            return Verdict.Unknown;
        }
    }

    private Verdict TruthOf(FormulaSyntax syntax, Place place)
    {
        switch (syntax)
        {
            case ParenthesizedFormula parenthesized:
                return TruthOf(parenthesized.Inner, place);
            case UnaryFormula { Operator: FormulaOperator.Not } not:
                return TruthOf(not.Operand, place) switch { Verdict.Holds => Verdict.Fails, Verdict.Fails => Verdict.Holds, _ => Verdict.Unknown };
            case BinaryFormula { Operator: FormulaOperator.And } and:
            {
                var left = TruthOf(and.Left, place);
                if (left == Verdict.Fails) return Verdict.Fails;
                var right = TruthOf(and.Right, place);
                return right == Verdict.Fails ? Verdict.Fails : left == Verdict.Holds && right == Verdict.Holds ? Verdict.Holds : Verdict.Unknown;
            }
            case BinaryFormula { Operator: FormulaOperator.Or } or:
            {
                var left = TruthOf(or.Left, place);
                if (left == Verdict.Holds) return Verdict.Holds;
                var right = TruthOf(or.Right, place);
                return right == Verdict.Holds ? Verdict.Holds : left == Verdict.Fails && right == Verdict.Fails ? Verdict.Fails : Verdict.Unknown;
            }
            case BinaryFormula comparison:
                // A row on either side of a claim without a column: the comparison in every column.
                if (place.Column is null && Columns(comparison) is { } count)
                {
                    var all = Verdict.Holds;
                    for (var c = 0; c < count; c++)
                    {
                        var verdict = TruthOf(comparison, place with { Column = c });
                        if (verdict == Verdict.Fails) return Verdict.Fails;
                        if (verdict == Verdict.Unknown) all = Verdict.Unknown;
                    }
                    return all;
                }
                return FigureOf(comparison.Left, place) is { } l && FigureOf(comparison.Right, place) is { } r ? Compare(comparison.Operator, l, r) : Verdict.Unknown;
            case QuantifierFormula quantifier:
                return Every(quantifier, place);
            default:
                return Verdict.Unknown;
        }
    }

    /// <summary>The number of columns of the first row named without a column in a comparison, or null.</summary>
    private int? Columns(FormulaSyntax syntax) => syntax switch
    {
        ReferenceFormula r when formula.TargetOf(r) is { Element: { Kind: ElementKind.Rij } row, Column: null } => CellsOf(row)?.Count,
        BinaryFormula b => Columns(b.Left) ?? Columns(b.Right),
        UnaryFormula u => Columns(u.Operand),
        ParenthesizedFormula p => Columns(p.Inner),
        CallFormula c => c.Arguments.Select(Columns).FirstOrDefault(n => n is not null),
        _ => null,
    };

    public static Verdict Compare(FormulaOperator op, Interval left, Interval right) => op switch
    {
        FormulaOperator.Less => left.High < right.Low ? Verdict.Holds : left.Low >= right.High ? Verdict.Fails : Verdict.Unknown,
        FormulaOperator.LessOrEqual => left.High <= right.Low ? Verdict.Holds : left.Low > right.High ? Verdict.Fails : Verdict.Unknown,
        FormulaOperator.Greater => left.Low > right.High ? Verdict.Holds : left.High <= right.Low ? Verdict.Fails : Verdict.Unknown,
        FormulaOperator.GreaterOrEqual => left.Low >= right.High ? Verdict.Holds : left.High < right.Low ? Verdict.Fails : Verdict.Unknown,
        FormulaOperator.Equal => left.High < right.Low || left.Low > right.High ? Verdict.Fails
            : left.Low == left.High && right.Low == right.High ? Verdict.Holds : Verdict.Unknown,
        _ => Verdict.Unknown,
    };

    /// <summary>elk(Bereik vanaf a t/m b) op grens: every figure cell of the range's rows in those columns.</summary>
    private Verdict Every(QuantifierFormula quantifier, Place place)
    {
        if (formula.TargetOf(quantifier.Range) is not { Element: { } element } target) return Verdict.Unknown;
        var rows = element.Kind == ElementKind.Tabel ? element.Children.Where(c => c.Kind == ElementKind.Rij).ToList() : [element];
        var table = element.Kind == ElementKind.Tabel ? element : element.Parent;
        if (table is null) return Verdict.Unknown;
        var headers = FormulaBinder.Headers(table);
        var from = quantifier.From is { } f ? IndexOf(headers, f) : 0;
        var through = quantifier.Through is { } t ? IndexOf(headers, t) : headers.Count - 1;
        if (target.Column is { } only) from = through = only;
        if (from is null || through is null) return Verdict.Unknown;
        var all = Verdict.Holds;
        foreach (var row in rows)
        {
            if (CellsOf(row) is not { } cells) { all = Verdict.Unknown; continue; }
            for (var c = from.Value; c <= through.Value && c < cells.Count; c++)
            {
                if (!cells[c].IsFigure) { all = Verdict.Unknown; continue; }
                if (FigureOf(quantifier.Bound, place with { Row = row, Column = c }) is not { } bound) { all = Verdict.Unknown; continue; }
                var verdict = Compare(quantifier.Comparator, Interval.Of(cells[c].Figure), bound);
                if (verdict == Verdict.Fails)
                {
                    Counterexample ??= new Counterexample(row, c, cells[c].Figure);
                    return Verdict.Fails;
                }
                if (verdict == Verdict.Unknown) all = Verdict.Unknown;
            }
        }
        return all;
    }

    private static int? IndexOf(IReadOnlyList<string> headers, Syntax.SyntaxToken key)
    {
        var text = key.Kind == Syntax.SyntaxKind.StringToken ? Syntax.StringLiteral.ValueOf(key) : key.Text;
        for (var i = 0; i < headers.Count; i++) if (headers[i] == text) return i;
        return int.TryParse(text, out var n) && n >= 1 && n <= headers.Count ? n - 1 : null;
    }
}
