using PolicyLang.Binding.Values;
using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3024 (issue 15 item 2): a statement's betreft against the document's numbering.</summary>
public class CoveredRangeTests
{
    private static string Doelen(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"doel D{i} \"Doel {i}\" {{ nummer: {i} sectie: §4.1 meetbaar: nee reden: \"r\" }}\n"));

    private static IReadOnlyList<PolicyLang.Diagnostics.Diagnostic> Findings(string body) =>
        TestSupport.Compile(TestSupport.MinimalKader + body).Diagnostics.Where(d => d.Code == "PL3024").ToList();

    [Fact]
    public void NumberedElementsOutsideTheRangeAreOneFindingPointingAtEach()
    {
        var finding = Assert.Single(Findings(Doelen(20) + "besluit B \"Doelen 1-18 staan centraal\" { betreft: doelen 1-18 }"));
        Assert.Contains("'B' betreft doelen 1 t/m 18, maar doelen 19 en 20 vallen erbuiten", finding.MessageNl);
        Assert.Equal(2, finding.Related.Length);
    }

    [Fact]
    public void NumbersTheListDoesNotHaveAreReported()
    {
        var finding = Assert.Single(Findings(Doelen(3) + "uitgangspunt U \"Doelen 1 t/m 5\" { betreft: doelen 1 t/m 5 }"));
        Assert.Contains("de nummers 4 en 5 bestaan niet", finding.MessageNl);
        Assert.Contains("numbers 4 and 5 do not exist", finding.MessageEn);
    }

    [Fact]
    public void ARangeThatCoversTheListOrListsOfNumbersIsNoFinding()
    {
        Assert.Empty(Findings(Doelen(5) + "feit F \"Alle doelen\" { betreft: doelen 1 t/m 5 }"));
        Assert.Empty(Findings(Doelen(5) + "feit F \"Alle doelen\" { betreft: doelen 1 t/m 3, 4, doelen 5 }"));
    }

    [Fact]
    public void ARangeThatMeetsNoNumberedListPointsAtNothing()
    {
        var finding = Assert.Single(Findings(Doelen(3) + "besluit B \"Kaders 1-3\" { betreft: kaders 1 t/m 3 }"));
        Assert.Contains("geen kaderstelling heeft een van die nummers", finding.MessageNl);
    }

    [Fact]
    public void TheRangeFormsBind()
    {
        var model = TestSupport.Compile(TestSupport.MinimalKader + "besluit B \"b\" { betreft: doelen 1-18, 20, kaders 2 t/m 3 }").Model;
        var values = model.Lookup("B")!.Values<NumberRangeValue>("betreft").ToList();
        Assert.Equal([(1, 18), (20, 20), (2, 3)], values.Select(v => (v.From, v.To)));
        Assert.Equal([PolicyLang.Binding.ElementKind.Doel, (PolicyLang.Binding.ElementKind?)null, PolicyLang.Binding.ElementKind.Kaderstelling], values.Select(v => v.Kind));
    }

    [Fact]
    public void AnUnknownKindWordOrABackwardRangeIsAValueError()
    {
        Assert.Contains("PL2007", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + "besluit B \"b\" { betreft: dingen 1 t/m 3 }")));
        Assert.Contains("PL2007", TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + "besluit B \"b\" { betreft: doelen 5 t/m 3 }")));
    }
}
