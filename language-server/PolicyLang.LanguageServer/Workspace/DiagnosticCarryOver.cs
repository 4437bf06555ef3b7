using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Incremental;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// Moves diagnostics of an earlier snapshot onto the texts of a newer one: a span after the edited
/// region shifts by the edit's length change, a span before it stays, a span that touches the
/// edited region is dropped (its finding may no longer hold). The edited region of each file is
/// the part between the longest common prefix and suffix of its old and new text.
/// </summary>
public static class DiagnosticCarryOver
{
    public static ImmutableArray<Diagnostic> Map(IEnumerable<Diagnostic> diagnostics, FolderSnapshot from, FolderSnapshot to) =>
        Map(diagnostics, path => from.FileByPath(path)?.Text, to);

    /// <summary>Maps diagnostics whose texts (by path) were <paramref name="textBefore"/> onto the files of <paramref name="to"/>.</summary>
    public static ImmutableArray<Diagnostic> Map(IEnumerable<Diagnostic> diagnostics, Func<string, SourceText?> textBefore, FolderSnapshot to)
    {
        var edits = new Dictionary<string, Edit?>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (MapLocation(diagnostic.Location) is not { } location) continue;
            var related = diagnostic.Related.Select(r => MapLocation(r.Location) is { } l ? r with { Location = l } : null).OfType<RelatedLocation>();
            result.Add(diagnostic with { Location = location, Related = [.. related] });
        }
        return result.ToImmutable();

        Location? MapLocation(Location location)
        {
            if (!edits.TryGetValue(location.Path, out var edit)) edits[location.Path] = edit = EditOf(location.Path);
            if (edit is not { } e) return null;
            var span = location.Span;
            if (span.End <= e.Start) return new Location(e.NewText, span);
            if (span.Start >= e.OldEnd) return new Location(e.NewText, new TextSpan(span.Start + e.Delta, span.Length));
            return null;
        }

        Edit? EditOf(string path)
        {
            var before = textBefore(path);
            var after = to.FileByPath(path)?.Text;
            if (before is null || after is null) return null;
            var diff = TextDiff.Between(before.Text, after.Text);
            return new Edit(after, diff.Start, diff.OldEnd, diff.Delta);
        }
    }

    /// <summary>The changed region [Start, OldEnd) of the old text, and how much longer the new text is.</summary>
    private readonly record struct Edit(SourceText NewText, int Start, int OldEnd, int Delta);
}
