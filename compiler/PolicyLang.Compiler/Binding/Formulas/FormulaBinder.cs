using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;
using PolicyLang.Syntax;
using PolicyLang.Syntax.Formulas;
using PolicyLang.Text;

namespace PolicyLang.Binding.Formulas;

/// <summary>
/// Binds the formulas of a compilation (docs/language.md §6a): every name to a row, table, feit,
/// indicator or post (PL2071, with "bedoelde je"), every column to a column of its table (PL2076),
/// units through the operators (PL2072, PL2073), function arguments (PL2075) and the result
/// against what its field needs (PL2074). Linear in the size of the formulas; never throws on
/// half-bound input (a name or value that did not bind is Unknown and combines silently).
/// </summary>
internal sealed class FormulaBinder
{
    private readonly IReadOnlyDictionary<string, ElementSymbol> _byId;
    private readonly Action<Diagnostic> _report;
    private Spelling.Index? _spelling;

    // Per formula being bound.
    private ElementSymbol _owner = null!;
    private SourceText _source = null!;
    private ImmutableDictionary<ReferenceFormula, FormulaTarget>.Builder _targets = null!;
    private bool _hasErrors;

    private FormulaBinder(IReadOnlyDictionary<string, ElementSymbol> byId, Action<Diagnostic> report)
    {
        _byId = byId;
        _report = report;
    }

    /// <summary>
    /// Every formula of the elements, bound, in the elements' order; diagnostics go to
    /// <paramref name="report"/>. <paramref name="elements"/> is every element, nested ones included,
    /// each tree's in declaration order (an element before the lines nested in it), as the binder
    /// declares them; walked with plain loops, since this runs on every check.
    /// </summary>
    public static ImmutableArray<BoundFormula> BindAll(IReadOnlyList<ElementSymbol> elements, IReadOnlyDictionary<string, ElementSymbol> byId, Action<Diagnostic> report)
    {
        FormulaBinder? binder = null;
        ImmutableArray<BoundFormula>.Builder? result = null;
        for (var e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            if (element.Tree is not { } tree) continue;
            var fields = element.Fields;
            for (var f = 0; f < fields.Count; f++)
            {
                var field = fields[f];
                foreach (var value in field.Values)
                    if (value is FormulaValue formula)
                    {
                        binder ??= new FormulaBinder(byId, report);
                        (result ??= ImmutableArray.CreateBuilder<BoundFormula>()).Add(binder.Bind(element, tree.Text, field.Name, formula));
                    }
            }
        }
        return result?.ToImmutable() ?? [];
    }

    private BoundFormula Bind(ElementSymbol owner, SourceText source, string field, FormulaValue value)
    {
        _owner = owner;
        _source = source;
        _targets = ImmutableDictionary.CreateBuilder<ReferenceFormula, FormulaTarget>();
        _hasErrors = false;
        var type = TypeOf(value.Formula);
        if (!_hasErrors) CheckUse(field, value.Formula, type);
        return new BoundFormula(owner, field, value, type, _targets.ToImmutable(), _hasErrors);
    }

    private void Report(Diagnostic diagnostic)
    {
        _hasErrors = true;
        _report(diagnostic);
    }

    private Location At(TextSpan span) => new(_source, span);

    // ---- the use ---------------------------------------------------------------------------

    private void CheckUse(string field, FormulaSyntax formula, FormulaType type)
    {
        if (!type.IsKnown) return;
        var needsTruth = _owner.Kind == ElementKind.Bewering || (_owner.Kind == ElementKind.Tabel && field == FieldNames.Formule);
        if (needsTruth && type.Unit != FormulaUnit.Truth)
            Report(FormulaDescriptors.WrongResult.Create(At(formula.Span), field,
                _owner.Kind == ElementKind.Tabel ? new Phrase("een vergelijking van kolommen ([3] = verandering([1], [2]))", "an equation of columns ([3] = verandering([1], [2]))")
                    : new Phrase("een bewering (waar of onwaar)", "a claim (true or false)"),
                Phrase(type)));
        else if (!needsTruth && type.Unit == FormulaUnit.Truth)
            Report(FormulaDescriptors.WrongResult.Create(At(formula.Span), field, new Phrase("een getal, bedrag of percentage", "a number, amount or percentage"), Phrase(type)));
        else if (_owner.Kind == ElementKind.Tabel && formula is not BinaryFormula { Operator: FormulaOperator.Equal, Left: ReferenceFormula { Path.IsEmpty: true } })
            Report(FormulaDescriptors.WrongResult.Create(At(formula.Span), field,
                new Phrase("een vergelijking van kolommen ([3] = verandering([1], [2]))", "an equation of columns ([3] = verandering([1], [2]))"), Phrase(type)));
    }

