using System.Text.RegularExpressions;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Analysis;

/// <summary>The wrong and right examples of the PL4xxx entries in docs/diagnostics.md do what they say.</summary>
public class BudgetDocumentationTests
{
    public static TheoryData<string> Codes() => [.. Sections().Keys];

    private static Dictionary<string, string> Sections()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot, "docs", "diagnostics.md"));
        return Regex.Split(doc, @"^## ", RegexOptions.Multiline).Skip(1)
            .Select(s => (Code: s[..s.IndexOf('\n')].Trim(), Text: s))
            .Where(s => s.Code.StartsWith("PL4", StringComparison.Ordinal))
            .ToDictionary(s => s.Code, s => s.Text);
    }

    private static string Example(string section, string label)
    {
        var match = Regex.Match(section, label + @":\s*```beleid\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {label} example");
        return match.Groups[1].Value;
    }

    [Fact]
    public void EveryBudgetRuleIsDocumented() =>
        Assert.Equal(PolicyLang.Analysis.AnalysisRules.All.Select(r => r.Code).Where(c => c.StartsWith("PL4", StringComparison.Ordinal)).Order(), Sections().Keys.Order());

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheWrongExampleFiresAndTheRightOneIsClean(string code)
    {
        var section = Sections()[code];
        var wrong = Compile(Example(section, "Fout")).Diagnostics;
        var right = Compile(Example(section, "Goed")).Diagnostics;

        Assert.Contains(wrong, d => d.Code == code);
        Assert.DoesNotContain(wrong, d => d.IsError);
        Assert.Empty(right);
    }
}
