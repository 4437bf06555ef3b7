using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3035 (issue 15 item 7): a doel's shift or increase against the budget's years.</summary>
public class ShiftAgainstBudgetTests
{
    private static List<PolicyLang.Diagnostics.Diagnostic> Findings(string body) =>
        TestSupport.Compile(TestSupport.MinimalKader + body).Diagnostics.Where(d => d.Code == "PL3035").ToList();

    private static string Budget(string collectief, string maatwerk) => $$"""
        thema Ring "Collectieve ring"
        begroting B "Programma" {
          jaren: 2017 t/m 2019
          post C "Collectief": {{collectief}} {
            thema: Ring
            post "Vervoer": {{collectief}}
          }
          post M "Maatwerk": {{maatwerk}}
        }

        """;

    private const string Shift = "doel S \"verschuiving van maatwerk naar collectief\" { meetbaar: nee verschuiving van: M verschuiving naar: C }";

    [Fact]
    public void AShiftWhoseTargetShareFallsIsReportedWithBothShares()
    {
        var finding = Assert.Single(Findings(Budget("€ 6.000, € 6.000, € 5.000", "€ 20.000, € 20.000, € 20.000") + Shift));
        Assert.Contains("23,08%", finding.MessageNl);  // 6.000 / 26.000
        Assert.Contains("20%", finding.MessageNl);     // 5.000 / 25.000
        Assert.Contains("2017", finding.MessageNl);
        Assert.Contains("2019", finding.MessageNl);
    }

    [Theory]
    [InlineData("€ 6.000, € 6.000, € 5.000", "€ 20.000, € 18.000, € 15.000")] // both fall, collectief's share rises
    [InlineData("€ 6.000, € 6.500, € 7.000", "€ 20.000, € 20.000, € 20.000")]
    [InlineData("€ 6.000, € 6.000, € 6.000", "€ 20.000, € 20.000, € 20.000")] // no change
    public void AShiftTheBudgetFollowsIsQuiet(string collectief, string maatwerk) =>
        Assert.Empty(Findings(Budget(collectief, maatwerk) + Shift));

    [Fact]
    public void AThemaStandsForItsHighestPostsAndWithoutVanTheTargetItselfMustNotFall()
    {
        Assert.Single(Findings(Budget("€ 6.000, € 6.000, € 5.000", "€ 1, € 1, € 1") + "doel S \"meer collectief\" { meetbaar: nee verschuiving naar: Ring }"));
        Assert.Empty(Findings(Budget("€ 6.000, € 6.000, € 7.000", "€ 1, € 1, € 1") + "doel S \"meer collectief\" { meetbaar: nee verschuiving naar: Ring }"));
    }

    [Fact]
    public void AnIncreaseWhosePostsFallIsReportedAndOtherDirectionsAreNot()
    {
        const string budget = """
            begroting B "Programma" {
              jaren: 2017 t/m 2018
              post P "Preventie": € 900, € 800 { draagt bij aan: D }
            }

            """;
        Assert.Single(Findings(budget + "doel D \"meer preventie\" { meetbaar: nee richting: toename }"));
        Assert.Empty(Findings(budget + "doel D \"minder escalatie\" { meetbaar: nee richting: afname }"));
        Assert.Empty(Findings(budget.Replace("€ 900, € 800", "€ 800, € 900") + "doel D \"meer preventie\" { meetbaar: nee richting: toename }"));
    }

    [Fact]
    public void PostsWithAnAmountThatDidNotBindAreNotJudged() =>
        Assert.Empty(Findings(Budget("€ 6.000, € 6.000, 5.000", "€ 20.000, € 20.000, € 20.000") + Shift));
}