    private static Phrase Phrase(FormulaType type)
    {
        var (nl, en) = type.Describe();
        return new Phrase(nl, en);
    }

    // ---- types -----------------------------------------------------------------------------

    private FormulaType TypeOf(FormulaSyntax formula)
    {
        switch (formula)
        {
            case NumberFormula number:
                return number.Kind switch
                {
                    QuantityKind.Money => FormulaType.Money,
                    QuantityKind.Percentage => FormulaType.Percentage,
                    _ => FormulaType.Number,
                };
            case ParenthesizedFormula parenthesized:
                return TypeOf(parenthesized.Inner);
            case ReferenceFormula reference:
                return Resolve(reference);
            case PercentageOfFormula percentage:
            {
                var @base = TypeOf(percentage.Base);
                if (@base.Unit == FormulaUnit.Truth) return Wrong(percentage.Span, "van", new("een getal, bedrag of percentage", "a number, amount or percentage"));
                return @base;
            }
            case UnaryFormula unary:
            {
                var operand = TypeOf(unary.Operand);
                if (unary.Operator == FormulaOperator.Not)
                    return operand.IsKnown && operand.Unit != FormulaUnit.Truth ? Wrong(unary.Span, "niet", new("waar of onwaar", "true or false")) : FormulaType.Truth;
                return operand.Unit == FormulaUnit.Truth ? Wrong(unary.Span, "-", new("getallen", "numbers")) : operand;
            }
            case BinaryFormula binary:
                return Binary(binary, TypeOf(binary.Left), TypeOf(binary.Right));
            case CallFormula call:
                return Call(call);
            case QuantifierFormula quantifier:
            {
                var range = Resolve(quantifier.Range);
                ResolveColumnKey(quantifier.From, quantifier.Range);
                ResolveColumnKey(quantifier.Through, quantifier.Range);
                var bound = TypeOf(quantifier.Bound);
                Compare(quantifier.Span, quantifier.Comparator, range, bound);
                return FormulaType.Truth;
            }
            default:
                return FormulaType.Unknown;
        }
    }

    private FormulaType Wrong(TextSpan span, string op, Phrase needs)
    {
        Report(FormulaDescriptors.WrongOperand.Create(At(span), op, needs));
        return FormulaType.Unknown;
    }

    private FormulaType Binary(BinaryFormula binary, FormulaType left, FormulaType right)
    {
        var op = OperatorText(binary.Operator);
        switch (binary.Operator)
        {
            case FormulaOperator.And or FormulaOperator.Or:
                if ((left.IsKnown && left.Unit != FormulaUnit.Truth) || (right.IsKnown && right.Unit != FormulaUnit.Truth))
                    return Wrong(binary.Span, op, new("waar of onwaar (een vergelijking)", "true or false (a comparison)"));
                return FormulaType.Truth;
            case FormulaOperator.Less or FormulaOperator.LessOrEqual or FormulaOperator.Greater or FormulaOperator.GreaterOrEqual or FormulaOperator.Equal:
                Compare(binary.Span, binary.Operator, left, right);
                return FormulaType.Truth;
        }
        if (!left.IsKnown || !right.IsKnown) return FormulaType.Unknown;
        if (left.Unit == FormulaUnit.Truth || right.Unit == FormulaUnit.Truth)
            return Wrong(binary.Span, op, new("getallen, bedragen of percentages", "numbers, amounts or percentages"));
        switch (binary.Operator)
        {
            case FormulaOperator.Add or FormulaOperator.Subtract:
                // A literal 0 or a plain number next to a percentage (100% - 5) is the writer's intent; money needs money.
                if (left == right) return left;
                if (left.Unit == right.Unit && left.Unit != FormulaUnit.Money) return left with { Per = left.Per ?? right.Per };
                return Mismatch(binary, left, right);
            case FormulaOperator.Multiply:
                if (left.Unit == FormulaUnit.Number && left.Per is null) return right;
                if (right.Unit == FormulaUnit.Number && right.Per is null) return left;
                if (left.Unit == FormulaUnit.Percentage && right.Unit != FormulaUnit.Percentage) return right;
                if (right.Unit == FormulaUnit.Percentage && left.Unit != FormulaUnit.Percentage) return left;
                return Mismatch(binary, left, right);
            case FormulaOperator.Divide:
                if (left == right) return FormulaType.Number; // a ratio
                if (right.Unit == FormulaUnit.Number && right.Per is null)
                    return left with { Per = left.Per ?? NameOf(binary.Right) };
                if (left.Unit == FormulaUnit.Number && right.Unit == FormulaUnit.Number) return FormulaType.Number;
                if (left.Unit == FormulaUnit.Percentage || right.Unit == FormulaUnit.Percentage) return FormulaType.Number;
                return Mismatch(binary, left, right);
        }
        return FormulaType.Unknown;
    }

