namespace PolicyLang.Binding.Vocabulary;

/// <summary>
/// One value word: what it means, the Dutch form a .beleid file writes (and the binder keeps as
/// the canonical word), the English form shown to English readers (hover, docs; it is not
/// accepted in a .beleid file, whose words are Dutch), and the synonyms read as the same meaning.
/// </summary>
public sealed record VocabularyEntry<TMeaning>(TMeaning Meaning, string Dutch, string English) where TMeaning : struct, Enum
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Every form that reads as this entry: the Dutch form, then the synonyms.</summary>
    public IEnumerable<string> Forms => [Dutch, .. Synonyms];
}
