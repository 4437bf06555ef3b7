using System.Collections.Immutable;
using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

public enum DiagnosticSeverity { Hidden, Info, Warning, Error }

/// <summary>The language of user-facing text. Dutch first.</summary>
public enum Taal { Nl, En }

/// <summary>A place in a source file, with a short note on why it is related.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;
    public LinePosition Start => Source.GetLinePosition(Span.Start);
    public LinePosition End => Source.GetLinePosition(Span.End);
}

public sealed record RelatedLocation(Location Location, string MessageNl, string MessageEn)
{
    public string Message(Taal taal) => taal == Taal.En ? MessageEn : MessageNl;
}

/// <summary>
/// One finding: a stable code, a severity, a location and a message in Dutch and English.
/// Created only by <see cref="DiagnosticBuilder"/>, so every code has one definition.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    Location Location,
    string MessageNl,
    string MessageEn,
    ImmutableArray<RelatedLocation> Related)
{
    public string Message(Taal taal) => taal == Taal.En ? MessageEn : MessageNl;
    public bool IsError => Severity == DiagnosticSeverity.Error;
    public TextSpan Span => Location.Span;

    /// <summary>Fixes the diagnostic offers, in order of preference.</summary>
    public ImmutableArray<CodeFix> Fixes { get; init; } = [];

    public Diagnostic WithFix(string titleNl, string titleEn, params TextEdit[] edits) =>
        this with { Fixes = Fixes.Add(new CodeFix(titleNl, titleEn, [.. edits])) };

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public Diagnostic WithRelated(Location location, string nl, string en) =>
        this with { Related = Related.Add(new RelatedLocation(location, nl, en)) };

    public override string ToString() => $"{Location.Path}({Location.Start}): {Severity.ToString().ToLowerInvariant()} {Code}: {MessageNl}";
}
