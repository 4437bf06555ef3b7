using PolicyLang.Binding.Values;
using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3040 and the value form "25% van Jeugdbudget" (issue 14 item 4).</summary>
public class BareRelativeValueTests
{
    private static List<PolicyLang.Diagnostics.Diagnostic> Findings(string body) =>
        TestSupport.Compile(TestSupport.MinimalKader + body).Diagnostics.Where(d => d.Code == "PL3040").ToList();

    [Theory]
    [InlineData("feit")]
    [InlineData("risico")]
    [InlineData("besluit")]
    public void ABarePercentageInAFeitRisicoOrBesluitIsReportedAtIt(string kind)
    {
        var body = $"{kind} X \"extra budgetten (25% tot 35%)\" {{ waarde: 25% }}";
        var finding = Assert.Single(Findings(body));
        Assert.Contains("25%", finding.MessageNl);
        Assert.Equal("25%", (TestSupport.MinimalKader + body).Substring(finding.Location.Span.Start, finding.Location.Span.Length));
    }

    [Theory]
    [InlineData("waarde: 25% van Jeugdbudget")]
    [InlineData("waarde: 80% van \"de cliënten\"")]
    [InlineData("waarde: € 25")]
    [InlineData("waarde: 25")]
    [InlineData("waarde: 25% indicator: I")]
    [InlineData("waarde: 25% gelijk aan: T.R[1]")]
    public void APercentageWithABaseAndOtherFiguresAreQuiet(string fields) =>
        Assert.Empty(Findings($"indicator I \"i\" {{ eenheid: percentage van \"de inwoners\" }}\ntabel T \"t\" {{ kolommen: 2015 rij R \"r\": 25% }}\nfeit X \"x\" {{ {fields} }}"));

    [Fact]
    public void AnIndicatorWithoutDenominatorIsPL3007sFindingNotASecondOne()
    {
        var codes = TestSupport.Codes(TestSupport.Compile(TestSupport.MinimalKader + "indicator I \"i\" { eenheid: percentage }\nfeit X \"x\" { waarde: 25% indicator: I }"));
        Assert.Contains("PL3007", codes);
        Assert.DoesNotContain("PL3040", codes);
    }

    [Theory]
    [InlineData("25% van Jeugdbudget", "Jeugdbudget")]
    [InlineData("80% van \"de cliënten\"", "de cliënten")]
    [InlineData("80%", null)]
    public void TheBaseIsReadAfterVan(string written, string? expected)
    {
        var compilation = TestSupport.Compile(TestSupport.MinimalKader + $"feit X \"x\" {{ waarde: {written} }}");
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("PL1") || d.Code.StartsWith("PL2"));
        var value = compilation.Model.Lookup("X")!.Value<QuantityValue>("waarde")!;
        Assert.Equal((25m == value.Quantity.Value || 80m == value.Quantity.Value, expected), (true, value.Base));
    }

    [Theory]
    [InlineData("€ 25 van Jeugdbudget")]
    [InlineData("25% van")]
    [InlineData("25% van 3")]
    public void VanOnlyFollowsAPercentageAndNeedsAName(string written) =>
        Assert.Contains(TestSupport.Compile(TestSupport.MinimalKader + $"feit X \"x\" {{ waarde: {written} }}").Diagnostics, d => d.Code == "PL2007");
}
