using System.Collections.Immutable;
using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

/// <summary>One replacement in one file: the text at <see cref="Span"/> becomes <see cref="NewText"/>.</summary>
public sealed record TextEdit(SourceText Source, TextSpan Span, string NewText)
{
    public string Path => Source.Path;
}

/// <summary>
/// A fix a diagnostic offers (the language server shows it as a quick fix): a title in both
/// languages and the edits that carry it out.
/// </summary>
public sealed record CodeFix(string TitleNl, string TitleEn, ImmutableArray<TextEdit> Edits)
{
    public string Title(Taal taal) => taal == Taal.En ? TitleEn : TitleNl;

    /// <summary>Whether an editor may apply it on its own (false for a fix that leaves a blank to fill in).</summary>
    public bool IsPreferred { get; init; } = true;
}
