using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>
/// Issue 15 item 10: PL5001's precision and recall on every doel pair of the five seeds, against the
/// pairs judged duplicates in NearDuplicateGoals.txt (with the reason per pair). Both must be 1: a
/// reported pair that is not judged a duplicate lowers precision, a judged pair not reported recall.
/// </summary>
public class NearDuplicateGoalsTests
{
    private static readonly string Fixture = Path.Combine(TestSupport.RepoRoot, "tests", "PolicyLang.Compiler.Tests", "Analysis", "ReviewerPack", "NearDuplicateGoals.txt");

    private static (HashSet<string> Duplicates, HashSet<string> NotDuplicates) Judged()
    {
        var duplicates = new HashSet<string>();
        var not = new HashSet<string>();
        foreach (var line in File.ReadLines(Fixture).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var negative = line.StartsWith('-');
            var cells = line.TrimStart('-', ' ').Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(4, cells.Length);
            Assert.NotEmpty(cells[3]);   // every judgement has its reason
            (negative ? not : duplicates).Add(Key(cells[0], cells[1], cells[2]));
        }
        return (duplicates, not);
    }

    private static string Key(string folder, string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{folder}:{a}+{b}" : $"{folder}:{b}+{a}";

    private static HashSet<string> Reported()
    {
        var reported = new HashSet<string>();
        foreach (var folder in TestSupport.ExampleFolders())
        {
            var files = Directory.GetFiles(folder, "*.beleid", SearchOption.AllDirectories);
            var compilation = Compilation.FromSources(files.Select(f => (f, File.ReadAllText(f))));
            foreach (var d in compilation.Diagnostics.Where(d => d.Code == "PL5001"))
            {
                var doel = compilation.Model.OfKind(PolicyLang.Binding.ElementKind.Doel).Single(e => e.Location == d.Location);
                var other = compilation.Model.OfKind(PolicyLang.Binding.ElementKind.Doel).Single(e => e.Location == d.Related[0].Location);
                reported.Add(Key(Path.GetFileName(folder), doel.Id!, other.Id!));
            }
        }
        return reported;
    }

    [Fact]
    public void PrecisionAndRecallOnTheSeedsAreBothOne()
    {
        var (duplicates, not) = Judged();
        var reported = Reported();
        Assert.Empty(reported.Except(duplicates));   // precision
        Assert.Empty(duplicates.Except(reported));   // recall
        Assert.Empty(reported.Intersect(not));
    }
}
