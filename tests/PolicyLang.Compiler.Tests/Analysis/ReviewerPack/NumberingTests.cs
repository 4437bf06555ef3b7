using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3021-PL3023 (issue 15 item 1): the document's own numbering and outline.</summary>
public class NumberingTests
{
    private static IReadOnlyList<PolicyLang.Diagnostics.Diagnostic> Findings(string code, string body) =>
        TestSupport.Compile(TestSupport.MinimalKader + body).Diagnostics.Where(d => d.Code == code).ToList();

    private static string Kaders(params string[] numbers) =>
        string.Concat(numbers.Select((n, i) => $"kaderstelling K{i} \"Kader {i}\" {{ nummer: {n} sectie: §2.6 }}\n"));

    [Fact]
    public void TwoSiblingsWithOneNumberAreOneFindingNamingTheFirst()
    {
        var finding = Assert.Single(Findings("PL3021", Kaders("1", "2", "2", "3")));
        Assert.Contains("Nummer 2 van kaderstelling 'K2' staat al bij kaderstelling 'K1'", finding.MessageNl);
        Assert.Contains("Number 2 of kaderstelling 'K2' is already that of kaderstelling 'K1'", finding.MessageEn);
    }

    [Fact]
    public void NumbersThatRestartUnderEachParentAreNoDuplicates() =>
        Assert.Empty(Findings("PL3021", """
            doel A "A" { meetbaar: nee reden: "r" }
            doel B "B" { meetbaar: nee reden: "r" }
            doel A1 "A1" { nummer: 1 draagt bij aan: A meetbaar: nee reden: "r" }
            doel A2 "A2" { nummer: 2 draagt bij aan: A meetbaar: nee reden: "r" }
            doel B1 "B1" { nummer: 1 draagt bij aan: B meetbaar: nee reden: "r" }
            doel B2 "B2" { nummer: 2 draagt bij aan: B meetbaar: nee reden: "r" }
            """));

    [Fact]
    public void NumbersThatRunOnOverTheParentsAreOneList()
    {
        // Steenwijkerland §4.1: 1-7 under a, 7-16 under b; the 7 is there twice.
        var finding = Assert.Single(Findings("PL3021", """
            doel A "A" { meetbaar: nee reden: "r" }
            doel B "B" { meetbaar: nee reden: "r" }
            doel A1 "A1" { nummer: 1 draagt bij aan: A meetbaar: nee reden: "r" }
            doel A2 "A2" { nummer: 2 draagt bij aan: A meetbaar: nee reden: "r" }
            doel B1 "B1" { nummer: 2 draagt bij aan: B meetbaar: nee reden: "r" }
            doel B2 "B2" { nummer: 3 draagt bij aan: B meetbaar: nee reden: "r" }
            """));
        Assert.Contains("'B1'", finding.MessageNl);
    }

    [Fact]
    public void OtherSectionsOtherKindsAndPartsOfOneItemAreNoDuplicates()
    {
        Assert.Empty(Findings("PL3021", """
            kaderstelling K1 "Een" { nummer: 1 sectie: §2 }
            kaderstelling K2 "Twee" { nummer: 1 sectie: §3 }
            uitgangspunt U1 "Een" { nummer: 1 sectie: §2 }
            tabel T "t" {
              kolommen: "Omschrijving"
              rij R1 "2. Selectieve preventie": "Er op tijd bij zijn" { nummer: 2 }
              rij R2 "2. Selectieve preventie": "Zelf bijsturen" { nummer: 2 }
            }
            """));
    }

    [Fact]
    public void AGapIsReportedOnceAtTheNumberAfterIt()
    {
        var finding = Assert.Single(Findings("PL3022", Kaders("1", "2", "5", "6")));
        Assert.Contains("Nummer 5 van kaderstelling 'K2' volgt op nummer 2: 3 t/m 4 ontbreekt", finding.MessageNl);
        Assert.Contains("follows number 2: 3 t/m 4 is missing", finding.MessageEn);
    }

    [Fact]
    public void DottedNumbersAreCountedUnderTheirPrefix()
    {
        Assert.Empty(Findings("PL3022", Kaders("4.1", "4.2", "5.1", "5.2")));
        var finding = Assert.Single(Findings("PL3022", Kaders("4.1", "4.3", "5.1")));
        Assert.Contains("4.2 ontbreekt", finding.MessageNl);
    }

    [Fact]
    public void LettersAndOtherLabelsHaveNoGaps() =>
        Assert.Empty(Findings("PL3022", Kaders("\"a\"", "\"c\"", "IV", "VII")));

    [Fact]
    public void RowsOutOfOrderInOneTableAreAFindingButTopLevelOrderIsNot()
    {
        var finding = Assert.Single(Findings("PL3022", """
            tabel T "t" {
              kolommen: 2020
              rij R1 "een": 1 { nummer: 1 }
              rij R3 "drie": 3 { nummer: 3 }
              rij R2 "twee": 2 { nummer: 2 }
            }
            """));
        Assert.Contains("Nummer 2 van rij 'R2' volgt op nummer 3: de nummering loopt terug", finding.MessageNl);
        Assert.Empty(Findings("PL3022", Kaders("1", "3", "2")));
    }

    [Fact]
    public void ASectionNumberWithTwoHeadingsInTheOutlineIsAFinding()
    {
        var compilation = TestSupport.Compile("""
            kader K "Voorbeeld" {
              gemeente: "Voorbeeldstad"
              periode: 2017 t/m 2020
              sectiekop: §3.2 "Sociaal netwerk", §3.3 "Mantelzorgers", §3.3 "Cliëntondersteuning", §3.2 "sociaal  netwerk"
            }
            """);
        var finding = Assert.Single(compilation.Diagnostics, d => d.Code == "PL3023");
        Assert.Contains("Sectie §3.3 staat in de inhoudsopgave als 'Mantelzorgers' en als 'Cliëntondersteuning'", finding.MessageNl);
        Assert.Single(finding.Related);
    }

    [Fact]
    public void AnOutlineLineWithoutHeadingIsAValueError() =>
        Assert.Contains("PL2007", TestSupport.Codes(TestSupport.Compile("kader K \"K\" { gemeente: \"G\" periode: 2017 t/m 2020 sectiekop: §3.3 }")));
}
