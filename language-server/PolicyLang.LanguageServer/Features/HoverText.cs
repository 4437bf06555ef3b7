using System.Text;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;

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
                if (model.Targets(symbol, "indicator").FirstOrDefault() is { } indicator)
                {
                    Line(text, "indicator", $"`{indicator.Id}` {indicator.Title}");
                    Fields(text, indicator, "eenheid", "bron");
                }
                Fields(text, symbol, "nulmeting", "tussendoel", "streefwaarde", "richting", "meetbaar", "reden", "draagt bij aan");
                break;
            case ElementKind.Indicator:
                Fields(text, symbol, "eenheid", "bron", "frequentie", "polariteit", "definitie");
                break;
            case ElementKind.Begroting:
                Field(text, symbol, "jaren");
                Field(text, symbol, "schaal");
                if (BudgetMath.ChildSums(symbol) is { } sums)
                    Line(text, Messages.Get(taal, "som van de posten", "sum of the posts"), BudgetMath.Describe(sums, BudgetMath.YearsOf(symbol)));
                Field(text, symbol, "totaal");
                break;
            case ElementKind.Post:
                var years = BudgetMath.YearsOf(symbol);
                if (BudgetMath.Amounts(symbol) is { Count: > 0 } amounts)
                    Line(text, Messages.Get(taal, "bedragen", "amounts"), BudgetMath.Describe(amounts, years));
                if (BudgetMath.ChildSums(symbol) is { } childSums)
                    Line(text, Messages.Get(taal, "som van de onderliggende posten", "sum of the posts below"), BudgetMath.Describe(childSums, years));
                break;
            default:
                foreach (var name in new[] { "eenheid", "waarde", "peildatum", "periode", "gemeente", "gemeenten", "eigenaar", "termijn", "budget", "tussen", "datum", "bron" })
                    Field(text, symbol, name);
                break;
        }
        Field(text, symbol, "sectie");
        if (symbol.Kind != ElementKind.Doel && symbol.Field("toelichting") is { } toelichting)
            Line(text, "toelichting", Shorten(string.Join(" ", toelichting.Values.OfType<TextValue>().Select(t => t.Text)), 300));
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
