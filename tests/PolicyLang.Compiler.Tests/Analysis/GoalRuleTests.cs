using PolicyLang.Diagnostics;
using Xunit;

namespace PolicyLang.Tests.Analysis;

/// <summary>Semantics of the goal rules beyond the documented examples (docs/diagnostics.md is tested too).</summary>
public class GoalRuleTests
{
    private const string Indicator = """
        indicator Bijstand "Bijstand" { eenheid: per 10.000 "inwoners 18+" bron: "CBS" polariteit: lager is beter }

        """;

    private static Compilation Compile(string body) => TestSupport.Compile(TestSupport.MinimalKader + Indicator + body);

    private static Diagnostic Only(Compilation compilation, string code) => Assert.Single(compilation.Diagnostics, d => d.Code == code);

    private static string TextAt(Compilation compilation, Location location) => location.Source.Text.Substring(location.Span.Start, location.Span.Length);

    [Theory]
    [InlineData("< 370", ">= 370", true)]
    [InlineData("<= 370", ">= 370", false)]
    [InlineData("= 370", "= 371", true)]
    [InlineData("370", "minimaal 380", true)]   // no comparator: at least as good, and lower is better
    [InlineData("370", "maximaal 360", false)]
    public void TargetsConflictExactlyWhenNoValueSatisfiesBoth(string a, string b, bool conflict)
    {
        var compilation = Compile($$"""
            doel A "Doel A" { indicator: Bijstand streefwaarde: {{a}} in 2020 }
            doel B "Doel B" { indicator: Bijstand streefwaarde: {{b}} in 2020 }
            """);
        Assert.Equal(conflict, TestSupport.Codes(compilation).Contains("PL3012"));
    }

    [Theory]
    [InlineData("onbekend")]
    [InlineData("nader te bepalen")]
    [InlineData("nnb")]
    public void AnExplicitlyUnknownBaselineIsAnInfoNotAForgottenOne(string written)
    {
        var compilation = Compile($$"""
            doel A "Doel A" { indicator: Bijstand nulmeting: {{written}} richting: afname }
            """);
        var info = Only(compilation, "PL3060");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(written, TextAt(compilation, info.Location));
        Assert.Contains($"({written})", info.MessageNl);
        var codes = TestSupport.Codes(compilation);
        Assert.DoesNotContain("PL3004", codes); // the writer did not forget the baseline
        Assert.DoesNotContain("PL2007", codes);
    }

    [Fact]
    public void AKnownBaselineIsNoPL3060() =>
        Assert.DoesNotContain("PL3060", TestSupport.Codes(Compile("""
            doel A "Doel A" { indicator: Bijstand nulmeting: 410 in 2015 richting: afname }
            """)));

    [Fact]
    public void ABaselineWithoutYearIsAnInfoAndNeverAfterATarget()
    {
        var compilation = Compile("""
            doel A "Doel A" { indicator: Bijstand nulmeting: 410 tussendoel: maximaal 390 in 2018 streefwaarde: maximaal 370 in 2020 }
            """);
        var info = Only(compilation, "PL3061");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal("410", TextAt(compilation, info.Location));
        var codes = TestSupport.Codes(compilation);
        Assert.DoesNotContain("PL3030", codes); // the baseline is there, only its year is not
        Assert.DoesNotContain("PL3006", codes);
        Assert.DoesNotContain("PL3009", codes);
    }

    [Fact]
    public void ABaselineWithoutYearIsStillJudgedAgainstTheTarget()
    {
        // PL3008 and PL3009 read the value; only the year is missing.
        var codes = TestSupport.Codes(Compile("""
            doel A "Doel A" { indicator: Bijstand nulmeting: 360 streefwaarde: maximaal 370 in 2020 }
            doel B "Doel B" { indicator: Bijstand nulmeting: 410 tussendoel: maximaal 420 in 2018 streefwaarde: maximaal 370 in 2020 }
            """));
        Assert.Contains("PL3008", codes);
        Assert.Contains("PL3009", codes);
    }

    [Theory]
    [InlineData("410 in 2015")]
    [InlineData("410 in 2018-H1")]
    public void ABaselineWithAPeriodIsNoPL3061(string written) =>
        Assert.DoesNotContain("PL3061", TestSupport.Codes(Compile($$"""
            doel A "Doel A" { indicator: Bijstand nulmeting: {{written}} streefwaarde: maximaal 370 in 2020 }
            """)));

