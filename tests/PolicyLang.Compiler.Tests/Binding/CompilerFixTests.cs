using PolicyLang.Analysis;
using PolicyLang.Diagnostics;
using PolicyLang.Incremental;
using PolicyLang.Text;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Binding;

/// <summary>
/// The compiler's own fixes travel on their diagnostics (the language server only shows them):
/// each is checked by applying it and compiling again.
/// </summary>
public class CompilerFixTests
{
    [Fact]
    public void AnUndefinedReferenceOffersItsSuggestion()
    {
        var text = MinimalKader + "ambitie Meedoen \"M\" { meetbaar: nee }\ndoel D \"D\" { draagt bij aan: Meedoeen richting: afname }\n";
        var fix = Assert.Single(Only("PL2001", text).Fixes);
        Assert.Equal(("Vervang door 'Meedoen'", "Replace with 'Meedoen'"), (fix.TitleNl, fix.TitleEn));
        Assert.True(fix.IsPreferred);
        Assert.Equal(text.Replace("Meedoeen", "Meedoen"), Apply(text, fix));
    }

    [Fact]
    public void AnUndefinedReferenceWithoutSuggestionOffersNothing() =>
        Assert.Empty(Only("PL2001", MinimalKader + "doel D \"D\" { draagt bij aan: Xyzzy richting: afname }\n").Fixes);

    [Fact]
    public void AnUnknownFieldOffersTheClosestField()
    {
        var text = MinimalKader + "doel D \"D\" { streefwarde: 5 in 2020 }\n";
        var fix = Assert.Single(Only("PL2005", text).Fixes);
        Assert.Equal(("Vervang door 'streefwaarde'", "Replace with 'streefwaarde'"), (fix.TitleNl, fix.TitleEn));
        Assert.DoesNotContain(CompileFrontEnd(Apply(text, fix)).Diagnostics, d => d.Code == "PL2005");
    }

    [Fact]
    public void AMissingTitleOffersAnEmptyOneThatIsNotPreferred()
    {
        var text = MinimalKader + "doel D { richting: afname }\n";
        var fix = Assert.Single(Only("PL2009", text).Fixes);
        Assert.Equal(("Voeg een titel toe", "Add a title"), (fix.TitleNl, fix.TitleEn));
        Assert.False(fix.IsPreferred);
        Assert.Equal(MinimalKader + "doel D \"\" { richting: afname }\n", Apply(text, fix));
    }

    [Theory]
    [InlineData("spanning S \"S\" {\n  toelichting: \"x\"\n}\n", "spanning S \"S\" {\n  toelichting: \"x\"\n  tussen: \n}\n")]
    [InlineData("spanning S \"S\" { toelichting: \"x\" }\n", "spanning S \"S\" { toelichting: \"x\" tussen:  }\n")]
    [InlineData("spanning S \"S\"\n", "spanning S \"S\" { tussen:  }\n")]
    [InlineData("  spanning S \"S\" {\n    toelichting: \"x\" }\n", "  spanning S \"S\" {\n    tussen: \n    toelichting: \"x\" }\n")]
    public void AMissingRequiredFieldIsAdded(string element, string expected)
    {
        var fix = Assert.Single(Only("PL2018", MinimalKader + element).Fixes);
        Assert.Equal(("Voeg het veld 'tussen' toe", "Add the field 'tussen'"), (fix.TitleNl, fix.TitleEn));
        Assert.Equal(MinimalKader + expected, Apply(MinimalKader + element, fix));
    }

    [Fact]
    public void TheOneDiagnosticOfAnElementWithSeveralMissingFieldsOffersThemAll()
    {
        // A kader without gemeente: the gemeente gets a placeholder title to fill in.
        var diagnostic = Only("PL2018", "kader K \"K\" {\n  periode: 2017 t/m 2020\n}\n");
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal("kader K \"K\" {\n  periode: 2017 t/m 2020\n  gemeente: \"\"\n}\n", Apply("kader K \"K\" {\n  periode: 2017 t/m 2020\n}\n", fix));
    }

    [Fact]
    public void TheFixIsTheSameWhenIncrementalAnalysisParsesTheElementAsAChunkOfItsOwn()
    {
        // The spanning starts on the line of the '}' before it, where incremental analysis cuts the file.
        var text = MinimalKader + "  ambitie A \"A\" { meetbaar: nee } spanning S \"S\" {\n    toelichting: \"x\"\n  }\n";
        var whole = Only("PL2018", text);
        var incremental = new IncrementalAnalysis().Update([new SourceText(text, "/virtual/file0.beleid")], AnalysisOptions.Default).Diagnostics
            .Single(d => d.Code == "PL2018");
        var (a, b) = (Assert.Single(whole.Fixes), Assert.Single(incremental.Fixes));
        Assert.Equal(Apply(text, a), Apply(text, b));
        Assert.Contains("    toelichting: \"x\"\n    tussen: \n  }", Apply(text, a));
    }

    private static Diagnostic Only(string code, string text) => Assert.Single(CompileFrontEnd(text).Diagnostics, d => d.Code == code);

    private static string Apply(string text, CodeFix fix)
    {
        foreach (var edit in fix.Edits.OrderByDescending(e => e.Span.Start))
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        return text;
    }
}
