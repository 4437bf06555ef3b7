using PolicyLang.Diagnostics;
using Xunit;
using static PolicyLang.Tests.Analysis.BudgetTestSupport;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Analysis;

/// <summary>PL4001-PL4004: the arithmetic of begrotingen and posten.</summary>
public class BudgetRuleTests
{
    private const string Doetinchem66 = """
        begroting B "Programma 6" {
          jaren: 2017 t/m 2019
          post P66 "6.6 Maatwerkvoorzieningen": € 1.324.692, € 1.324.693, € 1.324.692 {
            post "Rolstoelvoorzieningen": € 445.937, € 445.937, € 445.937
            post "Vervoersvoorzieningen": € 481.297, € 481.297, € 481.297
            post "Woonvoorzieningen": € 397.459, € 397.459, € 397.459
          }
          totaal: € 1.324.692, € 1.324.693, € 1.324.692
        }
        """;

    // ---- PL4001 ---------------------------------------------------------------------------

    [Fact]
    public void PostsThatDoNotAddUpAreReportedPerYearAtTheWrongAmount()
    {
        var findings = Findings("PL4001", Doetinchem66);

        Assert.Equal(2, findings.Count); // 2018 adds up
        Assert.All(findings, f => Assert.Equal("€ 1.324.692", TextAt(f)));
        Assert.StartsWith("2017:", findings[0].MessageNl);
        Assert.StartsWith("2019:", findings[1].MessageNl);
        Assert.Contains("€ 1.324.693", findings[0].MessageNl);
        Assert.Contains("€ 1 minder dan de som", findings[0].MessageNl);
        Assert.Contains("€ 1 less than the sum", findings[0].MessageEn);
        Assert.Equal(DiagnosticSeverity.Warning, findings[0].Severity);
    }

    [Fact]
    public void ThePartsOfTheSumAreRelatedLocations()
    {
        var finding = Findings("PL4001", Doetinchem66)[0];

        Assert.Equal(["€ 445.937", "€ 481.297", "€ 397.459"], finding.Related.Select(TextAt));
    }

    [Fact]
    public void TheFixCorrectsTheAmountToTheSum()
    {
        var finding = Findings("PL4001", Doetinchem66)[0];

        var fixedText = ApplyFix(finding);
        Assert.Contains("post P66 \"6.6 Maatwerkvoorzieningen\": € 1.324.693, € 1.324.693, € 1.324.692 {", fixedText);
        Assert.Contains("€ 1.324.693", finding.Fixes[0].TitleNl);
    }

    [Fact]
    public void PostsThatAddUpGiveNoFinding()
    {
        var source = Doetinchem66.Replace("€ 1.324.692", "€ 1.324.693");
        Assert.Empty(Findings("PL4001", source));
    }

    [Fact]
    public void SumsAreCheckedAtEveryLevelAndRevenueCountsNegative()
    {
        var findings = Findings("PL4001", """
            begroting B "B" {
              jaren: 2017 t/m 2017
              post A "A": € 300 {
                post A1 "A1": € 250 {
                  post "x": € 200
                  post "y": € 100
                }
                post "A2": € 100
                post "Eigen bijdrage": € -50 { soort: opbrengst }
              }
            }
            """);

        var finding = Assert.Single(findings); // A = 250 + 100 - 50 holds; A1 = 200 + 100 does not
        Assert.Equal("€ 250", TextAt(finding));
        Assert.Contains("€ 50 minder", finding.MessageNl);
    }