    [Fact]
    public void AHalfYearBaselineInTheTargetYearIsNotAfterIt()
    {
        var codes = TestSupport.Codes(Compile("""
            doel A "Doel A" { indicator: Bijstand nulmeting: 410 in 2020-H1 streefwaarde: maximaal 370 in 2020 }
            doel B "Doel B" { indicator: Bijstand nulmeting: 410 in 2021-Q1 streefwaarde: maximaal 370 in 2020 }
            """));
        Assert.Single(codes, c => c == "PL3006");
    }

    [Theory]
    [InlineData("420 in 2015", "tussen 380 en 400 in 2020", false)] // lower is better: the band lies below the baseline
    [InlineData("390 in 2015", "tussen 380 en 400 in 2020", false)] // the baseline inside the band: never worse
    [InlineData("370 in 2015", "tussen 380 en 400 in 2020", true)]  // all of the band is worse
    [InlineData("370 in 2015", "370 t/m 400 in 2020", false)]       // its better bound equals the baseline
    public void ABandIsWorseThanTheBaselineOnlyWhenAllOfItIs(string nulmeting, string streefwaarde, bool worse) =>
        Assert.Equal(worse, TestSupport.Codes(Compile($$"""
            doel A "Doel A" { indicator: Bijstand nulmeting: {{nulmeting}} streefwaarde: {{streefwaarde}} }
            """)).Contains("PL3008"));

    [Theory]
    [InlineData("tussen 380 en 400", "tussen 390 en 410", false)]
    [InlineData("tussen 380 en 400", "tussen 401 en 410", true)]
    [InlineData("tussen 380 en 400", "maximaal 379", true)]
    [InlineData("380 t/m 400", "= 400", false)]
    public void BandsConflictWhenTheyDoNotOverlap(string a, string b, bool conflict)
    {
        var compilation = Compile($$"""
            doel A "Doel A" { indicator: Bijstand streefwaarde: {{a}} in 2020 }
            doel B "Doel B" { indicator: Bijstand streefwaarde: {{b}} in 2020 }
            """);
        Assert.Equal(conflict, TestSupport.Codes(compilation).Contains("PL3012"));
    }

    [Fact]
    public void APathIntoABandFromAboveIsNoStepBack()
    {
        // From 420 the path heads for the band's upper bound 400, then down to maximaal 370: one way.
        Assert.DoesNotContain("PL3009", TestSupport.Codes(Compile("""
            doel A "Doel A" { indicator: Bijstand nulmeting: 420 in 2015 tussendoel: tussen 380 en 400 in 2018 streefwaarde: maximaal 370 in 2020 }
            """)));
        // A band tussendoel above the baseline steps back on the way down.
        Assert.Contains("PL3009", TestSupport.Codes(Compile("""
            doel A "Doel A" { indicator: Bijstand nulmeting: 420 in 2015 tussendoel: tussen 430 en 440 in 2018 streefwaarde: maximaal 370 in 2020 }
            """)));
    }

    [Theory]
    [InlineData("410 in 2015", "15% minder dan de nulmeting in 2020", null)]
    [InlineData("410 in 2015", "5% meer dan de nulmeting in 2020", "PL3008")]  // lower is better: more is worse
    [InlineData("410 in 2015", "toename van 20 in 2020", "PL3008")]
    [InlineData("410 in 2015", "minimaal gelijk aan de nulmeting in 2020", "PL3020")] // minimaal against lager is beter
    [InlineData("nader te bepalen", "15% minder dan de nulmeting in 2020", "PL3062")]
    [InlineData("410 in 2015", "€ 20 minder dan de nulmeting in 2020", "PL3062")]
    public void ARelativeTargetIsJudgedAsTheAbsoluteTargetItMakes(string nulmeting, string streefwaarde, string? code)
    {
        var codes = TestSupport.Codes(Compile($$"""
            doel A "Doel A" { indicator: Bijstand nulmeting: {{nulmeting}} streefwaarde: {{streefwaarde}} }
            """)).Where(c => c is "PL3008" or "PL3020" or "PL3062").ToList();
        Assert.Equal(code is null ? [] : [code], codes);
    }

    [Fact]
    public void ARelativeTargetWithoutNulmetingSaysSo()
    {
        var compilation = Compile("""
            doel A "Doel A" { indicator: Bijstand streefwaarde: afname van 20 in 2020 }
            """);
        var warning = Only(compilation, "PL3062");
        Assert.Equal("afname van 20 in 2020", TextAt(compilation, warning.Location));
        Assert.Contains("het doel heeft geen nulmeting", warning.MessageNl);
    }

