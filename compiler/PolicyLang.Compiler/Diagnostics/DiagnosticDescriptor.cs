using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PolicyLang.Diagnostics;

/// <summary>
/// One kind of diagnostic, defined once: its stable code, its default severity, a short title
/// (for docs, the configuration schema and hover) and its message templates, all in Dutch and
/// English. Every <see cref="Diagnostic"/> is made by <see cref="Create"/>, so a code is written
/// in exactly one place. Templates are composite formats: <c>{0}</c>, <c>{1}</c>, … are filled
/// with <see cref="Phrase"/>s, each in the template's language; <c>{{</c> and <c>}}</c> are braces.
/// </summary>
public sealed class DiagnosticDescriptor
{
    private readonly CompositeFormat _messageNl;
    private readonly CompositeFormat _messageEn;

    public DiagnosticDescriptor(string code, DiagnosticSeverity defaultSeverity, string titleNl, string titleEn, string messageNl, string messageEn)
    {
        Code = code;
        DefaultSeverity = defaultSeverity;
        TitleNl = titleNl;
        TitleEn = titleEn;
        MessageNl = messageNl;
        MessageEn = messageEn;
        _messageNl = CompositeFormat.Parse(messageNl);
        _messageEn = CompositeFormat.Parse(messageEn);
        // A message without arguments is the same every time: formatted once, so a file with a
        // million such mistakes does not format it a million times (issue 20).
        if (ArgumentCount == 0)
            _fixedMessages = (string.Format(CultureInfo.InvariantCulture, _messageNl), string.Format(CultureInfo.InvariantCulture, _messageEn));
    }

    private readonly (string Nl, string En)? _fixedMessages;

    /// <summary>PL1xxx syntax, PL2xxx binding and values, PL3xxx consistency, PL4xxx budget and tables, PL5xxx style, PL6xxx configuration.</summary>
    public string Code { get; }

    public DiagnosticSeverity DefaultSeverity { get; }
    public string TitleNl { get; }
    public string TitleEn { get; }

    /// <summary>The Dutch message template.</summary>
    public string MessageNl { get; }

    /// <summary>The English message template.</summary>
    public string MessageEn { get; }

    /// <summary>The number of arguments the templates take (both take the same).</summary>
    public int ArgumentCount => Math.Max(_messageNl.MinimumArgumentCount, _messageEn.MinimumArgumentCount);

    public string Title(Taal taal) => taal == Taal.En ? TitleEn : TitleNl;

    /// <summary>A diagnostic of this kind at a place, with the templates filled in.</summary>
    public Diagnostic Create(Location at, params ReadOnlySpan<Phrase> arguments)
    {
        if (_fixedMessages is var (fixedNl, fixedEn) && arguments.Length == 0)
            return new Diagnostic(this, DefaultSeverity, at, fixedNl, fixedEn, ImmutableArray<RelatedLocation>.Empty);
        var nl = new object?[arguments.Length];
        var en = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++) (nl[i], en[i]) = (arguments[i].Nl, arguments[i].En);
        return new Diagnostic(this, DefaultSeverity, at,
            string.Format(CultureInfo.InvariantCulture, _messageNl, nl),
            string.Format(CultureInfo.InvariantCulture, _messageEn, en),
            ImmutableArray<RelatedLocation>.Empty);
    }

    public override string ToString() => Code;
}

/// <summary>
/// A piece of a message in both languages. Most are the same in both (a name, a number, a quoted
/// word), hence the conversions; the rest are written as a pair.
/// </summary>
public readonly record struct Phrase(string Nl, string En)
{
    public static implicit operator Phrase(string text) => new(text, text);

    public static implicit operator Phrase(int number) => number.ToString(CultureInfo.InvariantCulture);

    public static implicit operator Phrase((string Nl, string En) pair) => new(pair.Nl, pair.En);

    /// <summary>For the start of a sentence: both languages with a capital.</summary>
    public Phrase Capitalized() => new(Capitalize(Nl), Capitalize(En));

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
