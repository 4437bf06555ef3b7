using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;

namespace PolicyLang.LanguageServer.Features;

/// <summary>How a value of each field type is written: the "signature" shown while typing a value.</summary>
public static class FieldForms
{
    /// <summary>
    /// The unit words completion offers: every unit of the vocabulary, a percentage first with its
    /// denominator ("percentage van"), the form the analysis asks for.
    /// </summary>
    public static readonly IReadOnlyList<string> Units =
        [.. ValueWords.Units.Entries.SelectMany(e => e.Meaning == MeasureUnit.Percentage ? [e.Dutch + " van", e.Dutch] : new[] { e.Dutch })];

    /// <summary>The comparators completion offers: every form of the vocabulary, words first.</summary>
    public static readonly IReadOnlyList<string> Comparators =
        [.. ValueWords.Comparators.Entries.Select(e => e.Dutch).Where(IsWordForm), .. ValueWords.Comparators.Forms.Where(f => !IsWordForm(f))];

    private static bool IsWordForm(string form) => form.All(char.IsLetter);

    /// <summary>How a unit's head word continues (its grammar in ValueReader.ReadUnit).</summary>
    private static string UnitForm(VocabularyEntry<MeasureUnit> unit) => unit.Meaning switch
    {
        MeasureUnit.Count => unit.Dutch + " [\"wat\"]",
        MeasureUnit.Money => unit.Dutch + " [per \"…\"]",
        MeasureUnit.Percentage => unit.Dutch + " van \"noemer\"",
        MeasureUnit.Rate => unit.Dutch + " N \"populatie\"",
        _ => unit.Dutch,
    };

    private static readonly string UnitForms = string.Join(" | ", ValueWords.Units.Entries.Select(UnitForm));
    private static readonly string YesNoForms = string.Join(" | ", ValueWords.YesNo.Words);
    /// <summary>
    /// The relative targets a value can start with, from the vocabulary: "afname van", "toename van"
    /// (an amount follows) and "gelijk aan de nulmeting", "gelijk of hoger dan de nulmeting", … (complete).
    /// "minder dan" and "meer dan" follow an amount, so they open nothing.
    /// </summary>
    public static readonly IReadOnlyList<string> RelativeTargetOpenings =
    [
        .. ValueWords.RelativeTargetWords.Entries.Where(e => e.Meaning is RelativeWord.Decrease or RelativeWord.Increase).Select(e => e.Dutch),
        .. ValueWords.RelativeTargetWords.Entries.Where(e => e.Meaning is RelativeWord.SameAs or RelativeWord.AtLeastSame or RelativeWord.AtMostSame)
            .Select(e => e.Dutch + " " + ValueWords.RelativeTargetWords.EntryOf(RelativeWord.Baseline)!.Dutch),
    ];

    private static readonly string TargetComparators = string.Join(" | ",
        [.. ValueWords.Comparators.Entries.Where(e => IsWordForm(e.Dutch)).Select(e => e.Dutch), .. ValueWords.Comparators.Entries.Where(e => IsWordForm(e.Dutch)).SelectMany(e => e.Synonyms)]);

    public static string Form(FieldSpec spec, Taal taal) => spec.Type switch
    {
        FieldType.Text => Messages.Get(taal, "\"tekst\"", "\"text\""),
        FieldType.TextOrWord => Messages.Get(taal, "\"tekst\" | woord", "\"text\" | word"),
        FieldType.Label => Messages.Get(taal, "nummer | woord | \"tekst\"", "number | word | \"text\""),
        FieldType.Choice => string.Join(" | ", spec.Choices),
        FieldType.YesNo => YesNoForms,
        FieldType.Reference or FieldType.ReferenceOrText => string.Join(" | ", spec.ReferenceKinds.Select(k => k.Word())) + (spec.Many ? ", …" : ""),
        FieldType.Year => Messages.Get(taal, "jaar", "year"),
        FieldType.YearRange => Messages.Get(taal, "jaar t/m jaar", "year t/m year"),
        FieldType.Date => "dd-mm-jjjj",
        FieldType.DateBy => $"dd-mm-jjjj [door {string.Join(" | ", ValueWords.Bodies.Words)}]",
        FieldType.When => Messages.Get(taal, "jaar | jaar t/m jaar | dd-mm-jjjj", "year | year t/m year | dd-mm-jjjj"),
        FieldType.Number => Messages.Get(taal, "getal", "number"),
        FieldType.Money => Messages.Get(taal, "€ bedrag", "€ amount") + (spec.Many ? ", …" : ""),
        FieldType.Percentage => Messages.Get(taal, "getal%", "number%"),
        FieldType.Quantity => Messages.Get(taal, "getal | € bedrag | getal%", "number | € amount | number%"),
        FieldType.Measurement => Messages.Get(taal, "waarde in jaar", "value in year"),
        FieldType.Target => Messages.Get(taal, $"[{TargetComparators}] waarde in jaar, tussen a en b in jaar, of ten opzichte van de nulmeting",
            $"[{TargetComparators}] value in year, tussen a en b in year, or relative to the nulmeting"),
        FieldType.Unit => UnitForms,
        FieldType.Section => "§4.1, …",
        FieldType.NumberRange => Messages.Get(taal, "doelen 1 t/m 18, …", "doelen 1 t/m 18, …"),
        FieldType.SectionHeading => Messages.Get(taal, "§4.1 \"kop\", …", "§4.1 \"heading\", …"),
        FieldType.AnnouncedCount => Messages.Get(taal, "10 \"risico’s\" in §B1.2, …", "10 \"risico’s\" in §B1.2, …"),
        FieldType.Column => Messages.Get(taal, "jaar | woord | \"tekst\", …", "year | word | \"text\", …"),
        FieldType.Cell => Messages.Get(taal, "waarde | -, …", "value | -, …"),
        _ => "…",
    };

    public static string Description(FieldSpec spec, Taal taal) => taal == Taal.En ? spec.DescriptionEn : spec.DescriptionNl;

    public static string Description(ElementSchema schema, Taal taal) => taal == Taal.En ? schema.DescriptionEn : schema.DescriptionNl;

    public static FieldSpec? Spec(ElementKind kind, string field) =>
        ElementSchemas.For(kind) is { } schema && schema.Fields.TryGetValue(field, out var spec) ? spec : null;
}
