using PolicyLang.Formatting;
using PolicyLang.Syntax;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Formatting;

public sealed class FormatterTests
{
    public static TheoryData<string> Examples() => [.. ExampleFiles()];

    private static string NonWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static IEnumerable<(SyntaxKind, string)> Tokens(string text) =>
        SyntaxTree.Parse(text).Root.DescendantTokens().Where(t => !t.IsMissing).Select(t => (t.Kind, t.Text));

    private static void AssertSafe(string text)
    {
        var formatted = Formatter.Format(SyntaxTree.Parse(text));
        Assert.Equal(NonWhitespace(text), NonWhitespace(formatted));       // nothing lost, nothing added, order kept
        Assert.Equal(Tokens(text), Tokens(formatted));                     // the same tokens: the meaning is unchanged
        Assert.Equal(formatted, Formatter.Format(SyntaxTree.Parse(formatted))); // idempotent
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Formatting_an_example_keeps_every_character_and_token_and_is_idempotent(string path) =>
        AssertSafe(File.ReadAllText(path));

    /// <summary>The bundled examples are written in the house style `policylang fmt` produces.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_is_formatted(string path)
    {
        var text = File.ReadAllText(path);
        Assert.Equal(text, Formatter.Format(SyntaxTree.Parse(text, path)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Formatting_broken_prefixes_of_an_example_is_safe(string path)
    {
        var text = File.ReadAllText(path);
        for (var length = 0; length < text.Length; length += Math.Max(1, text.Length / 25))
            AssertSafe(text[..length]);
    }

    [Fact]
    public void Indents_blocks_and_continued_values_and_normalises_spacing()
    {
        var text = "begroting B \"b\"{\njaren :2017 t/m 2018\n      post P \"p\":€ 1,€ 2{\npost \"q\": € 1, € 2\n}\n  toelichting: \"een\",\n\"twee\"   \n}";
        Assert.Equal(
            "begroting B \"b\" {\n  jaren: 2017 t/m 2018\n  post P \"p\": € 1, € 2 {\n    post \"q\": € 1, € 2\n  }\n  toelichting: \"een\",\n    \"twee\"\n}\n",
            Formatter.Format(SyntaxTree.Parse(text)));
    }

    [Fact]
    public void Keeps_comments_at_most_one_blank_line_and_fields_on_one_line_apart()
    {
        var text = "// kop\n\n\n\nthema T \"t\" { nummer: 1 sectie: §7 }   // achter\n  // eind";
        Assert.Equal("// kop\n\nthema T \"t\" { nummer: 1  sectie: §7 }   // achter\n// eind\n", Formatter.Format(SyntaxTree.Parse(text)));
    }

    [Fact]
    public void Keeps_adjacent_tokens_together_where_adjacency_means_something()
    {
        var text = "feit F \"f\" { waarde: 56% }\nrisico R \"r\" { bedrag: € -1.440.000 }";
        Assert.Equal(text + "\n", Formatter.Format(SyntaxTree.Parse(text)));
    }

    [Fact]
    public void Keeps_windows_line_endings()
    {
        Assert.Equal("thema T \"t\" {\r\n  nummer: 1\r\n}\r\n", Formatter.Format(SyntaxTree.Parse("thema T \"t\" {\r\nnummer: 1\r\n}")));
    }

    [Fact]
    public void Random_edits_of_an_example_format_safely()
    {
        var text = File.ReadAllText(ExampleFiles().First());
        var random = new Random(5);
        const string alphabet = " \n{}:,\"€%-/§0123456789abcdoelpst";
        for (var i = 0; i < 200; i++)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(random.Next(4), text.Length - at);
            var insert = new string(Enumerable.Range(0, random.Next(4)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            AssertSafe(text[..at] + insert + text[(at + length)..]);
        }
    }

    /// <summary>Issue 20: "{\n" x 50,000 made the output grow with the square of the input (4.3 GB, then OutOfMemory).</summary>
    [Fact]
    public void Deep_nesting_is_indented_at_most_to_the_parsers_limit_so_the_output_stays_linear()
    {
        var text = string.Concat(Enumerable.Repeat("{\n", 50_000));
        var formatted = Formatter.Format(SyntaxTree.Parse(text));
        var deepest = new string(' ', 2 * Formatter.MaxIndentLevels) + "{";
        Assert.Contains("\n" + deepest + "\n", formatted);
        Assert.DoesNotContain("\n " + deepest, formatted);
        Assert.True(formatted.Length <= text.Length / 2 * (deepest.Length + 1), $"{formatted.Length} characters for {text.Length}");
        Assert.Equal(formatted, Formatter.Format(SyntaxTree.Parse(formatted)));
    }

    /// <summary>
    /// Issue 20: a U+FEFF at a line start was dropped, and without it the parser read the word after it
    /// as a new field, so the second formatting differed from the first.
    /// </summary>
    [Theory]
    [InlineData("soort\n\uFEFFstreefwaarde\u00A7")]
    [InlineData("doel D \"d\" {\n  bron: \"a\"\n \uFEFF streefwaarde 5\n}")]
    [InlineData("\uFEFFthema T \"t\" {\n\uFEFF// opmerking\n}")]
    public void A_zero_width_no_break_space_at_a_line_start_is_kept_so_formatting_is_idempotent(string text)
    {
        AssertSafe(text);
        Assert.Contains("\uFEFF", Formatter.Format(SyntaxTree.Parse(text)));
    }

    /// <summary>
    /// The large fuzz run's class format/changed-tokens: "r.a.\u6EB3:" is r . a . 溳 : to the lexer
    /// (a letter that is not ASCII after the last dot: no abbreviation), and the two spaces before a
    /// field on the same line turned "r.a." into one abbreviation word.
    /// </summary>
    [Theory]
    [InlineData("r.a.\u6EB3:")]
    [InlineData("doel D \"d\" { bron: x.y.\u00E9: 1 }")]
    [InlineData("x.y.5")]
    public void A_word_glued_to_a_dot_stays_glued_so_no_abbreviation_appears(string text) => AssertSafe(text);
}
