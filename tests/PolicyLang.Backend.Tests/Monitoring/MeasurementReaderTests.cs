using PolicyLang.Binding.Vocabulary;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Runtime;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Monitoring;

public sealed class MeasurementReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-metingen-").FullName;
    private static readonly Lazy<KaderMonitor> Monitor = new(() => BuildMonitor(
        "kader K \"k\" { gemeente: \"Steenwijkerland\" periode: 2017 t/m 2020 }\n" +
        "indicator Aantal \"a\" { eenheid: aantal polariteit: hoger is beter }\n" +
        "indicator Aandeel \"b\" { eenheid: percentage van \"inwoners\" polariteit: hoger is beter }\n" +
        "indicator Kosten \"c\" { eenheid: euro per \"cliënt\" polariteit: lager is beter }\n" +
        "indicator Cijfer \"d\" { eenheid: rapportcijfer polariteit: hoger is beter }\n").Monitor);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private MeasurementReadResult Read(string name, string text, string? gemeente = null)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return MeasurementReader.Read(path, Monitor.Value, gemeente);
    }

    private static void AssertError(MeasurementReadResult result, int line, string fragment) =>
        Assert.Contains(result.Errors, e => e.Line == line && e.Nl.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void ReadsDutchCsvWithSemicolonsAndComments()
    {
        var result = Read("m.csv", "# toelichting\nindicator;periode;waarde;status\nAantal;2018;1.250;definitief\nAandeel;2018-Q2;12,5%;voorlopig\nKosten;2019;€ 1.450,50;\nCijfer;2019;7,1;illustratief\n");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(1250m, result.Data.Series("Aantal")[0].Value);
        Assert.Equal(12.5m, result.Data.Series("Aandeel")[0].Value);
        Assert.Equal(new Period(2018, 2, 4), result.Data.Series("Aandeel")[0].Period);
        Assert.True(result.Data.Series("Aandeel")[0].Provisional);
        Assert.Equal(1450.50m, result.Data.Series("Kosten")[0].Value);
        Assert.True(result.Data.Series("Cijfer")[0].Illustrative);
        Assert.Equal(1, result.Provisional);
    }

    [Fact]
    public void ReadsCommaSeparatedWithQuotedDecimals()
    {
        var result = Read("m.csv", "indicator,periode,waarde\nCijfer,2019,\"7,1\"\n");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(7.1m, result.Data.Series("Cijfer")[0].Value);
    }

    [Fact]
    public void EveryBadRowIsAnErrorWithItsLine()
    {
        var result = Read("m.csv",
            "indicator;periode;waarde;gemeente\n" +     // 1
            "Aantall;2018;5;\n" +                        // 2 unknown indicator (suggests Aantal)
            "Aantal;twintig;5;\n" +                      // 3 bad period
            "Aantal;2018;7.1;\n" +                       // 4 unparsable value (English decimal point)
            "Aantal;2018;5%;\n" +                        // 5 unit mismatch: percentage for a count
            "Aandeel;2018;€ 5;\n" +                      // 6 unit mismatch: money for a percentage
            "Aantal;2018;5,5;\n" +                       // 7 unit mismatch: fraction for a count
            "Cijfer;2018;11;\n" +                        // 8 mark outside 1-10
            "Aantal;2019;5;\n" +                         // 9 fine
            "Aantal;2019;6;\n" +                         // 10 duplicate of line 9
            "Aantal;2020;;\n" +                          // 11 empty value
            "Aantal;2020;5;Zwolle\n" +                   // 12 gemeente not of this kader
            "Aantal;2021;5\n");                          // 13 too few cells
        Assert.False(result.Success);
        AssertError(result, 2, "onbekende indicator 'Aantall' (bedoelde je 'Aantal'?)");
        AssertError(result, 3, "periode 'twintig' is onleesbaar");
        AssertError(result, 4, "waarde '7.1' is geen getal");
        AssertError(result, 5, "geen percentage");
        AssertError(result, 6, "geen bedrag");
        AssertError(result, 7, "geen heel getal");
        AssertError(result, 8, "rapportcijfer");
        AssertError(result, 10, "dubbele meting van 'Aantal' voor periode 2019 (ook op regel 9)");
        AssertError(result, 11, "waarde is leeg");
        AssertError(result, 12, "gemeente 'Zwolle' hoort niet bij dit kader");
        AssertError(result, 13, "3 cellen, de kopregel heeft er 4");
        Assert.Equal(11, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("m.csv", Path.GetFileName(e.Path)));
    }

    [Fact]
    public void AYearAndItsHalfYearAreTwoPeriods()
    {
        var result = Read("m.csv", "indicator;periode;waarde\nAantal;2019-H1;5\nAantal;2019;6\nAantal;2019-h1;7\n");
        Assert.Equal(2, result.Data.Series("Aantal").Count);
        var duplicate = Assert.Single(result.Errors);
        Assert.Equal(4, duplicate.Line);
        Assert.Contains("dubbele meting van 'Aantal' voor periode 2019-H1 (ook op regel 2)", duplicate.Nl);
    }

    [Fact]
    public void MissingValueCodesAreMissingMeasurementsWithTheirReason()
    {
        var result = Read("m.csv",
            "indicator;periode;waarde\n" +
            "Aantal;2016;nb\nAantal;2017;5\nAantal;2018;N.v.t.\nAantal;2019;*\nAantal;2020;nnb\n" +
            "Aandeel;2018;onbekend\nAandeel;2019;-\nKosten;2019;nader te bepalen\nCijfer;2019;ntb\n");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(8, result.Missing); // 9 rows, 1 figure
        var aantal = result.Data.Series("Aantal");
        Assert.Equal(1, aantal.Count);
        Assert.Equal([MissingReason.Unknown, MissingReason.NotApplicable, MissingReason.Suppressed, MissingReason.NotYetKnown],
            aantal.Missing.ToArray().Select(m => m.Reason));
        Assert.Equal([MissingReason.Unknown, MissingReason.Empty], result.Data.Series("Aandeel").Missing.ToArray().Select(m => m.Reason));
        Assert.Equal(MissingReason.ToBeDetermined, Assert.Single(result.Data.Series("Kosten").Missing.ToArray()).Reason);
        Assert.Equal(2020, result.Data.LatestYear); // the missing 2020 sets the default peiljaar
    }

    [Fact]
    public void AFigureAndACodeForOnePeriodAreADuplicateAndUnknownCodesStayErrors()
    {
        var result = Read("m.csv", "indicator;periode;waarde\nAantal;2019;5\nAantal;2019;nb\nAantal;2020;nbb\nAantal;2021;\n");
        AssertError(result, 3, "dubbele meting van 'Aantal' voor periode 2019 (ook op regel 2)");
        AssertError(result, 4, "waarde 'nbb' is geen getal");
        AssertError(result, 4, "nb, nnb, ntb, n.v.t., *");
        AssertError(result, 5, "waarde is leeg (ontbreekt de meting, schrijf dan waarom");
    }

    [Fact]
    public void JsonStringsCarryMissingValueCodesToo()
    {
        var result = Read("m.json", """[{ "indicator": "Aantal", "periode": "2019", "waarde": 5 }, { "indicator": "Aantal", "periode": "2020", "waarde": "n.b." }]""");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(MissingReason.Unknown, Assert.Single(result.Data.Series("Aantal").Missing.ToArray()).Reason);
    }

    [Fact]
    public void MissingAndUnknownColumnsAreErrors()
    {
        var result = Read("m.csv", "indicator;jaar;waarde\nAantal;2018;5\n");
        AssertError(result, 1, "onbekende kolom 'jaar'");
        AssertError(result, 1, "kolom 'periode' ontbreekt");
    }

    [Fact]
    public void EmptyFileIsAnError() => AssertError(Read("m.csv", ""), 1, "het bestand is leeg");

    [Fact]
    public void UnitColumnMustMatchTheIndicator()
    {
        var result = Read("m.csv", "indicator;periode;waarde;eenheid\nAantal;2018;5;euro\nAantal;2019;5;aantal\n");
        AssertError(result, 2, "eenheid past niet: 'euro'");
        Assert.Single(result.Errors);
    }

    [Fact]
    public void UnitColumnAcceptsEveryUnitTheCompilerAccepts()
    {
        // One indicator per form of the vocabulary's unit table; the eenheid column names it as the
        // .beleid file does, in another case, and with its denominator. 'maanden' was once refused here.
        var forms = ValueWords.Units.Entries.SelectMany(e => e.Forms.Select(f => (e.Meaning, Form: e.Meaning == MeasureUnit.Rate ? f + " 1.000 inwoners" : f))).ToList();
        Assert.Contains(forms, f => f.Form == "maanden");
        var kader = "kader K \"k\" { gemeente: \"g\" }\n" + string.Concat(forms.Select((f, i) => $"indicator U{i} \"u\" {{ eenheid: {f.Form} }}\n"));
        var monitor = BuildMonitor(kader).Monitor;
        var rows = forms.SelectMany((f, i) => new[] { $"U{i};2018;5;{f.Form}", $"U{i};2019;5;{f.Form.ToUpperInvariant()}" });
        var path = Path.Combine(_dir, "m.csv");
        File.WriteAllText(path, "indicator;periode;waarde;eenheid\n" + string.Join("\n", rows) + "\nU0;2020;5;maanden\n");
        var result = MeasurementReader.Read(path, monitor);
        Assert.Equal([forms.Count * 2 + 2], result.Errors.Select(e => e.Line));
        Assert.Contains("eenheid past niet: 'maanden'", result.Errors[0].Nl);
    }

    [Theory]
    [InlineData("Aandeel", "percentage van inwoners")]
    [InlineData("Aandeel", "%")]
    [InlineData("Kosten", "euro per cliënt")]
    [InlineData("Kosten", "€")]
    [InlineData("Aantal", "Aantal meldingen")]
    public void UnitColumnJudgesTheHeadWordOrTheValueMarker(string indicator, string unit)
    {
        var result = Read("m.csv", $"indicator;periode;waarde;eenheid\n{indicator};2018;5;{unit}\n");
        Assert.True(result.Success, string.Join("\n", result.Errors));
    }

    [Fact]
    public void OtherGemeentenAreCountedNotDroppedSilently()
    {
        var result = Read("m.csv", "indicator;periode;waarde;gemeente\nAantal;2018;5;Steenwijkerland\n");
        Assert.True(result.Success);
        var filtered = Read("n.csv", "indicator;periode;waarde;gemeente\nAantal;2018;5;Steenwijkerland\n", gemeente: "Anders");
        Assert.Equal(1, filtered.OtherGemeente);
        Assert.Equal(0, filtered.Data.Series("Aantal").Count);
    }

    [Fact]
    public void ReadsJsonWithLinesForErrors()
    {
        var result = Read("m.json", """
            {
              "metingen": [
                { "indicator": "Aantal", "periode": "2018", "waarde": 1250 },
                { "indicator": "Cijfer", "periode": "2019", "waarde": 7.1, "status": "voorlopig" },
                { "indicator": "Cijfer", "periode": "2020", "waarde": "7,3" }
              ]
            }
            """);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(1250m, result.Data.Series("Aantal")[0].Value);
        Assert.Equal(7.1m, result.Data.Series("Cijfer")[0].Value);
        Assert.Equal(7.3m, result.Data.Series("Cijfer")[1].Value);

        var bad = Read("bad.json", "[\n  { \"indicator\": \"Aantal\", \"periode\": \"2018\", \"waarde\": 1 },\n  { \"indicator\": \"X\", \"periode\": \"2018\", \"waarde\": 1 },\n  { \"indicator\": \"Aantal\", \"periode\": \"2018\" }\n]");
        AssertError(bad, 3, "onbekende indicator 'X'");
        AssertError(bad, 4, "veld 'waarde' ontbreekt");
        AssertError(Read("broken.json", "[\n{ \"indicator\": \"Aantal\",\n"), 3, "onleesbare JSON");
    }

    [Theory]
    [InlineData("1.250", 1250)]
    [InlineData("1.250.000,5", 1250000.5)]
    [InlineData("-3,25", -3.25)]
    [InlineData("€ 1.450", 1450)]
    [InlineData("12%", 12)]
    [InlineData("0", 0)]
    public void ValuesAreReadTheDutchWay(string text, double expected)
    {
        Assert.True(MeasuredValue.TryParse(text, out var value, out _));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("7.1")]
    [InlineData("1250.5")]
    [InlineData("1.25")]
    [InlineData("12,")]
    [InlineData("€ 5%")]
    [InlineData("abc")]
    [InlineData("1 250")]
    public void AmbiguousOrBrokenValuesAreRefused(string text) => Assert.False(MeasuredValue.TryParse(text, out _, out _));
}

