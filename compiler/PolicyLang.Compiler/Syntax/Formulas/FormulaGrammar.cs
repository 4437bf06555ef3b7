using System.Collections.Immutable;
using Pidgin;
using Pidgin.Expression;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Text;
using static Pidgin.Parser;
using static Pidgin.Parser<PolicyLang.Syntax.SyntaxToken>;

namespace PolicyLang.Syntax.Formulas;

/// <summary>
/// The formula grammar (docs/language.md §6a) as Pidgin combinators over the lexer's own tokens
/// (decision 0001). Precedence, from binding tightest: unary '-'; '*' '/'; '+' '-'; comparisons
/// (not chained); 'niet'; 'en'; 'of'. Every parser is labelled with a key of
/// <see cref="FormulaExpectations"/>, so a syntax error names what was expected in Dutch or English.
/// Built once; Pidgin parsers are immutable and thread-safe.
/// </summary>
internal static class FormulaGrammar
{
    private static Parser<SyntaxToken, SyntaxToken> Kind(SyntaxKind kind) =>
        Token(t => t.Kind == kind).Labelled(SyntaxFacts.GetText(kind));

    private static bool IsFormulaWord(SyntaxToken token, FormulaWord word) =>
        token.Kind == SyntaxKind.IdentifierToken && ValueWords.FormulaWords.TryRead(token.Chars, out var meaning) && meaning == word;

    private static Parser<SyntaxToken, SyntaxToken> Word(FormulaWord word) =>
        Token(t => IsFormulaWord(t, word)).Labelled(ValueWords.FormulaWords.EntryOf(word)!.Dutch);

    /// <summary>Words that are operators or structure in a formula and so never a name.</summary>
    private static bool IsReserved(SyntaxToken token) =>
        token.Kind == SyntaxKind.IdentifierToken && ValueWords.FormulaWords.TryRead(token.Chars, out var meaning)
        && meaning is FormulaWord.And or FormulaWord.Or or FormulaWord.Not or FormulaWord.Every or FormulaWord.From or FormulaWord.Of;

    private static readonly Parser<SyntaxToken, SyntaxToken> Name =
        Token(t => (t.Kind == SyntaxKind.IdentifierToken && !IsReserved(t)) || t.Kind == SyntaxKind.ElementKeyword).Labelled(FormulaExpectations.Name);

    private static readonly Parser<SyntaxToken, SyntaxToken> PathPart =
        Name.Or(Kind(SyntaxKind.StringToken));

    private static readonly Parser<SyntaxToken, SyntaxToken> ColumnKey =
        Token(t => t.Kind is SyntaxKind.NumberToken or SyntaxKind.StringToken or SyntaxKind.IdentifierToken).Labelled(FormulaExpectations.Column);

    private static readonly Parser<SyntaxToken, (SyntaxToken Open, SyntaxToken Key, SyntaxToken Close)> ColumnSuffix =
        Map((open, key, close) => (open, key, close), Kind(SyntaxKind.OpenBracketToken), ColumnKey, Kind(SyntaxKind.CloseBracketToken));

    /// <summary>Tabel.Rij[2015], Rij, "Nederland", or a bare [3] (the current row's column).</summary>
    private static readonly Parser<SyntaxToken, ReferenceFormula> Reference =
        Map((first, rest, column) =>
            {
                var path = ImmutableArray.CreateRange([first, .. rest]);
                var end = column.HasValue ? column.Value.Close.End : path[^1].End;
                return new ReferenceFormula(TextSpan.FromBounds(first.Start, end), path, column.HasValue ? column.Value.Key : null);
            },
            PathPart,
            Kind(SyntaxKind.DotToken).Then(PathPart).Many(),
            ColumnSuffix.Optional())
        .Or(ColumnSuffix.Select(c => new ReferenceFormula(TextSpan.FromBounds(c.Open.Start, c.Close.End), [], c.Key)))
        .Labelled(FormulaExpectations.Reference);

    private static readonly Parser<SyntaxToken, SyntaxToken> ScaleWord =
        Token(t => t.Kind == SyntaxKind.IdentifierToken && ValueWords.Scales.TryRead(t.Chars, out _)).Labelled(FormulaExpectations.Scale);

