using System.Collections.Immutable;

namespace PolicyLang.Diagnostics;

/// <summary>The one order diagnostics are shown in: by file, then position, then code.</summary>
public static class DiagnosticOrder
{
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal),
    ];
}