    [Fact]
    public void ScaledAmountsAreComparedWithinTheirRounding()
    {
        // x € 1.000: 1,4 + 1,4 + 1,4 thousand may truly be 4,2 thousand written as 4 (each part rounded).
        const string template = """
            begroting B "B" {
              jaren: 2017 t/m 2017
              schaal: 1.000
              post "Totaal": € TOTAL {
                post "a": € 1
                post "b": € 1
                post "c": € 1
              }
            }
            """;
        Assert.Empty(Findings("PL4001", template.Replace("TOTAL", "4")));
        Assert.Empty(Findings("PL4001", template.Replace("TOTAL", "5"))); // 1,5 + 1,5 + 1,5 = 4,5 rounds to 5
        var finding = Assert.Single(Findings("PL4001", template.Replace("TOTAL", "6")));
        Assert.Contains("€ 3.000", finding.MessageNl); // in euros, after schaal
        Assert.Contains("€ 3.000 meer dan de som", finding.MessageNl);
        Assert.Contains("afronding", finding.MessageNl);
        Assert.Empty(finding.Fixes); // with rounded figures there is no one right number
    }

    [Fact]
    public void ASuppressionCommentAndTheConfigurationApplyToBudgetFindings()
    {
        var suppressed = Doetinchem66.Replace("  post P66", "  // policylang-disable-next-line PL4001\n  post P66");
        Assert.Empty(Findings("PL4001", suppressed));

        var options = PolicyLang.Analysis.AnalysisOptionsReader.Read(new PolicyLang.Text.SourceText("{ \"regels\": { \"PL4001\": \"fout\" } }", "/virtual/policylang.json"));
        var compilation = Compilation.FromSources([("/virtual/a.beleid", MinimalKader + Doetinchem66)], options);
        Assert.All(compilation.Diagnostics.Where(d => d.Code == "PL4001"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(2, compilation.Diagnostics.Count(d => d.Code == "PL4001"));
    }

    // ---- PL4002 ---------------------------------------------------------------------------

    [Fact]
    public void ADeclaredTotalThatIsNotTheSumOfTheTopLevelPostsIsReported()
    {
        var findings = Findings("PL4002", """
            begroting B "Programma" {
              jaren: 2017 t/m 2018
              totaal: € 300, € 300
              post "Wmo": € 100, € 100 { post "x": € 60, € 60  post "y": € 40, € 40 }
              post "Jeugd": € 200, € 210
            }
            """);

        var finding = Assert.Single(findings);
        Assert.Equal("€ 300", TextAt(finding));
        Assert.Equal(4, finding.Location.Start.Line + 1); // the second amount of totaal (line 1 is the kader)
        Assert.Equal("totaal: € 300, ".Length + 2, finding.Location.Start.Character);
        Assert.StartsWith("2018:", finding.MessageNl);
        Assert.Contains("€ 310", finding.MessageNl);
        Assert.Contains("€ 10 minder", finding.MessageNl);
        Assert.Equal(["€ 100", "€ 210"], finding.Related.Select(TextAt)); // only the top-level posts
        Assert.Contains("totaal: € 300, € 310", ApplyFix(finding));
    }

    [Fact]
    public void AMatchingTotalGivesNoFinding() =>
        Assert.Empty(Findings("PL4002", """
            begroting B "Programma" {
              jaren: 2017 t/m 2018
              totaal: € 300, € 310
              post "Wmo": € 100, € 100
              post "Jeugd": € 200, € 210
            }
            """));

    // ---- PL4003 ---------------------------------------------------------------------------

    [Fact]
    public void APostWithTooFewAmountsIsReportedAndItsSumsAreNotGuessed()
    {
        var compilation = Compile(MinimalKader + """
            begroting B "B" {
              jaren: 2017 t/m 2019
              post P "P": € 10, € 10 { post "a": € 10, € 10, € 10 }
              post "Q": € 5, € 5, € 5 { soort: uitgave }
              totaal: € 15, € 15
            }
            """);
        var findings = compilation.Diagnostics.Where(d => d.Code == "PL4003").ToList();

        Assert.Equal(2, findings.Count);
        Assert.Equal("€ 10, € 10", TextAt(findings[0]));
        Assert.Contains("2 bedragen", findings[0].MessageNl);
        Assert.Contains("3 jaren (2017 t/m 2019)", findings[0].MessageNl);
        Assert.Equal("2017 t/m 2019", TextAt(Assert.Single(findings[0].Related)));
        Assert.Contains("'totaal'", findings[1].MessageNl);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code is "PL4001" or "PL4002");
    }

    [Fact]
    public void APostWithoutAnyAmountIsReportedAtItsKeyword()
    {
        var finding = Assert.Single(Findings("PL4003", """
            begroting B "B" {
              jaren: 2017 t/m 2018
              post Kop "Kop" { post "a": € 1, € 1 }
            }
            """));
        Assert.Equal("Kop", TextAt(finding));
        Assert.Contains("0 bedragen", finding.MessageNl);
    }

    [Fact]
    public void ABudgetThatDoesNotParseIsNotJudged()
    {
        // The missing '}' is the one finding: the posts after it may belong to another block.
        var compilation = Compile(MinimalKader + "begroting B \"B\" {\n  jaren: 2017 t/m 2018\n  post P \"P\": € 1, € 2 {\n    post \"Q\": € 1");
        Assert.Equal(["PL1007"], Codes(compilation));
    }

    [Fact]
    public void OneAmountPerYearGivesNoFinding() =>
        Assert.Empty(Findings("PL4003", Doetinchem66));

    // ---- PL4004 ---------------------------------------------------------------------------

    [Fact]
    public void ANegativeAmountOnAnExpenseLineIsReportedOncePerPostNamingTheYears()
    {
        var finding = Assert.Single(Findings("PL4004", """
            begroting B "B" {
              jaren: 2017 t/m 2019
              post "Eigen bijdragen": € 10, € -1.325.000, € -1.325.000
            }
            """));

        Assert.Equal("€ -1.325.000", TextAt(finding));
        Assert.Contains("2018 en 2019", finding.MessageNl);
        Assert.Contains("2018 and 2019", finding.MessageEn);
        Assert.Contains("post \"Eigen bijdragen\": € 10, € -1.325.000, € -1.325.000 { soort: opbrengst }", ApplyFix(finding));
    }

    [Fact]
    public void TheFixAddsTheDeclarationToAnExistingBlock()
    {
        var finding = Assert.Single(Findings("PL4004", """
            begroting B "B" {
              jaren: 2017 t/m 2017
              post "Eigen bijdragen": € -5 { wet: Wmo2015 }
            }
            """));
        var fixedText = ApplyFix(finding);
        Assert.Contains("{ soort: opbrengst wet: Wmo2015 }", fixedText);
        Assert.DoesNotContain(Compile(fixedText).Diagnostics, d => d.Code == "PL4004" || d.IsError);
    }

    [Fact]
    public void RevenueDeclaredOnThePostOrAboveAllowsNegativeAmounts() =>
        Assert.Empty(Findings("PL4004", """
            begroting B "B" {
              jaren: 2017 t/m 2017
              post "Eigen bijdragen": € -5 { soort: opbrengst }
              post "Opbrengsten": € -7 {
                soort: opbrengst
                post "Huur": € -7
              }
              post "Uitgaven": € 9
            }
            """));

    [Theory]
    [InlineData("saldo")]
    [InlineData("resultaat")]
    [InlineData("Verschil")]
    public void ABalanceLineMayBeNegativeByNature(string soort) =>
        Assert.Empty(Findings("PL4004", $$"""
            begroting B "B" {
              jaren: 2017 t/m 2018
              post "Saldo baten en lasten": € -250.000, € 40.000 { soort: {{soort}} }
            }
            """));

    [Fact]
    public void AnExpenseUnderARevenuePostIsAnExpenseAgain()
    {
        var finding = Assert.Single(Findings("PL4004", """
            begroting B "B" {
              jaren: 2017 t/m 2017
              post "Saldo": € -3 {
                soort: opbrengst
                post "Kosten": € -3 { soort: uitgave }
              }
            }
            """));
        Assert.Contains("'Kosten'", finding.MessageNl);
        Assert.Empty(finding.Fixes); // "soort: uitgave" is written: the author decides
    }
}
