using System.Collections;
using System.Collections.Immutable;

namespace PolicyLang.Binding.Vocabulary;

/// <summary>One row of a word table without its meaning's type: what docs and tests compare.</summary>
public sealed record WordRow(string Meaning, string Dutch, string English, IReadOnlyList<string> Synonyms);

/// <summary>A word table seen without its meaning's type (docs, the grammar test, the language server).</summary>
public interface IWordTable
{
    /// <summary>The category, as docs/language.md names it ("unit", "comparator", …).</summary>
    string Category { get; }
    /// <summary>The category in Dutch ("eenheid", "vergelijking", …), for the editor.</summary>
    string CategoryNl { get; }
    bool CaseSensitive { get; }
    IReadOnlyList<WordRow> Rows { get; }

    /// <summary>Every accepted form: each entry's Dutch form and synonyms.</summary>
    IEnumerable<string> Forms { get; }

    /// <summary>The Dutch form of the entry <paramref name="written"/> reads as; null if it is no word of the table.</summary>
    string? Canonical(string written);
}

/// <summary>
/// The words of one category of values with their meanings. As a list it is the Dutch forms in
/// table order: what a choice field accepts, what completion offers and error messages list.
/// </summary>
public sealed class WordTable<TMeaning> : IWordTable, IReadOnlyList<string> where TMeaning : struct, Enum
{
    private readonly Dictionary<string, VocabularyEntry<TMeaning>> _byForm;
    /// <summary>The same dictionary read with a token's characters, so a look-up makes no string.</summary>
    private readonly Dictionary<string, VocabularyEntry<TMeaning>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordTable(string category, string categoryNl, bool caseSensitive, params VocabularyEntry<TMeaning>[] entries)
    {
        Category = category;
        CategoryNl = categoryNl;
        CaseSensitive = caseSensitive;
        Entries = [.. entries];
        _byForm = new(caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        // A form listed twice would be a table bug; Add fails on first use, and every table is tested.
        foreach (var entry in entries)
            foreach (var form in entry.Forms) _byForm.Add(form, entry);
        _bySpan = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        Rows = [.. entries.Select(e => new WordRow(e.Meaning.ToString(), e.Dutch, e.English, e.Synonyms))];
        Words = [.. entries.Select(e => e.Dutch)];
    }

    public string Category { get; }
    public string CategoryNl { get; }
    public bool CaseSensitive { get; }
    public ImmutableArray<VocabularyEntry<TMeaning>> Entries { get; }
    public IReadOnlyList<WordRow> Rows { get; }

    /// <summary>The Dutch forms, in table order.</summary>
    public ImmutableArray<string> Words { get; }

    public IEnumerable<string> Forms => Entries.SelectMany(e => e.Forms);

    public VocabularyEntry<TMeaning>? Find(string written) => _byForm.GetValueOrDefault(written);

    /// <summary><see cref="Find(string)"/> for characters that are not a string yet (a token's <c>Chars</c>).</summary>
    public VocabularyEntry<TMeaning>? Find(ReadOnlySpan<char> written) => _bySpan.TryGetValue(written, out var entry) ? entry : null;

    /// <summary><see cref="TryRead(string, out TMeaning)"/> for characters that are not a string yet.</summary>
    public bool TryRead(ReadOnlySpan<char> written, out TMeaning meaning)
    {
        var entry = Find(written);
        meaning = entry?.Meaning ?? default;
        return entry is not null;
    }

    public bool TryRead(string written, out TMeaning meaning)
    {
        var entry = Find(written);
        meaning = entry?.Meaning ?? default;
        return entry is not null;
    }

    public string? Canonical(string written) => Find(written)?.Dutch;

    /// <summary>
    /// The first entry with this meaning (a meaning may have several words: the durations); null
    /// for a meaning without a word (a target without comparator is "at least as good").
    /// </summary>
    public VocabularyEntry<TMeaning>? EntryOf(TMeaning meaning) => Entries.FirstOrDefault(e => EqualityComparer<TMeaning>.Default.Equals(e.Meaning, meaning));

    public string this[int index] => Words[index];
    public int Count => Words.Length;
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Words).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
