using PolicyLang.Analysis;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;
using PolicyLang.Text;
using Xunit;

namespace PolicyLang.Tests.Binding;

/// <summary>
/// A tree's own binding is cached and shared by every compilation that contains the tree; linking
/// must not write into it, so each compilation sees what its own references resolve to.
/// </summary>
public class SharedBindingTests
{
    private const string Doel = "doel D \"Doel\" { draagt bij aan: A richting: toename }\n";

    private static SyntaxTree Ambitie(string title) =>
        SyntaxTree.Parse($"kader K \"K\" {{ gemeente: \"G\" }}\nambitie A \"{title}\" {{ meetbaar: nee reden: \"r\" }}\n", "/map/a.beleid");

    private static Compilation Link(BindingCache cache, params SyntaxTree[] trees) =>
        Compilation.CreateIncremental([.. trees], AnalysisOptions.Default, cache, FilePositions.WholeFiles);

    [Fact]
    public void TwoCompilationsSharingACachedTreeEachSeeTheirOwnTarget()
    {
        var cache = new BindingCache();
        var shared = SyntaxTree.Parse(Doel, "/map/d.beleid");
        var first = Link(cache, Ambitie("Eerste"), shared).Model;
        var second = Link(cache, Ambitie("Tweede"), shared).Model;

        var doel = first.Lookup("D")!;
        Assert.Same(doel, second.Lookup("D")); // the shared tree was bound once
        var reference = Assert.Single(doel.Values<ReferenceValue>("draagt bij aan"));
        Assert.Equal("Eerste", first.TargetOf(reference)!.Title);
        Assert.Equal("Tweede", second.TargetOf(reference)!.Title);
        Assert.Equal("Eerste", Assert.Single(first.Targets(doel, "draagt bij aan")).Title);
        Assert.Equal("Tweede", Assert.Single(second.Targets(doel, "draagt bij aan")).Title);
        Assert.Equal("Eerste", Assert.Single(first.References).Target!.Title);
        Assert.Equal("Eerste", first.SymbolAt(shared, Doel.IndexOf(": A", StringComparison.Ordinal) + 2)!.Title);
        Assert.Equal("Tweede", second.SymbolAt(shared, Doel.IndexOf(": A", StringComparison.Ordinal) + 2)!.Title);
    }

    [Fact]
    public void LinkingAgainInAnotherFolderChangesNothingTheFirstModelAnswers()
    {
        var cache = new BindingCache();
        var shared = SyntaxTree.Parse(Doel, "/map/d.beleid");
        var first = Link(cache, Ambitie("Eerste"), shared);
        var doel = first.Model.Lookup("D")!;
        var fieldsBefore = doel.Fields.ToArray();
        var diagnosticsBefore = first.Diagnostics;

        // The same tree in a folder where A does not exist: its reference is unresolved there.
        var alone = Link(cache, shared).Model;

        var reference = Assert.Single(doel.Values<ReferenceValue>("draagt bij aan"));
        Assert.Null(alone.TargetOf(reference));
        Assert.Contains(alone.Diagnostics, d => d.Code == "PL2001");
        Assert.Equal("Eerste", first.Model.TargetOf(reference)!.Title);
        Assert.Equal(fieldsBefore, doel.Fields);
        Assert.Equal(diagnosticsBefore, first.Diagnostics);
        Assert.Equal(Doel, shared.Root.ToFullString());
    }

    [Fact]
    public void AReferenceOfATreeOutsideTheModelHasNoTarget()
    {
        var cache = new BindingCache();
        var model = Link(cache, Ambitie("Eerste"), SyntaxTree.Parse(Doel, "/map/d.beleid")).Model;
        var other = Link(cache, Ambitie("Ander"), SyntaxTree.Parse(Doel, "/map/d.beleid")).Model;
        var reference = Assert.Single(other.Lookup("D")!.Values<ReferenceValue>("draagt bij aan"));
        Assert.Null(model.TargetOf(reference));
        Assert.Empty(model.Targets(other.Lookup("D")!, "draagt bij aan"));
    }
}
