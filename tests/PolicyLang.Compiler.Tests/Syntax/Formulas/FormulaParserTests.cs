using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Syntax.Formulas;
using PolicyLang.Text;
using Xunit;

namespace PolicyLang.Tests.Syntax.Formulas;

public class FormulaParserTests
{
    /// <summary>The formula tokens of "formule: …" as the parser keeps them in the tree.</summary>
    internal static (IReadOnlyList<SyntaxToken> Tokens, SourceText Source) Tokens(string formula)
    {
        var tree = SyntaxTree.Parse("tabel T {\n  formule: " + formula + "\n}\n");
        var field = Fields(tree.Root).Single(f => f.Name == "formule");
        return (field.Values.DescendantTokens().ToList(), tree.Text);
    }

    internal static IEnumerable<FieldSyntax> Fields(SyntaxNode node)
    {
        if (node is FieldSyntax field) yield return field;
        foreach (var child in node.GetChildren())
            foreach (var f in Fields(child)) yield return f;
    }

    internal static FormulaParseResult Parse(string formula)
    {
        var (tokens, source) = Tokens(formula);
        return FormulaParser.Parse(tokens, source);
    }

    private static string Tree(string formula)
    {
        var result = Parse(formula);
        Assert.True(result.Error is null, result.Error?.MessageNl);
        return FormulaPrinter.Print(result.Formula!);
    }

    [Theory]
    [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
    [InlineData("(1 + 2) * 3", "(* (+ 1 2) 3)")]
    [InlineData("10 - 4 - 3", "(- (- 10 4) 3)")]
    [InlineData("A -5", "(+ A -5)")]
    [InlineData("A -5 * 2", "(+ A (* -5 2))")]
    [InlineData("- A * B", "(* (neg A) B)")]
    [InlineData("A / B * 10.000", "(* (/ A B) 10000)")]
    [InlineData("A < B en niet C >= 2 of D = 1", "(of (en (< A B) (niet (>= C 2))) (= D 1))")]
    [InlineData("UwvTabel.Nederland[2015]", "UwvTabel.Nederland[2015]")]
    [InlineData("T.\"Nederland\"[\"aug-15\"]", "T.Nederland[aug-15]")]
    [InlineData("[3]", "[3]")]
    [InlineData("verandering([1], [2])", "(verandering [1] [2])")]
    [InlineData("som(A, B, C) / aantal(Groep)", "(/ (som A B C) (aantal Groep))")]
    [InlineData("€ 1,42 mln", "€1420000.00")]
    [InlineData("25% van Jeugdbudget", "(van 25% Jeugdbudget)")]
    [InlineData("elk(Scenarios vanaf 2018) < 0", "(elk Scenarios 2018.. < 0)")]
    [InlineData("elk(S.Rij vanaf 2017 t/m 2019) <= € -75", "(elk S.Rij 2017..2019 <= €-75)")]
    [InlineData("min(A, max(B, 2))", "(min A (max B 2))")]
    public void ParsesWithPrecedence(string formula, string expected) => Assert.Equal(expected, Tree(formula));

    [Fact]
    public void StarInAFormulaIsMultiplication() => Assert.Equal("(* A B)", Tree("A * B"));

    [Theory]
    [InlineData("1 +", "PL1063")]
    [InlineData("(A + B", "PL1063")]
    [InlineData("A + * B", "PL1062")]
    [InlineData("A B", "PL1062")]
    [InlineData("som(A,)", "PL1062")]
    [InlineData("elk Tabel < 0", "PL1062")]
    [InlineData("A < B < C", "PL1062")]
    public void ASyntaxErrorIsOneDiagnostic(string formula, string code)
    {
        var result = Parse(formula);
        Assert.Null(result.Formula);
        Assert.Equal(code, result.Error!.Code);
    }

    [Fact]
    public void TheErrorNamesWhatWasExpectedInBothLanguages()
    {
        var error = Parse("A + ").Error!;
        Assert.Contains("verwacht", error.MessageNl);
        Assert.Contains("een getal, verwijzing, functie of '('", error.MessageNl);
        Assert.Contains("a number, reference, function or '('", error.MessageEn);
    }

    [Fact]
    public void TheErrorIsAtTheTokenWhereTheGrammarStopped()
    {
        var (tokens, source) = Tokens("A + * B");
        var error = FormulaParser.Parse(tokens, source).Error!;
        Assert.Equal("*", source.ToString(error.Location.Span));
    }

    [Fact]
    public void CommasInsideParenthesesStayInOneValue()
    {
        var tree = SyntaxTree.Parse("tabel T {\n  formule: som(A, B), C\n}\n");
        var field = Fields(tree.Root).Single();
        Assert.Equal(2, field.Values.Items.Length);
        Assert.Equal("som(A, B)", field.Values.Items[0].DisplayText);
        Assert.Equal("tabel T {\n  formule: som(A, B), C\n}\n", tree.Root.ToFullString());
    }

    [Fact]
    public void AKeywordInsideParenthesesDoesNotStartAnElement()
    {
        var tree = SyntaxTree.Parse("tabel B \"x\" {\n  formule: elk(scenario vanaf 2018) < 0\n}\n");
        Assert.Empty(tree.Diagnostics);
        var field = Fields(tree.Root).Single();
        Assert.Equal("elk(scenario vanaf 2018) < 0", field.Values.Items[0].DisplayText);
    }
}

/// <summary>A formula as an s-expression, for the tests.</summary>
internal static class FormulaPrinter
{
    public static string Print(FormulaSyntax formula) => formula switch
    {
        NumberFormula n => (n.Kind == PolicyLang.Binding.Values.QuantityKind.Money ? "€" : "") + n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (n.Kind == PolicyLang.Binding.Values.QuantityKind.Percentage ? "%" : ""),
        ReferenceFormula r => r.PathText + (r.Column is { } c ? "[" + (c.Kind == SyntaxKind.StringToken ? StringLiteral.ValueOf(c) : c.Text) + "]" : ""),
        UnaryFormula u => $"({(u.Operator == FormulaOperator.Negate ? "neg" : "niet")} {Print(u.Operand)})",
        BinaryFormula b => $"({Op(b.Operator)} {Print(b.Left)} {Print(b.Right)})",
        PercentageOfFormula p => $"(van {Print(p.Percentage)} {Print(p.Base)})",
        CallFormula c => $"({c.Name.Text} {string.Join(" ", c.Arguments.Select(Print))})",
        ParenthesizedFormula p => Print(p.Inner),
        QuantifierFormula q => $"(elk {Print(q.Range)} {q.From?.Text}..{q.Through?.Text} {Op(q.Comparator)} {Print(q.Bound)})",
        _ => "?",
    };

    private static string Op(FormulaOperator op) => op switch
    {
        FormulaOperator.Add => "+", FormulaOperator.Subtract => "-", FormulaOperator.Multiply => "*", FormulaOperator.Divide => "/",
        FormulaOperator.Less => "<", FormulaOperator.LessOrEqual => "<=", FormulaOperator.Greater => ">", FormulaOperator.GreaterOrEqual => ">=",
        FormulaOperator.Equal => "=", FormulaOperator.And => "en", FormulaOperator.Or => "of", _ => op.ToString(),
    };
}