    /// <summary>The name a division is "per" ("€ per Inwoners18Plus"), when the divisor is a name; else null.</summary>
    private static string? NameOf(FormulaSyntax divisor) => divisor switch
    {
        ReferenceFormula { Path.IsEmpty: false } reference => reference.PathText,
        ParenthesizedFormula p => NameOf(p.Inner),
        _ => null,
    };

    private FormulaType Mismatch(BinaryFormula binary, FormulaType left, FormulaType right)
    {
        Report(FormulaDescriptors.UnitMismatch.Create(At(binary.Span), OperatorText(binary.Operator), Phrase(left), Phrase(right)));
        return FormulaType.Unknown;
    }

    private void Compare(TextSpan span, FormulaOperator op, FormulaType left, FormulaType right)
    {
        if (!left.IsKnown || !right.IsKnown) return;
        if (left.Unit == FormulaUnit.Truth || right.Unit == FormulaUnit.Truth)
        {
            Wrong(span, OperatorText(op), new("getallen, bedragen of percentages", "numbers, amounts or percentages"));
            return;
        }
        // A bare number (0, a bound without €) compares with anything: "elk(Saldo vanaf 2018) < 0".
        if (left.Unit == right.Unit || left == FormulaType.Number || right == FormulaType.Number) return;
        Report(FormulaDescriptors.UnitMismatch.Create(At(span), OperatorText(op), Phrase(left), Phrase(right)));
    }

    private static string OperatorText(FormulaOperator op) => op switch
    {
        FormulaOperator.Add => "+", FormulaOperator.Subtract => "-", FormulaOperator.Multiply => "*", FormulaOperator.Divide => "/",
        FormulaOperator.Less => "<", FormulaOperator.LessOrEqual => "<=", FormulaOperator.Greater => ">", FormulaOperator.GreaterOrEqual => ">=",
        FormulaOperator.Equal => "=", FormulaOperator.And => "en", FormulaOperator.Or => "of", FormulaOperator.Not => "niet", _ => "-",
    };

    private FormulaType Call(CallFormula call)
    {
        var types = call.Arguments.Select(TypeOf).ToList();
        var name = call.Name.Text;
        switch (call.Function)
        {
            case FormulaWord.Change:
                if (types.Count != 2) return Arguments(call, new("twee argumenten: verandering(oud, nieuw)", "two arguments: verandering(old, new)"));
                if (types[0].IsKnown && types[1].IsKnown && types[0] != types[1] && types[0] != FormulaType.Number && types[1] != FormulaType.Number)
                    return Mismatch(new BinaryFormula(call.Span, FormulaOperator.Subtract, call.Arguments[0], call.Arguments[1]), types[0], types[1]);
                return FormulaType.Percentage;
            case FormulaWord.Count:
                if (types.Count != 1 || call.Arguments[0] is not ReferenceFormula { Column: null } r || TargetOf(r)?.Element?.Kind is not (ElementKind.Tabel or ElementKind.Begroting or ElementKind.Post))
                    return types.Any(t => !t.IsKnown) ? FormulaType.Unknown : Arguments(call, new("één tabel of begroting: aantal(Tabel)", "one table or budget: aantal(Tabel)"));
                return FormulaType.Number;
            default: // som, gemiddelde, min, max
                if (types.Count == 0) return Arguments(call, new("een of meer argumenten", "one or more arguments"));
                var first = types.FirstOrDefault(t => t.IsKnown);
                foreach (var (type, argument) in types.Zip(call.Arguments))
                {
                    if (!type.IsKnown || type == first) continue;
                    return Mismatch(new BinaryFormula(call.Span, FormulaOperator.Add, call.Arguments[0], argument), first, type);
                }
                if (first.Unit == FormulaUnit.Truth) return Wrong(call.Span, name, new("getallen, bedragen of percentages", "numbers, amounts or percentages"));
                return first;
        }
    }

