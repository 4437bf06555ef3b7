using System.Reflection;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using Xunit;

namespace PolicyLang.Tests.Schema;

/// <summary>The table of element kinds is complete and everything derived from it agrees with it.</summary>
public class ElementKindTableTests
{
    public static TheoryData<ElementKind> Kinds() => [.. Enum.GetValues<ElementKind>().Where(k => k != ElementKind.Unknown)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKindHasOneEntryAndItsKeywordLexesToIt(ElementKind kind)
    {
        var schema = ElementSchemas.For(kind);
        Assert.NotNull(schema);
        Assert.Equal(kind, schema.Kind);
        Assert.Equal(kind.Word(), schema.Keyword);
        var token = SyntaxTree.Parse(schema.Keyword).Root.DescendantTokens()[0];
        Assert.Equal((SyntaxKind.ElementKeyword, kind), (token.Kind, token.ElementKind));
        // The parser's nesting masks give each kind a bit below the top-level bit (63).
        Assert.InRange((int)kind, 0, 62);
    }

    [Fact]
    public void NestingFollowsTheTable()
    {
        Assert.True(SyntaxFacts.CanNest(ElementKind.Post, ElementKind.Begroting));
        Assert.True(SyntaxFacts.CanNest(ElementKind.Post, ElementKind.Post));
        Assert.True(SyntaxFacts.CanNest(ElementKind.Rij, ElementKind.Tabel));
        Assert.False(SyntaxFacts.CanNest(ElementKind.Rij, parent: null));
        Assert.False(SyntaxFacts.CanNest(ElementKind.Doel, ElementKind.Begroting));
        Assert.False(SyntaxFacts.CanNest(ElementKind.Post, ElementKind.Unknown));
        Assert.True(SyntaxFacts.CanNest(ElementKind.Verantwoording, ElementKind.Doel));
        Assert.False(SyntaxFacts.CanNest(ElementKind.Verantwoording, parent: null));
        Assert.True(SyntaxFacts.CanNest(ElementKind.Norm, ElementKind.Doel)); // issue 13 item 3
        Assert.False(SyntaxFacts.CanNest(ElementKind.Norm, parent: null));
        Assert.Equal([ElementKind.Post, ElementKind.Rij, ElementKind.Verantwoording, ElementKind.Norm], Enum.GetValues<ElementKind>().Where(SyntaxFacts.IsNestedOnly));
    }

    [Theory]
    [InlineData("rij R \"x\": 1", "Een 'rij' kan hier niet staan; een 'rij' hoort in een tabel.", "A 'rij' cannot stand here; it belongs in a tabel.")]
    [InlineData("post \"x\": € 1", "Een 'post' kan hier niet staan; een 'post' hoort in een begroting of post.", "A 'post' cannot stand here; it belongs in a begroting or post.")]
    [InlineData("begroting B \"x\" {\n  jaren: 2017 t/m 2018\n  doel D\n}", "Een 'doel' kan hier niet staan; een 'doel' hoort op het hoogste niveau van een bestand.", "A 'doel' cannot stand here; it belongs at the top level of a file.")]
    public void ThePlaceTextComesFromTheNesting(string text, string nl, string en)
    {
        var diagnostic = Assert.Single(SyntaxTree.Parse(text).Diagnostics, d => d.Code == "PL1010");
        Assert.Equal((nl, en), (diagnostic.MessageNl, diagnostic.MessageEn));
    }

    [Fact]
    public void EveryFieldNameConstantNamesAFieldOfTheTable()
    {
        var fields = ElementSchemas.All.Values.SelectMany(s => s.Fields.Keys).ToHashSet();
        var constants = typeof(FieldNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(constants);
        Assert.All(constants, name => Assert.Contains(name, fields));
        Assert.Equal(fields.Order(), FieldNames.All.Order());
    }
}
