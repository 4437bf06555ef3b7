using PolicyLang.Binding.Values;
using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3028 (issue 15 item 11): an announced count against the members the checker counts.</summary>
public class AnnouncedCountTests
{
    private static List<PolicyLang.Diagnostics.Diagnostic> Findings(string source) =>
        TestSupport.Compile(source).Diagnostics.Where(d => d.Code == "PL3028").ToList();

    private static string Risks(int count, string section) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"risico R{i} \"Risico {i}\" {{ sectie: {section} }}\n"));

    [Fact]
    public void ATopTenOfSixRisksIsReportedAtTheCountWithBothNumbers()
    {
        var source = TestSupport.MinimalKader.Replace("periode: 2017 t/m 2020", "periode: 2017 t/m 2020 aantal: 10 \"risico’s\" in §B1.2") + Risks(6, "§B1.2") + Risks(3, "§B1.1").Replace("R", "S");
        var finding = Assert.Single(Findings(source));
        Assert.Contains("10 risico’s", finding.MessageNl);
        Assert.Contains("in §B1.2", finding.MessageNl);
        Assert.Contains("er zijn er 6", finding.MessageNl);
        Assert.Equal("10 \"risico’s\" in §B1.2", source.Substring(finding.Location.Span.Start, finding.Location.Span.Length));
    }

    [Theory]
    [InlineData("10 risicos in §B1")]
    [InlineData("10 \"risico's\" in §B1")]
    public void TheRightCountIsQuietAndSubsectionsCount(string count) =>
        Assert.Empty(Findings(TestSupport.MinimalKader.Replace("periode: 2017 t/m 2020", $"periode: 2017 t/m 2020 aantal: {count}") + Risks(4, "§B1.1") + Risks(6, "§B1").Replace("R", "S")));

    [Fact]
    public void ASectionWithTheSamePrefixIsNotBelowIt() =>
        Assert.Empty(Findings(TestSupport.MinimalKader.Replace("periode: 2017 t/m 2020", "periode: 2017 t/m 2020 aantal: 2 \"risico’s\" in §B1") + Risks(2, "§B1") + Risks(1, "§B10").Replace("R", "S")));

    [Fact]
    public void WithoutASectionTheElementsNamingOrNamedByTheAnnouncerCount()
    {
        const string themas = """
            thema A "a" thema B "b" thema C "c"
            """;
        Assert.Empty(Findings(TestSupport.MinimalKader + themas + "maatregel M \"Agenda met drie lijnen\" { thema: A, B, C aantal: 3 \"thema’s\" }"));
        Assert.Single(Findings(TestSupport.MinimalKader + themas + "maatregel M \"Agenda met drie lijnen\" { thema: A, B aantal: 3 \"thema’s\" }"));
        // doelen that name a thema are its members
        Assert.Empty(Findings(TestSupport.MinimalKader + "thema T \"t\" { aantal: 2 doelen }\ndoel D1 \"d1\" { thema: T }\ndoel D2 \"d2\" { thema: T }\n"));
        Assert.Single(Findings(TestSupport.MinimalKader + "thema T \"t\" { aantal: 3 doelen }\ndoel D1 \"d1\" { thema: T }\ndoel D2 \"d2\" { thema: T }\n"));
    }

    [Theory]
    [InlineData("10 \"risico’s\" in §B1.2", 10, "Risico", "B1.2")]
    [InlineData("18 doelen", 18, "Doel", null)]
    [InlineData("3 themas", 3, "Thema", null)]
    public void TheValueFormReadsCountKindAndSection(string written, int count, string kind, string? section)
    {
        var compilation = TestSupport.Compile(TestSupport.MinimalKader + $"besluit B \"b\" {{ aantal: {written} }}");
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("PL1") || d.Code.StartsWith("PL2"));
        var value = compilation.Model.Lookup("B")!.Value<AnnouncedCountValue>("aantal")!;
        Assert.Equal((count, kind, section), (value.Count, value.Kind.ToString(), value.Section));
    }

    [Theory]
    [InlineData("10")]
    [InlineData("tien risicos")]
    [InlineData("10 \"appels\"")]
    [InlineData("10 risicos in B1")]
    public void OtherFormsAreAnInvalidValue(string written) =>
        Assert.Contains(TestSupport.Compile(TestSupport.MinimalKader + $"besluit B \"b\" {{ aantal: {written} }}").Diagnostics, d => d.Code == "PL2007");
}
