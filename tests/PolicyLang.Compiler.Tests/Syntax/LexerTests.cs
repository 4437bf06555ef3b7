using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;
using Xunit;

namespace PolicyLang.Tests.Syntax;

public class LexerTests
{
    private static List<(SyntaxKind Kind, string Text)> Lex(string text) =>
        SyntaxTree.Parse(text).Root.DescendantTokens().Select(t => (t.Kind, t.Text)).ToList();

    [Theory]
    [InlineData("1.324.692", 1324692)]
    [InlineData("1_324_692", 1324692)]
    [InlineData("7,1", 7.1)]
    [InlineData("-1.325.000", -1325000)]
    [InlineData("410", 410)]
    public void DutchNumbers(string text, double expected)
    {
        Assert.True(DutchNumber.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
        var tokens = SyntaxTree.Parse("x: " + text).Root.DescendantTokens().Where(t => t.Kind == SyntaxKind.NumberToken).ToList();
        Assert.Equal(text, Assert.Single(tokens).Text);
    }

    [Theory]
    [InlineData("28-06-2016")]
    [InlineData("2016-06-28")]
    public void Dates(string text) => Assert.Contains((SyntaxKind.DateToken, text), Lex("x: " + text));

    [Fact]
    public void ThroughIsOneToken() =>
        Assert.Equal([SyntaxKind.NumberToken, SyntaxKind.ThroughToken, SyntaxKind.NumberToken],
            Lex("2017 t/m 2020").Where(t => t.Kind != SyntaxKind.EndOfFileToken).Select(t => t.Kind));

    [Fact]
    public void ListCommaNeedsNoSpaceBeforeEuro() =>
        Assert.Equal(["€", "445.937", ",", "€", "1"],
            Lex("€ 445.937,€ 1").Where(t => t.Kind != SyntaxKind.EndOfFileToken).Select(t => t.Text));

    [Fact]
    public void SectionTokenStopsBeforeSentenceDot() =>
        Assert.Contains((SyntaxKind.SectionToken, "§4.1"), Lex("sectie: §4.1."));

    [Theory]
    [InlineData("n.b.")]
    [InlineData("n.v.t.")]
    [InlineData("N.V.T.")]
    [InlineData("n.n.b.")]
    public void AnAbbreviationWithDotsIsOneWord(string text) =>
        Assert.Equal([(SyntaxKind.IdentifierToken, text)], Lex("x: " + text).Where(t => t.Kind == SyntaxKind.IdentifierToken).Skip(1));

    [Theory]
    [InlineData("www.cbs.nl", "www")]   // letters after the last dot: no abbreviation
    [InlineData("n.b.2", "n")]          // a digit after the final dot
    [InlineData("cbs.", "cbs")]         // a sentence dot after a word
    public void DotsThatDoNotMakeAnAbbreviationStayOutsideTheWord(string text, string word)
    {
        var tokens = Lex("x: " + text);
        Assert.Equal((SyntaxKind.IdentifierToken, word), tokens[2]);
        Assert.Contains(tokens, t => t.Kind == SyntaxKind.DotToken && t.Text == ".");
    }

    [Fact]
    public void FormulaOperatorsAndBracketsAreTokens() =>
        Assert.Equal([SyntaxKind.OpenParenToken, SyntaxKind.IdentifierToken, SyntaxKind.DotToken, SyntaxKind.IdentifierToken,
                SyntaxKind.OpenBracketToken, SyntaxKind.NumberToken, SyntaxKind.CloseBracketToken, SyntaxKind.PlusToken,
                SyntaxKind.NumberToken, SyntaxKind.CloseParenToken, SyntaxKind.SlashToken, SyntaxKind.NumberToken, SyntaxKind.StarToken, SyntaxKind.NumberToken],
            Lex("x: (T.Rij[2015] + 1) / 2 * 3").Skip(2).Where(t => t.Kind != SyntaxKind.EndOfFileToken).Select(t => t.Kind));

    [Fact]
    public void StarIsItsOwnToken() =>
        Assert.Equal([SyntaxKind.StarToken, SyntaxKind.CommaToken, SyntaxKind.MinusToken],
            Lex("*, -").Where(t => t.Kind != SyntaxKind.EndOfFileToken).Select(t => t.Kind));

    [Fact]
    public void KeywordsAreReservedAndCaseSensitive()
    {
        var keyword = SyntaxTree.Parse("doel").Root.DescendantTokens()[0];
        Assert.Equal((SyntaxKind.ElementKeyword, ElementKind.Doel), (keyword.Kind, keyword.ElementKind));
        Assert.Equal(SyntaxKind.IdentifierToken, Lex("Doel")[0].Kind);
    }

    [Fact]
    public void CommentsAndWhitespaceAreTriviaOfTheNextToken()
    {
        var tree = SyntaxTree.Parse("// kop\n  doel");
        var token = tree.Root.DescendantTokens().First();
        Assert.Equal(ElementKind.Doel, token.ElementKind);
        Assert.Equal([SyntaxKind.CommentTrivia, SyntaxKind.EndOfLineTrivia, SyntaxKind.WhitespaceTrivia], token.LeadingTrivia.Select(t => t.Kind));
    }

    [Fact]
    public void StringEscapes()
    {
        var token = SyntaxTree.Parse("x \"a \\\"b\\\" \\\\ c\"").Root.DescendantTokens().First(t => t.Kind == SyntaxKind.StringToken);
        Assert.Equal("a \"b\" \\ c", StringLiteral.ValueOf(token));
        Assert.Equal("\"a \\\"b\\\"\"", StringLiteral.Quote("a \"b\""));
    }

    [Fact]
    public void EveryKindFitsTheTokensByte() =>
        // SyntaxToken keeps its kind in a byte to stay small.
        Assert.All(Enum.GetValues<SyntaxKind>(), kind => Assert.InRange((int)kind, 0, byte.MaxValue));

    [Fact]
    public void LexingOnDemandKeepsLexerDiagnosticsFirst()
    {
        // The lexer runs interleaved with the parser, but its diagnostics are listed before the
        // parser's, as when the whole file was lexed first.
        var tree = SyntaxTree.Parse("x: 1\n\"open\n12a");
        Assert.Equal(["PL1001@5", "PL1002@11", "PL1011@0"], tree.Diagnostics.Select(d => $"{d.Code}@{d.Span.Start}"));
    }
}
