using System.Collections.Frozen;

namespace PolicyLang.Syntax;

/// <summary>
/// The vocabulary of field names. The parser uses it only to recover well from a missing ':';
/// the binder's schema decides which field belongs to which element (a test keeps both in step).
/// </summary>
public static class FieldNames
{
    public static readonly FrozenSet<string> All = new[]
    {
        "sectie", "nummer", "toelichting", "bron",
        "gemeente", "gemeenten", "periode", "vastgesteld", "wetten", "vervangt", "document", "status", "tolerantie",
        "meetbaar", "reden", "thema", "draagt bij aan", "wet", "indicator", "nulmeting", "tussendoel", "streefwaarde",
        "richting", "vergelijk met", "eenheid", "frequentie", "polariteit", "categorie", "definitie",
        "jaren", "totaal", "schaal", "soort", "kolommen", "peildatum", "som van", "verschil van", "cumulatief van",
        "aandeel van", "scenario", "aanname", "gekozen", "tussen", "eigenaar", "termijn", "budget", "gevolg", "gebied",
        "kans", "impact", "bedrag", "beheersmaatregel", "datum", "door", "onderwerp", "versie", "waarde",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsKnown(ReadOnlySpan<char> name) => Lookup.Contains(name);
}