    /// <summary>['€'] getal [mln|mld] ['%']: the lexer's number, read the Dutch way.</summary>
    private static readonly Parser<SyntaxToken, NumberFormula> Number =
        Map((euro, number, scale, percent) => MakeNumber(euro, number, scale, percent),
            Kind(SyntaxKind.EuroToken).Optional(),
            Kind(SyntaxKind.NumberToken).Labelled(FormulaExpectations.Number),
            ScaleWord.Optional(),
            Kind(SyntaxKind.PercentToken).Optional())
        .Labelled(FormulaExpectations.Number);

    private static NumberFormula MakeNumber(Maybe<SyntaxToken> euro, SyntaxToken number, Maybe<SyntaxToken> scale, Maybe<SyntaxToken> percent)
    {
        // The lexer already reported a malformed number (PL1002); it reads as 0 so the formula still has a shape.
        var written = DutchNumber.TryParse(number.Chars, out var value) ? value : 0m;
        var factor = scale.HasValue && ValueWords.Scales.TryRead(scale.Value.Chars, out var s) ? s.Factor() : 1m;
        var kind = percent.HasValue ? QuantityKind.Percentage : euro.HasValue || scale.HasValue ? QuantityKind.Money : QuantityKind.Number;
        var start = euro.HasValue ? euro.Value.Start : number.Start;
        var end = percent.HasValue ? percent.Value.End : scale.HasValue ? scale.Value.End : number.End;
        // Beyond 10^20 (PL2020's limit) the product is not computed: decimal could overflow.
        var scaled = Math.Abs(written) <= Quantity.MaxMagnitude / factor ? written * factor : written;
        return new NumberFormula(TextSpan.FromBounds(start, end), scaled, kind, written, factor);
    }

    private static readonly Parser<SyntaxToken, FormulaSyntax> Expression;
    private static readonly Parser<SyntaxToken, FormulaSyntax> Arithmetic;

    private static readonly Parser<SyntaxToken, FormulaSyntax> Parenthesized =
        Map((open, inner, close) => (FormulaSyntax)new ParenthesizedFormula(TextSpan.FromBounds(open.Start, close.End), inner),
            Kind(SyntaxKind.OpenParenToken), Rec(() => Expression!), Kind(SyntaxKind.CloseParenToken));

    private static readonly Parser<SyntaxToken, SyntaxToken> FunctionName =
        Token(t => t.Kind == SyntaxKind.IdentifierToken && ValueWords.FormulaWords.TryRead(t.Chars, out var w) && w <= FormulaWord.Max)
            .Labelled(FormulaExpectations.Function);

    /// <summary>som(A, B), verandering(Oud, Nieuw): a function word directly followed by '(' (else it is a name).</summary>
    private static readonly Parser<SyntaxToken, FormulaSyntax> Call =
        Map((name, arguments, close) =>
            {
                ValueWords.FormulaWords.TryRead(name.Chars, out var function);
                return (FormulaSyntax)new CallFormula(TextSpan.FromBounds(name.Start, close.End), name, function, [.. arguments]);
            },
            Try(FunctionName.Before(Kind(SyntaxKind.OpenParenToken))),
            Rec(() => Expression!).Separated(Kind(SyntaxKind.CommaToken)),
            Kind(SyntaxKind.CloseParenToken));

    private static readonly Parser<SyntaxToken, FormulaOperator> Comparator = OneOf(
        Kind(SyntaxKind.LessToken).ThenReturn(FormulaOperator.Less),
        Kind(SyntaxKind.LessEqualsToken).ThenReturn(FormulaOperator.LessOrEqual),
        Kind(SyntaxKind.GreaterToken).ThenReturn(FormulaOperator.Greater),
        Kind(SyntaxKind.GreaterEqualsToken).ThenReturn(FormulaOperator.GreaterOrEqual),
        Kind(SyntaxKind.EqualsToken).ThenReturn(FormulaOperator.Equal)).Labelled(FormulaExpectations.Comparator);

    /// <summary>elk(Bereik [vanaf kolom] [t/m kolom]) vergelijking grens.</summary>
    private static readonly Parser<SyntaxToken, FormulaSyntax> Quantifier =
        Map((every, range, from, through, comparator, bound) =>
                (FormulaSyntax)new QuantifierFormula(TextSpan.FromBounds(every.Start, bound.Span.End), range,
                    from.HasValue ? from.Value : null, through.HasValue ? through.Value : null, comparator, bound),
            Word(FormulaWord.Every).Before(Kind(SyntaxKind.OpenParenToken)),
            Reference,
            Word(FormulaWord.From).Then(ColumnKey).Optional(),
            Kind(SyntaxKind.ThroughToken).Then(ColumnKey).Optional().Before(Kind(SyntaxKind.CloseParenToken)),
            Comparator,
            Rec(() => Arithmetic!));

