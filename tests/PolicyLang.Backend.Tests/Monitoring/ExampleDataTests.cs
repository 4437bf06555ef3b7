using System.Globalization;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Emit;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Monitoring;

/// <summary>
/// The examples' metingen.csv: present wherever a kader has measurable doelen, clean against its
/// kader, every row marked definitief or illustratief, and the definitief figures equal to the
/// figures the kader itself records from the seed (its `feit` elements).
/// </summary>
public class ExampleDataTests
{
    public static TheoryData<string> Examples() => ExampleNames();

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExamplesWithMeasurableDoelenHaveCleanMeasurements(string example)
    {
        var folder = Path.Combine(ExamplesDir, example);
        var compilation = LoadFolder(folder);
        var measurable = compilation.Model.OfKind(ElementKind.Doel)
            .Any(d => compilation.Model.Targets(d, "indicator").Any() && d.Value<YesNoValue>("meetbaar") is not { Yes: false });
        var csv = Path.Combine(folder, "metingen.csv");
        Assert.Equal(measurable, File.Exists(csv));
        if (!measurable) return;

        var monitor = MonitorHost.Load(MonitorBuild.Build(compilation).Monitor!.Assembly);
        var read = MeasurementReader.Read(csv, monitor);
        Assert.True(read.Success, string.Join("\n", read.Errors.Select(e => e.Format(false))));
        var rows = File.ReadAllLines(csv).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var status = Array.IndexOf(rows[0].Split(';'), "status");
        Assert.True(status >= 0, "metingen.csv has no status column");
        // The examples' toelichtingen hold no ';', so a plain split finds the status cell.
        Assert.All(rows.Skip(1), l => Assert.True(l.Split(';')[status] is "definitief" or "illustratief", $"row without definitief/illustratief: {l}"));
        var lines = rows.Skip(1).ToList();
        Assert.Contains(lines, l => l.Split(';')[status] == "definitief");

        // every feit with an indicator, a year and a value that the file measures must agree with it
        var definitief = lines.Select(l => l.Split(';')).Where(cells => cells[status] == "definitief").ToList();
        var checkedFacts = 0;
        foreach (var feit in compilation.Model.OfKind(ElementKind.Feit))
        {
            var indicator = compilation.Model.Targets(feit, "indicator").FirstOrDefault()?.Id;
            var value = feit.Value<QuantityValue>("waarde")?.Quantity.Value;
            var year = feit.Value<YearValue>("peildatum")?.Year ?? feit.Value<DateValue>("peildatum")?.Date.Year;
            if (indicator is null || value is null || year is null) continue;
            var row = definitief.FirstOrDefault(r => r[0] == indicator && r[1] == year.Value.ToString(CultureInfo.InvariantCulture));
            if (row is null) continue;
            Assert.True(MeasuredValue.TryParse(row[2], out var measured, out _));
            Assert.Equal(value.Value, measured);
            checkedFacts++;
        }
        Assert.True(checkedFacts >= 5, $"only {checkedFacts} definitief rows could be checked against the kader's feiten");
    }
}
