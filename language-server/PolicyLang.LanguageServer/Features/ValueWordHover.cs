using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Features;

/// <summary>
/// The hover of a value word (a unit, comparator, scale word, ja/nee, choice, body): its category
/// and, for English readers, its English form, from the vocabulary table of the field's type.
/// </summary>
public static class ValueWordHover
{
    public static string? For(SyntaxToken word, FieldSpec spec, Taal taal) => For(word, TablesOf(spec.Type, spec.Choices as IWordTable), taal);

    /// <summary>The hover of a word among an element's header values (a rij's cells: a missing-value code such as nb or n.v.t.).</summary>
    public static string? ForHeader(SyntaxToken word, FieldType headerValues, Taal taal) => For(word, TablesOf(headerValues, null), taal);

    private static string? For(SyntaxToken word, IEnumerable<IWordTable> tables, Taal taal)
    {
        if (word.Parent is not ValueSyntax value) return null;
        // A multi-word choice ("hoger is beter") is one entry: try the whole value, then the word.
        var whole = string.Join(' ', value.Atoms.Select(a => a.Text));
        foreach (var table in tables)
            foreach (var written in new[] { whole, word.Text })
                if (table.Canonical(written) is { } dutch && table.Rows.First(r => r.Dutch == dutch) is var row)
                    return Describe(row, table, taal);
        return null;
    }

    /// <summary>The tables whose words a value of this field may contain.</summary>
    private static IEnumerable<IWordTable> TablesOf(FieldType type, IWordTable? choices) => type switch
    {
        FieldType.Unit => [ValueWords.Units],
        FieldType.Target => [ValueWords.Comparators, ValueWords.Scales],
        FieldType.Cell => [ValueWords.MissingValues, ValueWords.Scales],
        FieldType.Measurement => [ValueWords.MissingValues, ValueWords.Scales],
        FieldType.Money or FieldType.Quantity => [ValueWords.Scales],
        FieldType.YesNo => [ValueWords.YesNo],
        FieldType.Choice when choices is { } table => [table],
        FieldType.DateBy or FieldType.TextOrWord => [ValueWords.Bodies],
        _ => [],
    };

    private static string Describe(WordRow row, IWordTable table, Taal taal)
    {
        var also = row.Synonyms.Count == 0 ? "" : string.Join(", ", row.Synonyms.Select(s => $"`{s}`"));
        return taal == Taal.En
            ? $"**{row.Dutch}** ({table.Category}): {row.English}" + (also.Length > 0 ? $"; also written {also}" : "")
            : $"**{row.Dutch}** ({table.CategoryNl})" + (also.Length > 0 ? $", ook geschreven als {also}" : "");
    }
}
