using PolicyLang.Runtime;

namespace PolicyLang.Binding.Vocabulary;

public static partial class ValueWords
{
    /// <summary>A doel's richting (a choice, so case-insensitive). The meaning is the runtime's.</summary>
    public static readonly WordTable<Direction> Directions = new("direction", "richting", caseSensitive: false,
        new(Direction.Increase, "toename", "increase"),
        new(Direction.Decrease, "afname", "decrease"),
        new(Direction.Keep, "behoud", "keep"));
}
