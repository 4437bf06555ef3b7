using PolicyLang.Diagnostics;
using Xunit;

namespace PolicyLang.Tests.Analysis;

public class TensionRuleTests
{
    private const string Goals = TestSupport.MinimalKader + """
        indicator Kosten "Kosten per cliënt" { eenheid: euro bron: "administratie" categorie: kosten polariteit: lager is beter }
        indicator Tevredenheid "Tevredenheid" { eenheid: rapportcijfer bron: "onderzoek" categorie: kwaliteit polariteit: hoger is beter }
        indicator Bereik "Bereik" { eenheid: aantal bron: "registratie" categorie: toegang polariteit: hoger is beter }
        ambitie Effectief "Effectieve ondersteuning" { meetbaar: nee }
        doel Efficienter "Efficiënter" { draagt bij aan: Effectief meetbaar: nee }
        doel Beter "Beter" { draagt bij aan: Effectief meetbaar: nee }
        doel LagereKosten "Lagere kosten" { draagt bij aan: Efficienter indicator: Kosten nulmeting: € 4.100 in 2015 richting: afname }
        doel Tevreden "Tevreden" { draagt bij aan: Beter indicator: Tevredenheid nulmeting: 7,1 in 2015 richting: behoud }
        doel MeerBereik "Meer bereik" { indicator: Bereik nulmeting: 100 in 2015 richting: toename }

        """;

    [Fact]
    public void OneDiagnosticPerPressingGoalWithEveryCounterpartAsRelatedLocation()
    {
        var diagnostic = Assert.Single(TestSupport.Compile(Goals).Diagnostics, d => d.Code == "PL3019");
        Assert.Contains("LagereKosten", diagnostic.MessageNl);
        Assert.Equal(2, diagnostic.Related.Length);
    }

    [Fact]
    public void SpanningBetweenParentGoalsCoversTheirSubgoals()
    {
        var compilation = TestSupport.Compile(Goals + """
            spanning EfficientTegenBeter "Efficiënt tegen beter" { tussen: Efficienter, Beter }
            spanning KostenTegenBereik "Kosten tegen bereik" { tussen: LagereKosten, MeerBereik }
            """);
        Assert.DoesNotContain("PL3019", TestSupport.Codes(compilation));
    }

    [Fact]
    public void TheQuickFixDeclaresASpanningThatResolvesTheFinding()
    {
        var source = Goals + "spanning KostenTegenBereik \"Kosten tegen bereik\" { tussen: LagereKosten, MeerBereik }\n";
        var diagnostic = Assert.Single(TestSupport.Compile(source).Diagnostics, d => d.Code == "PL3019");
        var edit = Assert.Single(Assert.Single(diagnostic.Fixes).Edits);
        var fixedText = source[..edit.Span.Start] + edit.NewText + source[edit.Span.End..];
        var codes = TestSupport.Codes(TestSupport.Compile(fixedText));
        Assert.DoesNotContain("PL3019", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("PL1", StringComparison.Ordinal) || c.StartsWith("PL2", StringComparison.Ordinal));
    }

    [Fact]
    public void IndicatorsWithoutCategoryExertNoPressure() =>
        // The title must not name the category either: "Lagere kosten" would give it (decision 0014).
        Assert.DoesNotContain("PL3019", TestSupport.Codes(TestSupport.Compile(Goals.Replace("categorie: kosten", "").Replace("\"Lagere kosten\"", "\"Zuiniger\""))));

    [Fact]
    public void DoelenWithoutSharedContextAreNotInTension()
    {
        const string costs = """
            indicator Kosten "Kosten per cliënt" { eenheid: euro bron: "administratie" categorie: kosten polariteit: lager is beter }
            doel LagereKosten "Lagere kosten" { indicator: Kosten nulmeting: € 4.100 in 2015 richting: afname wet: Wmo2015 }
            """;
        const string quality = """
            indicator Tevredenheid "Tevredenheid" { eenheid: rapportcijfer bron: "onderzoek" categorie: kwaliteit polariteit: hoger is beter }
            doel Tevreden "Tevreden" { indicator: Tevredenheid nulmeting: 7,1 in 2015 richting: behoud }
            """;
        Assert.DoesNotContain("PL3019", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + costs, quality)));
        Assert.Contains("PL3019", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + costs, quality.Replace("richting: behoud", "richting: behoud wet: Wmo2015"))));
    }
}
