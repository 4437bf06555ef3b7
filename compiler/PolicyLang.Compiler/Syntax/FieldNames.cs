using System.Collections.Frozen;
using PolicyLang.Binding;

namespace PolicyLang.Syntax;

/// <summary>
/// Field names. <see cref="All"/> is every field of <see cref="ElementSchemas"/>: the parser uses it
/// only to recover well from a missing ':'. The constants name the fields that code reads, so such
/// a name is written once: here, and the table and every reader use the constant. A field no code
/// reads is written only in the table.
/// </summary>
public static class FieldNames
{
    public const string Sectie = "sectie", Toelichting = "toelichting", Bron = "bron";
    public const string Gemeente = "gemeente", Gemeenten = "gemeenten", Periode = "periode", Wetten = "wetten", Tolerantie = "tolerantie";
    public const string Meetbaar = "meetbaar", Reden = "reden", Thema = "thema", DraagtBijAan = "draagt bij aan", Wet = "wet";
    public const string Indicator = "indicator", Nulmeting = "nulmeting", Tussendoel = "tussendoel", Streefwaarde = "streefwaarde", Richting = "richting";
    public const string Eenheid = "eenheid", Frequentie = "frequentie", Polariteit = "polariteit", Categorie = "categorie", Definitie = "definitie";
    /// <summary>Issue 15 item 6: what an uitgangspunt puts first (budget or ondersteuning).</summary>
    public const string Voorrang = "voorrang";
    public const string Jaren = "jaren", Totaal = "totaal", Schaal = "schaal", Soort = "soort", Kolommen = "kolommen", Peildatum = "peildatum";
    public const string SomVan = "som van", VerschilVan = "verschil van", CumulatiefVan = "cumulatief van", AandeelVan = "aandeel van";
    /// <summary>Issue 16 item 2: the raad's explanation of a rood or oranje doel for one year.</summary>
    public const string Oorzaak = "oorzaak", Gevolg = "gevolg", Bijsturing = "bijsturing";
    /// <summary>Issue 15: cross-references (zie ook), the document's outline (sectiekop), a covered range (betreft), an announced count (aantal).</summary>
    public const string ZieOok = "zie ook", Nummer = "nummer", Sectiekop = "sectiekop", Betreft = "betreft";

    /// <summary>Issue 14: formulas (docs/language.md §6a).</summary>
    public const string Formule = "formule", GelijkAan = "gelijk aan", Aantal = "aantal",
        VerschuivingVan = "verschuiving van", VerschuivingNaar = "verschuiving naar";
    public const string Tussen = "tussen", Eigenaar = "eigenaar", Termijn = "termijn", Budget = "budget", Datum = "datum", Door = "door", Waarde = "waarde";

    /// <summary>Every field name of every element kind.</summary>
    public static readonly FrozenSet<string> All =
        ElementSchemas.All.Values.SelectMany(s => s.Fields.Keys).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsKnown(ReadOnlySpan<char> name) => Lookup.Contains(name);

    /// <summary>The known field name spelled <paramref name="name"/> (the table's own string), or null: names without a new string per read.</summary>
    public static string? Known(ReadOnlySpan<char> name) => Lookup.TryGetValue(name, out var known) ? known : null;
}
