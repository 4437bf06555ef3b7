using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3026 and PL3027 (issue 15 item 4): placeholders and empty parts.</summary>
public class PlaceholderTests
{
    private static List<PolicyLang.Diagnostics.Diagnostic> Findings(string code, string body) =>
        TestSupport.Compile(TestSupport.MinimalKader + body).Diagnostics.Where(d => d.Code == code).ToList();

    [Theory]
    [InlineData("????")]
    [InlineData("??")]
    [InlineData("…")]
    [InlineData("...")]
    [InlineData("PM")]
    [InlineData("p.m.")]
    [InlineData("XX")]
    [InlineData("xxx")]
    [InlineData("nader te bepalen")]
    [InlineData("ntb")]
    public void AWholeTitleThatIsAPlaceholderIsReportedAtIt(string placeholder)
    {
        var body = $"besluit B \"{placeholder}\" {{ soort: besluit }}";
        var finding = Assert.Single(Findings("PL3026", body));
        Assert.Contains($"'{placeholder}'", finding.MessageNl);
        Assert.Contains("de titel", finding.MessageNl);
        Assert.Equal(placeholder, (TestSupport.MinimalKader + body).Substring(finding.Location.Span.Start, finding.Location.Span.Length));
    }

    [Fact]
    public void EachPlaceholderSegmentOfATextIsOneFindingAtItsPlace()
    {
        const string body = """
            risico R1 "Budgetoverschrijding" {
              gevolg: "Financieel - ...; Imago - ..."
            }
            """;
        var findings = Findings("PL3026", body);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("veld 'gevolg'", f.MessageNl));
        Assert.NotEqual(findings[0].Location.Span.Start, findings[1].Location.Span.Start);
        Assert.All(findings, f => Assert.Equal("...", (TestSupport.MinimalKader + body).Substring(f.Location.Span.Start, 3)));
    }

    [Theory]
    [InlineData("Er kwamen schulden... dat soort dingen.")]
    [InlineData("Resultaat: Project Vele handen…")]
    [InlineData("Mensen zoals...")]
    [InlineData("PM-overleg in het najaar")]
    [InlineData("De kosten zijn nog onbekend.")]
    public void AnEllipsisOrWordInsideASentenceIsNoPlaceholder(string text) =>
        Assert.Empty(Findings("PL3026", $"risico R1 \"Risico\" {{ gevolg: \"{text}\" }}"));

    [Fact]
    public void CellsAreCheckedAndALabelColumnRepeatedInTheCellsIsOneFinding()
    {
        var findings = Findings("PL3026", """
            tabel T "Besluiten" {
              kolommen: "Onderwerp", "Keuze", "Vastgesteld"
              rij "…": "…", -, -
              rij "Sport": "Sport", "????", ntb
            }
            """);
        Assert.Equal(3, findings.Count);
        Assert.Contains(findings, f => f.MessageNl.Contains("'????' in cel 2"));
        Assert.Contains(findings, f => f.MessageNl.Contains("'ntb' in cel 3"));
        Assert.Contains(findings, f => f.MessageNl.Contains("de titel van rij '…' in tabel 'T'"));
    }

    [Fact]
    public void AnUnknownBaselineStaysPL3060Only()
    {
        var compilation = TestSupport.Compile(TestSupport.MinimalKader + """
            indicator I "Aantal" { eenheid: aantal bron: "CBS" polariteit: lager is beter }
            doel D "Minder" { indicator: I nulmeting: nader te bepalen richting: afname }
            """);
        Assert.Contains("PL3060", TestSupport.Codes(compilation));
        Assert.DoesNotContain("PL3026", TestSupport.Codes(compilation));
    }

    [Fact]
    public void XxInANumberIsTheRomanNumeralTwenty() =>
        Assert.Empty(Findings("PL3026", """thema T "Twintigste thema" { nummer: XX }"""));

    [Fact]
    public void EmptyTablesAndBudgetsAreReportedOnce()
    {
        var findings = Findings("PL3027", """
            tabel Leeg "Een lege tabel" { kolommen: "Onderwerp", "Keuze" }
            begroting B "Een lege begroting" { jaren: 2017 t/m 2019 }
            thema Ongebruikt "Niemand valt hieronder" { }
            thema Gebruikt "Met een doel" { }
            doel D "Een doel" { thema: Gebruikt meetbaar: nee reden: "voorbeeld" }
            tabel Vol "Met rij" { kolommen: "A" rij "a": 1 }
            """);
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.MessageNl.StartsWith("Tabel 'Leeg' heeft geen rijen", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.MessageNl.StartsWith("Begroting 'B' heeft geen posten", StringComparison.Ordinal));
    }

    [Fact]
    public void ATableWhoseRowsASyntaxErrorSwallowedIsTheParsersFinding() =>
        Assert.Empty(Findings("PL3027", """
            tabel T "Kapot" { kolommen: "A"
              rij "a": 1 @@ {
            """));
}
