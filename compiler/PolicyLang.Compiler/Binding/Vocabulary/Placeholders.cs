using PolicyLang.Runtime;

namespace PolicyLang.Binding.Vocabulary;

/// <summary>What a placeholder in a document stands for (see <see cref="ValueWords.Placeholders"/>).</summary>
public enum Placeholder { Unfilled, Omitted, ProMemorie, Dummy, ToBeDetermined }

public static partial class ValueWords
{
    /// <summary>
    /// The marks a document leaves where a title, cell or value was still to be written (issue 15
    /// item 4, PL3026). Not value words a field accepts: a writer copies them from the document as
    /// text, and the analysis reports them. Read in any case; a run of question marks (two or more)
    /// reads as <c>????</c>, a run of three or more dots or of '…' as <c>…</c>. The missing-value
    /// codes for "to be determined" (<c>ntb</c>, <c>nader te bepalen</c>: <see cref="MissingValues"/>)
    /// are placeholders too; they are listed there once and read through <see cref="ReadPlaceholder"/>.
    /// </summary>
    public static readonly WordTable<Placeholder> Placeholders = new("placeholder", "plaatshouder", caseSensitive: false,
        new(Placeholder.Unfilled, "????", "not filled in") { Synonyms = ["??", "???"] },
        new(Placeholder.Omitted, "…", "left out") { Synonyms = ["..."] },
        new(Placeholder.ProMemorie, "PM", "pro memorie: amount still to come") { Synonyms = ["p.m."] },
        new(Placeholder.Dummy, "XX", "dummy text") { Synonyms = ["xxx"] });

    /// <summary>
    /// The placeholder that <paramref name="written"/> (one whole value or segment, trimmed) reads as,
    /// with its canonical form; null for anything else. One definition for the checker and the editor.
    /// </summary>
    public static (Placeholder Meaning, string Form)? ReadPlaceholder(string written)
    {
        if (!CouldBePlaceholder(written)) return null;
        if (written.Length >= 2 && written.All(c => c == '?')) return (Placeholder.Unfilled, "????");
        if ((written.Length >= 3 && written.All(c => c == '.')) || (written.Length >= 1 && written.All(c => c == '…')))
            return (Placeholder.Omitted, "…");
        if (Placeholders.Find(written) is { } entry) return (entry.Meaning, entry.Dutch);
        if (MissingValues.Find(written) is { Meaning: MissingReason.ToBeDetermined } tbd) return (Placeholder.ToBeDetermined, tbd.Dutch);
        return null;
    }

    /// <summary>
    /// False for text that <see cref="ReadPlaceholder"/> certainly does not read as a placeholder:
    /// longer than every form of the tables and not a run of '?', '.' or '…'. Lets the analysis
    /// skip the long sentences of a kader without making a string of each.
    /// </summary>
    public static bool CouldBePlaceholder(ReadOnlySpan<char> written) =>
        written.Length <= PlaceholderForms.Longest || (written.Length > 0 && written[0] is '?' or '.' or '…');

    /// <summary>Apart from <see cref="ValueWords"/>' fields, so it is computed after the tables exist.</summary>
    private static class PlaceholderForms
    {
        public static readonly int Longest = Placeholders.Forms
            .Concat(MissingValues.Entries.Where(e => e.Meaning == MissingReason.ToBeDetermined).SelectMany(e => e.Forms))
            .Max(f => f.Length);
    }
}
