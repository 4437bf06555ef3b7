using System.Text.RegularExpressions;
using PolicyLang.Analysis;
using PolicyLang.Binding.Schema;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;
using Xunit;

namespace PolicyLang.Tests;

/// <summary>The docs and the code must not drift apart.</summary>
public class DocumentationTests
{
    [Fact]
    public void EveryDiagnosticCodeIsDefinedOnce()
    {
        var descriptors = TestSupport.AllDescriptors();
        Assert.Empty(descriptors.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(descriptors, d => Assert.Matches("^PL[1-6][0-9]{3}$", d.Code));
        // Every code of the analysis (PL3-PL5) is a rule's, every other a compiler code.
        Assert.Equal(descriptors.Where(d => !AnalysisRules.IsCompilerCode(d.Code)).Select(d => d.Code).Order(), AnalysisRules.Codes.Order());
    }

    [Fact]
    public void EveryDiagnosticCodeIsDocumentedWithAWrongAndARightExample()
    {
        var sections = Sections();
        foreach (var descriptor in TestSupport.AllDescriptors())
        {
            Assert.True(sections.ContainsKey(descriptor.Code), $"{descriptor.Code} ({descriptor.TitleEn}) is missing in docs/diagnostics.md");
            Assert.Contains("Fout:", sections[descriptor.Code]);
            Assert.Contains("Goed:", sections[descriptor.Code]);
        }
        Assert.Equal(TestSupport.AllDescriptors().Select(d => d.Code).Order(), sections.Keys.Order());
    }

    [Fact]
    public void EveryDocumentedHeadingGivesTheDescriptorsTitlesAndSeverity()
    {
        var sections = Sections();
        foreach (var descriptor in TestSupport.AllDescriptors())
        {
            var severity = descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "fout/error",
                DiagnosticSeverity.Warning => "waarschuwing/warning",
                _ => "info",
            };
            Assert.StartsWith($"**{descriptor.TitleNl}** ({descriptor.TitleEn}) · {severity} · ", sections[descriptor.Code].Split('\n')[1]);
        }
    }

    /// <summary>The sections of docs/diagnostics.md by heading (the code).</summary>
    private static Dictionary<string, string> Sections()
    {
        var doc = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "docs", "diagnostics.md"));
        return Regex.Split(doc, @"^## ", RegexOptions.Multiline).Skip(1).ToDictionary(s => s[..s.IndexOf('\n')].Trim(), s => s);
    }

    [Fact]
    public void EveryElementKeywordIsInTheLanguageSpec()
    {
        var spec = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "docs", "language.md"));
        foreach (var keyword in SyntaxFacts.KeywordTexts) Assert.Contains($"`{keyword}`", spec);
    }

    [Fact]
    public void TheConfigurationSchemaListsEveryRuleAndEveryLevel()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "docs", "policylang.schema.json")));
        var rules = schema.RootElement.GetProperty("properties").GetProperty("regels").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(PolicyLang.Analysis.AnalysisRules.Codes.Order().ToList(), rules);

        foreach (var level in schema.RootElement.GetProperty("definitions").GetProperty("niveau").GetProperty("enum").EnumerateArray())
        {
            var json = $$"""{ "regels": { "{{rules[0]}}": "{{level.GetString()}}" } }""";
            Assert.Empty(PolicyLang.Analysis.AnalysisOptionsReader.Read(new SourceText(json, "/x/policylang.json")).Diagnostics);
        }
    }
}
