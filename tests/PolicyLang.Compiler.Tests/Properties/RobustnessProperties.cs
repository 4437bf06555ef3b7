using FsCheck;
using FsCheck.Fluent;
using PolicyLang.Syntax;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Properties;

/// <summary>
/// For any input the front end must not throw, every tree must round-trip to its source, and
/// every diagnostic must point inside the text. Checked on random text, on every prefix of the
/// examples and on random edits of them.
/// </summary>
public class RobustnessProperties
{
    private static readonly string[] Fragments =
    [
        "kader", "doel", "post", "rij", "tabel", "begroting", "indicator", "{", "}", ":", ",", "\"", "€", "%", "-", "§", "t/m",
        "draagt bij aan", "nulmeting", "streefwaarde", "maximaal", "in", "2020", "1.324.692", "7,1", "4.1", "28-06-2016",
        "\n", " ", "//", "\\", "@", ";", "Id", "\"titel\"", "\r\n", "\t", "é", "\uD83D\uDE00", "\uD800",
    ];

    private static void Check(string text)
    {
        var tree = SyntaxTree.Parse(text, "/random.beleid");
        AssertTreeInvariants(tree, text);
        Assert.Equal(text, tree.Root.ToFullString());
        var compilation = Compilation.Create([tree]);
        foreach (var diagnostic in compilation.Diagnostics) AssertInside(diagnostic, text.Length);
    }

    [Fact]
    public void RandomCharacters() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => { Check(s ?? ""); return true; })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1500));

    [Fact]
    public void RandomSequencesOfLanguageFragments()
    {
        var gen = Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), s => { Check(s); return true; })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void EveryPrefixOfEveryExampleFile()
    {
        Parallel.ForEach(ExampleFiles(), file =>
        {
            var text = File.ReadAllText(file);
            for (var length = 0; length <= text.Length; length++)
            {
                var prefix = text[..length];
                var tree = SyntaxTree.Parse(prefix, file);
                AssertTreeInvariants(tree, prefix);
                // Binding is the expensive part; bind a regular sample of the prefixes.
                if (length % 97 == 0 || length == text.Length)
                    foreach (var diagnostic in Compilation.Create([tree]).Diagnostics) AssertInside(diagnostic, prefix.Length);
            }
        });
    }

    [Fact]
    public void RandomEditsOfExamples()
    {
        var files = ExampleFiles().Select(File.ReadAllText).Where(t => t.Length > 0).ToArray();
        Assert.NotEmpty(files);
        var edit =
            from fileIndex in Gen.Choose(0, files.Length - 1)
            from position in Gen.Choose(0, 1_000_000)
            from length in Gen.Choose(0, 40)
            from insertion in Gen.Elements(Fragments)
            select (fileIndex, position, length, insertion);
        Prop.ForAll(edit.ToArbitrary(), e =>
        {
            var text = files[e.fileIndex];
            var at = e.position % (text.Length + 1);
            var remove = Math.Min(e.length, text.Length - at);
            Check(text.Remove(at, remove).Insert(at, e.insertion));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }
}
