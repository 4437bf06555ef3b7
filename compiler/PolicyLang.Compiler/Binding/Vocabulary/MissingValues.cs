namespace PolicyLang.Binding.Vocabulary;

/// <summary>Why a table cell has no figure.</summary>
public enum MissingValue { Empty }

public static partial class ValueWords
{
    /// <summary>
    /// The words a table cell may be written as instead of a figure. Today only '-' (an empty
    /// cell, read by the lexer as a minus token); more words are a language change of their own.
    /// </summary>
    public static readonly WordTable<MissingValue> MissingValues = new("missing value", "ontbrekende waarde", caseSensitive: true,
        new VocabularyEntry<MissingValue>(MissingValue.Empty, "-", "-"));
}
