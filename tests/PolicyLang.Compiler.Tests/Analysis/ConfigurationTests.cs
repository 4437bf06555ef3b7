using PolicyLang.Analysis;
using PolicyLang.Diagnostics;
using PolicyLang.Text;
using Xunit;

namespace PolicyLang.Tests.Analysis;

public class ConfigurationTests
{
    private const string Unmeasured = TestSupport.MinimalKader + "doel Deelname \"Iedereen doet mee\" { }\n";

    private static Compilation WithConfig(string json, params string[] files) =>
        Compilation.FromSources(files.Select((text, i) => ($"/virtual/file{i}.beleid", text)),
            AnalysisOptionsReader.Read(new SourceText(json, "/virtual/policylang.json")));

    [Fact]
    public void LevelOffRemovesTheRulesDiagnostics()
    {
        Assert.Contains("PL3001", TestSupport.Codes(TestSupport.Compile(Unmeasured)));
        Assert.DoesNotContain("PL3001", TestSupport.Codes(WithConfig("""{ "regels": { "PL3001": "uit" } }""", Unmeasured)));
    }

    [Theory]
    [InlineData("fout", DiagnosticSeverity.Error)]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("info", DiagnosticSeverity.Info)]
    [InlineData("waarschuwing", DiagnosticSeverity.Warning)]
    public void LevelSetsTheSeverity(string level, DiagnosticSeverity expected)
    {
        var compilation = WithConfig($$"""{ "regels": { "pl3001": "{{level}}" } }""", Unmeasured);
        Assert.Equal(expected, Assert.Single(compilation.Diagnostics, d => d.Code == "PL3001").Severity);
    }

    [Fact]
    public void ConfigurationProblemsPointAtTheirLineAndColumn()
    {
        var options = AnalysisOptionsReader.Read(new SourceText("{\n  \"regels\": {\n    \"PL3001\": \"streng\"\n  }\n}", "/x/policylang.json"));
        var diagnostic = Assert.Single(options.Diagnostics);
        Assert.Equal("PL6004", diagnostic.Code);
        Assert.Equal(new LinePosition(2, 14), diagnostic.Location.Start);
        Assert.Equal("/x/policylang.json", diagnostic.Location.Path);
    }

    [Fact]
    public void BrokenJsonIsOneErrorAndChangesNothing()
    {
        var compilation = WithConfig("{ \"regels\": { \"PL3001\": \"uit\" ", Unmeasured);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(compilation.Diagnostics, d => d.Code == "PL6001").Severity);
        Assert.Contains("PL3001", TestSupport.Codes(compilation));
    }

    [Fact]
    public void ValidPartsApplyNextToInvalidOnes()
    {
        var compilation = WithConfig("""{ "regels": { "PL3001": "uit", "PL3999": "uit" }, "kleur": 1 }""", Unmeasured);
        var codes = TestSupport.Codes(compilation);
        Assert.DoesNotContain("PL3001", codes);
        Assert.Contains("PL6003", codes);
        Assert.Contains("PL6002", codes);
    }

    [Fact]
    public void VagueWordListReplacesTheDefault()
    {
        const string source = TestSupport.MinimalKader + "doel Aanbod \"Er is een toereikend aanbod\" { meetbaar: nee }\n";
        Assert.DoesNotContain("PL5002", TestSupport.Codes(TestSupport.Compile(source)));
        Assert.Contains("PL5002", TestSupport.Codes(WithConfig("""{ "vageWoorden": ["toereikend"] }""", source)));
    }

    [Fact]
    public void CompilerDiagnosticsCannotBeConfigured()
    {
        const string source = TestSupport.MinimalKader + "doel Werk \"Werk\" { draagt bij aan: Onbekend meetbaar: nee }\n";
        var compilation = WithConfig("""{ "regels": { "PL2001": "uit" } }""", source);
        Assert.Contains("PL2001", TestSupport.Codes(compilation));
        Assert.Contains("PL6005", TestSupport.Codes(compilation));
    }
}
