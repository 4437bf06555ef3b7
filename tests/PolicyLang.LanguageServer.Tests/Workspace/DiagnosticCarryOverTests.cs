using PolicyLang.Analysis;
using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Workspace;
using PolicyLang.Text;
using Xunit;

namespace PolicyLang.LanguageServer.Tests.Workspace;

public sealed class DiagnosticCarryOverTests
{
    private const string Path = "/k/a.beleid";

    private static FolderSnapshot Snapshot(string text) =>
        new("/k", [new SourceFile(Path, "file:///k/a.beleid", 1, text)], null, AnalysisOptions.Default);

    private static Diagnostic At(FolderSnapshot folder, int start, int length) =>
        DiagnosticBuilder.NoKader(new Location(folder.Files[0].Text, new TextSpan(start, length)));

    [Fact]
    public void Spans_before_the_edit_stay_spans_after_it_shift_and_spans_in_it_are_dropped()
    {
        var before = Snapshot("aaaa bbbb cccc dddd");
        var after = Snapshot("aaaa bbXXXXbb cccc dddd"); // "XXXX" inserted at 7
        var mapped = DiagnosticCarryOver.Map([At(before, 0, 4), At(before, 5, 4), At(before, 10, 4), At(before, 15, 4)], before, after);
        Assert.Equal([new TextSpan(0, 4), new TextSpan(14, 4), new TextSpan(19, 4)], mapped.Select(d => d.Span));
        Assert.All(mapped, d => Assert.Same(after.Files[0].Text, d.Location.Source));
        Assert.Equal("cccc", after.Files[0].Text.ToString(mapped[1].Span));
    }

    [Fact]
    public void A_deletion_shifts_later_spans_back()
    {
        var before = Snapshot("one two xyz four");
        var after = Snapshot("one xyz four"); // "two " deleted
        var mapped = DiagnosticCarryOver.Map([At(before, 8, 3), At(before, 12, 4)], before, after);
        Assert.Equal(["xyz", "four"], mapped.Select(d => after.Files[0].Text.ToString(d.Span)));
    }

    [Fact]
    public void Long_texts_are_compared_in_blocks_and_still_shift_exactly()
    {
        var tail = string.Concat(Enumerable.Range(0, 200).Select(i => $"woord{i} "));
        var before = Snapshot("begin " + tail);
        var after = Snapshot("begin extra " + tail);
        var at = ("begin " + tail).IndexOf("woord150", StringComparison.Ordinal);
        var mapped = DiagnosticCarryOver.Map([At(before, at, 8)], before, after);
        Assert.Equal("woord150", after.Files[0].Text.ToString(Assert.Single(mapped).Span));
    }
}
