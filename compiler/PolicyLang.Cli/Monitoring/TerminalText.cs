using System.Globalization;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// Policy text as the terminal report may show it. Spectre.Console measures every character in
/// its width table and failed with IndexOutOfRange on U+FFFF in a title (issue 20); control
/// characters would reach the terminal as escape sequences, and bidi overrides would reorder the
/// rest of the line. Each such character becomes U+FFFD, the visible replacement character.
/// </summary>
public static class TerminalText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        if (!text.Any(IsUnsafe) && !HasLoneSurrogate(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (IsUnsafe(chars[i]) || char.IsSurrogate(chars[i])) chars[i] = Replacement;
        }
        return new string(chars);
    }

    private static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse;

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
