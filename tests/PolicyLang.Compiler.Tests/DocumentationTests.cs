using System.Reflection;
using System.Text.RegularExpressions;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Text;
using Xunit;

namespace PolicyLang.Tests;

/// <summary>The docs and the code must not drift apart.</summary>
public class DocumentationTests
{
    /// <summary>Calls every builder method with placeholder arguments to learn the code it defines.</summary>
    private static IReadOnlyList<(string Method, string Code)> BuilderCodes()
    {
        var location = new Location(new SourceText("x", "/x.beleid"), new TextSpan(0, 1));
        var result = new List<(string, string)>();
        foreach (var method in typeof(DiagnosticBuilder).GetMethods(BindingFlags.Public | BindingFlags.Static)
                     .Where(m => m.ReturnType == typeof(Diagnostic)))
        {
            var args = method.GetParameters().Select(p => p.ParameterType switch
            {
                var t when t == typeof(Location) => (object?)location,
                var t when t == typeof(string) => "x",
                var t when t == typeof(int) => 1,
                _ => null,
            }).ToArray();
            var diagnostic = (Diagnostic)method.Invoke(null, args)!;
            result.Add((method.Name, diagnostic.Code));
        }
        return result;
    }

    [Fact]
    public void EveryDiagnosticCodeIsUsedOnce()
    {
        var duplicates = BuilderCodes().GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(BuilderCodes(), c => Assert.Matches("^PL[1-6][0-9]{3}$", c.Code));
    }

    [Fact]
    public void EveryDiagnosticCodeIsDocumentedWithAWrongAndARightExample()
    {
        var doc = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "docs", "diagnostics.md"));
        var sections = Regex.Split(doc, @"^## ", RegexOptions.Multiline).Skip(1)
            .ToDictionary(s => s[..s.IndexOf('\n')].Trim(), s => s);
        foreach (var (method, code) in BuilderCodes())
        {
            Assert.True(sections.ContainsKey(code), $"{code} ({method}) is missing in docs/diagnostics.md");
            Assert.Contains("Fout:", sections[code]);
            Assert.Contains("Goed:", sections[code]);
        }
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