    [Fact]
    public void ARelativeTargetsMessageShowsWhatItWasWrittenAs()
    {
        var warning = Only(Compile("""
            doel A "Doel A" { indicator: Bijstand nulmeting: 410 in 2015 streefwaarde: 5% meer dan de nulmeting in 2020 }
            """), "PL3008");
        Assert.Contains("430,5 (5% meer dan de nulmeting) in 2020", warning.MessageNl);
    }

    [Fact]
    public void ANormInADoelIsCheckedLikeTheDoelsOwn()
    {
        // issue 13 item 3: the norm's streefwaarde is worse than its nulmeting for its indicator.
        var compilation = Compile("""
            indicator Tevredenheid "Tevredenheid" { eenheid: rapportcijfer bron: "onderzoek" polariteit: hoger is beter }
            doel A "Doel A" {
              indicator: Bijstand nulmeting: 410 in 2015 streefwaarde: maximaal 370 in 2020
              norm "Tevreden cliënten" { indicator: Tevredenheid nulmeting: 7,1 in 2015 streefwaarde: 6,5 in 2020 }
            }
            """);
        var warning = Only(compilation, "PL3008");
        Assert.Contains("'A: Tevreden cliënten'", warning.MessageNl);
        Assert.Equal("6,5 in 2020", TextAt(compilation, warning.Location));
    }

