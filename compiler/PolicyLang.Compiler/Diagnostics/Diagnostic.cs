using System.Collections.Immutable;
using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

public enum DiagnosticSeverity { Info, Warning, Error }

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
/// One finding: what kind it is (its <see cref="DiagnosticDescriptor"/>, which holds the code), a
/// severity, a location and a message in Dutch and English. Created only by
/// <see cref="DiagnosticDescriptor.Create"/>, so every code has one definition.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    Location Location,
    string MessageNl,
    string MessageEn,
    ImmutableArray<RelatedLocation> Related)
{
    public string Code => Descriptor.Code;
    public string Message(Taal taal) => taal == Taal.En ? MessageEn : MessageNl;
    public bool IsError => Severity == DiagnosticSeverity.Error;
    public TextSpan Span => Location.Span;

    /// <summary>Fixes the diagnostic offers, in order of preference.</summary>
    public ImmutableArray<CodeFix> Fixes { get; init; } = [];

    public Diagnostic WithFix(string titleNl, string titleEn, params TextEdit[] edits) =>
        this with { Fixes = Fixes.Add(new CodeFix(titleNl, titleEn, [.. edits])) };

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>With a related place; none when <paramref name="location"/> is null (a place that may be unknown).</summary>
    public Diagnostic WithRelated(Location? location, string nl, string en) =>
        location is null ? this : this with { Related = Related.Add(new RelatedLocation(location, nl, en)) };

    /// <summary>With several related places that share one note (the parts of a sum).</summary>
    public Diagnostic WithRelated(IEnumerable<Location>? locations, string nl, string en) =>
        locations is null ? this : this with { Related = Related.AddRange(locations.Select(l => new RelatedLocation(l, nl, en))) };

    public override string ToString() => $"{Location.Path}({Location.Start}): {Severity.ToString().ToLowerInvariant()} {Code}: {MessageNl}";
}
