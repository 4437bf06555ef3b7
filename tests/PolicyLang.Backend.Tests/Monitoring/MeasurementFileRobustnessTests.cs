using System.Text;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Monitoring;

/// <summary>Issue 20, item 6: nothing in a measurement file is dropped or misread silently, and reading is linear.</summary>
public sealed class MeasurementFileRobustnessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-metingen-").FullName;
    private static readonly Lazy<KaderMonitor> Monitor = new(() => BuildMonitor(
        "kader K \"k\" { gemeente: \"Steenwijkerland\" periode: 2017 t/m 2020 }\n" +
        "indicator Aantal \"a\" { eenheid: aantal polariteit: hoger is beter }\n" +
        "indicator Aandeel \"b\" { eenheid: percentage van \"inwoners\" polariteit: hoger is beter }\n" +
        "indicator Index \"i\" { eenheid: index polariteit: hoger is beter }\n").Monitor);

    /// <summary>100 indicators, so 200,000 rows of distinct monthly periods (1900-2100) are all valid.</summary>
    private static readonly Lazy<KaderMonitor> Wide = new(() => BuildMonitor(
        "kader K \"k\" { gemeente: \"Steenwijkerland\" periode: 2017 t/m 2020 }\n" +
        string.Concat(Enumerable.Range(0, 100).Select(i => $"indicator I{i} \"i\" {{ eenheid: index polariteit: hoger is beter }}\n"))).Monitor);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private MeasurementReadResult Read(string name, string text) => ReadBytes(name, Encoding.UTF8.GetBytes(text));

    private MeasurementReadResult ReadBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return MeasurementReader.Read(path, Monitor.Value);
    }

    private static void AssertError(MeasurementReadResult result, int line, string fragment) =>
        Assert.True(result.Errors.Any(e => e.Line == line && e.Nl.Contains(fragment, StringComparison.Ordinal)),
            $"no error on line {line} with '{fragment}':\n" + string.Join("\n", result.Errors.Select(e => e.Format(false))));

    [Fact]
    public void A_field_twice_in_one_json_object_is_an_error_not_the_last_one_winning()
    {
        var result = Read("m.json", "[\n { \"indicator\": \"Aantal\", \"periode\": \"2018\",\n   \"waarde\": 1, \"waarde\": 2 }\n]");
        AssertError(result, 3, "veld 'waarde' staat twee keer");
        Assert.Equal(0, result.Data.Series("Aantal").Count);
    }

    [Fact]
    public void A_second_metingen_list_is_an_error()
    {
        var result = Read("m.json", "{ \"metingen\": [ { \"indicator\": \"Aantal\", \"periode\": \"2018\", \"waarde\": 1 } ],\n  \"metingen\": [ { \"indicator\": \"Aantal\", \"periode\": \"2019\", \"waarde\": 2 } ] }");
        AssertError(result, 2, "\"metingen\" staat twee keer in het bestand (ook op regel 1)");
    }

    [Theory]
    [InlineData("[ { \"indicator\": \"Aantal\", \"periode\": \"2018\", \"waarde\": 1 } ]\n[ { \"indicator\": \"Aantal\", \"periode\": \"2019\", \"waarde\": 2 } ]")]
    [InlineData("[ { \"indicator\": \"Aantal\", \"periode\": \"2018\", \"waarde\": 1 } ]\nxyz")]
    [InlineData("{ \"metingen\": [] }\n,")]
    public void Anything_after_the_measurements_is_an_error(string text) =>
        AssertError(Read("m.json", text), 2, "na het einde van de metingen staat nog tekst");

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_in_json_and_csv()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var json = ReadBytes("m.json", [.. bom, .. "[\n{ \"indicator\": \"Aantal\", \"periode\": \"2018\", \"waarde\": 5 },\n{ \"indicator\": \"X\", \"periode\": \"2018\", \"waarde\": 5 }\n]"u8]);
        AssertError(json, 3, "onbekende indicator 'X'");
        Assert.Equal(5m, json.Data.Series("Aantal")[0].Value);
        var csv = ReadBytes("m.csv", [.. bom, .. "indicator;periode;waarde\nAantal;2018;5\n"u8]);
        Assert.True(csv.Success, string.Join("\n", csv.Errors));
        Assert.Equal(5m, csv.Data.Series("Aantal")[0].Value);
    }

    [Theory]
    [InlineData("1E-30")]
    [InlineData("1E400")]
    [InlineData("-1e-29")]
    public void A_json_number_no_decimal_can_hold_is_an_error_not_zero(string number)
    {
        var result = Read("m.json", $"[\n{{ \"indicator\": \"Index\", \"periode\": \"2018\", \"waarde\": {number} }}\n]");
        AssertError(result, 2, $"getal {number} in 'waarde' past niet in een decimaal getal");
        Assert.Equal(0, result.Data.Series("Index").Count);
    }

    [Theory]
    [InlineData("1.5E2", 150)]
    [InlineData("0.000001", 0.000001)]
    [InlineData("12345678901234.5", 12345678901234.5)]
    public void A_json_number_a_decimal_holds_is_read_exactly(string number, double expected)
    {
        var result = Read("m.json", $"[{{ \"indicator\": \"Index\", \"periode\": \"2018\", \"waarde\": {number} }}]");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal((decimal)expected, result.Data.Series("Index")[0].Value);
    }

    [Fact]
    public void Values_an_english_writer_would_mean_otherwise_are_a_warning_per_file_with_the_line()
    {
        var result = Read("m.csv", "indicator;periode;waarde\nAantal;2017;1.324.692\nAantal;2018;1.500\nAandeel;2018;12.500%\n");
        Assert.True(result.Success, string.Join("\n", result.Errors)); // read the Dutch way, as documented
        Assert.Equal(1500m, result.Data.Series("Aantal")[1].Value);
        var warning = Assert.Single(result.Warnings);
        Assert.True(warning.IsWarning);
        Assert.Equal(3, warning.Line);
        Assert.Contains("waarschuwing: waarde '1.500' is gelezen als 1.500", warning.Format(false));
        Assert.Contains("schrijf dan '1,500' (nog 1 zulke waarde(n) in dit bestand)", warning.Nl);

        Assert.Empty(Read("n.csv", "indicator;periode;waarde\nAantal;2018;1.324.692\nAandeel;2018;12,5%\n").Warnings);
        Assert.Empty(Read("n.json", "[{ \"indicator\": \"Aantal\", \"periode\": \"2018\", \"waarde\": 1.500 }]").Warnings); // a JSON number is never Dutch
    }

    [Theory]
    [InlineData("1.500", true)]
    [InlineData("12.500%", true)]
    [InlineData("-7.250", true)]
    [InlineData("1.324.692", false)]
    [InlineData("1.500,5", false)]
    [InlineData("€ 1.500", false)]
    [InlineData("1500", false)]
    [InlineData("1234.500", false)]
    public void Ambiguity_is_one_dot_before_exactly_three_digits(string text, bool ambiguous) =>
        Assert.Equal(ambiguous, NumberAmbiguity.IsAmbiguous(text));

    /// <summary>
    /// The JSON reader counted lines from the start of the file for every row (100,000 rows: 14 s);
    /// CSV held every row as a dictionary (1,000,000 rows: 1.58 GB). Both now stream; this test holds
    /// that every row of a big file still arrives. Their speed is measured, not asserted here:
    /// benchmarks/PolicyLang.MonitorBenchmarks --metingen-scale (docs/reliability.md).
    /// </summary>
    [Fact]
    public void Two_hundred_thousand_rows_are_each_read_once_as_a_stream()
    {
        const int rows = 200_000;
        var json = new StringBuilder("[\n");
        var csv = new StringBuilder("indicator;periode;waarde\n");
        for (var i = 0; i < rows; i++)
        {
            var (indicator, month) = ($"I{i % 100}", i / 100);
            var period = $"{1900 + month / 12}-{1 + month % 12:D2}";
            json.Append($"{{ \"indicator\": \"{indicator}\", \"periode\": \"{period}\", \"waarde\": {i % 97} }}{(i + 1 < rows ? "," : "")}\n");
            csv.Append($"{indicator};{period};{i % 97}\n");
        }
        json.Append(']');
        foreach (var (name, text) in new[] { ("big.json", json.ToString()), ("big.csv", csv.ToString()) })
        {
            var path = Path.Combine(_dir, name);
            File.WriteAllText(path, text);
            // The readers alone, where the quadratic line count was (the validation is linear by construction).
            var errors = new List<DataError>();
            var read = 0;
            if (name.EndsWith(".json", StringComparison.Ordinal)) JsonMeasurementFile.Read(path, name, errors, _ => read++);
            else CsvMeasurementFile.Read(path, name, errors, _ => read++);
            Assert.Empty(errors);
            Assert.Equal(rows, read);
        }
        // And every row of a big file arrives as a measurement.
        var all = MeasurementReader.Read(Path.Combine(_dir, "big.csv"), Wide.Value);
        Assert.True(all.Success, string.Join("\n", all.Errors.Take(3)));
        Assert.Equal(rows, all.Data.AllSeries.Sum(s => s.Count));
    }

    [Fact]
    public void A_byte_that_is_not_utf8_in_a_json_string_is_an_error_on_its_line_not_an_exception()
    {
        // afl-fuzz's reproducer (--afl-metingen): Utf8JsonReader.GetString threw InvalidOperationException.
        var bytes = Encoding.UTF8.GetBytes("[\n  { \"indicator\": \"Aantal\", \"periode\": \"2018\", \"waarde\": 1 },\n  { \"indicator\": \"Aantal\", \"periode\": \"2019\", \"bron\": \"CBS?\", \"waarde\": 2 }\n]");
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xFF;
        var result = ReadBytes("m.json", bytes);
        AssertError(result, 3, "geen UTF-8");
        Assert.Single(result.Errors);
    }

    [Fact]
    public void A_csv_saved_as_windows_1252_is_an_error_on_the_line_of_its_first_such_character()
    {
        // "Súdwest" in Windows-1252: ú is the single byte 0xFA, which UTF-8 never starts a character with.
        var bytes = Encoding.Latin1.GetBytes("indicator;periode;waarde;bron\nAantal;2018;5;CBS\nAantal;2019;6;Gemeente S\u00FAdwest\n");
        AssertError(ReadBytes("m.csv", bytes), 3, "sla het op als UTF-8");
    }

    [Fact]
    public void A_character_of_several_bytes_cut_by_the_checks_block_boundary_is_still_utf8()
    {
        // 64 KiB blocks: a comment line whose three-byte € starts one byte before the first boundary.
        var head = "indicator;periode;waarde\nAantal;2018;5\n# ";
        var padding = new string('x', 64 * 1024 - 1 - Encoding.UTF8.GetByteCount(head));
        var bytes = Encoding.UTF8.GetBytes(head + padding + "€\n# €€€\n");
        Assert.Equal(Encoding.UTF8.GetBytes("€"), bytes[(64 * 1024 - 1)..(64 * 1024 + 2)]);
        var result = ReadBytes("m.csv", bytes);
        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Format(false))));
    }
}