    [Fact]
    public void ADoelMeasuredOnlyByItsNormsHasAnIndicator()
    {
        var codes = TestSupport.Codes(Compile("""
            doel A "Doel A" {
              norm "Bijstand" { indicator: Bijstand nulmeting: 410 in 2015 streefwaarde: maximaal 370 in 2020 }
            }
            """));
        Assert.DoesNotContain("PL3001", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("PL2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("afname in 2020", false)]
    [InlineData("afname in 2022", true)]
    [InlineData("afname", false)]
    public void ADirectionsYearFallsInsideThePeriode(string richting, bool outside) =>
        Assert.Equal(outside, TestSupport.Codes(Compile($$"""
            doel A "Doel A" { indicator: Bijstand nulmeting: 410 in 2015 richting: {{richting}} }
            """)).Contains("PL3010"));

    [Fact]
    public void TargetsInDifferentYearsDoNotConflict() =>
        Assert.DoesNotContain("PL3012", TestSupport.Codes(Compile("""
            doel A "Doel A" { indicator: Bijstand streefwaarde: maximaal 370 in 2020 }
            doel B "Doel B" { indicator: Bijstand streefwaarde: minimaal 400 in 2019 }
            """)));

    [Fact]
    public void ConflictPointsAtBothTargets()
    {
        var compilation = Compile("""
            doel A "Doel A" { indicator: Bijstand streefwaarde: maximaal 370 in 2020 }
            doel B "Doel B" { indicator: Bijstand streefwaarde: minimaal 400 in 2020 }
            """);
        var diagnostic = Only(compilation, "PL3012");
        Assert.Equal("minimaal 400 in 2020", TextAt(compilation, diagnostic.Location));
        Assert.Equal("maximaal 370 in 2020", TextAt(compilation, Assert.Single(diagnostic.Related).Location));
    }

    [Fact]
    public void IntermediateTargetThatStepsBackIsReportedAtItself()
    {
        var compilation = Compile("""
            doel A "Doel A" {
              indicator: Bijstand
              nulmeting: 410 in 2015
              tussendoel: maximaal 400 in 2017
              tussendoel: maximaal 405 in 2018
              streefwaarde: maximaal 370 in 2020
            }
            """);
        var diagnostic = Only(compilation, "PL3009");
        Assert.Equal("maximaal 405 in 2018", TextAt(compilation, diagnostic.Location));
        Assert.Equal("maximaal 400 in 2017", TextAt(compilation, diagnostic.Related[0].Location));
    }

    [Fact]
    public void DirectionFromBaselineToTargetCountsAsPressure() =>
        Assert.Contains("PL3013", TestSupport.Codes(Compile("""
            doel A "Doel A" { indicator: Bijstand nulmeting: 410 in 2015 streefwaarde: 370 in 2020 }
            doel B "Doel B" { indicator: Bijstand nulmeting: 410 in 2015 richting: toename }
            """)));

    [Fact]
    public void TargetWorseThanBaselineUsesTheDirectionWhenPolarityIsNeutral()
    {
        const string body = """
            indicator Bezoek "Bezoekers" { eenheid: aantal bron: "telling" polariteit: neutraal }
            doel A "Doel A" { indicator: Bezoek nulmeting: 500 in 2015 streefwaarde: 450 in 2020 richting: toename }
            """;
        Assert.Contains("PL3008", TestSupport.Codes(Compile(body)));
        Assert.DoesNotContain("PL3008", TestSupport.Codes(Compile(body.Replace("toename", "afname"))));
    }

    [Theory]
    [InlineData("minimaal 450", true)]   // the monitor counts higher as better: 450 is worse than 500
    [InlineData("> 450", true)]
    [InlineData("maximaal 450", false)]  // lower is better: 450 is better
    [InlineData("maximaal 550", true)]
    [InlineData("450", false)]           // no comparator: better is the way from the nulmeting to the target
    [InlineData("= 450", false)]
    public void TargetWorseThanBaselineUsesTheComparatorWhenNothingElseSaysWhichWayIsBetter(string target, bool finding)
    {
        var body = $$"""
            indicator Bezoek "Bezoekers" { eenheid: aantal bron: "telling" polariteit: neutraal }
            doel A "Doel A" { indicator: Bezoek nulmeting: 500 in 2015 streefwaarde: {{target}} in 2020 }
            """;
        var codes = TestSupport.Codes(Compile(body));
        Assert.Equal(finding, codes.Contains("PL3008"));
        if (finding)
            Assert.Contains("als beter aanwijst", Only(Compile(body), "PL3008").Message(Taal.Nl));
    }

    [Fact]
    public void DeadlineBeforeThePeriodIsHistoryButAfterItIsAFinding()
    {
        Assert.DoesNotContain("PL3010", TestSupport.Codes(Compile("maatregel M \"Pilot\" { termijn: 2015 t/m 2016 }\n")));
        Assert.Contains("PL3010", TestSupport.Codes(Compile("maatregel M \"Pilot\" { termijn: 2021 }\n")));
        Assert.Contains("PL3010", TestSupport.Codes(Compile("besluit B \"Evaluatie\" { termijn: 01-03-2022 }\n")));
    }

    [Fact]
    public void OnlyTheTopOfAnUnlinkedChainIsReported()
    {
        var compilation = Compile("""
            ambitie Deelname "Iedereen doet mee" { meetbaar: nee }
            doel Werk "Werk" { draagt bij aan: Deelname meetbaar: nee }
            doel Los "Los" { meetbaar: nee }
            doel OnderLos "Onder los" { draagt bij aan: Los meetbaar: nee }
            """);
        Assert.Equal("Los", TextAt(compilation, Only(compilation, "PL3015").Location));
    }

    [Fact]
    public void HollowMainGoalIsReportedButOneWithItsOwnIndicatorIsNot()
    {
        var compilation = Compile("""
            ambitie Deelname "Iedereen doet mee" { meetbaar: nee }
            doel Hol "Hol" { draagt bij aan: Deelname meetbaar: nee }
            doel Gemeten "Gemeten" { draagt bij aan: Deelname indicator: Bijstand nulmeting: 410 in 2015 streefwaarde: 370 in 2020 }
            """);
        Assert.Equal("Hol", TextAt(compilation, Only(compilation, "PL3016").Location));
    }

    [Fact]
    public void LawsAreServedThroughThemaAndHigherGoals() =>
        Assert.DoesNotContain("PL3017", TestSupport.Codes(TestSupport.Compile("""
            kader K "K" { gemeente: "G" periode: 2017 t/m 2020 wetten: Wmo2015, Jeugdwet }
            thema Jeugd "Jeugd" { wet: Jeugdwet }
            doel Thuis "Thuis" { wet: Wmo2015 meetbaar: nee }
            doel Opvoeden "Opvoeden" { thema: Jeugd meetbaar: nee }
            """)));

    [Theory]
    [InlineData("Meer inwoners met een uitkering vinden betaald werk in de regio", "Meer inwoners met een uitkering vinden betaald werk in de gemeente", true)]
    [InlineData("Meer inwoners vinden betaald werk", "Meer inwoners vinden vrijwilligerswerk", false)]
    public void NearlyIdenticalTitlesAreDuplicates(string a, string b, bool duplicate)
    {
        var compilation = Compile($$"""
            doel A "{{a}}" { meetbaar: nee }
            doel Tussen "Iets heel anders over schulden" { meetbaar: nee }
            doel B "{{b}}" { meetbaar: nee }
            """);
        var found = compilation.Diagnostics.Where(d => d.Code == "PL5001").ToList();
        Assert.Equal(duplicate ? 1 : 0, found.Count);
        if (duplicate) Assert.Contains("vrijwel", found[0].MessageNl);
    }

    [Fact]
    public void AThemaThatContributesLinksEveryDoelUnderIt()
    {
        const string body = """
            ambitie Deelname "Iedereen doet mee" { meetbaar: nee }
            thema Werk "Werken en meedoen" { draagt bij aan: Deelname wet: Participatiewet }
            doel Banen "Meer banen" { thema: Werk meetbaar: nee }
            """;
        var compilation = TestSupport.Compile("kader K \"K\" { gemeente: \"G\" periode: 2017 t/m 2020 wetten: Participatiewet }\n" + body);
        var codes = TestSupport.Codes(compilation);
        Assert.DoesNotContain("PL3015", codes);
        Assert.DoesNotContain("PL3017", codes);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code == "PL3016" && d.MessageNl.Contains("Deelname"));
        Assert.Contains("PL3015", TestSupport.Codes(Compile(body.Replace("draagt bij aan: Deelname", ""))));
    }

    [Fact]
    public void AMaatregelUnderADoelDoesNotMeasureIt()
    {
        var compilation = Compile("""
            doel Banen "Meer banen" { }
            maatregel Banenplan "Banenplan" { draagt bij aan: Banen }
            """);
        Assert.Contains("PL3001", TestSupport.Codes(compilation));
    }

    // ---- PL3009: the path's last step and a streefwaarde without a year ------------------------

    [Fact]
    public void ATussendoelThatGoesPastTheStreefwaardeIsReported()
    {
        var compilation = Compile("doel D \"d\" { indicator: Bijstand nulmeting: 410 in 2015 tussendoel: maximaal 340 in 2018 streefwaarde: maximaal 370 in 2020 }\n");
        var finding = Only(compilation, "PL3009");
        Assert.Equal("maximaal 340 in 2018", TextAt(compilation, finding.Location));
        Assert.Contains("gaat voorbij de streefwaarde", finding.MessageNl);
        Assert.Equal("maximaal 370 in 2020", TextAt(compilation, finding.Related[0].Location));
    }

    [Fact]
    public void AStreefwaardeWithoutAYearIsDueAtThePeriodEnd()
    {
        // MinimalKader has a period; the streefwaarde without year counts as due at its end, after 2018.
        var compilation = Compile("doel D \"d\" { indicator: Bijstand nulmeting: 410 in 2015 tussendoel: maximaal 420 in 2018 streefwaarde: maximaal 370 }\n");
        Assert.Equal("maximaal 420 in 2018", TextAt(compilation, Only(compilation, "PL3009").Location));
    }

    [Fact]
    public void APathThatMovesOneWayAllTheWayIsFine() =>
        Assert.DoesNotContain(Compile("doel D \"d\" { indicator: Bijstand nulmeting: 410 in 2015 tussendoel: maximaal 390 in 2018 streefwaarde: maximaal 370 }\n").Diagnostics,
            d => d.Code == "PL3009");

    // ---- PL3020: a comparator or richting against the polarity --------------------------------

    [Theory]
    [InlineData("streefwaarde: minimaal 380 in 2020", "minimaal 380 in 2020")]
    [InlineData("streefwaarde: > 380 in 2020", "> 380 in 2020")]
    [InlineData("tussendoel: >= 400 in 2018 streefwaarde: maximaal 370 in 2020", ">= 400 in 2018")]
    [InlineData("richting: toename", "toename")]
    public void ASideAgainstThePolarityIsReportedWithThePolarity(string fields, string at)
    {
        var compilation = Compile($"doel D \"d\" {{ indicator: Bijstand nulmeting: 410 in 2015 {fields} }}\n");
        var finding = Only(compilation, "PL3020");
        Assert.Equal(at, TextAt(compilation, finding.Location));
        Assert.Contains("lager beter", finding.MessageNl);
        Assert.Equal("polariteit: lager is beter", TextAt(compilation, finding.Related[0].Location));
    }

    [Theory]
    [InlineData("streefwaarde: maximaal 370 in 2020")]
    [InlineData("streefwaarde: 370 in 2020")]
    [InlineData("streefwaarde: = 370 in 2020")]
    [InlineData("richting: behoud")]
    [InlineData("richting: afname")]
    public void ASideThatAgreesOrStatesNoneIsFine(string fields) =>
        Assert.DoesNotContain(Compile($"doel D \"d\" {{ indicator: Bijstand nulmeting: 410 in 2015 {fields} }}\n").Diagnostics, d => d.Code == "PL3020");
}
