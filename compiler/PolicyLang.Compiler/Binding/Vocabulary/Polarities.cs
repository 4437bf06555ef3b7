using PolicyLang.Runtime;

namespace PolicyLang.Binding.Vocabulary;

public static partial class ValueWords
{
    /// <summary>An indicator's polariteit (a choice, so case-insensitive). The meaning is the runtime's.</summary>
    public static readonly WordTable<Polarity> Polarities = new("polarity", "polariteit", caseSensitive: false,
        new(Polarity.HigherIsBetter, "hoger is beter", "higher is better"),
        new(Polarity.LowerIsBetter, "lager is beter", "lower is better"),
        new(Polarity.Neutral, "neutraal", "neutral"));
}
