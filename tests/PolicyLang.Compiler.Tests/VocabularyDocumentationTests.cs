using PolicyLang.Binding.Vocabulary;
using Xunit;

namespace PolicyLang.Tests;

/// <summary>
/// docs/language.md §5.1 lists the vocabulary between <c>&lt;!-- value-words</c> and
/// <c>&lt;!-- /value-words --&gt;</c>, one row per word: category, meaning, Dutch, English,
/// synonyms. The rows equal the compiler's tables, both ways.
/// </summary>
public class VocabularyDocumentationTests
{
    private static IReadOnlyList<string> DocumentedRows()
    {
        var spec = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "docs", "language.md"));
        var start = spec.IndexOf("<!-- value-words", StringComparison.Ordinal);
        var end = spec.IndexOf("<!-- /value-words -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/language.md has no value-words section");
        return spec[start..end].Split('\n')
            .Where(line => line.StartsWith('|') && !line.StartsWith("| category", StringComparison.Ordinal) && !line.StartsWith("|---", StringComparison.Ordinal))
            .Select(line =>
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                var synonyms = cells[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unquote);
                return Row(cells[0], cells[1], Unquote(cells[2]), cells[3], synonyms);
            })
            .ToList();
    }

    private static string Unquote(string cell) => cell.Trim('`');

    private static string Row(string category, string meaning, string dutch, string english, IEnumerable<string> synonyms) =>
        $"{category} / {meaning} / {dutch} / {english} / {string.Join(", ", synonyms)}";

    private static IReadOnlyList<string> TableRows() =>
        ValueWords.All.SelectMany(t => t.Rows.Select(r => Row(t.Category, r.Meaning, r.Dutch, r.English, r.Synonyms))).ToList();

    [Fact]
    public void EveryWordOfTheVocabularyIsDocumented()
    {
        var documented = DocumentedRows().ToHashSet();
        var undocumented = TableRows().Where(r => !documented.Contains(r)).ToList();
        Assert.Empty(undocumented);
    }

    [Fact]
    public void EveryDocumentedValueWordIsInTheVocabulary()
    {
        var table = TableRows().ToHashSet();
        var unknown = DocumentedRows().Where(r => !table.Contains(r)).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void TheDocumentationListsEveryWordOnce() =>
        Assert.Equal(DocumentedRows().Count, DocumentedRows().Distinct().Count());
}
