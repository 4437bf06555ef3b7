namespace PolicyLang.Binding.Vocabulary;

/// <summary>The meaning of a yes/no field (meetbaar, gekozen).</summary>
public enum Answer { Yes, No }

public static partial class ValueWords
{
    /// <summary>Case-insensitive like the choices: "Ja" and "NEE" read as ja and nee.</summary>
    public static readonly WordTable<Answer> YesNo = new("yes/no", "ja/nee", caseSensitive: false,
        new(Answer.Yes, "ja", "yes"),
        new(Answer.No, "nee", "no"));
}
