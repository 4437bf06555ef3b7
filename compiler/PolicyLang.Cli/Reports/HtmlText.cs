namespace PolicyLang.Cli.Reports;

/// <summary>Escaping for everything from policy text or data that enters the HTML report.</summary>
public static class HtmlText
{
    public static string Esc(string text) => System.Net.WebUtility.HtmlEncode(text);
    public static string EscAttr(string text) => System.Net.WebUtility.HtmlEncode(text);
}

/// <summary>The stoplicht signal as icon and word together, so colour is never the only signal (WCAG 1.4.1).</summary>
public static class Signal
{
    public static string Icon(Runtime.Colour colour) => colour switch
    {
        Runtime.Colour.Green => "✓",
        Runtime.Colour.Orange => "!",
        Runtime.Colour.Red => "✕",
        _ => "–",
    };

    public static string Css(Runtime.Colour? colour) => colour?.ToString().ToLowerInvariant() ?? "none";
}
