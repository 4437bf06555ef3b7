using PolicyLang.Cli.Monitoring;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Monitoring;

/// <summary>
/// The post column of a measurement file (decision 0022): a row with a post is the realised amount of
/// a top-level begroting post in one year. Every accepted form and every rejected one, in CSV and JSON,
/// each error with its line and in both languages.
/// </summary>
public sealed class RealisationReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-realisatie-").FullName;

    private static readonly Lazy<(KaderMonitor Monitor, PolicyLang.Binding.SemanticModel Model)> Kader = new(() =>
    {
        var (monitor, _, source) = BuildMonitor(
            "kader K \"k\" { gemeente: \"Steenwijkerland\" periode: 2017 t/m 2020 }\n",
            "indicator Aantal \"a\" { eenheid: aantal polariteit: hoger is beter }\n",
            "begroting B \"Begroting\" { jaren: 2019 t/m 2020 schaal: 1.000\n" +
            "  post Jeugd \"Jeugd\": € 12, € 14 {\n    post JeugdZorg \"Zorg\": € 12, € 14\n  }\n" +
            "  post Sport \"Sport\": € 5, € 5\n}\n");
        return (monitor, source.Model);
    });

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private MeasurementReadResult Read(string name, string text, BudgetPosts? posts = null, string? gemeente = null)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return MeasurementReader.Read(path, Kader.Value.Monitor, gemeente, posts ?? BudgetPosts.Of(Kader.Value.Model));
    }

    private static void AssertError(MeasurementReadResult result, int line, string nl, string en)
    {
        Assert.Contains(result.Errors, e => e.Line == line && e.Nl.Contains(nl, StringComparison.Ordinal) && e.En.Contains(en, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Matches(@"\.(csv|json)$", e.Path)); // every error names its file
    }

    [Fact]
    public void A_row_with_a_post_is_the_realised_amount_of_that_post_in_that_year()
    {
        var result = Read("m.csv",
            "indicator;post;periode;waarde;status\n" +
            "Aantal;;2019;5;\n" +
            ";Jeugd;2019;€ 12.345,67;\n" +          // an amount with €
            ";Jeugd;2020;14.100;voorlopig\n" +      // a plain number is euros
            ";Sport;2019;-1.000;illustratief\n" +   // a saldo or revenue may be negative
            ";Sport;2020;nnb;\n");                  // a missing-value code is kept with its reason
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(5m, result.Data.Series("Aantal")[0].Value); // measurements are unaffected
        Assert.Equal([new RealisedAmount(2019, 12_345.67m, null, false, false), new RealisedAmount(2020, 14_100m, null, true, false)],
            result.Realisation.Of("Jeugd", 2020));
        Assert.Equal([new RealisedAmount(2019, -1_000m, null, false, true), new RealisedAmount(2020, null, MissingReason.NotYetKnown, false, false)],
            result.Realisation.Of("Sport", 2020));
        Assert.Single(result.Realisation.Of("Jeugd", 2019)); // up to the peiljaar
        Assert.Empty(result.Warnings); // 14.100 is an amount: not ambiguous
    }

    [Fact]
    public void A_file_of_only_realisations_needs_no_indicator_column()
    {
        var result = Read("m.csv", "post;periode;waarde;eenheid\nJeugd;2019;€ 1.000;euro\nSport;2019;2.000;€\n");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Realisation.Count);
        var none = Read("n.csv", "periode;waarde\n2019;5\n");
        AssertError(none, 1, "kolom 'indicator' ontbreekt in de kopregel (of 'post'", "column 'indicator' is missing from the header (or 'post'");
    }

    [Fact]
    public void Json_takes_a_post_field_and_a_json_number_as_euros()
    {
        var result = Read("m.json", """
            [
              { "post": "Jeugd", "periode": "2019", "waarde": 12345.5 },
              { "post": "Sport", "periode": 2020, "waarde": "€ 5.000" },
              { "periode": "2020", "waarde": 1 }
            ]
            """);
        Assert.Equal([new RealisedAmount(2019, 12_345.5m, null, false, false)], result.Realisation.Of("Jeugd", 2020));
        Assert.Equal(5_000m, Assert.Single(result.Realisation.Of("Sport", 2020)).Value);
        AssertError(result, 4, "veld 'indicator' ontbreekt (of 'post'", "field 'indicator' is missing (or 'post'");
    }

    [Theory]
    [InlineData(";Jeugt;2019;5", "onbekende post 'Jeugt' (geen post van een begroting van het kader) (bedoelde je 'Jeugd'?)", "unknown post 'Jeugt' (not a post of the kader's begrotingen) (did you mean 'Jeugd'?)")]
    [InlineData(";JeugdZorg;2019;5", "post 'JeugdZorg' is een onderdeel van post 'Jeugd'", "post 'JeugdZorg' is part of post 'Jeugd'")]
    [InlineData("Aantal;Jeugd;2019;5", "de rij heeft een indicator ('Aantal') en een post ('Jeugd')", "the row has an indicator ('Aantal') and a post ('Jeugd')")]
    [InlineData(";Jeugd;2019-Q1;5", "periode '2019-Q1' van een realisatie moet een jaar zijn", "period '2019-Q1' of a realisation must be a year")]
    [InlineData(";Jeugd;twintig;5", "periode 'twintig' van een realisatie moet een jaar zijn", "period 'twintig' of a realisation must be a year")]
    [InlineData(";Jeugd;2019;12%", "waarde '12%' is een percentage, maar de realisatie van post 'Jeugd' is een bedrag in euro", "value '12%' is a percentage, but the realisation of post 'Jeugd' is an amount in euros")]
    [InlineData(";Jeugd;2019;7.1", "waarde '7.1' is geen bedrag", "value '7.1' is not an amount")]
    [InlineData(";Jeugd;2019;", "waarde is leeg (ontbreekt de realisatie, schrijf dan waarom", "value is empty (if the realisation is missing, write why")]
    [InlineData(";Jeugd;2019;1,234", "een bedrag heeft hoogstens twee decimalen", "an amount has at most two decimals")]
    [InlineData(";Jeugd;2019;10.000.000.000.000.000", "is te groot", "is too large")]
    public void Every_wrong_realisation_row_is_an_error_at_its_line(string row, string nl, string en)
    {
        var result = Read("m.csv", "indicator;post;periode;waarde\nAantal;;2019;5\n" + row + "\n");
        Assert.False(result.Success);
        AssertError(result, 3, nl, en);
        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("status", "klaar", "status 'klaar' is onbekend", "status 'klaar' is unknown")]
    [InlineData("eenheid", "aantal", "eenheid past niet: 'aantal', maar de realisatie van post 'Jeugd' is een bedrag in euro", "unit mismatch: 'aantal', but the realisation of post 'Jeugd' is an amount in euros")]
    [InlineData("vergelijking", "landelijk", "een post heeft geen vergelijkingsreeks", "a post has no comparison series")]
    [InlineData("gemeente", "Meppel", "gemeente 'Meppel' hoort niet bij dit kader", "gemeente 'Meppel' does not belong to this kader")]
    [InlineData("toelichting", "duurder", "een toelichting bij een realisatie wordt nog niet in het rapport getoond", "an explanation of a realisation is not shown in the report yet")]
    public void The_other_columns_are_checked_for_a_realisation_too(string column, string cell, string nl, string en)
    {
        var result = Read("m.csv", $"post;periode;waarde;{column}\nJeugd;2019;5;{cell}\n");
        AssertError(result, 2, nl, en);
    }

    [Fact]
    public void A_second_realisation_of_a_post_in_a_year_names_the_first_line()
    {
        var result = Read("m.csv", "post;periode;waarde\nJeugd;2019;5\nSport;2019;5\nJeugd;2019;nb\n");
        AssertError(result, 4, "dubbele realisatie van post 'Jeugd' voor 2019 (ook op regel 2)", "duplicate realisation of post 'Jeugd' for 2019 (also on line 2)");
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Without_the_kaders_sources_a_post_row_is_an_error_not_ignored()
    {
        var result = Read("m.csv", "post;periode;waarde\nJeugd;2019;5\n", BudgetPosts.None);
        AssertError(result, 2, "daarvoor zijn de bronbestanden van het kader nodig", "this needs the kader's sources");
    }

    [Fact]
    public void The_kaders_sources_are_read_only_when_a_row_has_a_post()
    {
        var asked = 0;
        var posts = new BudgetPosts(() => { asked++; return Kader.Value.Model; });
        Assert.True(Read("m.csv", "indicator;periode;waarde\nAantal;2019;5\n", posts).Success);
        Assert.Equal(0, asked);
        Assert.True(Read("n.csv", "post;periode;waarde\nJeugd;2019;5\nSport;2019;5\n", posts).Success);
        Assert.Equal(1, asked);
    }

    [Fact]
    public void Rows_of_another_gemeente_are_counted_for_posts_too()
    {
        var result = Read("m.csv", "post;periode;waarde;gemeente\nJeugd;2019;5;Steenwijkerland\n", gemeente: "Meppel");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(1, result.OtherGemeente);
        Assert.Equal(0, result.Realisation.Count);
    }
}
