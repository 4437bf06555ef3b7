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
    /// <summary>
    /// A doel's pressure: a category and a direction (+1 up, -1 down, 0 hold), and whether any of the
    /// two was read from the title's wording (decision 0014), which the message then says.
    /// </summary>
    public readonly record struct Pressure(string Category, int Direction, bool FromWording = false)
    {
        public string Nl => $"{Category} {(Direction > 0 ? "omhoog" : Direction < 0 ? "omlaag" : "gelijk")}{(FromWording ? ", afgeleid uit de titel" : "")}";
        public string En => $"{Category} {(Direction > 0 ? "up" : Direction < 0 ? "down" : "level")}{(FromWording ? ", inferred from the title" : "")}";
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

    /// <summary>
    /// The category is the doel's own <c>categorie</c>, else its indicator's, else the one its title
    /// names unambiguously; the direction is the doel's (<see cref="GoalFacts.Pressure"/>), else the
    /// one its title names unambiguously (<see cref="GoalWording"/>, decision 0014).
    /// </summary>
    public static Pressure? Of(GoalFacts goal)
    {
        var fromWording = false;
        var category = goal.Doel.Value<WordValue>(FieldNames.Categorie)?.Word ?? goal.Indicator?.Value<WordValue>(FieldNames.Categorie)?.Word;
        if (category is null && GoalWording.Category(goal.Doel.Title) is { } worded) (category, fromWording) = (worded, true);
        if (category is null) return null;
        var direction = goal.Pressure;
        if (direction is null && GoalWording.Direction(goal.Doel.Title) is { } wordedDirection) (direction, fromWording) = (wordedDirection, true);
        return direction is { } d ? new Pressure(category, d, fromWording) : null;
    }

    /// <summary>
    /// Whether a doel of a category opposed to a doel pushing down (<see cref="OpposedTo"/>) is in
    /// tension with it: it pushes up, or holds its level where holding counts.
    /// </summary>
    public static bool Strains(Pressure kept, bool mayHold) => kept.Direction > 0 || (kept.Direction == 0 && mayHold);
}