    private FormulaType Arguments(CallFormula call, Phrase takes)
    {
        Report(FormulaDescriptors.WrongArguments.Create(At(call.Span), call.Name.Text, takes));
        return FormulaType.Unknown;
    }

    // ---- names -----------------------------------------------------------------------------

    private FormulaTarget? TargetOf(ReferenceFormula reference) => _targets.TryGetValue(reference, out var target) ? target : null;

    private FormulaType Resolve(ReferenceFormula reference)
    {
        if (reference.Path.IsEmpty)
        {
            // [3]: a column of the row being checked, in a table's own formula.
            var table = _owner.Kind == ElementKind.Tabel ? _owner : null;
            if (table is null)
            {
                Report(FormulaDescriptors.UnknownColumn.Create(At(reference.Span), reference.Column!.Text, _owner.DisplayName, "0"));
                return FormulaType.Unknown;
            }
            if (ColumnIndex(reference.Column!, table) is not { } column) return FormulaType.Unknown;
            _targets[reference] = new FormulaTarget(null, column);
            return ColumnType(table, column);
        }

        if (ResolvePath(reference) is not { } element) return FormulaType.Unknown;
        int? index = null;
        if (reference.Column is { } key)
        {
            var columns = element.Kind is ElementKind.Rij or ElementKind.Tabel ? (element.Kind == ElementKind.Rij ? element.Parent : element)
                : element.Kind == ElementKind.Post ? element : null;
            if (columns is null)
            {
                Report(FormulaDescriptors.UnknownColumn.Create(At(reference.Span), key.Text, element.DisplayName, "0"));
                return FormulaType.Unknown;
            }
            index = ColumnIndex(key, columns);
            if (index is null) return FormulaType.Unknown;
        }
        _targets[reference] = new FormulaTarget(element, index);
        return TypeOfElement(element, index);
    }

    private void ResolveColumnKey(SyntaxToken? key, ReferenceFormula range)
    {
        if (key is null || TargetOf(range)?.Element is not { } element) return;
        var table = element.Kind == ElementKind.Rij ? element.Parent : element;
        if (table is not null) ColumnIndex(key, table);
    }

    /// <summary>The element a path names: an id, then rows of a table by id or title; the owner's own table's rows by title.</summary>
    private ElementSymbol? ResolvePath(ReferenceFormula reference)
    {
        var first = reference.Path[0];
        var name = PartName(first);
        ElementSymbol? element = null;
        if (first.Kind != SyntaxKind.StringToken) _byId.TryGetValue(name, out element);
        // A row without an id, named by its title, in the table of the formula's owner.
        if (element is null && OwnTable() is { } own) element = Part(own, first);
        if (element is null)
        {
            _spelling ??= new Spelling.Index(_byId.Values.Where(s => s.Id is not null && s.Kind is ElementKind.Rij or ElementKind.Tabel or ElementKind.Feit or ElementKind.Indicator or ElementKind.Post).Select(s => s.Id!));
            Report(FormulaDescriptors.UnknownName.Create(At(first.Span), name, DidYouMean(_spelling.Closest(name))));
            return null;
        }
        for (var i = 1; i < reference.Path.Length; i++)
        {
            var part = Part(element, reference.Path[i]);
            if (part is null)
            {
                var candidates = element.Children.Select(c => c.Id ?? c.Title).Where(n => n.Length > 0);
                Report(FormulaDescriptors.UnknownName.Create(At(reference.Path[i].Span), $"{element.DisplayName}.{PartName(reference.Path[i])}",
                    DidYouMean(Spelling.Closest(PartName(reference.Path[i]), candidates))));
                return null;
            }
            element = part;
        }
        if (element.Kind is not (ElementKind.Rij or ElementKind.Tabel or ElementKind.Feit or ElementKind.Indicator or ElementKind.Post or ElementKind.Begroting or ElementKind.Unknown))
        {
            Report(FormulaDescriptors.UnknownName.Create(At(reference.Span), reference.PathText, ""));
            return null;
        }
        return element;
    }

    private static Phrase DidYouMean(string? suggestion) =>
        suggestion is null ? "" : new Phrase($" Bedoelde je '{suggestion}'?", $" Did you mean '{suggestion}'?");

