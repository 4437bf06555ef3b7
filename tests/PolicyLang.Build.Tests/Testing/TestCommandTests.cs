using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;

namespace PolicyLang.Build.Tests.Testing;

public sealed class TestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Output) Test(string testFile, Taal taal = Taal.Nl)
    {
        // A unique comment keeps this kader's cache key apart from every other test's.
        var kader = SmallKader.WriteTo(_temp.Combine("voorbeeld"));
        File.WriteAllText(Path.Combine(kader, "voorbeeld.beleidtest"), testFile);
        var output = new StringWriter();
        var exit = TestCommand.Run([kader], taal, output);
        return (exit, output.ToString());
    }

    [Fact]
    public void The_bundled_example_tests_pass()
    {
        var output = new StringWriter();
        var exit = TestCommand.Run([Repo.PathOf("examples", "steenwijkerland")], Taal.Nl, output);
        Assert.True(exit == 0, output.ToString());
        Assert.Contains("2 testbestand(en)", output.ToString());
        Assert.Contains("0 mislukt, 0 fout(en)", output.ToString());
    }

    [Fact]
    public void A_passing_case_exits_zero()
    {
        var (exit, output) = Test("""
            geval: op het pad
            meting: Bijstand; 2015; 410
            meting: Bijstand; 2018; 380
            verwacht: MinderBijstand = op koers
            """);
        Assert.True(exit == 0, output);
        Assert.Contains("1 verwachting(en) geslaagd, 0 mislukt", output);
    }

    [Fact]
    public void A_failing_expectation_names_file_line_doel_expected_actual_and_reason()
    {
        var (exit, output) = Test("""
            # comment

            geval: op het pad
            meting: Bijstand; 2018; 380
            verwacht: MinderBijstand = behaald
            """);
        Assert.Equal(1, exit);
        Assert.Contains("voorbeeld.beleidtest(5): mislukt: geval 'op het pad', doel MinderBijstand: verwacht 'behaald', uitkomst 'op koers' (peiljaar 2018; reden: ", output);
        Assert.Contains("0 verwachting(en) geslaagd, 1 mislukt", output);
    }

    [Fact]
    public void Failures_are_reported_in_English_too()
    {
        var (exit, output) = Test("geval: g\nmeting: Bijstand; 2018; 380\nverwacht: MinderBijstand = achieved\n", Taal.En);
        Assert.Equal(1, exit);
        Assert.Contains("voorbeeld.beleidtest(3): failed: case 'g', doel MinderBijstand: expected 'achieved', got 'on track' (peiljaar 2018; reason: ", output);
    }

    [Theory]
    [InlineData("geval: g\nonzin\nverwacht: MinderBijstand = op koers", 2, "verwacht 'sleutel: waarde'")]
    [InlineData("geval: g\nkleur: rood\nverwacht: MinderBijstand = op koers", 2, "onbekende sleutel 'kleur'")]
    [InlineData("geval: g\nverwacht: MinderBijstand = prima", 2, "onbekende status 'prima' (kies uit: behaald, op koers")]
    [InlineData("geval: g\nverwacht: MinderBijstand op koers", 2, "verwacht 'verwacht: doel = status'")]
    [InlineData("geval: g\nmeting: Bijstand; 2018\nverwacht: MinderBijstand = op koers", 2, "verwacht 'meting: indicator; periode; waarde'")]
    [InlineData("verwacht: MinderBijstand = op koers", 1, "'verwacht:' hoort bij een geval")]
    [InlineData("meting: Bijstand; 2018; 1", 1, "'meting:' hoort bij een geval")]
    [InlineData("geval: g\nmeting: Bijstand; 2018; 1", 1, "geval 'g' heeft geen 'verwacht:'-regel")]
    [InlineData("geval: g\npeiljaar: twintig\nverwacht: MinderBijstand = op koers", 2, "peiljaar 'twintig' is geen jaartal")]
    [InlineData("geval: g\nmetingen: weg.csv\nverwacht: MinderBijstand = op koers", 2, "metingenbestand 'weg.csv' bestaat niet")]
    [InlineData("geval: g\nverwacht: MinderBijstand = op koers\nverwacht: MinderBijstand = risico", 3, "doel 'MinderBijstand' staat al in dit geval")]
    [InlineData("geval: g\nverwacht: Onbekend = op koers", 2, "het kader heeft geen doel 'Onbekend'")]
    [InlineData("geval: g\nmeting: Bijstnd; 2018; 380\nverwacht: MinderBijstand = op koers", 2, "onbekende indicator 'Bijstnd' (bedoelde je 'Bijstand'?)")]
    [InlineData("geval: g\nmeting: Bijstand; 2018; 3.80\nverwacht: MinderBijstand = op koers", 2, "voorbeeld.beleidtest(2): fout")]
    [InlineData("# alleen commentaar", 1, "geen enkel geval")]
    public void Every_bad_input_is_an_error_with_file_and_line(string text, int line, string message)
    {
        var (exit, output) = Test(text);
        Assert.Equal(1, exit);
        Assert.Contains($"voorbeeld.beleidtest({line}): ", output);
        Assert.Contains(message, output);
    }

    [Fact]
    public void Every_status_label_of_the_runtime_is_accepted_in_both_languages()
    {
        foreach (var status in Enum.GetValues<GoalStatus>())
        {
            Assert.Equal(status, Cli.Testing.StatusLabels.Parse(status.Label()));
            Assert.Equal(status, Cli.Testing.StatusLabels.Parse(status.Label(english: true).ToUpperInvariant()));
        }
    }

    [Fact]
    public void A_folder_without_tests_says_so_and_passes()
    {
        var kader = SmallKader.WriteTo(_temp.Combine("leeg"));
        var output = new StringWriter();
        Assert.Equal(0, TestCommand.Run([kader], Taal.Nl, output));
        Assert.Contains("geen testbestanden (*.beleidtest)", output.ToString());
    }
}
