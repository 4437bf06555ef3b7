using PolicyLang.Binding;
using PolicyLang.Syntax;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Syntax;

/// <summary>
/// Each mistake gives exactly one diagnostic, and parsing goes on: the element after the mistake
/// is still declared and bound.
/// </summary>
public class RecoveryTests
{
    private const string Following = "\nindicator Na \"Volgend element\" { eenheid: aantal }\n";

    private static void AssertOneDiagnosticAndRecovery(string broken, string expectedCode)
    {
        var compilation = CompileFrontEnd(MinimalKader + broken + Following);
        var codes = Codes(compilation);
        Assert.Equal([expectedCode], codes);
        var following = compilation.Model.Lookup("Na");
        Assert.NotNull(following);
        Assert.Equal(ElementKind.Indicator, following.Kind);
        Assert.NotNull(following.Value<PolicyLang.Binding.Values.UnitValue>("eenheid"));
        AssertRoundTrip(compilation);
    }

    private static void AssertRoundTrip(Compilation compilation)
    {
        foreach (var tree in compilation.Trees) Assert.Equal(tree.Text.Text, tree.Root.ToFullString());
    }

    [Fact]
    public void MissingCloseBrace() => AssertOneDiagnosticAndRecovery(
        "doel D \"Doel\" {\n  richting: afname\n", "PL1007");

    [Fact]
    public void MissingColon() => AssertOneDiagnosticAndRecovery(
        "doel D \"Doel\" {\n  richting afname\n  meetbaar: nee\n  reden: \"x\"\n}", "PL1006");

    [Fact]
    public void MissingColonAfterMultiWordFieldName() => AssertOneDiagnosticAndRecovery(
        "ambitie A \"A\" { meetbaar: nee reden: \"x\" }\ndoel D \"Doel\" {\n  draagt bij aan A\n  richting: afname\n}", "PL1006");

    [Fact]
    public void UnterminatedString() => AssertOneDiagnosticAndRecovery(
        "doel D \"Doel {\n  richting: afname\n}", "PL1001");

    [Fact]
    public void UnknownKeywordWithSuggestion()
    {
        var compilation = CompileFrontEnd(MinimalKader + "doell D \"Doel\" { richting: afname }" + Following);
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("PL1005", diagnostic.Code);
        Assert.Contains("Bedoelde je 'doel'?", diagnostic.MessageNl);
        Assert.Contains("Did you mean 'doel'?", diagnostic.MessageEn);
        Assert.NotNull(compilation.Model.Lookup("Na"));
    }

    [Fact]
    public void StrayTokenInsideBlock() => AssertOneDiagnosticAndRecovery(
        "doel D \"Doel\" {\n  ; ; @\n  richting: afname\n}", "PL1003");

    [Fact]
    public void StrayNumberAtTopLevel() => AssertOneDiagnosticAndRecovery("12 34", "PL1004");

    [Fact]
    public void MissingOpenBrace() => AssertOneDiagnosticAndRecovery(
        "doel D \"Doel\"\n  richting: afname\n}", "PL1006");

    [Fact]
    public void InvalidNumber() => AssertOneDiagnosticAndRecovery(
        "indicator I \"I\" { eenheid: aantal }\ndoel D \"Doel\" { indicator: I nulmeting: 4.1 in 2015 }", "PL1002");

    [Fact]
    public void TruncatedFileReportsOnceForAllOpenBlocks()
    {
        var text = MinimalKader + "begroting B \"B\" {\n  jaren: 2017 t/m 2018\n  post P \"P\": € 1, € 2 {\n    post \"Q\": € 1";
        var compilation = CompileFrontEnd(text);
        Assert.Equal(["PL1007"], Codes(compilation));
        AssertRoundTrip(compilation);
    }

    [Fact]
    public void EveryPrefixOfAnElementParsesWithoutException()
    {
        const string text = "doel D \"Doel\" {\n  draagt bij aan: A\n  nulmeting: 410 in 2015\n  streefwaarde: maximaal 370 in 2020\n}\n";
        for (var length = 0; length <= text.Length; length++)
        {
            var prefix = text[..length];
            var tree = SyntaxTree.Parse(prefix);
            AssertTreeInvariants(tree, prefix);
            Assert.True(tree.Diagnostics.Length <= 2, $"prefix {length} gave {tree.Diagnostics.Length} diagnostics: {string.Join("; ", tree.Diagnostics)}");
        }
    }
}

public class NestingTests
{
    [Fact]
    public void DeepNestingIsReportedOnceAndKeepsTheText()
    {
        var depth = 5000;
        var text = MinimalKader + "begroting B \"B\" { jaren: 2017 t/m 2017\n" +
                   string.Concat(Enumerable.Repeat("post \"P\": € 1 {", depth)) + new string('}', depth) + "}\n";
        var compilation = CompileFrontEnd(text);
        Assert.Equal(["PL1012"], Codes(compilation).Where(c => c.StartsWith("PL1")).ToList());
        Assert.Equal(text, compilation.Trees[0].Root.ToFullString());
    }

    [Fact]
    public void AFieldAfterAPostWithoutBlockBelongsToTheBegroting()
    {
        var compilation = CompileFrontEnd(MinimalKader + """
            begroting B "Begroting" {
              jaren: 2017 t/m 2018
              post "A": € 1, € 2
              post "B": € 3, € 4
              totaal: € 4, € 6
            }
            """);
        Assert.Empty(compilation.Diagnostics);
        Assert.NotNull(compilation.Model.OfKind(ElementKind.Begroting).Single().Field("totaal"));
    }
}