public sealed class MeasurementReaderRobustness : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-fuzz-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Fragments =
    [
        "indicator", "periode", "waarde", "gemeente", "status", "eenheid", ";", ",", "\"", "\n", "\r\n", "#",
        "Aantal", "Cijfer", "2018", "2018-Q3", "1.250", "7,1", "12%", "€", "-", "99999999999999999999999999999999",
        "voorlopig", "{", "}", "[", "]", ":", "metingen", "null", "1e400", "\u0000", "é",
    ];

    [Fact]
    public void RandomCsvAndJsonNeverThrow()
    {
        var monitor = BuildMonitor(
            "kader K \"k\" { gemeente: \"g\" periode: 2017 t/m 2020 }\n" +
            "indicator Aantal \"a\" { eenheid: aantal polariteit: hoger is beter }\n" +
            "indicator Cijfer \"d\" { eenheid: rapportcijfer polariteit: hoger is beter }\n" +
            "doel D \"d\" { indicator: Aantal richting: toename }\n").Monitor;
        var gen = FsCheck.Fluent.Gen.ListOf(FsCheck.Fluent.Gen.Elements(Fragments)).Select(parts => string.Concat(parts));
        var n = 0;
        FsCheck.Fluent.Prop.ForAll(gen.ToArbitrary(), text =>
        {
            foreach (var extension in new[] { ".csv", ".json" })
            {
                var path = Path.Combine(_dir, $"f{n++}{extension}");
                File.WriteAllText(path, text);
                var result = MeasurementReader.Read(path, monitor);
                if (result.Success) monitor.Run(result.Data); // whatever reads cleanly must also judge without throwing
                Assert.All(result.Errors, e => Assert.True(e.Line >= 1));
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400));
    }

    [Fact]
    public void HugeValuesAreRefusedWithTheirLine()
    {
        var monitor = BuildMonitor("kader K \"k\" { gemeente: \"g\" }\nindicator Aantal \"a\" { eenheid: aantal }\n").Monitor;
        var path = Path.Combine(_dir, "m.csv");
        File.WriteAllText(path, "indicator;periode;waarde\nAantal;2018;10.000.000.000.000.000\n");
        var result = MeasurementReader.Read(path, monitor);
        Assert.Contains(result.Errors, e => e.Line == 2 && e.Nl.Contains("te groot"));
    }
}
