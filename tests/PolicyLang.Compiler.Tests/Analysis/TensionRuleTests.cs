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
    public void DoelenWithoutSharedContextAreNotInTensionWhateverTheFiles()
    {
        const string costs = """
            indicator Kosten "Kosten per cliënt" { eenheid: euro bron: "administratie" categorie: kosten polariteit: lager is beter }
            doel LagereKosten "Lagere kosten" { indicator: Kosten nulmeting: € 4.100 in 2015 richting: afname wet: Wmo2015 sectie: §1 }
            """;
        const string quality = """
            indicator Tevredenheid "Tevredenheid" { eenheid: rapportcijfer bron: "onderzoek" categorie: kwaliteit polariteit: hoger is beter }
            doel Tevreden "Tevreden" { indicator: Tevredenheid nulmeting: 7,1 in 2015 richting: behoud sectie: §2 }
            """;
        // Issue 15 item 12b: one file or two, the answer is the same (decision 0016).
        Assert.DoesNotContain("PL3019", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + costs, quality)));
        Assert.DoesNotContain("PL3019", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + costs + quality)));
        var sameSection = quality.Replace("sectie: §2", "sectie: §1");
        Assert.Contains("PL3019", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + costs, sameSection)));
        Assert.Contains("PL3019", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + costs + sameSection)));
        Assert.Contains("PL3019", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + costs, quality.Replace("richting: behoud", "richting: behoud wet: Wmo2015"))));
    }

    /// <summary>
    /// PL3019's indexed search finds exactly the counterparts a comparison of every pair finds, on
    /// random kaders: doelen of three opposed categories pushing every way, in two files and sections, under
    /// shared or separate parents, wetten and thema's, some pairs covered by a spanning (directly
    /// or through a parent), many at equal distance.
    /// </summary>
    [Fact]
    public void The_indexed_counterpart_search_finds_exactly_what_comparing_every_pair_finds()
    {
        var random = new Random(19);
        string[] richtingen = ["afname", "toename", "behoud"];
        string[] indicators = ["Kosten", "Tevredenheid", "Bereik"];
        var findings = 0;
        for (var round = 0; round < 60; round++)
        {
            var first = new System.Text.StringBuilder(Goals);
            var second = new System.Text.StringBuilder();
            first.Append("wet W1 \"w1\" { }\nwet W2 \"w2\" { }\nthema T1 \"t1\" { }\n");
            var count = 2 + random.Next(25);
            for (var i = 0; i < count; i++)
            {
                var text = random.Next(3) == 0 ? second : first;
                text.Append($"doel R{i} \"r{i}\" {{ indicator: {indicators[random.Next(3)]} nulmeting: 5 in 2015 richting: {richtingen[random.Next(3)]}");
                if (random.Next(3) == 0) text.Append($" draagt bij aan: {(random.Next(2) == 0 ? "Efficienter" : "Beter")}");
                if (random.Next(4) == 0) text.Append($" wet: W{1 + random.Next(2)}");
                if (random.Next(4) == 0) text.Append(" thema: T1");
                if (random.Next(3) > 0) text.Append($" sectie: §{1 + random.Next(2)}").Append(random.Next(6) == 0 ? $", §{3 + random.Next(2)}" : "");
                text.Append(" }\n");
            }
            for (var s = random.Next(4); s > 0; s--)
                first.Append($"spanning S{s} \"s\" {{ tussen: R{random.Next(count)}, {(random.Next(3) == 0 ? "Beter" : $"R{random.Next(count)}")} }}\n");
            var compilation = PolicyLang.Compilation.FromSources([("a.beleid", first.ToString()), ("b.beleid", second.ToString())]);
            var model = compilation.Model;
            var context = new PolicyLang.Analysis.AnalysisContext(model, PolicyLang.Analysis.AnalysisOptions.Default, new DiagnosticBag(model.Positions));
            static string Show((PolicyLang.Analysis.Rules.Conflicts.UndeclaredTensionRule.Party Down, PolicyLang.Analysis.Rules.Conflicts.Counterparts Found) f) =>
                $"{f.Down.Goal.Doel.Id} -> {f.Found.Best.Goal.Doel.Id} [{string.Join(",", f.Found.Others.Select(o => o.Goal.Doel.Id))}]";
            var expected = PolicyLang.Analysis.Rules.Conflicts.UndeclaredTensionRule.Findings(context, pairByPair: true).Select(Show).ToList();
            var actual = PolicyLang.Analysis.Rules.Conflicts.UndeclaredTensionRule.Findings(context, pairByPair: false).Select(Show).ToList();
            Assert.Equal(expected, actual);
            findings += expected.Count;
        }
        Assert.True(findings > 100, $"only {findings} findings: the property tested little");
    }
}