    private ElementSymbol? OwnTable() => _owner.Kind switch
    {
        ElementKind.Tabel => _owner,
        ElementKind.Rij => _owner.Parent,
        _ => null,
    };

    private static string PartName(SyntaxToken token) => token.Kind == SyntaxKind.StringToken ? StringLiteral.ValueOf(token) : token.Text;

    /// <summary>A child (row, post) by id, or by title (exactly, or ignoring case for a bare word).</summary>
    private static ElementSymbol? Part(ElementSymbol parent, SyntaxToken token)
    {
        var name = PartName(token);
        foreach (var child in parent.Children)
            if (token.Kind != SyntaxKind.StringToken && child.Id == name) return child;
        foreach (var child in parent.Children)
            if (string.Equals(child.Title, name, token.Kind == SyntaxKind.StringToken ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)) return child;
        return null;
    }

    /// <summary>The zero-based column a key names: a header equal to it (year, text or word), else its 1-based number.</summary>
    private int? ColumnIndex(SyntaxToken key, ElementSymbol owner)
    {
        var headers = Headers(owner);
        var text = PartName(key);
        for (var i = 0; i < headers.Count; i++)
            if (headers[i] == text) return i;
        if (key.Kind == SyntaxKind.NumberToken && int.TryParse(key.Text, out var n) && n >= 1 && n <= headers.Count && !headers.Any(IsYear)) return n - 1;
        Report(FormulaDescriptors.UnknownColumn.Create(At(key.Span), text, owner.DisplayName, headers.Count.ToString()));
        return null;
    }

    private static bool IsYear(string header) => header.Length == 4 && header.All(char.IsAsciiDigit);

    /// <summary>The column headers as text: a table's kolommen, a post's begroting years.</summary>
    internal static IReadOnlyList<string> Headers(ElementSymbol owner)
    {
        if (owner.Kind == ElementKind.Post)
        {
            var budget = owner.Parent;
            while (budget is { Kind: ElementKind.Post }) budget = budget.Parent;
            return budget?.Value<YearRangeValue>(FieldNames.Jaren) is { } years ? [.. years.Years.Select(y => y.ToString())] : [];
        }
        if (owner.Field(FieldNames.Kolommen) is not { } kolommen) return [];
        return [.. kolommen.Values.Select(v => v switch
        {
            YearValue year => year.Year.ToString(),
            TextValue text => text.Text,
            WordValue word => word.Word,
            YearRangeValue range => $"{range.From} t/m {range.To}",
            _ => "",
        })];
    }

    private static FormulaType ColumnType(ElementSymbol table, int column)
    {
        foreach (var row in table.Children)
            if (column < row.HeaderValues.Length && row.HeaderValues[column] is QuantityValue q) return Of(q.Quantity.Kind);
        return FormulaType.Unknown;
    }

    private static FormulaType TypeOfElement(ElementSymbol element, int? column)
    {
        switch (element.Kind)
        {
            case ElementKind.Rij:
                if (column is { } c) return c < element.HeaderValues.Length && element.HeaderValues[c] is QuantityValue q ? Of(q.Quantity.Kind) : FormulaType.Unknown;
                return element.HeaderValues.OfType<QuantityValue>().Select(v => Of(v.Quantity.Kind)).FirstOrDefault(FormulaType.Unknown);
            case ElementKind.Tabel:
                return column is { } tc ? ColumnType(element, tc)
                    : element.Children.SelectMany(r => r.HeaderValues.OfType<QuantityValue>()).Select(v => Of(v.Quantity.Kind)).FirstOrDefault(FormulaType.Unknown);
            case ElementKind.Post or ElementKind.Begroting:
                return FormulaType.Money;
            case ElementKind.Feit:
                return element.Value<QuantityValue>(FieldNames.Waarde) is { } waarde ? Of(waarde.Quantity.Kind) : FormulaType.Unknown;
            case ElementKind.Indicator:
                return element.Value<UnitValue>(FieldNames.Eenheid)?.Kind switch
                {
                    MeasureUnit.Money => FormulaType.Money,
                    MeasureUnit.Percentage => FormulaType.Percentage,
                    null => FormulaType.Unknown,
                    _ => FormulaType.Number,
                };
            default:
                return FormulaType.Unknown;
        }
    }

    private static FormulaType Of(QuantityKind kind) => kind switch
    {
        QuantityKind.Money => FormulaType.Money,
        QuantityKind.Percentage => FormulaType.Percentage,
        _ => FormulaType.Number,
    };
}
