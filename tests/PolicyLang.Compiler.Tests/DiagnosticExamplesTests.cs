using System.Text.RegularExpressions;
using PolicyLang.Analysis;
using PolicyLang.Text;
using Xunit;

namespace PolicyLang.Tests;

/// <summary>
/// Every entry of docs/diagnostics.md is a test case: its "Fout" example must report the code and
/// its "Goed" example must not. So the documentation cannot drift from the compiler, and every
/// rule has at least one case that fires and one that must not.
/// </summary>
public class DiagnosticExamplesTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in Sections().Keys) data.Add(code);
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void WrongExampleReportsTheCodeAndRightExampleDoesNot(string code)
    {
        var section = Sections()[code];
        var (wrongLanguage, wrong) = BlockAfter(section, "Fout:");
        var (rightLanguage, right) = BlockAfter(section, "Goed:");
        Assert.Contains(code, CodesOf(wrongLanguage, wrong));
        Assert.DoesNotContain(code, CodesOf(rightLanguage, right));
    }

    private static IReadOnlyList<string> CodesOf(string language, string text) => language == "json"
        ? AnalysisOptionsReader.Read(new SourceText(text, "/virtual/policylang.json")).Diagnostics.Select(d => d.Code).ToList()
        : TestSupport.Codes(TestSupport.Compile(ExpandAbbreviation(text)));

    /// <summary>
    /// The docs abbreviate deep nesting as "… 65 niveaus …" and a long run of one mistake as
    /// "§ … 1000 keer …"; the test writes them out.
    /// </summary>
    private static string ExpandAbbreviation(string text)
    {
        text = Regex.Replace(text, @"… (\d+) niveaus …", m =>
        {
            var levels = int.Parse(m.Groups[1].Value);
            return string.Concat(Enumerable.Range(0, levels).Select(i => $"post \"N{i}\": € 1 {{ ")) + new string('}', levels);
        });
        return Regex.Replace(text, @"(\S+) … (\d+) keer …", m => string.Join(" ", Enumerable.Repeat(m.Groups[1].Value, int.Parse(m.Groups[2].Value))));
    }

    private static Dictionary<string, string> Sections()
    {
        var doc = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "docs", "diagnostics.md"));
        return Regex.Split(doc, @"^## ", RegexOptions.Multiline).Skip(1)
            .Select(s => (Heading: s[..s.IndexOf('\n')].Trim(), Body: s))
            .Where(s => Regex.IsMatch(s.Heading, "^PL[0-9]{4}$"))
            .ToDictionary(s => s.Heading, s => s.Body);
    }

    private static (string Language, string Text) BlockAfter(string section, string label)
    {
        var match = Regex.Match(section[section.IndexOf(label, StringComparison.Ordinal)..], @"```(\w*)\n(.*?)\n```", RegexOptions.Singleline);
        Assert.True(match.Success, $"no code block after '{label}'");
        return (match.Groups[1].Value, match.Groups[2].Value + "\n");
    }
}