    /// <summary>A number, optionally a percentage of a base ("25% van Jeugdbudget").</summary>
    private static readonly Parser<SyntaxToken, FormulaSyntax> NumberTerm =
        Map((number, @base) => @base.HasValue && number.Kind == QuantityKind.Percentage
                ? new PercentageOfFormula(TextSpan.FromBounds(number.Span.Start, @base.Value.Span.End), number, @base.Value)
                : (FormulaSyntax)number,
            Number,
            Word(FormulaWord.Of).Then(Rec(() => Term!)).Optional());

    private static readonly Parser<SyntaxToken, FormulaSyntax> Term =
        OneOf(Parenthesized, NumberTerm, Call, Quantifier, Reference.Cast<FormulaSyntax>()).Labelled(FormulaExpectations.Operand);

    private static Parser<SyntaxToken, Func<FormulaSyntax, FormulaSyntax, FormulaSyntax>> Binary(Parser<SyntaxToken, SyntaxToken> token, FormulaOperator op) =>
        token.ThenReturn<Func<FormulaSyntax, FormulaSyntax, FormulaSyntax>>((l, r) => new BinaryFormula(TextSpan.FromBounds(l.Span.Start, r.Span.End), op, l, r));

    private static Parser<SyntaxToken, Func<FormulaSyntax, FormulaSyntax>> Prefix(Parser<SyntaxToken, SyntaxToken> token, FormulaOperator op) =>
        token.Select<Func<FormulaSyntax, FormulaSyntax>>(t => x => new UnaryFormula(TextSpan.FromBounds(t.Start, x.Span.End), op, x));

    /// <summary>
    /// "A -5": the lexer glues a '-' before a digit to the number, so after an operand a negative
    /// number is a subtraction. This operator consumes nothing; the number that follows is the
    /// right operand (A + (-5) is A - 5 at every precedence, since '*' and '/' bind the number first).
    /// </summary>
    private static readonly Parser<SyntaxToken, Func<FormulaSyntax, FormulaSyntax, FormulaSyntax>> GluedMinus =
        Binary(Lookahead(Token(t => t.Kind == SyntaxKind.NumberToken && t.Chars.StartsWith("-"))), FormulaOperator.Add);

    static FormulaGrammar()
    {
        Arithmetic = ExpressionParser.Build(Term,
        [
            Operator.Prefix(Prefix(Kind(SyntaxKind.MinusToken), FormulaOperator.Negate)),
            Operator.InfixL(Binary(Kind(SyntaxKind.StarToken), FormulaOperator.Multiply))
                .And(Operator.InfixL(Binary(Kind(SyntaxKind.SlashToken), FormulaOperator.Divide))),
            Operator.InfixL(Binary(Kind(SyntaxKind.PlusToken), FormulaOperator.Add))
                .And(Operator.InfixL(Binary(Kind(SyntaxKind.MinusToken), FormulaOperator.Subtract)))
                .And(Operator.InfixL(GluedMinus)),
        ]).Labelled(FormulaExpectations.Operand);

        Expression = ExpressionParser.Build(Arithmetic,
        [
            Operator.InfixN(Comparator.Select<Func<FormulaSyntax, FormulaSyntax, FormulaSyntax>>(op =>
                (l, r) => new BinaryFormula(TextSpan.FromBounds(l.Span.Start, r.Span.End), op, l, r))),
            Operator.Prefix(Prefix(Word(FormulaWord.Not), FormulaOperator.Not)),
            Operator.InfixL(Binary(Word(FormulaWord.And), FormulaOperator.And)),
            Operator.InfixL(Binary(Word(FormulaWord.Or), FormulaOperator.Or)),
        ]);

        Formula = Expression.Before(End.Labelled(FormulaExpectations.End));
    }

    /// <summary>A whole formula: an expression and nothing after it.</summary>
    public static readonly Parser<SyntaxToken, FormulaSyntax> Formula;
}
