using System.Text;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Features;

/// <summary>The markdown shown when hovering an element's id or a reference to it.</summary>
public static class HoverText
{
    public static string For(SemanticModel model, ElementSymbol symbol, Taal taal)
    {
        var text = new StringBuilder();
        text.Append($"**{symbol.Kind.Word()}** `{symbol.Id ?? symbol.DisplayName}`");
        if (symbol.IsBuiltin) text.Append(Messages.Get(taal, " (ingebouwde wet)", " (built-in wet)"));
        text.Append("\n\n");
        if (symbol.Title.Length > 0) text.Append(symbol.Title).Append("\n\n");

        switch (symbol.Kind)
        {
            case ElementKind.Doel:
                if (model.Targets(symbol, FieldNames.Indicator).FirstOrDefault() is { } indicator)
                {
                    Line(text, FieldNames.Indicator, $"`{indicator.Id}` {indicator.Title}");
                    Fields(text, indicator, FieldNames.Eenheid, FieldNames.Bron);
                }
                Fields(text, symbol, FieldNames.Nulmeting, FieldNames.Tussendoel, FieldNames.Streefwaarde, FieldNames.Richting, FieldNames.Meetbaar, FieldNames.Reden, FieldNames.DraagtBijAan);
                break;
            case ElementKind.Indicator:
                Fields(text, symbol, FieldNames.Eenheid, FieldNames.Bron, FieldNames.Frequentie, FieldNames.Polariteit, FieldNames.Definitie);
                break;
            case ElementKind.Begroting:
                Field(text, symbol, FieldNames.Jaren);
                Field(text, symbol, FieldNames.Schaal);
                if (BudgetMath.ChildSums(symbol) is { } sums)
                    Line(text, Messages.Get(taal, "som van de posten", "sum of the posts"), BudgetMath.Describe(sums, BudgetMath.YearsOf(symbol)));
                Field(text, symbol, FieldNames.Totaal);
                break;
            case ElementKind.Post:
                var years = BudgetMath.YearsOf(symbol);
                if (BudgetMath.Amounts(symbol) is { Count: > 0 } amounts)
                    Line(text, Messages.Get(taal, "bedragen", "amounts"), BudgetMath.Describe(amounts, years));
                if (BudgetMath.ChildSums(symbol) is { } childSums)
                    Line(text, Messages.Get(taal, "som van de onderliggende posten", "sum of the posts below"), BudgetMath.Describe(childSums, years));
                break;
            default:
                foreach (var name in new[] { FieldNames.Eenheid, FieldNames.Waarde, FieldNames.Peildatum, FieldNames.Periode, FieldNames.Gemeente, FieldNames.Gemeenten, FieldNames.Eigenaar, FieldNames.Termijn, FieldNames.Budget, FieldNames.Tussen, FieldNames.Datum, FieldNames.Bron })
                    Field(text, symbol, name);
                break;
        }
        Field(text, symbol, FieldNames.Sectie);
        if (symbol.Kind != ElementKind.Doel && symbol.Field(FieldNames.Toelichting) is { } toelichting)
            Line(text, FieldNames.Toelichting, Shorten(string.Join(" ", toelichting.Values.OfType<TextValue>().Select(t => t.Text)), 300));
        return text.ToString().TrimEnd();
    }

    private static void Fields(StringBuilder text, ElementSymbol symbol, params string[] names)
    {
        foreach (var name in names) Field(text, symbol, name);
    }

    private static void Field(StringBuilder text, ElementSymbol symbol, string name)
    {
        foreach (var field in symbol.AllFields(name))
            Line(text, name, string.Join(", ", field.Syntax.Values.Items.Select(v => v.DisplayText)));
    }

    private static void Line(StringBuilder text, string label, string value)
    {
        if (value.Length > 0) text.Append($"- {label}: {value}\n");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
