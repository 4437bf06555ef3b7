using PolicyLang.Binding;
using PolicyLang.Binding.Schema;
using PolicyLang.Diagnostics;

namespace PolicyLang.LanguageServer.Features;

/// <summary>How a value of each field type is written: the "signature" shown while typing a value.</summary>
public static class FieldForms
{
    public static readonly IReadOnlyList<string> Units =
        ["aantal", "euro", "percentage van", "percentage", "per", "rapportcijfer", "index", "jaren", "dagen", "uren", "weken"];

    public static readonly IReadOnlyList<string> Comparators = ["maximaal", "minimaal", "<=", ">=", "<", ">", "="];

    public static string Form(FieldSpec spec, Taal taal) => spec.Type switch
    {
        FieldType.Text => Messages.Get(taal, "\"tekst\"", "\"text\""),
        FieldType.TextOrWord => Messages.Get(taal, "\"tekst\" | woord", "\"text\" | word"),
        FieldType.Label => Messages.Get(taal, "nummer | woord | \"tekst\"", "number | word | \"text\""),
        FieldType.Choice => string.Join(" | ", spec.Choices),
        FieldType.YesNo => "ja | nee",
        FieldType.Reference or FieldType.ReferenceOrText => string.Join(" | ", spec.ReferenceKinds.Select(k => k.Word())) + (spec.Many ? ", …" : ""),
        FieldType.Year => Messages.Get(taal, "jaar", "year"),
        FieldType.YearRange => Messages.Get(taal, "jaar t/m jaar", "year t/m year"),
        FieldType.Date => "dd-mm-jjjj",
        FieldType.DateBy => "dd-mm-jjjj [door raad | college]",
        FieldType.When => Messages.Get(taal, "jaar | jaar t/m jaar | dd-mm-jjjj", "year | year t/m year | dd-mm-jjjj"),
        FieldType.Number => Messages.Get(taal, "getal", "number"),
        FieldType.Money => Messages.Get(taal, "€ bedrag", "€ amount") + (spec.Many ? ", …" : ""),
        FieldType.Percentage => Messages.Get(taal, "getal%", "number%"),
        FieldType.Quantity => Messages.Get(taal, "getal | € bedrag | getal%", "number | € amount | number%"),
        FieldType.Measurement => Messages.Get(taal, "waarde in jaar", "value in year"),
        FieldType.Target => Messages.Get(taal, "[maximaal | minimaal | <= | >=] waarde in jaar", "[maximaal | minimaal | <= | >=] value in year"),
        FieldType.Unit => "aantal [\"wat\"] | euro [per \"…\"] | percentage van \"noemer\" | per N \"populatie\" | rapportcijfer | index | jaren | dagen | uren | weken",
        FieldType.Section => "§4.1, …",
        FieldType.Column => Messages.Get(taal, "jaar | woord | \"tekst\", …", "year | word | \"text\", …"),
        FieldType.Cell => Messages.Get(taal, "waarde | -, …", "value | -, …"),
        _ => "…",
    };

    public static string Description(FieldSpec spec, Taal taal) => taal == Taal.En ? spec.DescriptionEn : spec.DescriptionNl;

    public static string Description(ElementSchema schema, Taal taal) => taal == Taal.En ? schema.DescriptionEn : schema.DescriptionNl;

    public static FieldSpec? Spec(ElementKind kind, string field) =>
        ElementSchemas.For(kind) is { } schema && schema.Fields.TryGetValue(field, out var spec) ? spec : null;
}
