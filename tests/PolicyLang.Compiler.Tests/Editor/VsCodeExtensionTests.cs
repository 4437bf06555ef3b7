using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using Xunit;

namespace PolicyLang.Tests.Editor;

/// <summary>
/// The VS Code extension's language files (vscode-extension/) against the compiler: the grammar
/// knows every keyword, field name and choice; every snippet expands to PolicyLang that compiles;
/// the grammar test files are real PolicyLang. The extension's own tests run under npm test.
/// </summary>
public class VsCodeExtensionTests
{
    private static readonly string ExtensionDir = Path.Combine(TestSupport.RepoRoot, "vscode-extension");

    private static JsonElement Grammar() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtensionDir, "syntaxes", "beleid.tmLanguage.json"))).RootElement;

    /// <summary>The alternatives of the first group of a pattern in the grammar's repository.</summary>
    private static IReadOnlyList<string> Alternatives(string rule, int pattern)
    {
        var match = Grammar().GetProperty("repository").GetProperty(rule).GetProperty("patterns")[pattern].GetProperty("match").GetString()!;
        var group = Regex.Match(match, @"\(\?<!\[\\p\{L\}\\p\{N\}_\]\)\((?:\?:)?([^()]+)\)").Groups[1].Value;
        return group.Split('|').Select(a => a.Replace(@"\s+", " ")).ToList();
    }

    [Fact]
    public void GrammarColoursExactlyTheKeywordsOfTheTable()
    {
        var keywords = ElementSchemas.All.Values.Select(s => s.Keyword).Order();
        Assert.Equal(keywords, Alternatives("element", 0).Order());
        Assert.Equal(keywords, Alternatives("element", 1).Order());
    }

    [Fact]
    public void GrammarKnowsExactlyTheFieldNames()
    {
        var names = ElementSchemas.All.Values.SelectMany(s => s.Fields.Keys).Distinct().ToList();
        Assert.Equal(names.Where(n => n.Contains(' ')).Order(), Alternatives("field", 0).Order());
        Assert.Equal(names.Where(n => !n.Contains(' ')).Order(), Alternatives("field", 1).Order());
    }

    [Fact]
    public void GrammarKnowsEveryChoiceOfTheSchema()
    {
        var choiceWords = Alternatives("value-word", 3).Concat(Alternatives("value-word", 4)).Concat(Alternatives("value-word", 1)).ToHashSet();
        var choices = ElementSchemas.All.Values.SelectMany(s => s.Fields.Values).SelectMany(f => f.Choices).Distinct();
        Assert.All(choices, c => Assert.Contains(c, choiceWords));
    }

    // ---- value words: the grammar colours exactly the words of the vocabulary --------------------

    private static JsonElement Pattern(string rule, string scope) => Grammar().GetProperty("repository").GetProperty(rule).GetProperty("patterns")
        .EnumerateArray().Single(p => p.TryGetProperty("name", out var name) && name.GetString() == scope);

    private static bool IsWordForm(string form) => form.All(c => char.IsLetter(c) || c == ' ');

    private static IEnumerable<string> WordForms(params IWordTable[] tables) => tables.SelectMany(t => t.Forms).Where(IsWordForm);

    [Fact]
    public void GrammarUnitWordsAreExactlyTheVocabularysUnits()
    {
        Assert.Equal(WordForms(ValueWords.Units).Order(), Alternatives("value-word", 0).Order());
        // The one symbol form, €, is coloured as the currency sign.
        Assert.Equal(["€"], ValueWords.Units.Forms.Where(f => !IsWordForm(f)));
        Assert.Equal("€", Pattern("punctuation", "keyword.other.unit.currency.beleid").GetProperty("match").GetString());
    }

    [Fact]
    public void GrammarYesNoWordsAreExactlyTheVocabularys() =>
        Assert.Equal(ValueWords.YesNo.Forms.Order(), Alternatives("value-word", 1).Order());

    [Fact]
    public void GrammarComparatorsAreExactlyTheVocabularys()
    {
        Assert.Equal(WordForms(ValueWords.Comparators).Order(), Alternatives("comparator", 1).Order());
        var symbols = Pattern("comparator", "keyword.operator.comparison.beleid").GetProperty("match").GetString()!.Split('|');
        Assert.Equal(ValueWords.Comparators.Forms.Where(f => !IsWordForm(f)).Order(), symbols.Order());
    }

    [Fact]
    public void GrammarScaleWordsAreExactlyTheVocabularys()
    {
        var money = Grammar().GetProperty("repository").GetProperty("money").GetProperty("match").GetString()!;
        var words = Regex.Match(money, @"\\s\+\(([\p{L}|]+)\)").Groups[1].Value.Split('|');
        Assert.Equal(ValueWords.Scales.Forms.Order(), words.Order());
    }

    [Fact]
    public void GrammarChoiceWordsAreExactlyTheVocabularysChoicesAndBodies()
    {
        var choiceTables = ValueWords.All.Where(t => ElementSchemas.All.Values.SelectMany(s => s.Fields.Values).Any(f => ReferenceEquals(f.Choices, t))).ToList();
        Assert.Equal(9, choiceTables.Count);
        Assert.Equal(WordForms([.. choiceTables, ValueWords.Bodies]).Distinct().Order(), Alternatives("value-word", 3).Order());
    }

    [Fact]
    public void GrammarColoursTheMissingValueWords()
    {
        var match = Pattern("punctuation", "constant.language.empty-cell.beleid").GetProperty("match").GetString()!;
        // The words inside (?i:( … )), then the symbol alternatives after the word group.
        var words = Regex.Match(match, @"\(\?i:\(([^()]+)\)\)").Groups[1].Value.Split('|').Select(a => a.Replace(@"\s+", " ").Replace(@"\.", "."));
        var symbols = match[(match.LastIndexOf(')') + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Replace(@"\*", "*"));
        Assert.Equal(ValueWords.MissingValues.Forms.Order(), words.Concat(symbols).Order());
        Assert.Matches(new Regex(match), "n.v.t.");
        Assert.DoesNotMatch(new Regex("^(?:" + match + ")$"), "nbx");
    }

    // ---- snippets ------------------------------------------------------------------------------

    private static IReadOnlyList<(string Name, string Prefix, string Body)> Snippets()
    {
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtensionDir, "snippets", "beleid.code-snippets"))).RootElement;
        return json.EnumerateObject().Select(s =>
        {
            var body = s.Value.GetProperty("body");
            var text = body.ValueKind == JsonValueKind.Array ? string.Join('\n', body.EnumerateArray().Select(l => l.GetString())) : body.GetString()!;
            return (s.Name, s.Value.GetProperty("prefix").GetString()!, text);
        }).ToList();
    }

    /// <summary>What the snippet inserts when the writer accepts every default (the first choice of a choice list).</summary>
    internal static string Expand(string body)
    {
        var defaults = new Dictionary<string, string>();
        var text = Regex.Replace(body, @"\$\{(\d+)\|([^,|]*)[^|]*\|\}", m => defaults[m.Groups[1].Value] = m.Groups[2].Value);
        text = Regex.Replace(text, @"\$\{(\d+):([^}]*)\}", m => defaults[m.Groups[1].Value] = m.Groups[2].Value);
        text = Regex.Replace(text, @"\$\{(\d+)\}|\$(\d+)", m => defaults.GetValueOrDefault(m.Groups[1].Value + m.Groups[2].Value, ""));
        return text;
    }

    public static TheoryData<string> SnippetNames() => new(Snippets().Select(s => s.Name));

    /// <summary>The ids the snippets' defaults refer to, declared once so references resolve.</summary>
    private const string Context = """
        ambitie Ambitie "Een ambitie" { meetbaar: nee reden: "perspectief" }
        doel Doel "Een doel" { draagt bij aan: Ambitie meetbaar: nee reden: "context" }
        doel DoelA "Doel A" { draagt bij aan: Ambitie meetbaar: nee reden: "context" }
        doel DoelB "Doel B" { draagt bij aan: Ambitie meetbaar: nee reden: "context" }
        indicator Indicator "Een indicator" { eenheid: aantal polariteit: lager is beter }
        tabel Scenarios "Uitkomsten per scenario" { kolommen: 2018 rij S1 "scenario 1": € -1 }
        """;

    [Theory]
    [MemberData(nameof(SnippetNames))]
    public void SnippetExpandsToPolicyLangWithoutErrors(string name)
    {
        var (_, prefix, body) = Snippets().Single(s => s.Name == name);
        var text = Expand(body);
        Assert.DoesNotContain("$", text);
        // post, rij, verantwoording and norm live only inside a begroting, tabel or doel (PL1010): give them one.
        text = prefix.StartsWith("post", StringComparison.Ordinal)
            ? $"begroting B \"b\" {{ jaren: 2025 t/m 2026\n{text}\n}}"
            : prefix.StartsWith("rij", StringComparison.Ordinal)
                ? $"tabel T \"t\" {{ kolommen: 2025, 2026\n rij A \"a\": 1, 2\n rij B \"b\": 3, 4\n{text}\n}}"
                : prefix.StartsWith("verantwoording", StringComparison.Ordinal) || prefix == "norm"
                    ? $"doel V \"v\" {{ draagt bij aan: Ambitie meetbaar: nee reden: \"context\"\n{text}\n}}"
                    : text;
        var files = prefix == "kader" ? new[] { text, Context } : new[] { text, Context, TestSupport.MinimalKader };
        var errors = TestSupport.Compile(files).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code} {d.Message(Taal.Nl)}");
        Assert.Empty(errors);
    }

    [Fact]
    public void EveryElementKindHasASnippetWithADutchDescription()
    {
        var snippets = Snippets();
        Assert.All(SyntaxFacts.KeywordTexts, keyword => Assert.Contains(snippets, s => s.Prefix == keyword));
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtensionDir, "snippets", "beleid.code-snippets"))).RootElement;
        Assert.All(json.EnumerateObject(), s => Assert.False(string.IsNullOrWhiteSpace(s.Value.GetProperty("description").GetString()), s.Name));
    }

    [Fact]
    public void ExpandTakesDefaultsChoicesAndMirrors()
    {
        Assert.Equal("doel X { a: maximaal 1 b: maximaal }", Expand("doel ${1:X} { a: ${2|maximaal,minimaal|} ${3:1} b: ${2} }$0"));
    }

    // ---- grammar test files ----------------------------------------------------------------------

    [Fact]
    public void GrammarTestFilesAreOneKaderWithoutSyntaxOrBindingErrors()
    {
        var files = Directory.EnumerateFiles(Path.Combine(ExtensionDir, "test", "grammar"), "*.beleid")
            .Where(f => Path.GetFileName(f) != "fouten.beleid").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 5);
        var compilation = Compilation.FromSources(files.Select(f => (f, File.ReadAllText(f))));
        var errors = compilation.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && (d.Code.StartsWith("PL1", StringComparison.Ordinal) || d.Code.StartsWith("PL2", StringComparison.Ordinal)))
            .Select(d => $"{Path.GetFileName(d.Location.Path)}({d.Location.Start.Line + 1}): {d.Code} {d.Message(Taal.Nl)}");
        Assert.Empty(errors);
    }

    [Fact]
    public void TheErrorGrammarFileReallyHasTheLexicalErrorsItColours()
    {
        var path = Path.Combine(ExtensionDir, "test", "grammar", "fouten.beleid");
        var codes = TestSupport.Codes(Compilation.FromSources([(path, File.ReadAllText(path))]));
        Assert.Contains(codes, c => c.StartsWith("PL1", StringComparison.Ordinal));
    }
}
