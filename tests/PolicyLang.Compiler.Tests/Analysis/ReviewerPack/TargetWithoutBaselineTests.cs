using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3030 (issue 15 item 9): a target without a baseline, with or without a richting; PL3004 defers to it.</summary>
public class TargetWithoutBaselineTests
{
    private const string Indicator = """
        indicator Bijstand "Bijstand" { eenheid: aantal bron: "CBS" polariteit: lager is beter }

        """;

    private static IReadOnlyList<string> Codes(string body) => TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + Indicator + body));

    [Theory]
    [InlineData("")]
    [InlineData("richting: afname")]
    public void ATargetWithoutBaselineIsReportedWhetherOrNotARichtingIsGiven(string richting)
    {
        var codes = Codes($$"""doel A "Doel A" { indicator: Bijstand streefwaarde: maximaal 370 in 2020 {{richting}} }""");
        Assert.Single(codes, c => c == "PL3030");
        Assert.DoesNotContain("PL3004", codes);
    }

    [Fact]
    public void ARichtingWithoutTargetOrBaselineStaysPL3004() =>
        Assert.Equal(["PL3004"], Codes("""doel A "Doel A" { indicator: Bijstand richting: afname }""").Where(c => c is "PL3004" or "PL3030"));

    [Fact]
    public void ATargetWithABaselineIsNotReported() =>
        Assert.DoesNotContain("PL3030", Codes("""doel A "Doel A" { indicator: Bijstand nulmeting: 410 in 2015 streefwaarde: maximaal 370 in 2020 }"""));

    [Fact]
    public void ADoelWithoutIndicatorIsPL3001sFinding()
    {
        var codes = Codes("""doel A "Doel A" { streefwaarde: maximaal 370 in 2020 }""");
        Assert.Contains("PL3001", codes);
        Assert.DoesNotContain("PL3030", codes);
    }
}
