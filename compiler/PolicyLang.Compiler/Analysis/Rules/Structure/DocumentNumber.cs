using System.Globalization;

namespace PolicyLang.Analysis.Rules.Structure;

/// <summary>How a document numbers a list: 1, 2, 3; 4.1, 4.2; a, b, c; or anything else (IV, "2a").</summary>
internal enum NumberStyle { Integer, Dotted, Letter, Other }

/// <summary>
/// One <c>nummer</c> as the document writes it, read once: its style, and for integers and dotted
/// integers the last part as a number and the parts before it (4.2: prefix "4", last 2). Only
/// integers and dotted integers have gaps; every style has duplicates.
/// </summary>
internal readonly record struct DocumentNumber(string Text, NumberStyle Style, string Prefix, int Last)
{
    /// <summary>Integers beyond this are not a document's own numbering (a year, an amount); they are compared but never counted through.</summary>
    private const int MaxCounted = 10_000;

    public static DocumentNumber? Parse(string written)
    {
        var text = written.Trim().TrimEnd('.');
        if (text.Length == 0) return null;
        if (text.Length == 1 && char.IsAsciiLetter(text[0]))
            return new DocumentNumber(text.ToLowerInvariant(), NumberStyle.Letter, "", char.ToLowerInvariant(text[0]) - 'a' + 1);
        var parts = text.Split('.');
        if (parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            var last = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            var prefix = string.Join('.', parts[..^1].Select(p => int.Parse(p, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
            var canonical = prefix.Length == 0 ? last.ToString(CultureInfo.InvariantCulture) : $"{prefix}.{last}";
            return new DocumentNumber(canonical, parts.Length == 1 ? NumberStyle.Integer : NumberStyle.Dotted, prefix, last);
        }
        return new DocumentNumber(text, NumberStyle.Other, "", 0);
    }

    /// <summary>Whether a gap between numbers of this style means something is missing.</summary>
    public bool Counts => Style is NumberStyle.Integer or NumberStyle.Dotted && Last <= MaxCounted;

    /// <summary>The first number of a list of this style (1, x.1, a).</summary>
    public bool IsFirst => Style is NumberStyle.Integer or NumberStyle.Dotted or NumberStyle.Letter && Last == 1;

    public string WithLast(int last) => Prefix.Length == 0 ? last.ToString(CultureInfo.InvariantCulture) : $"{Prefix}.{last}";
}
