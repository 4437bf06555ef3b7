namespace PolicyLang.Binding.Vocabulary;

/// <summary>The multiplier a scale word gives an amount ("€ 3,2 mln").</summary>
public enum Scale { Million, Billion }

public static class ScaleFactors
{
    public static decimal Factor(this Scale scale) => scale == Scale.Million ? 1_000_000m : 1_000_000_000m;
}

public static partial class ValueWords
{
    /// <summary>The word after a money amount that scales it exactly. Case-sensitive, as it always was.</summary>
    public static readonly WordTable<Scale> Scales = new("scale", "schaalwoord", caseSensitive: true,
        new(Scale.Million, "mln", "million") { Synonyms = ["miljoen"] },
        new(Scale.Billion, "mld", "billion") { Synonyms = ["miljard"] });
}
