using PolicyLang.Analysis.Goals;
using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>Issue 15 item 8: goals stated only in words get a pressure from a doel's own categorie or from unambiguous wording (decision 0014).</summary>
public class TensionFromWordingTests
{
    private static IReadOnlyList<PolicyLang.Diagnostics.Diagnostic> Tensions(string body) =>
        TestSupport.Compile(TestSupport.MinimalKader + body).Diagnostics.Where(d => d.Code == "PL3019").ToList();

    [Fact]
    public void GoalsStatedOnlyInWordsAreInTension()
    {
        var tension = Assert.Single(Tensions("""
            doel Kosten "Het beheersen en verlagen van de kosten voor de gemeente." { wet: Wmo2015 meetbaar: nee reden: "hoofddoel" }
            doel Kwaliteit "Het verbeteren van de ervaren kwaliteit van hulp." { wet: Wmo2015 meetbaar: nee reden: "hoofddoel" }
            """));
        Assert.Contains("Kosten", tension.MessageNl);
        Assert.Contains("afgeleid uit de titel", tension.MessageNl);
    }

    [Fact]
    public void ADoelsOwnCategorieAndRichtingCount()
    {
        var tension = Assert.Single(Tensions("""
            doel Zuinig "Zuinig werken" { wet: Wmo2015 categorie: kosten richting: afname }
            doel Goed "Goede hulp" { wet: Wmo2015 categorie: kwaliteit richting: toename }
            """));
        Assert.DoesNotContain("afgeleid", tension.MessageNl);
    }

    [Fact]
    public void ADeclaredSpanningCoversGoalsStatedInWords() =>
        Assert.Empty(Tensions("""
            doel Kosten "De kosten verlagen" { wet: Wmo2015 }
            doel Kwaliteit "De kwaliteit verhogen" { wet: Wmo2015 }
            spanning S "Kosten tegen kwaliteit" { tussen: Kosten, Kwaliteit }
            """));

    [Theory]
    [InlineData("Het verbeteren van de gezondheid en kwaliteit van leven")]   // two categories
    [InlineData("Vergroten van het inzicht in de tevredenheid van ouders")]   // about knowledge
    [InlineData("De kwaliteit van de hulp")]                                  // no direction
    [InlineData("De kwaliteit verhogen en de kwaliteit verlagen")]            // two directions
    [InlineData("De kwaliteit mag niet dalen")]                               // negation
    public void AmbiguousWordingGivesNoPressure(string title) =>
        Assert.Empty(Tensions($$"""
            doel Kosten "De kosten verlagen" { wet: Wmo2015 }
            doel Ander "{{title}}" { wet: Wmo2015 }
            """));

    [Theory]
    [InlineData("De kosten nemen af", "kosten", -1)]
    [InlineData("Minder uitgaven", "kosten", -1)]
    [InlineData("De TEVREDENHEID blijft gelijk", "kwaliteit", 0)]
    [InlineData("Toegankelijkheid vergroten", "toegang", 1)]
    public void UnambiguousWordingIsRead(string title, string category, int direction)
    {
        Assert.Equal(category, GoalWording.Category(title));
        Assert.Equal(direction, GoalWording.Direction(title));
    }

    [Fact]
    public void OnlyWholeWordsCount()
    {
        Assert.Null(GoalWording.Category("kosteneffectievere hulp"));
        Assert.Null(GoalWording.Direction("meerjarig beleid"));
    }
}
