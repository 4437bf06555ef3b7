using FsCheck;
using FsCheck.Fluent;
using PolicyLang.Syntax;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Properties;

/// <summary>
/// Issue 15 item 12b, decision 0016: a folder is one kader however its elements are spread over
/// its files. Every example folder is cut into its top-level elements (each with its leading
/// comments) and dealt at random over one to five files; the diagnostics must be the same: code,
/// message and the text they point at (not the file and line, which move with the element).
/// </summary>
public class FileLayoutProperties
{
    private sealed record Member(int Index, string Text);

    [Fact]
    public void MovingElementsBetweenFilesChangesNoFinding()
    {
        foreach (var folder in ExampleFolders())
        {
            var members = MembersOf(folder);
            var expected = Findings(Compilation.FromSources(Directory.GetFiles(folder, "*.beleid").Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))));
            var layout =
                from files in Gen.Choose(1, 5)
                from targets in Gen.ArrayOf(Gen.Choose(0, files - 1), members.Count)
                select targets;
            Prop.ForAll(layout.ToArbitrary(), targets =>
            {
                var sources = members.GroupBy(m => targets[m.Index])
                    .Select(g => ($"deel{g.Key}.beleid", string.Join("\n", g.Select(m => m.Text))))
                    .ToList();
                var actual = Findings(Compilation.FromSources(sources));
                Assert.Equal(expected, actual);
                return true;
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(8));
        }
    }

    /// <summary>The top-level members of all files of the folder, in file order, each with its leading trivia; a file's trailing trivia stays with its last member.</summary>
    private static List<Member> MembersOf(string folder)
    {
        var members = new List<Member>();
        foreach (var file in Directory.GetFiles(folder, "*.beleid").Order(StringComparer.Ordinal))
        {
            var tree = SyntaxTree.Parse(File.ReadAllText(file), file);
            var root = tree.Root;
            var text = tree.Text.Text;
            for (var i = 0; i < root.Members.Length; i++)
            {
                var span = root.Members[i].FullSpan;
                var end = i == root.Members.Length - 1 ? text.Length : span.End;
                members.Add(new Member(members.Count, text[span.Start..end]));
            }
        }
        return members;
    }

    /// <summary>Each diagnostic as code, English message and the text it points at, sorted.</summary>
    private static List<string> Findings(Compilation compilation) =>
        [.. compilation.Diagnostics
            .Select(d => $"{d.Code} {d.MessageEn} @'{d.Location.Source.ToString(d.Location.Span)}'")
            .Order(StringComparer.Ordinal)];
}
