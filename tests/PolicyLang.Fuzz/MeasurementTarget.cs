using System.Text;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Emit;
using PolicyLang.Runtime;

namespace PolicyLang.Fuzz;

/// <summary>
/// The coverage-guided target for the measurement readers (CSV and JSON): one file's bytes are
/// read against a monitor compiled once from <see cref="Kader"/>, and the monitor runs on what was
/// read. Fails (throws, so afl-fuzz saves the input) when reading or running throws, when an error
/// or warning names a line the file does not have, or when a read measurement belongs to no
/// indicator of the kader. The format is taken from the content as a user's file would be named:
/// JSON when it starts with '{' or '[' (after a byte order mark and white space), CSV otherwise,
/// so afl explores both from one corpus (tests/PolicyLang.Fuzz/corpus/metingen).
/// </summary>
public static class MeasurementTarget
{
    /// <summary>Every unit the readers treat differently: a count, a share, an index, money.</summary>
    public const string Kader =
        "kader K \"k\" { gemeenten: \"Steenwijkerland\", \"Meppel\" periode: 2017 t/m 2020 }\n" +
        "indicator Aantal \"a\" { eenheid: aantal polariteit: hoger is beter }\n" +
        "indicator Aandeel \"b\" { eenheid: percentage van \"inwoners\" polariteit: lager is beter }\n" +
        "indicator Index \"i\" { eenheid: index polariteit: hoger is beter }\n" +
        "indicator Kosten \"k\" { eenheid: euro polariteit: lager is beter }\n" +
        "doel D \"d\" { indicator: Aandeel nulmeting: 10% in 2016 streefwaarde: maximaal 8% in 2020 }\n" +
        "doel E \"e\" { indicator: Aantal nulmeting: 100 in 2016 streefwaarde: minimaal 120 in 2020 }\n" +
        // The post column (realisation): a top-level post and a nested one, which rows may not name.
        "begroting B \"b\" { jaren: 2019 t/m 2020 schaal: 1.000\n  post P \"p\": € 1, € 2 {\n    post Q \"q\": € 1, € 2\n  }\n}\n";

    private static readonly Lazy<Compilation> Source = new(() => Compilation.FromSources([("/fuzz/kader.beleid", Kader)]));
    private static readonly Lazy<KaderMonitor> Monitor = new(BuildMonitor);
    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("policylang-fuzz-metingen-").FullName);

    /// <summary>Reads and runs one input; returns what was read (for tests), throws on a failure.</summary>
    public static MeasurementReadResult Run(ReadOnlySpan<byte> input)
    {
        var path = Path.Combine(Folder.Value, LooksLikeJson(input) ? "metingen.json" : "metingen.csv");
        File.WriteAllBytes(path, input.ToArray());
        var lines = CountLines(input);
        var result = MeasurementReader.Read(path, Monitor.Value, posts: BudgetPosts.Of(Source.Value.Model));
        foreach (var problem in result.Errors.Concat(result.Warnings))
            if (problem.Line < 1 || problem.Line > lines)
                throw new InvalidOperationException($"fuzz failure: a problem on line {problem.Line} of a file of {lines} line(s): {problem.Nl}");
        var known = Monitor.Value.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var series in result.Data.AllSeries)
            if (!known.Contains(series.Indicator))
                throw new InvalidOperationException($"fuzz failure: a series for '{series.Indicator}', which the kader does not have");
        if (result.Realisation.Count > 0 && result.Realisation.Of("P", int.MaxValue).Count != result.Realisation.Count)
            throw new InvalidOperationException("fuzz failure: a realisation of a post other than the kader's top-level post P");
        if (result.Success) Monitor.Value.Run(result.Data);
        return result;
    }

    private static KaderMonitor BuildMonitor()
    {
        var build = MonitorBuild.Build(Source.Value);
        if (!build.Success) throw new InvalidOperationException("the fuzz kader does not build: " + string.Join("; ", build.PolicyErrors));
        return MonitorHost.Load(build.Monitor!.Assembly, collectible: false);
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> input)
    {
        var text = Encoding.UTF8.GetString(input[..Math.Min(input.Length, 64)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{') || text.StartsWith('[');
    }

    /// <summary>Lines as an editor (and CsvHelper) counts them: "\r\n", a lone "\r" and "\n" each end one.</summary>
    private static int CountLines(ReadOnlySpan<byte> input)
    {
        var lines = 1;
        for (var i = 0; i < input.Length; i++)
            if (input[i] == '\n' || (input[i] == '\r' && (i + 1 == input.Length || input[i + 1] != '\n'))) lines++;
        return lines;
    }
}
