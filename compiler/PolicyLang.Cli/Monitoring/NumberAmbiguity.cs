using System.Globalization;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Notices values that the Dutch rule reads one way while an English writer meant another:
/// "1.500" and "12.500%" (one '.' followed by exactly three digits, no ',') are read as 1500 and
/// 12500 % ('.' groups thousands), but in English they are 1,5 and 12,5 %. Such a value is not an
/// error, so it is said once per file, with the first line and how many there are (issue 20).
/// </summary>
public sealed class NumberAmbiguity(string display)
{
    private int _count;
    private int _firstLine;
    private string _firstText = "";
    private decimal _firstValue;

    public void Observe(int line, string text, decimal value)
    {
        if (!IsAmbiguous(text)) return;
        if (_count++ == 0) (_firstLine, _firstText, _firstValue) = (line, text, value);
    }

    /// <summary>One '.' with exactly three digits after it and no decimal comma, not an amount: thousands in Dutch, a decimal point in English.</summary>
    public static bool IsAmbiguous(string text)
    {
        // An amount ("€ 1.500") is not ambiguous: nobody writes one and a half euro that way.
        // Spans: this runs for every value of a measurement file.
        var t = text.AsSpan().Trim();
        if (t.StartsWith('€')) return false;
        t = t.TrimEnd('%').TrimEnd().TrimStart("-+");
        var dot = t.IndexOf('.');
        return dot is > 0 and <= 3 && dot == t.LastIndexOf('.') && t.Length - dot - 1 == 3
            && !t.ContainsAnyExcept("0123456789.");
    }

    public DataError? Warning()
    {
        if (_count == 0) return null;
        // Dutch grouping by hand: the CLI runs with invariant globalization (no nl-NL culture).
        var read = _firstValue.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');
        var english = _firstText.Replace('.', ',');
        var others = _count - 1;
        return new DataError(display, _firstLine,
            $"waarde '{_firstText}' is gelezen als {read} ('.' scheidt duizendtallen); als {english} bedoeld is, schrijf dan '{english}'"
                + (others > 0 ? $" (nog {others} zulke waarde(n) in dit bestand)" : ""),
            $"value '{_firstText}' was read as {read} ('.' groups thousands); if {english.Replace(',', '.')} in English notation was meant, write '{english}'"
                + (others > 0 ? $" ({others} more such value(s) in this file)" : ""))
        { IsWarning = true };
    }
}
