using System.Globalization;
using System.Text;
using PolicyLang.Runtime;

namespace PolicyLang.MonitorBenchmarks;

/// <summary>
/// A kader of <c>doelen</c> doelen, each with its own indicator, and <c>perDoel</c> monthly
/// measurements per indicator: two shapes of doel alternate, a target path (lower is better,
/// nulmeting, tussendoel, streefwaarde) and a direction goal (higher is better, toename).
/// The history starts at the nulmeting and the period start (1920), so every measurement is at or
/// after the start and both sides must process all 1,000,000 of them. Deterministic (seeded), so
/// every run times the same work.
/// </summary>
public static class MonitorWorkload
{
    public const int FirstYear = 1920;

    public static string Kader(int doelen)
    {
        var text = new StringBuilder("kader Benchmark \"Benchmark\" { gemeente: \"Benchmarkstad\" periode: 1920 t/m 2010 }\n");
        for (var i = 0; i < doelen; i++)
        {
            if (i % 2 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"indicator I{i} \"indicator {i}\" {{ eenheid: aantal polariteit: lager is beter }}\n");
                text.Append(CultureInfo.InvariantCulture, $"doel D{i} \"doel {i}\" {{ indicator: I{i} nulmeting: 1.000 in 1920 tussendoel: maximaal 900 in 1970 streefwaarde: maximaal 800 in 2010 }}\n");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"indicator I{i} \"indicator {i}\" {{ eenheid: aantal polariteit: hoger is beter }}\n");
                text.Append(CultureInfo.InvariantCulture, $"doel D{i} \"doel {i}\" {{ indicator: I{i} richting: toename }}\n");
            }
        }
        return text.ToString();
    }

    public static MeasurementData Data(int doelen, int perDoel, int seed = 42)
    {
        var random = new Random(seed);
        var series = new List<MeasurementSeries>(doelen);
        for (var i = 0; i < doelen; i++)
        {
            var measurements = new Measurement[perDoel];
            var level = 900m + random.Next(0, 200);
            for (var m = 0; m < perDoel; m++)
            {
                level += random.Next(-20, 20);
                measurements[m] = new Measurement(new Period(FirstYear + m / 12, m % 12 + 1, 12), level);
            }
            series.Add(new MeasurementSeries($"I{i}", measurements));
        }
        return new MeasurementData(series);
    }
}
