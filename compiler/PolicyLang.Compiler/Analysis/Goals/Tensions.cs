using PolicyLang.Binding.Values;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Goals;

/// <summary>
/// How the tension analysis knows the pressure of a doel: the <c>categorie</c> of its indicator
/// says what kind of thing it measures, the doel's direction (richting, or nulmeting to
/// streefwaarde, or comparator) says which way it pushes. Two pressures are opposed when pushing
/// one makes the other harder, as listed in <see cref="Opposed"/>. See docs/decisions/0012.
/// </summary>
public static class Tensions
{
    /// <summary>A doel's pressure: a category and a direction (+1 up, -1 down, 0 hold).</summary>
    public readonly record struct Pressure(string Category, int Direction)
    {
        public string Nl => $"{Category} {(Direction > 0 ? "omhoog" : Direction < 0 ? "omlaag" : "gelijk")}";
        public string En => $"{Category} {(Direction > 0 ? "up" : Direction < 0 ? "down" : "level")}";
    }

    /// <summary>
    /// (pushing this down) against (keeping that up or level): lower cost strains quality and
    /// access; lower use strains access; lower cost strains a goal that wants more use.
    /// </summary>
    private static readonly (string Down, string Kept, bool KeptMayHold)[] Opposed =
    [
        ("kosten", "kwaliteit", true),
        ("kosten", "toegang", true),
        ("kosten", "gebruik", false),
        ("financien", "kwaliteit", true),
        ("financien", "toegang", true),
        ("gebruik", "toegang", true),
        ("gebruik", "kwaliteit", false),
    ];

    /// <summary>
    /// The categories a doel pushing this category down can be in tension with, and whether a doel
    /// of that category that only holds its level counts (see <see cref="Strains"/>).
    /// </summary>
    public static IEnumerable<(string Category, bool MayHold)> OpposedTo(string downCategory)
    {
        foreach (var (down, kept, mayHold) in Opposed)
            if (down == downCategory) yield return (kept, mayHold);
    }

    public static Pressure? Of(GoalFacts goal)
    {
        if (goal.Indicator?.Value<WordValue>(FieldNames.Categorie)?.Word is not { } category) return null;
        return goal.Pressure is { } direction ? new Pressure(category, direction) : null;
    }

    /// <summary>
    /// Whether a doel of a category opposed to a doel pushing down (<see cref="OpposedTo"/>) is in
    /// tension with it: it pushes up, or holds its level where holding counts.
    /// </summary>
    public static bool Strains(Pressure kept, bool mayHold) => kept.Direction > 0 || (kept.Direction == 0 && mayHold);
}
