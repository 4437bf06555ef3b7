using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Analysis.Goals;

/// <summary>
/// What a doel's title says about its pressure, read from the documented word lists of the
/// vocabulary (<see cref="ValueWords.GoalCategoryWords"/>, <see cref="ValueWords.GoalDirectionWords"/>,
/// <see cref="ValueWords.GoalCaveatWords"/>): a category or direction only where the title is
/// unambiguous, that is, its words name exactly one, and no caveat word occurs. Decision 0014.
/// </summary>
public static class GoalWording
{
    /// <summary>The one category the title names; null when it names none, several, or has a caveat.</summary>
    public static string? Category(string? title) =>
        title is null ? null : Only(Words(title), ValueWords.GoalCategoryWords) is { } category ? ValueWords.IndicatorCategories.EntryOf(category)!.Dutch : null;

    /// <summary>The one direction the title names (+1, -1, 0); null when it names none, several, or has a caveat.</summary>
    public static int? Direction(string? title) =>
        title is null ? null : Only(Words(title), ValueWords.GoalDirectionWords) switch
        {
            Runtime.Direction.Increase => 1,
            Runtime.Direction.Decrease => -1,
            Runtime.Direction.Keep => 0,
            _ => null,
        };

    /// <summary>The title lower-cased as words separated by single spaces, with a space at both ends ("␣de␣kosten␣nemen␣af␣").</summary>
    internal static string Words(string title)
    {
        var builder = new System.Text.StringBuilder(title.Length + 2).Append(' ');
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder[^1] != ' ') builder.Append(' ');
        }
        if (builder[^1] != ' ') builder.Append(' ');
        return builder.ToString();
    }

    /// <summary>The single meaning of <paramref name="table"/> the words contain; null for none, two, or a caveat.</summary>
    private static TMeaning? Only<TMeaning>(string words, WordTable<TMeaning> table) where TMeaning : struct, Enum
    {
        if (Contains(words, ValueWords.GoalCaveatWords)) return null;
        TMeaning? found = null;
        foreach (var entry in table.Entries)
            foreach (var form in entry.Forms)
            {
                if (!ContainsWord(words, form)) continue;
                if (found is { } other && !EqualityComparer<TMeaning>.Default.Equals(other, entry.Meaning)) return null;
                found = entry.Meaning;
            }
        return found;
    }

    private static bool Contains<TMeaning>(string words, WordTable<TMeaning> table) where TMeaning : struct, Enum
    {
        foreach (var form in table.Forms)
            if (ContainsWord(words, form)) return true;
        return false;
    }

    // The forms are lower case; "words" is padded with spaces, so " form " matches whole words only.
    private static bool ContainsWord(string words, string form)
    {
        var at = 0;
        while ((at = words.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
        {
            if (words[at - 1] == ' ' && at + form.Length < words.Length && words[at + form.Length] == ' ') return true;
            at++;
        }
        return false;
    }
}
