namespace PolicyLang.Binding.Vocabulary;

/// <summary>
/// What a word of a target relative to the nulmeting means (issue 13 item 6): "minimaal gelijk
/// aan de nulmeting", "gelijk of hoger dan de nulmeting", "15% minder dan de nulmeting",
/// "afname van 200". <see cref="Baseline"/> is the word for the nulmeting itself.
/// </summary>
public enum RelativeWord
{
    /// <summary>"gelijk aan": the nulmeting's value, with the written comparator (none: equal).</summary>
    SameAs,
    /// <summary>"gelijk of hoger dan": at least the nulmeting.</summary>
    AtLeastSame,
    /// <summary>"gelijk of lager dan": at most the nulmeting.</summary>
    AtMostSame,
    /// <summary>"minder dan": the nulmeting minus an amount.</summary>
    Less,
    /// <summary>"meer dan": the nulmeting plus an amount.</summary>
    More,
    /// <summary>"afname van": a decrease by an amount, from the nulmeting.</summary>
    Decrease,
    /// <summary>"toename van": an increase by an amount, from the nulmeting.</summary>
    Increase,
    Baseline,
}

public static partial class ValueWords
{
    /// <summary>The words of relative targets, read in any case; phrases of several words (RelativeTargets reads the longest).</summary>
    public static readonly WordTable<RelativeWord> RelativeTargetWords = new("relative target", "relatieve doelwaarde", caseSensitive: false,
        new(RelativeWord.SameAs, "gelijk aan", "equal to"),
        new(RelativeWord.AtLeastSame, "gelijk of hoger dan", "equal to or higher than") { Synonyms = ["gelijk aan of hoger dan", "gelijk of meer dan"] },
        new(RelativeWord.AtMostSame, "gelijk of lager dan", "equal to or lower than") { Synonyms = ["gelijk aan of lager dan", "gelijk of minder dan"] },
        new(RelativeWord.Less, "minder dan", "less than") { Synonyms = ["lager dan"] },
        new(RelativeWord.More, "meer dan", "more than") { Synonyms = ["hoger dan"] },
        new(RelativeWord.Decrease, "afname van", "a decrease of") { Synonyms = ["daling van", "vermindering van"] },
        new(RelativeWord.Increase, "toename van", "an increase of") { Synonyms = ["stijging van"] },
        new(RelativeWord.Baseline, "de nulmeting", "the baseline") { Synonyms = ["nulmeting"] });
}
